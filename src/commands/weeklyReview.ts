/**
 * "Write weekly review" and "Copy weekly report": Store Metrics, the imported Sycm product and traffic tables, Goals,
 * Growth Points, Settings, the period's schedules, the Operation Log and the competition's move → the review sheet
 * (named with the period: `Weekly Review 2026-W48`, or the monthly one), or the same as a message. Reads the
 * names; then everything together; then the two tables' further rows when they have more than their first rows;
 * then writes. Read → core → write: no Office.js here.
 */
import { COMPETITION_OUTPUT, INPUTS, LAYOUT_OUTPUT, PROFIT_OUTPUT, REFUNDS_OUTPUT } from "../core/contract";
import { refundsBack } from "../core/refunds/refundsBack";
import { productLayoutBack } from "../core/layout/productsSheet";
import { layoutWeek } from "../core/review/tierChanges";
import { profitDaysBack } from "../core/profit/profitSheet";
import { scheduleDate } from "../core/carryOver";
import { competitorMove } from "../core/dailyReport";
import { productColumns, productFacts } from "../core/shopFacts";
import { fromDateSerial, isoDay, toDateSerial } from "../core/excelDate";
import { GOAL_FIELDS } from "../core/goals";
import { tableOfKind } from "../core/import/kinds";
import type { Language } from "../core/language";
import { EVERY_LANGUAGE } from "../core/language";
import type { Problem } from "../core/problems";
import { GROWTH_POINT_FIELDS, growthPointsFrom, rankPoints } from "../core/ranking";
import { readRecords } from "../core/records";
import type { ReviewPeriod } from "../core/review/period";
import { reviewGoals } from "../core/review/reviewGoals";
import { planReviewSheet, reviewOwner, reviewSheetName } from "../core/review/reviewSheet";
import { operationLogDays, trafficColumns, trafficFacts } from "../core/review/reviewSources";
import { reviewText } from "../core/review/reviewText";
import type { Review, ReviewGoal } from "../core/review/weeklyReview";
import type { FocusPoint } from "../core/goalSetting";
import type { InputCells } from "../core/records";
import type { DailyFigures } from "../core/storeMetricLookup";
import { isEmptyReview, weeklyReview } from "../core/review/weeklyReview";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { wordSheet } from "../core/sheetDescription";
import { dailyFigures } from "../core/storeMetricLookup";
import { planOutputSheet, protectedTargets } from "../core/workbookPlan";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import { queueOperationLog } from "../excel/operationLog";
import { queueScheduleRead } from "../excel/scheduleSheet";
import { queueTableSheetMark } from "../excel/sheetMarks";
import { writeSheet } from "../excel/sheetWriter";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableColumns } from "../excel/tableColumns";
import { queueStoreMetrics, writeOutputSheet } from "../excel/workbook";
import type { Translate } from "../wording";
import { say } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage } from "./outcome";
// The words this command says load with it, not with the pane's page; the risks are worded as the diagnosis words them.

const WANTS = {
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  points: { definition: INPUTS.growthPoints, fields: GROWTH_POINT_FIELDS, optional: true },
  settings: SETTINGS_INPUT,
} as const;
const PRODUCTS = tableOfKind("sycmProducts");
const TRAFFIC = tableOfKind("sycmTraffic");

/** What the review read beside the review itself: what Plan next week proposes from. */
export interface ReviewBasis {
  readonly goals: readonly ReviewGoal[];
  readonly points: readonly FocusPoint[];
  readonly focus: readonly string[];
  readonly days: DailyFigures | null;
  /** The Goals input's cells, to append new goals under; null when the workbook has none. */
  readonly goalsBlock: InputCells | null;
}

type ReviewRead = { readonly problems: readonly Problem[]; readonly read: Awaited<ReturnType<typeof readAll>> } & (
  { readonly review: Review; readonly basis: ReviewBasis } | { readonly review: null; readonly basis: null }
);

/**
 * The product and traffic tables' columns the review reads, in as few round trips as their size allows, each table's
 * columns in its reader's order (an absent one empty).
 */
async function readMoverColumns(context: WorkbookSession, products: TableShape | null, traffic: TableShape | null) {
  const productAt = products ? productColumns(products.headers) : null;
  const trafficAt = traffic ? trafficColumns(traffic.headers) : null;
  const requests = [
    ...(products && productAt ? [{ shape: products, columns: productAt.filter((i) => i >= 0) }] : []),
    ...(traffic && trafficAt ? [{ shape: traffic, columns: trafficAt.filter((i) => i >= 0) }] : []),
  ];
  const { columns } = await readTableColumns(context, requests);
  const inOrder = (at: number[]) => {
    const got = columns.shift() ?? [];
    let k = 0;
    return at.map((i) => (i >= 0 ? (got[k++] ?? []) : []));
  };
  return {
    productValues: products && productAt ? inOrder(productAt) : null,
    trafficValues: traffic && trafficAt ? inOrder(trafficAt) : null,
  };
}

/** Everything the review is made of, read in one round trip when the layout is known (plus blocks of long tables). */
export async function readReview(
  context: WorkbookSession,
  language: Language,
  period: ReviewPeriod
): Promise<ReviewRead> {
  const read = await readAll(context, language, period);
  if (!read.inputs.ok) return { review: null, basis: null, problems: read.inputs.problems, read };
  const { goals, points, settings } = read.inputs.data;
  const set = readSettings(settings, [
    "atRiskBand",
    "breakEvenRoi",
    "adSpendThreshold",
    "focusLimit",
    "successThreshold",
    "growthThreshold",
  ]);
  if (set.problems.length > 0) return { review: null, basis: null, problems: set.problems, read };
  const { products, traffic } = read.extra;
  const days = dailyFigures(read.extra.metrics);

  const { productValues, trafficValues } = await readMoverColumns(context, products, traffic);

  const goalRead = goals ? readRecords(goals, GOAL_FIELDS) : null;
  const goalsReadable = goals && goalRead && goalRead.headerRow >= 0 ? goals : null;
  const bodyRows = (block: InputCells, headerRow: number) => block.firstRow + block.values.length - 1 - headerRow;
  const reviewed =
    goalsReadable && goalRead
      ? reviewGoals(goalRead, bodyRows(goalsReadable, goalRead.headerRow), days, period, set.settings.atRiskBand)
      : [];
  const pointRead = points ? readRecords(points, GROWTH_POINT_FIELDS) : null;
  const ranked = pointRead ? rankPoints(growthPointsFrom(pointRead.records), set.settings).rows : [];
  const focus = ranked.filter((r) => r.focus).map((r) => r.name);
  const log = read.extra.log.body;
  const review = weeklyReview({
    period,
    days,
    products: productValues ? productFacts(productValues) : null,
    traffic: trafficValues ? trafficFacts(trafficValues) : null,
    goals: reviewed,
    schedules: read.extra.schedules.flatMap((s) =>
      s.values && s.date !== null ? [{ date: s.date, values: s.values, carryRecord: s.carryRecord }] : []
    ),
    log: log ? operationLogDays(log.headers, log.values) : [],
    focus,
    competitorMove: competitorMove(read.extra.move),
    breakEvenRoi: set.settings.breakEvenRoi,
    adSpendThreshold: set.settings.adSpendThreshold,
    profit: read.extra.profit ? profitDaysBack([read.extra.profit.headers, ...read.extra.profit.values]) : null,
    layout: layoutBack(read.extra.layout, read.extra.layoutWeek),
    refunds: read.extra.cohorts ? refundsBack([read.extra.cohorts.headers, ...read.extra.cohorts.values], []) : null,
  });
  const basis: ReviewBasis = {
    goals: reviewed,
    points: ranked,
    focus,
    days,
    goalsBlock: goalsReadable,
  };
  return { review, basis, problems: [], read };
}

/** The Products sheet read back with the week its mark says it covers; null without one. */
function layoutBack(shape: TableShape | null, mark: string | null) {
  return shape ? { rows: productLayoutBack([shape.headers, ...shape.values]), week: layoutWeek(mark) } : null;
}

function readAll(context: WorkbookSession, language: Language, period: ReviewPeriod) {
  return readInputs(context, WANTS, language, (ctx, outline) => {
    const find = (name: string) => outline.tables.find((n) => n.toLowerCase() === name.toLowerCase());
    const metrics = queueStoreMetrics(ctx, outline);
    // The Profit sheet's days are a few hundred rows: all of them come with the first read.
    const [products, traffic, profit] = [find(PRODUCTS), find(TRAFFIC), find(PROFIT_OUTPUT.daysTable)].map((name) =>
      name ? queueTableShape(ctx, name) : null
    );
    const log = queueOperationLog(ctx, outline);
    // The period's schedules by their names (`Schedule 2026-11-24`): small sheets of the add-in's own.
    const schedules = outline.sheets.flatMap((s) => {
      const date = scheduleDate(s.name);
      return date !== null && date >= period.from && date <= period.to
        ? [{ date, read: queueScheduleRead(ctx, s.name) }]
        : [];
    });
    const summary = find(COMPETITION_OUTPUT.summaryTable);
    const move = summary ? queueTableSheetMark(ctx, summary, COMPETITION_OUTPUT.moveProperty) : null;
    // The Products sheet, with the week it covers: its tier changes are the review's when that week is.
    const layoutTable = find(LAYOUT_OUTPUT.tableName);
    const layout = layoutTable ? queueTableShape(ctx, layoutTable) : null;
    const layoutWeekMark = layoutTable ? queueTableSheetMark(ctx, layoutTable, LAYOUT_OUTPUT.weekProperty) : null;
    // The Refunds sheet's payment days (a few hundred rows): the refund rate by the day the orders were paid.
    const cohortTable = find(REFUNDS_OUTPUT.cohortsTable);
    const cohorts = cohortTable ? queueTableShape(ctx, cohortTable) : null;
    return () => ({
      cohorts: cohorts?.() ?? null,
      layout: layout?.() ?? null,
      layoutWeek: layoutWeekMark?.() ?? null,
      metrics: metrics(),
      products: products?.() ?? null,
      traffic: traffic?.() ?? null,
      profit: profit?.() ?? null,
      log: log(),
      schedules: schedules.map((s) => ({ date: s.date, ...s.read() })),
      move: move?.() ?? null,
    });
  });
}

/** A period that has not begun is refused before anything is read. */
export function notYet(period: ReviewPeriod, env: CommandEnvironment, t: Translate): Outcome | null {
  return period.from > toDateSerial(env.today())
    ? {
        ok: false,
        message: t("review.failed"),
        details: [t("review.future", { id: period.id, from: isoDay(fromDateSerial(period.from)) })],
      }
    : null;
}

/** What both review commands say for a period the workbook holds nothing about: nothing is written or copied. */
const emptyReview = (t: Translate, period: ReviewPeriod): Outcome => ({
  ok: false,
  message: t("review.failed"),
  details: [t("review.empty", { id: period.id })],
});

/** What every review command says when the workbook's inputs cannot be read: the problems, each with its place. */
export const reviewFailed = (t: Translate, problems: readonly Problem[]): Outcome => ({
  ok: false,
  message: t("review.failed"),
  ...detailsWithProblems([], problems, t),
});

export function writeWeeklyReview(env: CommandEnvironment, period: ReviewPeriod): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const refused = notYet(period, env, t);
      if (refused) return refused;
      const { review, problems, read } = await readReview(context, language, period);
      if (!review) return reviewFailed(t, problems);
      if (isEmptyReview(review)) return emptyReview(t, period);
      const inSheets = inWorkbookLanguage(read.outline, language);
      const plan = planOutputSheet(
        reviewOwner(period),
        reviewSheetName(period, inSheets.language),
        read.workbook.sheets,
        EVERY_LANGUAGE.map((l) => reviewSheetName(period, l))
      );
      const locked = protectedTargets(read.workbook.sheets, [plan.replaces?.name]);
      if (locked.length > 0) return reviewFailed(t, locked);
      const sheet = wordSheet(planReviewSheet(review, inSheets.language), inSheets.words);
      await writeOutputSheet(
        context,
        plan,
        reviewOwner(period),
        read.outline.sheets.map((s) => s.name),
        (target) => writeSheet(context, target, sheet)
      );
      const day = (serial: number) => isoDay(fromDateSerial(serial));
      return {
        ok: true,
        message: t("review.done", {
          sheet: plan.sheetName,
          from: day(period.from),
          to: day(period.to),
          ended: review.ended.length,
          attention: review.attention.length,
          risks: review.risks?.findings.length ?? 0,
        }),
        ...detailsWithProblems(
          plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : [],
          [],
          t
        ),
      };
    },
    ["storeData", "review"]
  );
}

/** What Copy weekly report gives the pane: the outcome, and the text to show and copy. */
export interface ReviewReportOutcome extends Outcome {
  readonly report: string | null;
}

/** The review as a message for WeChat or DingTalk; nothing is written to the workbook. */
export async function copyWeeklyReport(env: CommandEnvironment, period: ReviewPeriod): Promise<ReviewReportOutcome> {
  let text: string | null = null;
  const outcome = await excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const refused = notYet(period, env, t);
      if (refused) return refused;
      const { review, problems } = await readReview(context, language, period);
      if (!review) return reviewFailed(t, problems);
      if (isEmptyReview(review)) return emptyReview(t, period);
      text = reviewText(review, language, (said) => say(t, said));
      return { ok: true, message: t("review.ready", { id: period.id, chars: text.length }), details: [] };
    },
    ["storeData", "review"]
  );
  return { ...outcome, report: text };
}
