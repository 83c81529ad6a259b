/**
 * The review sheet planned as data (src/excel/sheetWriter.ts writes it): results against the period before, what
 * moved GMV, goals, execution, risks and next week's actions, each a block under its title. Words are phrases the
 * review catalogue words (src/i18n/review.*.ts); figures stay numbers with their formats.
 */
import { REVIEW_OUTPUT } from "../contract";
import type { Columns } from "../contract";
import { findingRows } from "../diagnosisText";
import type { DiagnosisText } from "../diagnosisText";
import { fromDateSerial, isoDay } from "../excelDate";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { ColumnLook, RowLook, OutputBlock, SheetCell, SheetDescription, TableBlock } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { metricFormat, metricName } from "../storeMetricLookup";
import type { ReviewPeriod } from "./period";
import type { ProfitPart } from "./profitSplit";
import type { Driver, Mover, NextAction, Review, ReviewGoal, ResultRow } from "./weeklyReview";
import { POINT_METRICS } from "./weeklyReview";
import type { Comparison } from "../compare/comparison";
import type { PointsPhrase } from "../figures";
import { figureText, pointsPhrase, shareText, signed } from "../figures";

export type ReviewKey =
  | "review.title.week"
  | "review.title.month"
  | "review.results"
  | "review.noMetrics"
  | "review.missingDays"
  | "review.noFigure"
  | "review.days.partial"
  | "review.metric.dailyAverage"
  | "review.metric.byPaymentDay"
  | "review.metric.byPaymentDayProvisional"
  | "review.partial"
  | "review.mover.dailyAverage"
  | "review.drivers"
  | "review.driversSum"
  | "review.driversLacking.figures"
  | "review.driversLacking.zero"
  | "review.profit"
  | "review.profitSum"
  | "review.profitSumDaily"
  | "review.profitLacking.days"
  | "review.profitLacking.orders"
  | `review.profitPart.${ProfitPart}`
  | `review.driver.${Driver}`
  | "review.products"
  | "review.traffic"
  | "review.noProducts"
  | "review.noTraffic"
  | "review.noMovers"
  | "review.competitorMove"
  | "review.tiers"
  | "review.tierChange"
  | `review.measure.${"gmv" | "visitors" | "tradeIndex"}`
  | "review.goals"
  | "review.noGoals"
  | `review.status.${ReviewGoal["status"]}`
  | "review.record"
  | "review.execution"
  | "review.source.schedule"
  | "review.source.log"
  | "review.source.none"
  | "review.carried"
  | "review.noSchedules"
  | "review.risks"
  | "review.noRisks"
  | "review.next"
  | `review.action.${NextAction["kind"]}`
  | "review.noActions";
export type ReviewText = string | Phrase<ReviewKey> | DiagnosisText | PointsPhrase;

const day = (serial: number) => isoDay(fromDateSerial(serial));
const cell = (n: number | null | undefined): SheetCell =>
  n === null || n === undefined || !Number.isFinite(n) ? "" : n;
const CHANGE = "+0.0%;-0.0%;0.0%";
/** The first column holds metric, driver, goal and product names under the sheet's title: about 16 Chinese characters. */
const FIRST_COLUMN_WIDTH = 170;

/** The sheet's name for a period: `Weekly Review 2026-W48`, `月报 2026-11`. */
export function reviewSheetName(period: ReviewPeriod, language: Language): string {
  return `${(period.kind === "week" ? REVIEW_OUTPUT.weekSheetPrefix : REVIEW_OUTPUT.monthSheetPrefix)[language]} ${period.id}`;
}

export const reviewOwner = (period: ReviewPeriod) => `review:${period.id}`;

function plain(
  title: ReviewText,
  columns: ColumnLook[],
  rows: readonly (readonly (SheetCell | ReviewText)[])[],
  rowLooks: RowLook[] = []
): TableBlock<ReviewText> {
  return { kind: "table", tableName: null, title, columns, rows, rowLooks, fitRows: true };
}

function looks<C extends string>(
  columns: Columns<C>,
  language: Language,
  formats: Readonly<Record<C, string | Omit<ColumnLook, "key" | "header">>>
): ColumnLook[] {
  const all = columnLooks(columns, language, formats);
  return all.map((c, i) => (i === 0 && c.width === undefined ? { ...c, width: FIRST_COLUMN_WIDTH } : c));
}

/** A comparison's days with data on each side, "7/7 · 2/7", marked when a side lacks days. */
export function daysHeld(r: Comparison): string | Phrase<"review.days.partial"> {
  const days = `${r.now?.days ?? 0}/${r.now?.span ?? 0} · ${r.before?.days ?? 0}/${r.before?.span ?? 0}`;
  return r.partial ? phrase("review.days.partial", { days }) : days;
}

/** A result's name, with "a day" when its figures are daily averages. */
export function resultName(
  r: ResultRow,
  language: Language
):
  | string
  | Phrase<"review.metric.dailyAverage" | "review.metric.byPaymentDay" | "review.metric.byPaymentDayProvisional"> {
  const name = metricName(r.metric, language);
  if (r.byPaymentDay)
    return phrase(r.byPaymentDay.provisional ? "review.metric.byPaymentDayProvisional" : "review.metric.byPaymentDay", {
      metric: name,
    });
  return r.basis === "dailyAverage" ? phrase("review.metric.dailyAverage", { metric: name }) : name;
}

function resultsBlocks(review: Review, language: Language): OutputBlock<ReviewText>[] {
  if (!review.results) return [{ kind: "lines", style: "italic", lines: [[phrase("review.noMetrics")]] }];
  const columns = looks(REVIEW_OUTPUT.results, language, {
    metric: "@",
    now: "General",
    before: "General",
    change: CHANGE,
    days: "@",
  });
  // A rate's change is percentage points, said in words as the message says it; other changes stay numbers.
  const changeCell = (r: ResultRow): SheetCell | ReviewText =>
    r.change?.kind === "points" ? pointsPhrase(r.change.value) : cell(r.change?.value);
  const rows = review.results.map((r) => [
    resultName(r, language),
    r.now ? r.now.value : phrase("review.noFigure"),
    cell(r.before?.value),
    changeCell(r),
    daysHeld(r),
  ]);
  const rowLooks: RowLook[] = review.results.flatMap((r, i) => [
    { rows: [i], numberFormat: { columns: ["now", "before"], format: metricFormat(r.metric) } },
    // Points are words ("+0.18 pt"): a Text cell keeps the leading "+" from being typed as a formula.
    ...(r.change?.kind === "points" ? [{ rows: [i], numberFormat: { columns: ["change"], format: "@" } }] : []),
  ]);
  const blocks: OutputBlock<ReviewText>[] = [plain(phrase("review.results"), columns, rows, rowLooks)];
  if (review.missingDays.length > 0)
    blocks.push({
      kind: "lines",
      style: "italic",
      lines: [[phrase("review.missingDays", { days: review.missingDays.map(day) })]],
    });
  if (review.results.some((r) => r.partial))
    blocks.push({ kind: "lines", style: "italic", lines: [[phrase("review.partial")]] });
  return blocks;
}

function driverBlocks(review: Review, language: Language): OutputBlock<ReviewText>[] {
  const d = review.drivers;
  if ("lacking" in d)
    return [{ kind: "lines", style: "italic", lines: [[phrase(`review.driversLacking.${d.lacking}`)]] }];
  const columns = looks(REVIEW_OUTPUT.drivers, language, {
    driver: "@",
    before: "General",
    now: "General",
    share: "#,##0.00;-#,##0.00",
  });
  const format: Record<Driver, string> = { days: "0", visitors: "#,##0", conversion: "0.00%", aov: "#,##0.00" };
  const rows = d.shares.map((s) => [phrase(`review.driver.${s.driver}`), s.before, s.now, s.share]);
  const rowLooks: RowLook[] = d.shares.map((s, i) => ({
    rows: [i],
    numberFormat: { columns: ["before", "now"], format: format[s.driver] },
  }));
  const sum = phrase("review.driversSum", {
    before: amount(d.gmvBefore),
    now: amount(d.gmvNow),
    change: signedAmount(d.gmvNow - d.gmvBefore),
  });
  return [plain(phrase("review.drivers"), columns, rows, rowLooks), { kind: "lines", style: "italic", lines: [[sum]] }];
}

/**
 * What moved profit, beside what moved GMV: orders, profit per order before ads and ad spend, each with its share of
 * the change. Nothing for a shop that keeps no Profit sheet; a line saying why where it cannot be split.
 */
function profitBlocks(review: Review, language: Language): OutputBlock<ReviewText>[] {
  const p = review.profit;
  if ("lacking" in p) {
    if (p.lacking === "profitTable") return [];
    const said =
      p.lacking === "days"
        ? phrase("review.profitLacking.days", { have: p.have[0] + p.have[1], need: p.need[0] + p.need[1] })
        : phrase("review.profitLacking.orders");
    return [{ kind: "lines", style: "italic", lines: [[said]] }];
  }
  const columns = looks(REVIEW_OUTPUT.profitSplit, language, {
    part: "@",
    before: "General",
    now: "General",
    share: "#,##0.00;-#,##0.00",
  });
  const format: Record<ProfitPart, string> = {
    volume: p.dailyAverage ? "#,##0.0" : "#,##0",
    perOrder: "#,##0.00",
    adSpend: "#,##0.00",
  };
  const rows = p.parts.map((s) => [phrase(`review.profitPart.${s.part}`), s.before, s.now, s.share]);
  const rowLooks: RowLook[] = p.parts.map((s, i) => ({
    rows: [i],
    numberFormat: { columns: ["before", "now"], format: format[s.part] },
  }));
  const margin = (m: number | null) => (m === null ? "—" : figureText(m, "rate"));
  const sum = phrase(p.dailyAverage ? "review.profitSumDaily" : "review.profitSum", {
    before: amount(p.before.profit),
    now: amount(p.now.profit),
    change: signedAmount(p.now.profit - p.before.profit),
    marginBefore: margin(p.before.margin),
    marginNow: margin(p.now.margin),
  });
  return [plain(phrase("review.profit"), columns, rows, rowLooks), { kind: "lines", style: "italic", lines: [[sum]] }];
}

export const amount = (n: number) => figureText(n, "money");
export const signedAmount = (n: number) => signed(amount(Math.abs(n)), n);

function moverBlocks(
  movers: readonly Mover[] | null,
  title: ReviewText,
  absent: ReviewText,
  language: Language
): OutputBlock<ReviewText>[] {
  if (!movers) return [{ kind: "lines", style: "italic", lines: [[absent]] }];
  if (movers.length === 0) return [{ kind: "lines", style: "italic", lines: [[title], [phrase("review.noMovers")]] }];
  const format = movers[0]?.measure === "gmv" ? "#,##0.00" : "#,##0";
  const columns = looks(REVIEW_OUTPUT.movers, language, {
    name: "@",
    before: format,
    now: format,
    change: `+${format};-${format};0`,
  });
  const table = plain(
    title,
    columns,
    movers.map((m) => [m.name, m.before, m.now, m.change])
  );
  // Periods that hold different numbers of the report's days are compared a day, and the sheet says so.
  return movers[0]?.basis === "dailyAverage"
    ? [table, { kind: "lines", style: "italic", lines: [[phrase("review.mover.dailyAverage")]] }]
    : [table];
}

function goalBlock(review: Review, language: Language): OutputBlock<ReviewText> {
  const goals = [...review.ended, ...review.attention, ...review.noData];
  if (goals.length === 0)
    return { kind: "lines", style: "italic", lines: [[phrase("review.goals")], [phrase("review.noGoals")]] };
  const columns = looks(REVIEW_OUTPUT.goals, language, {
    goal: "@",
    growthPoint: "@",
    status: "@",
    target: "General",
    current: "General",
    projected: "General",
    neededPerDay: "General",
    record: "@",
  });
  const rows = goals.map((g) => [
    g.name,
    g.growthPoint,
    phrase(`review.status.${g.status}`),
    g.target,
    cell(g.current),
    cell(g.projected),
    cell(g.neededPerDay),
    g.record && g.record.ended > 0
      ? phrase("review.record", { achieved: g.record.achieved, ended: g.record.ended })
      : "",
  ]);
  const rowLooks: RowLook[] = goals.flatMap((g, i) =>
    g.metric
      ? [
          {
            rows: [i],
            numberFormat: {
              columns: ["target", "current", "projected", "neededPerDay"],
              format: metricFormat(g.metric),
            },
          },
        ]
      : []
  );
  return plain(phrase("review.goals"), columns, rows, rowLooks);
}

function executionBlocks(review: Review, language: Language): OutputBlock<ReviewText>[] {
  const { days, carried } = review.execution;
  const columns = looks(REVIEW_OUTPUT.execution, language, {
    date: "yyyy-mm-dd",
    planned: "0",
    done: "0",
    completion: "0%",
    source: "@",
  });
  const rows = days.map((d) => [
    d.date,
    d.source === "none" ? "" : d.planned,
    d.source === "none" ? "" : d.done,
    d.source === "none" || d.planned === 0 ? "" : d.done / d.planned,
    phrase(`review.source.${d.source}`),
  ]);
  const none = days.flatMap((d, i) => (d.source === "none" ? [i] : []));
  const blocks: OutputBlock<ReviewText>[] = [
    plain(phrase("review.execution"), columns, rows, none.length > 0 ? [{ rows: none, italic: true }] : []),
  ];
  const lines: ReviewText[][] = [];
  if (days.every((d) => d.source === "none")) lines.push([phrase("review.noSchedules")]);
  if (carried.length > 0)
    lines.push([phrase("review.carried", { tasks: carried.map((c) => `${c.task} (${c.times})`) })]);
  if (lines.length > 0) blocks.push({ kind: "lines", style: "italic", lines });
  return blocks;
}

function riskBlock(review: Review, language: Language): OutputBlock<ReviewText> {
  const findings = review.risks ? findingRows(review.risks, language) : [];
  if (findings.length === 0)
    return { kind: "lines", style: "italic", lines: [[phrase("review.risks")], [phrase("review.noRisks")]] };
  const columns = looks(REVIEW_OUTPUT.risks, language, {
    finding: "@",
    evidence: { format: "@", width: 380, wrap: true },
    growthPoint: "@",
  });
  // findingRows gives the Diagnosis sheet's columns: finding, metric, evidence, growth point, growth rate.
  return plain(
    phrase("review.risks"),
    columns,
    findings.map((r) => [r[0] ?? "", r[2] ?? "", r[3] ?? ""] as (SheetCell | ReviewText)[])
  );
}

export function actionPhrase(a: NextAction, language: Language): Phrase<ReviewKey> {
  switch (a.kind) {
    case "resetGoal":
      return phrase("review.action.resetGoal", { goal: a.goal });
    case "setGoal":
      return phrase("review.action.setGoal", { point: a.growthPoint });
    case "catchUp":
      return phrase("review.action.catchUp", {
        goal: a.goal,
        perDay:
          a.metric && POINT_METRICS.has(a.metric)
            ? `${(a.neededPerDay * 100).toFixed(2)}%`
            : a.neededPerDay.toLocaleString("en-US", { maximumFractionDigits: 2 }),
        metric: a.metric ? metricName(a.metric, language) : "",
      });
  }
}

/** The products whose tier moved on the Products sheet, in one line; null without a sheet of the period's week. */
export function tiersPhrase(review: Review): Phrase<ReviewKey> | null {
  const t = review.tiers;
  if (!t || t.changes.length === 0) return null;
  const changes = t.changes.map((c) =>
    phrase("review.tierChange", {
      product: c.product,
      from: phrase(`diagnosis.tier.${c.from}` as const),
      to: phrase(`diagnosis.tier.${c.to}` as const),
    })
  );
  return phrase("review.tiers", { from: day(t.from), to: day(t.to), changes });
}

export function titlePhrase(period: ReviewPeriod): Phrase<ReviewKey> {
  return phrase(period.kind === "week" ? "review.title.week" : "review.title.month", {
    id: period.id,
    from: day(period.from),
    to: day(period.to),
    beforeFrom: day(period.beforeFrom),
    beforeTo: day(period.beforeTo),
  });
}

/** The tier changes as a line of the sheet, where there are any. */
function tierLine(review: Review): OutputBlock<ReviewText>[] {
  const said = tiersPhrase(review);
  return said ? [{ kind: "lines", style: "plain", lines: [[said]] }] : [];
}

export function planReviewSheet(review: Review, language: Language): SheetDescription<ReviewText> {
  const move = review.competitorMove;
  const moveLine: OutputBlock<ReviewText>[] = move
    ? [
        {
          kind: "lines",
          style: "plain",
          lines: [
            [
              phrase("review.competitorMove", {
                subject: move.subject,
                measure: phrase(`review.measure.${move.measure}`),
                change: shareText(move.change),
              }),
            ],
          ],
        },
      ]
    : [];
  const actions = review.next.map((a) => [actionPhrase(a, language)]);
  return {
    blocks: [
      { kind: "lines", style: "bold", lines: [[titlePhrase(review.period)]] },
      ...resultsBlocks(review, language),
      ...driverBlocks(review, language),
      ...profitBlocks(review, language),
      ...moverBlocks(review.products, phrase("review.products"), phrase("review.noProducts"), language),
      ...tierLine(review),
      ...moverBlocks(review.traffic, phrase("review.traffic"), phrase("review.noTraffic"), language),
      ...moveLine,
      goalBlock(review, language),
      ...executionBlocks(review, language),
      riskBlock(review, language),
      {
        kind: "lines",
        style: "bold",
        lines: [[phrase("review.next")], ...(actions.length > 0 ? actions : [[phrase("review.noActions")]])],
      },
    ],
    freezeHeader: false,
    activate: true,
  };
}
