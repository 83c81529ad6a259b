/**
 * "Analyze ads": Wanxiangtai's imported keyword and crowd reports, the ad report (each plan's spend), the Profit sheet's
 * break-even ROIs and Settings → the Ad Analysis sheet. Reads the inputs, the tables' shapes and first rows, their
 * sheets' attribution windows and the Profit sheet in one round trip, only the columns analysed beyond them, then
 * writes the sheet. Read → core → write.
 */
import { AD_ANALYSIS_OUTPUT, PROFIT_OUTPUT, WORD_ROOTS } from "../core/contract";
import type { AdAnalysis, AdDetailRow } from "../core/ads/adAnalysis";
import { analyzeAds as analyze } from "../core/ads/adAnalysis";
import type { AdsReview } from "../core/ads/adSheet";
import { adsWaste, planAdSheet } from "../core/ads/adSheet";
import { adColumns, adDetailRows, planSpend } from "../core/ads/facts";
import { WORD_ROOTS_FIELDS, readWordRoots } from "../core/ads/roots";
import { fromDateSerial, isoDay, toDateSerial } from "../core/excelDate";
import { figureText } from "../core/figures";
import { DEFAULT_ATTRIBUTION_DAYS } from "../core/import/attribution";
import { tableOfKind } from "../core/import/kinds";
import { nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import { problemAt } from "../core/problems";
import { profitProductsBack } from "../core/profit/profitSheet";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import { ATTRIBUTION_PROPERTY, queueTableSheetMark } from "../excel/sheetMarks";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableRows } from "../excel/tableColumns";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";
import { writeOwnSheet } from "./outputSheet";

/** The mark on the sheet this command owns. */
export const ADS_OWNER = "adAnalysis";

const KEYWORDS = tableOfKind("adKeywords");
const CROWDS = tableOfKind("adCrowds");
const ADS = tableOfKind("adReport");
const WANTS = {
  settings: SETTINGS_INPUT,
  wordRoots: { definition: WORD_ROOTS, fields: WORD_ROOTS_FIELDS, optional: true },
} as const;

type Kind = "adKeywords" | "adCrowds" | "adReport";

/** The tables' shapes, windows and the Profit sheet with the inputs; then the columns analysed, in one read. */
async function readAds(context: WorkbookSession, language: Parameters<typeof readInputs>[2]) {
  const read = await readInputs(context, WANTS, language, (ctx, outline) => {
    const find = (wanted: string) => outline.tables.find((n) => n.toLowerCase() === wanted.toLowerCase());
    const shape = (wanted: string) => {
      const name = find(wanted);
      return name ? queueTableShape(ctx, name) : null;
    };
    const mark = (wanted: string) => {
      const name = find(wanted);
      return name ? queueTableSheetMark(ctx, name, ATTRIBUTION_PROPERTY) : null;
    };
    const [keywords, crowds, ads, profit] = [KEYWORDS, CROWDS, ADS, PROFIT_OUTPUT.productsTable].map(shape);
    const [keywordsWindow, crowdsWindow] = [KEYWORDS, CROWDS].map(mark);
    return () => ({
      keywords: keywords?.() ?? null,
      crowds: crowds?.() ?? null,
      ads: ads?.() ?? null,
      profit: profit?.() ?? null,
      keywordsWindow: keywordsWindow?.() ?? null,
      crowdsWindow: crowdsWindow?.() ?? null,
    });
  });
  const { keywords, crowds, ads } = read.extra;
  const wanted: { kind: Kind; shape: TableShape }[] = [
    ...(keywords ? [{ kind: "adKeywords" as const, shape: keywords }] : []),
    ...(crowds ? [{ kind: "adCrowds" as const, shape: crowds }] : []),
    ...(ads ? [{ kind: "adReport" as const, shape: ads }] : []),
  ];
  const requests = wanted.map(({ kind, shape }) => ({
    shape,
    columns: Object.values(adColumns(kind, shape.headers))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b),
  }));
  const { rows } = await readTableRows(context, requests);
  const tables = new Map(
    wanted.map(
      ({ kind, shape }, i) => [kind, { shape, rows: (rows[i] ?? []) as (string | number | null)[][] }] as const
    )
  );
  return { read, tables };
}

type Read = Awaited<ReturnType<typeof readAds>>;

/** The window a report's sheet keeps, else Wanxiangtai's longest. */
const windowOf = (mark: string | null) =>
  mark === null ? DEFAULT_ATTRIBUTION_DAYS : Number(mark) || DEFAULT_ATTRIBUTION_DAYS;

/** Each product's own break-even ROI on the Profit sheet, by its title's key. */
function breakEvensOf(profit: TableShape | null): Map<string, number> {
  return new Map(
    (profit ? profitProductsBack([profit.headers, ...profit.values]) : []).flatMap((p) =>
      p.breakEvenRoi === null ? [] : [[nameKey(p.product), p.breakEvenRoi] as const]
    )
  );
}

/** The analysis and what stops it: no keyword or crowd report, bad cells, two windows. */
function reviewOf(found: Read, today: number): { review: AdsReview | null; problems: Problem[] } {
  const { read, tables } = found;
  const settings = readSettings(read.inputs.ok ? read.inputs.data.settings : null, ["breakEvenRoi", "adWasteSpend"]);
  const wordRoots = read.inputs.ok && read.inputs.data.wordRoots ? readWordRoots(read.inputs.data.wordRoots) : null;
  const problems: Problem[] = [
    ...(read.inputs.ok ? [] : read.inputs.problems),
    ...settings.problems,
    ...(wordRoots?.problems ?? []),
  ];
  const keywords = tables.get("adKeywords");
  const crowds = tables.get("adCrowds");
  if (!keywords && !crowds) {
    problems.push(problemAt("noAdDetails", { sheet: "", address: "", value: "", field: "" }));
    return { review: null, problems };
  }
  const [kw, cw] = [windowOf(read.extra.keywordsWindow), windowOf(read.extra.crowdsWindow)];
  if (keywords && crowds && kw !== cw) {
    const facts = { keywords: kw, crowds: cw };
    problems.push(problemAt({ code: "adWindowsDiffer", facts }, { sheet: "", address: "", value: "", field: "" }));
  }
  const detail = (kind: "adKeywords" | "adCrowds") => {
    const t = tables.get(kind);
    return t ? adDetailRows(kind, t.shape.headers, t.rows, t.shape, today) : null;
  };
  const [words, crowdRows] = [detail("adKeywords"), detail("adCrowds")];
  problems.push(...(words?.problems ?? []), ...(crowdRows?.problems ?? []));
  if (problems.length > 0) return { review: null, problems };
  const ads = tables.get("adReport");
  const spendOver = ads ? (from: number, to: number) => planSpend(ads.shape.headers, ads.rows, from, to) : null;
  const breakEvens = breakEvensOf(read.extra.profit);
  const analyse = (
    rows: readonly AdDetailRow[] | undefined,
    names: ReadonlyMap<string, string>,
    windowDays: number
  ) => {
    const itemBreakEven = new Map(
      [...names].flatMap(([id, name]) => {
        const found = breakEvens.get(nameKey(name));
        return found === undefined ? [] : [[id, found] as const];
      })
    );
    const { breakEvenRoi, adWasteSpend: wasteSpend } = settings.settings;
    return analyze({ rows: rows ?? [], windowDays, wasteSpend, itemBreakEven, breakEvenRoi, planSpend: spendOver });
  };
  const wordsAnalysis: AdAnalysis | null = words ? analyse(words.rows, words.itemNames, kw) : null;
  const crowdsAnalysis: AdAnalysis | null = crowdRows ? analyse(crowdRows.rows, crowdRows.itemNames, cw) : null;
  const windowDays = keywords ? kw : cw;
  return {
    review: {
      words: wordsAnalysis,
      crowds: crowdsAnalysis,
      windowDays,
      breakEvenRoi: settings.settings.breakEvenRoi,
      wasteSpend: settings.settings.adWasteSpend,
      ownRoots: wordRoots?.roots ?? [],
    },
    problems: [],
  };
}

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("ads.failed"), ...detailsWithProblems([], problems, t) };
}

export function analyzeAds(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const found = await readAds(context, language);
      const { review, problems } = reviewOf(found, toDateSerial(env.today()));
      if (!review) return failed(t, problems);
      const written = await writeOwnSheet(context, found.read, language, {
        owner: ADS_OWNER,
        names: AD_ANALYSIS_OUTPUT.sheetName,
        plan: (inSheet, taken) => planAdSheet(review, inSheet, taken),
      });
      if (!written.ok) return failed(t, written.problems);
      const { plan } = written;
      const closed = review.words?.closed ?? review.crowds?.closed ?? null;
      const day = (serial: number) => isoDay(fromDateSerial(serial));
      const waste = adsWaste(review);
      return {
        ok: true,
        message: t("ads.done", {
          from: closed ? day(closed.from) : "–",
          to: closed ? day(closed.to) : "–",
          sheet: plan.sheetName,
          wasted: figureText(waste.wasted, "money"),
          count: waste.count,
        }),
        details: [
          ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
        ],
      };
    },
    ["storeData"]
  );
}
