/**
 * The Competition sheet planned as data (src/excel/sheetWriter.ts writes it): each subject's last 7 days against the
 * 7 before, the calibration behind the estimates, estimated GMV per subject and day with its line chart, and every
 * day's raw indices beside the estimates made from them.
 */
import { COMPETITION_OUTPUT, COMPETITORS } from "../contract";
import { fromDateSerial, isoDay } from "../excelDate";
import type { CompetitionIndex } from "../import/fields";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase, sentences } from "../phrases";
import type { ColumnLook, OutputBlock, SheetCell, SheetDescription, TableBlock } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { freeTableName } from "../sheetNames";
import { metricName } from "../storeMetricLookup";
import { significantFormat } from "../figures";
import type { CellValue } from "../cellValues";
import { isNamed } from "../names";
import { readTableBack } from "../sheetDescription";
import type { CalibratedIndex, Estimate, Fit } from "./calibration";
import { CALIBRATED, CALIBRATED_INDICES, bandShare, isFit, keptFit } from "./calibration";
import type { CompetitionWatch, DayEstimate, SubjectWeek } from "./watch";

type CompetitionKey =
  | "competition.kind.ourShop"
  | "competition.kind.ourItem"
  | "competition.kind.shop"
  | "competition.kind.item"
  | "competition.moverMark"
  | "competition.note"
  | "competition.limits"
  | "competition.fitted"
  | "competition.kept"
  | "competition.lackingDays"
  | "competition.lackingSpread"
  | "competition.outOfRange"
  | "competition.notPositive"
  | "competition.calibrationTitle"
  | "competition.chartTitle"
  | "competition.daysTitle"
  | "competition.noGmv";
export type CompetitionText = string | Phrase<CompetitionKey | "sentences">;

/** Rows the chart block takes at least, so the chart beside it has room. */
const CHART_ROWS = 18;
const MOVER_FILL = "#FFEB9C";
/**
 * Column A holds a subject, an index's name and dates under the sheet's long notes; fitted, it would take the notes'
 * width (a fit counts the whole column), so every block gives it this many points: about 12 Chinese characters.
 */
const FIRST_COLUMN_WIDTH = 130;
/** The most subjects the chart draws: the largest by estimated GMV, so the lines stay readable. */
export const CHART_SUBJECTS = 8;

const day = (serial: number) => isoDay(fromDateSerial(serial));
const cell = (n: number | null | undefined): SheetCell =>
  n === null || n === undefined || !Number.isFinite(n) ? "" : n;
const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: n < 10 ? 2 : 0 });

export function kindPhrase(w: Pick<SubjectWeek, "kind" | "ours">): Phrase<CompetitionKey> {
  return phrase(
    w.kind === "shop"
      ? w.ours
        ? "competition.kind.ourShop"
        : "competition.kind.shop"
      : w.ours
        ? "competition.kind.ourItem"
        : "competition.kind.item"
  );
}

/** The sheet's custom property for the report: the mover, its change and the week's last day. */
export function moveMark(watch: CompetitionWatch): string | null {
  // Outside Excel on the web a custom property keeps 255 characters: a long name is cut, the figures kept.
  return watch.mover
    ? JSON.stringify({ ...watch.mover, subject: watch.mover.subject.slice(0, 80), latest: watch.latest })
    : null;
}

function summaryBlock(
  watch: CompetitionWatch,
  language: Language,
  tablesTaken: readonly string[]
): TableBlock<CompetitionText> {
  const subjects = [...watch.subjects].sort(
    (a, b) =>
      Number(b.ours) - Number(a.ours) ||
      (b.gmv?.value ?? -1) - (a.gmv?.value ?? -1) ||
      a.subject.localeCompare(b.subject)
  );
  const change = "+0.0%;-0.0%;0.0%";
  const columns = columnLooks(COMPETITION_OUTPUT.summary, language, {
    subject: { format: "@", width: FIRST_COLUMN_WIDTH },
    kind: "@",
    gmv: "#,##0",
    gmvBefore: "#,##0",
    gmvChange: change,
    visitors: "#,##0",
    visitorsChange: change,
    conversion: "0.00%",
    conversionChange: "+0.00%;-0.00%;0.00%",
    share: "0.0%",
    mover: { format: "@", center: true },
  });
  const rows = subjects.map((w) => [
    w.subject,
    kindPhrase(w),
    cell(w.gmv?.value),
    cell(w.gmvBefore?.value),
    cell(w.gmvChange),
    cell(w.visitors?.value),
    cell(w.visitorsChange),
    cell(w.conversion),
    cell(w.conversionChange),
    cell(w.share),
    watch.mover?.subject === w.subject ? phrase("competition.moverMark") : "",
  ]);
  const moverRow = subjects.findIndex((w) => w.subject === watch.mover?.subject);
  return {
    kind: "table",
    tableName: freeTableName(COMPETITION_OUTPUT.summaryTable, tablesTaken),
    columns,
    rows,
    rowLooks: [
      { rows: subjects.flatMap((w, i) => (w.ours ? [i] : [])), bold: true },
      ...(moverRow >= 0 ? [{ rows: [moverRow], fill: MOVER_FILL }] : []),
    ],
    dataBars: ["share"],
  };
}

function calibrationBlock(
  watch: CompetitionWatch,
  language: Language,
  tablesTaken: readonly string[]
): TableBlock<CompetitionText> {
  const columns = columnLooks(COMPETITION_OUTPUT.calibration, language, {
    index: { format: "@", width: FIRST_COLUMN_WIDTH },
    value: "@",
    days: "0",
    indexFrom: "#,##0",
    indexTo: "#,##0",
    a: "General",
    b: "0.000",
    r2: "0.000",
    band: "0.0%",
    note: { format: "@", wrap: true, width: 300 },
  });
  const rows = CALIBRATED.map((index) => {
    const fit = watch.calibrations[index];
    const named = [COMPETITORS.columns[index][language], metricName(CALIBRATED_INDICES[index], language)];
    if (isFit(fit))
      return [
        ...named,
        fit.n,
        fit.indexFrom,
        fit.indexTo,
        fit.a,
        fit.b,
        fit.r2,
        bandShare(fit),
        phrase(fit.kept ? "competition.kept" : "competition.fitted"),
      ];
    const note =
      fit.lacking === "days"
        ? phrase("competition.lackingDays", { have: fit.have, need: fit.need })
        : phrase("competition.lackingSpread", {
            have: `${((fit.have - 1) * 100).toFixed(1)}%`,
            need: `${Math.round((fit.need - 1) * 100)}%`,
          });
    return [...named, fit.have === 0 || fit.lacking === "spread" ? "" : fit.have, "", "", "", "", "", "", note];
  });
  // a runs from 0.0002 to 50 by index: each row shows it to four significant figures, the whole value kept.
  const aFormats = CALIBRATED.flatMap((index, row) => {
    const fit = watch.calibrations[index];
    return isFit(fit) ? [{ rows: [row], numberFormat: { columns: ["a"], format: significantFormat(fit.a) } }] : [];
  });
  return {
    kind: "table",
    tableName: freeTableName(COMPETITION_OUTPUT.calibrationTable, tablesTaken),
    title: phrase("competition.calibrationTitle"),
    columns,
    rows,
    rowLooks: aFormats,
    fitRows: true,
  };
}

/**
 * The curves the last watch showed, read back from its calibration table (its cells as read, header first), so a
 * run whose own days cannot fit a curve (Store Metrics cut short, days replaced) still reads rivals on the last one.
 * Rows without a fit, or whose figures were edited into something that is not a curve, are left out.
 */
export function keptCalibrations(rows: readonly (readonly CellValue[])[]): Partial<Record<CalibratedIndex, Fit>> {
  const kept: Partial<Record<CalibratedIndex, Fit>> = {};
  const num = (v: CellValue | undefined) => (typeof v === "number" ? v : NaN);
  for (const r of readTableBack(rows, COMPETITION_OUTPUT.calibration).records) {
    const index = CALIBRATED.find((i) => isNamed(String(r.index ?? ""), COMPETITORS.columns[i]));
    const fit =
      index &&
      keptFit({
        n: num(r.days),
        a: num(r.a),
        b: num(r.b),
        r2: num(r.r2),
        indexFrom: num(r.indexFrom),
        indexTo: num(r.indexTo),
        band: num(r.band),
      });
    if (index && fit) kept[index] = fit;
  }
  return kept;
}

/** Estimated GMV per subject and day, the largest subjects only, with the line chart beside it. */
function chartBlock(watch: CompetitionWatch, language: Language): TableBlock<CompetitionText> | null {
  const subjects = watch.subjects.filter((w) => w.gmv !== null || w.gmvBefore !== null);
  if (subjects.length === 0) return null;
  const drawn = [...subjects]
    .sort((a, b) => Number(b.ours) - Number(a.ours) || (b.gmv?.value ?? 0) - (a.gmv?.value ?? 0))
    .slice(0, CHART_SUBJECTS);
  const dates = [...new Set(watch.days.filter((d) => d.gmv !== null).map((d) => d.day.date))].sort((a, b) => a - b);
  const gmv = new Map(watch.days.map((d) => [`${d.day.date}\u0001${d.day.subject}`, d.gmv]));
  const columns: ColumnLook[] = [
    { key: "date", header: COMPETITION_OUTPUT.days.date[language], format: "yyyy-mm-dd", width: FIRST_COLUMN_WIDTH },
    ...drawn.map((w, i) => ({ key: `s${i}`, header: w.subject, format: "#,##0" })),
  ];
  return {
    kind: "table",
    tableName: null,
    title: phrase("competition.chartTitle"),
    columns,
    rows: dates.map((d) => [d, ...drawn.map((w) => cell(gmv.get(`${d}\u0001${w.subject}`)))]),
    chart: {
      kind: "Line",
      columns: drawn.map((_, i) => `s${i}`),
      categories: "date",
      title: phrase("competition.chartTitle"),
      fromRow: 0,
      rows: CHART_ROWS - 2,
    },
    minHeight: CHART_ROWS,
  };
}

/** Why an index of a day has no estimate. */
function refusal(index: CalibratedIndex, e: Estimate | undefined, language: Language): Phrase<CompetitionKey> | null {
  if (!e || "value" in e) return null;
  const name = COMPETITORS.columns[index][language];
  return e.refused === "outOfRange"
    ? phrase("competition.outOfRange", { index: name, from: grouped(e.from), to: grouped(e.to) })
    : phrase("competition.notPositive", { index: name });
}

function daysBlock(
  watch: CompetitionWatch,
  present: readonly CompetitionIndex[],
  language: Language,
  tablesTaken: readonly string[]
): TableBlock<CompetitionText> {
  const d = COMPETITION_OUTPUT.days;
  const look = (key: keyof typeof d, format: string, more: Partial<ColumnLook> = {}): ColumnLook => ({
    key,
    header: d[key][language],
    format,
    ...more,
  });
  const columns: ColumnLook[] = [
    look("date", "yyyy-mm-dd", { width: FIRST_COLUMN_WIDTH }),
    look("subject", "@"),
    look("kind", "@"),
    ...present.map((key) => ({ key, header: COMPETITORS.columns[key][language], format: "#,##0" })),
    look("gmv", "#,##0"),
    look("gmvLow", "#,##0"),
    look("gmvHigh", "#,##0"),
    look("visitors", "#,##0"),
    look("visitorsLow", "#,##0"),
    look("visitorsHigh", "#,##0"),
    look("buyers", "#,##0"),
    look("conversion", "0.00%"),
    look("aov", "#,##0.00"),
    look("uvValue", "#,##0.00"),
    look("note", "@", { wrap: true, width: 300 }),
  ];
  const band = (e: Estimate | undefined) => (e && "value" in e ? [e.value, e.low, e.high] : ["", "", ""]);
  const rows = watch.days.map((x: DayEstimate) => {
    const notes = CALIBRATED.map((i) => refusal(i, x.estimates[i], language)).filter(
      (p): p is Phrase<CompetitionKey> => p !== null
    );
    return [
      x.day.date,
      x.day.subject,
      kindPhrase(x.day),
      ...present.map((key) => cell(x.day.indices[key])),
      ...band(x.estimates.tradeIndex),
      ...band(x.estimates.uvIndex),
      cell(x.buyers),
      cell(x.conversion),
      cell(x.aov),
      cell(x.uvValue),
      notes.length === 0 ? "" : sentences(...notes),
    ];
  });
  return {
    kind: "table",
    tableName: freeTableName(COMPETITION_OUTPUT.daysTable, tablesTaken),
    title: phrase("competition.daysTitle"),
    columns,
    rows,
    fitRows: true,
  };
}

export interface CompetitionPlanInput {
  readonly watch: CompetitionWatch;
  readonly present: readonly CompetitionIndex[];
  readonly language: Language;
  readonly tablesTaken: readonly string[];
}

export function planCompetitionSheet({
  watch,
  present,
  language,
  tablesTaken,
}: CompetitionPlanInput): SheetDescription<CompetitionText> {
  const l = watch.latest;
  const chart = chartBlock(watch, language);
  const note = phrase("competition.note", {
    from: day(l - 6),
    to: day(l),
    beforeFrom: day(l - 13),
    beforeTo: day(l - 7),
  });
  const blocks: OutputBlock<CompetitionText>[] = [
    summaryBlock(watch, language, tablesTaken),
    {
      kind: "lines",
      style: "italic",
      lines: [[note], [phrase("competition.limits")], ...(chart ? [] : [[phrase("competition.noGmv")]])],
    },
    calibrationBlock(watch, language, tablesTaken),
    ...(chart ? [chart] : []),
    daysBlock(watch, present, language, tablesTaken),
  ];
  const mark = moveMark(watch);
  return {
    blocks,
    freezeHeader: true,
    activate: true,
    ...(mark ? { properties: { [COMPETITION_OUTPUT.moveProperty]: mark } } : {}),
  };
}
