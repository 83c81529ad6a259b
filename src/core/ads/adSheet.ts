/**
 * The Ad Analysis sheet (推广分析) planned: what was judged and what was left out, the waste rules with their
 * figures, whether the listed rows account for the plans' spend, then the words and the crowds by spend with their
 * waste, and the words' roots.
 */
import { finiteNumber } from "../cellValues";
import { AD_ANALYSIS_OUTPUT, columnNames } from "../contract";
import { fromDateSerial, isoDay } from "../excelDate";
import { figureText } from "../figures";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { ListBlock, OutputBlock, SheetDescription, TableBlock } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { freeTableName } from "../sheetNames";
import { indexOfName } from "../names";
import type { AdAnalysis, AdLine } from "./adAnalysis";
import { COMMON_ROOTS, knownRoots, rootTotals } from "./roots";

export type AdsKey =
  | "ads.summary"
  | "ads.open"
  | "ads.noneClosed"
  | "ads.rules"
  | "ads.reconciled"
  | "ads.unreconciled"
  | "ads.noPlanReport"
  | "ads.roots"
  | "ads.noSale"
  | "ads.underBreakEven";

export type AdsText = string | Phrase<AdsKey>;

const day = (serial: number) => isoDay(fromDateSerial(serial));
const WASTE_FILL = "#FCE4E4";

/** The words' and the crowds' analyses, read from their two reports over the same closed days. */
export interface AdsReview {
  readonly words: AdAnalysis | null;
  readonly crowds: AdAnalysis | null;
  readonly windowDays: number;
  readonly breakEvenRoi: number;
  /** Spend with no sale at or over this is waste (Settings). */
  readonly wasteSpend: number;
  /** The operator's roots from the Word Roots input, beside the shared dictionary's. */
  readonly ownRoots: readonly string[];
}

const analysesOf = (r: AdsReview) => [r.words, r.crowds].flatMap((a) => (a ? [a] : []));

/** Whether the waste may be ranked: every plan's listed spend within 1 % of the ad report's, or no report to say. */
export const reconciled = (r: AdsReview) => analysesOf(r).every((a) => (a.unreconciled ?? []).length === 0);

/** The wasted spend and how many words and crowds waste it; nothing while the rows are not reconciled. */
export function adsWaste(r: AdsReview): { wasted: number; count: number; spend: number } {
  const lines = analysesOf(r).flatMap((a) => a.lines);
  const spend = lines.reduce((a, l) => a + l.spend, 0);
  if (!reconciled(r)) return { wasted: 0, count: 0, spend };
  const waste = lines.filter((l) => l.waste);
  return { wasted: waste.reduce((a, l) => a + l.spend, 0), count: waste.length, spend };
}

/** The lines above the tables. */
export function adsSummary(r: AdsReview): Phrase<AdsKey>[] {
  const first = analysesOf(r)[0];
  if (!first) return [];
  const days = r.windowDays;
  if (!first.closed) return [phrase("ads.noneClosed", { days, to: day(first.open?.to ?? 0) })];
  const { wasted, spend } = adsWaste(r);
  const unreconciled = analysesOf(r).flatMap((a) => a.unreconciled ?? []);
  const p25 = first.roiP25;
  return [
    phrase("ads.summary", {
      from: day(first.closed.from),
      to: day(first.closed.to),
      spend: figureText(spend, "money"),
      words: r.words?.lines.length ?? 0,
      crowds: r.crowds?.lines.length ?? 0,
      wasted: figureText(wasted, "money"),
      share: figureText(spend > 0 ? wasted / spend : 0, "rate"),
    }),
    ...(first.open ? [phrase("ads.open", { from: day(first.open.from), to: day(first.open.to), days })] : []),
    phrase("ads.rules", {
      threshold: figureText(r.wasteSpend, "money"),
      p25: p25 === null ? "–" : figureText(p25, "ratio"),
      roi: figureText(r.breakEvenRoi, "ratio"),
    }),
    ...unreconciled.map((u) =>
      phrase("ads.unreconciled", {
        plan: u.planId,
        listed: figureText(u.listed, "money"),
        report: figureText(u.report, "money"),
      })
    ),
    ...(unreconciled.length > 0
      ? []
      : [phrase(analysesOf(r).some((a) => a.unreconciled === null) ? "ads.noPlanReport" : "ads.reconciled")]),
    ...(r.words?.lines.length
      ? [phrase("ads.roots", { common: COMMON_ROOTS.length, own: new Set(r.ownRoots).size })]
      : []),
  ];
}

function linesTable(
  analysis: AdAnalysis,
  crowds: boolean,
  ranked: boolean,
  language: Language,
  tableName: string
): TableBlock<AdsText> {
  const c = crowds ? { ...AD_ANALYSIS_OUTPUT.columns, name: AD_ANALYSIS_OUTPUT.crowd } : AD_ANALYSIS_OUTPUT.columns;
  const columns = columnLooks(c, language, {
    name: { format: "@", width: 200 },
    impressions: "#,##0",
    clicks: "#,##0",
    ctr: "0.00%",
    cpc: "#,##0.00",
    spend: "#,##0.00",
    orders: "#,##0",
    conversion: "0.00%",
    gmv: "#,##0.00",
    roi: "0.00",
    breakEven: "0.00",
    waste: "@",
    latestSpend: "#,##0.00",
  });
  const waste = (l: AdLine): AdsText =>
    !ranked || !l.waste ? "" : phrase(l.waste === "noSale" ? "ads.noSale" : "ads.underBreakEven");
  const rows = analysis.lines.map((l) => [
    l.name,
    l.impressions,
    l.clicks,
    l.ctr ?? "",
    l.cpc ?? "",
    l.spend,
    l.orders,
    l.conversion ?? "",
    l.gmv,
    l.roi ?? "",
    l.breakEven,
    waste(l),
    l.latestSpend,
  ]);
  const wasted = ranked ? analysis.lines.flatMap((l, i) => (l.waste ? [i] : [])) : [];
  return {
    kind: "table",
    tableName,
    columns,
    rows: rows.length > 0 ? rows : [columns.map(() => "")],
    ...(wasted.length > 0 ? { rowLooks: [{ rows: wasted, fill: WASTE_FILL }] } : {}),
  };
}

function rootsList(words: AdAnalysis, ownRoots: readonly string[], language: Language): ListBlock<AdsText> {
  const roots = rootTotals(words.lines, knownRoots(ownRoots));
  return {
    kind: "list",
    title: AD_ANALYSIS_OUTPUT.rootsTitle[language],
    headers: columnNames(AD_ANALYSIS_OUTPUT.roots, language),
    rows: roots.map((r) => [r.root, r.words, r.spend, r.gmv, r.spend > 0 ? r.gmv / r.spend : ""]),
    formats: ["@", "#,##0", "#,##0.00", "#,##0.00", "0.00"],
  };
}

/** The Ad Analysis sheet, its tables named apart from the workbook's other tables. */
export function planAdSheet(
  r: AdsReview,
  language: Language,
  tablesTaken: readonly string[]
): SheetDescription<AdsText> {
  const ranked = reconciled(r);
  const wordsTable = freeTableName(AD_ANALYSIS_OUTPUT.wordsTable, tablesTaken);
  const crowdsTable = freeTableName(AD_ANALYSIS_OUTPUT.crowdsTable, [...tablesTaken, wordsTable]);
  const blocks: OutputBlock<AdsText>[] = [
    { kind: "lines", style: "plain", lines: adsSummary(r).map((p) => [p]) },
    ...(r.words?.closed ? [linesTable(r.words, false, ranked, language, wordsTable)] : []),
    ...(r.crowds?.closed ? [linesTable(r.crowds, true, ranked, language, crowdsTable)] : []),
    ...(r.words?.closed && r.words.lines.length > 0 ? [rootsList(r.words, r.ownRoots, language)] : []),
  ];
  const period = adPeriodMark(r);
  return {
    blocks,
    ...(period === null ? {} : { properties: { [AD_ANALYSIS_OUTPUT.periodProperty]: period } }),
    freezeHeader: false,
    activate: true,
  };
}

/** The closed days an Ad Analysis sheet judged and the report's latest day, kept on the sheet as a mark. */
export interface AdPeriod {
  readonly from: number;
  readonly to: number;
  readonly latest: number;
}

/** The mark's text for a review: null when no day has closed (nothing to judge). */
export function adPeriodMark(r: AdsReview): string | null {
  const a = analysesOf(r)[0];
  return a?.closed && a.open ? JSON.stringify({ from: a.closed.from, to: a.closed.to, latest: a.open.to }) : null;
}

/** The mark read back; null for none, or one that is not three day numbers. */
export function adPeriodBack(mark: string | null): AdPeriod | null {
  try {
    const p = JSON.parse(mark ?? "null") as Partial<AdPeriod> | null;
    const ok = p && [p.from, p.to, p.latest].every((n) => typeof n === "number" && Number.isFinite(n));
    return ok ? (p as AdPeriod) : null;
  } catch {
    return null;
  }
}

/** The Ad Analysis sheet read back: its closed days and its words' and crowds' lines. */
export interface AdsBack {
  readonly period: AdPeriod;
  readonly lines: readonly AdLineBack[];
}

/**
 * The sheet read back: its period mark and each table's rows (header first); null without a mark, or a mark that
 * is not one, since its lines cannot be compared with anything without their days.
 */
export function adAnalysisBack(
  mark: string | null,
  tables: readonly (readonly (readonly unknown[])[])[]
): AdsBack | null {
  const period = adPeriodBack(mark);
  return period && tables.length > 0 ? { period, lines: tables.flatMap(adLinesBack) } : null;
}

/** A word's or crowd's line as the diagnosis and the daily report read it back. */
export interface AdLineBack {
  readonly name: string;
  readonly spend: number;
  readonly orders: number;
  readonly gmv: number;
  readonly roi: number | null;
  readonly breakEven: number;
  readonly waste: boolean;
  readonly latestSpend: number;
}

/**
 * An Ad Analysis table read back (its header row first), its columns found in either language, the name column as
 * Word or Crowd. A row without a name is passed over; a table without a name or Spend column gives none.
 */
export function adLinesBack(rows: readonly (readonly unknown[])[]): AdLineBack[] {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  const c = AD_ANALYSIS_OUTPUT.columns;
  const at = (key: keyof typeof c) => indexOfName(header, c[key]);
  const name = Math.max(at("name"), indexOfName(header, AD_ANALYSIS_OUTPUT.crowd));
  const [spend, orders, gmv, roi, breakEven, waste, latestSpend] = (
    ["spend", "orders", "gmv", "roi", "breakEven", "waste", "latestSpend"] as const
  ).map(at) as [number, number, number, number, number, number, number];
  if (name < 0 || spend < 0) return [];
  return rows.slice(1).flatMap((row) => {
    const text = String(row[name] ?? "").trim();
    if (text === "") return [];
    return [
      {
        name: text,
        spend: finiteNumber(row[spend]) ?? 0,
        orders: finiteNumber(row[orders]) ?? 0,
        gmv: finiteNumber(row[gmv]) ?? 0,
        roi: finiteNumber(row[roi]),
        breakEven: finiteNumber(row[breakEven]) ?? 0,
        waste: typeof row[waste] === "string" && String(row[waste]).trim() !== "",
        latestSpend: finiteNumber(row[latestSpend]) ?? 0,
      },
    ];
  });
}
