/**
 * "Plan promotion": an event of Promotions → its work in Daily Tasks (each task on its deadline day, due then), from
 * the Promotion Tasks template (the default one is written as that sheet when there is none, for the operator to
 * edit), and one goal in Goals: the event's GMV as a daily pace across its days. Planning again adds nothing twice.
 * One read (two when the stock task needs the product report's columns), then one write. Read → core → write.
 */
import type { InputKind } from "../core/contract";
import { INPUTS, PROMOTIONS, PROMOTION_TASKS, STOCK, columnNames } from "../core/contract";
import type { CalendarDay } from "../core/excelDate";
import { toDateSerial } from "../core/excelDate";
import type { NewGoal } from "../core/goalSetting";
import { goalInputRow } from "../core/goalSetting";
import { GOAL_FIELDS } from "../core/goals";
import { goalFigure } from "../core/goalMeasure";
import { tableOfKind } from "../core/import/kinds";
import type { Language, Spellings } from "../core/language";
import { layoutColumnsOf, productDays, totalsIn } from "../core/layout/facts";
import { STOCK_FIELDS, readStock } from "../core/layout/stock";
import { indexOfName, nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import type { PromotionEvent } from "../core/promotions/events";
import { readPromotions } from "../core/promotions/events";
import { PROMOTION_FIELDS, eventNamesOffered } from "../core/promotions/fields";
import type { RecentSales, TemplateTask } from "../core/promotions/plan";
import {
  PROMOTION_TASK_FIELDS,
  SALES_RATE_DAYS,
  isStockTask,
  planPromotion as plan,
  readPromotionTasks,
} from "../core/promotions/plan";
import type { PlainSheet } from "../core/promotions/template";
import { defaultTemplateSheet, taskRow } from "../core/promotions/template";
import type { InputCells } from "../core/records";
import { TASK_FIELDS } from "../core/schedule";
import { shownValue } from "../core/cellValues";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import { dailyFigures } from "../core/storeMetricLookup";
import { protectedTargets } from "../core/workbookPlan";
import type { WorkbookSession } from "../excel/host";
import { appendTarget, queueAppendRows } from "../excel/inputRows";
import { readInputs } from "../excel/inputs";
import { queueInputSheet } from "../excel/sampleData";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableRows } from "../excel/tableColumns";
import { queueStoreMetrics, syncNotingLayout } from "../excel/workbook";
import type { Translate } from "../wording";
import { say } from "../wording";
import { phrase } from "../core/phrases";
import type { CommandEnvironment } from "./environment";
import { newInputSheet } from "./newInputSheet";
import type { Outcome, SheetSpeech } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wordCells } from "./outcome";

const REPORT = tableOfKind("sycmProducts");
const TASK_FIELD = TASK_FIELDS.find((f) => f.key === "task") ?? { name: INPUTS.dailyTasks.columns.task, aliases: [] };
const GROWTH_POINT_FIELD = GOAL_FIELDS.find((f) => f.key === "growthPoint") ?? {
  name: INPUTS.goals.columns.growthPoint,
  aliases: [],
};
const WANTS = {
  promotions: { definition: PROMOTIONS, fields: PROMOTION_FIELDS },
  template: { definition: PROMOTION_TASKS, fields: PROMOTION_TASK_FIELDS, optional: true },
  tasks: { definition: INPUTS.dailyTasks, fields: TASK_FIELDS, optional: true },
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  stock: { definition: STOCK, fields: STOCK_FIELDS, optional: true },
} as const;

/**
 * The events the pane's picker offers, by name (ahead, then just over): read again when the operator opens it (an
 * event typed in since the pane last read the workbook). Nothing is said when it cannot be read.
 */
export async function listPromotions(env: CommandEnvironment): Promise<readonly string[]> {
  const today = toDateSerial(env.today());
  return env.host
    .run(async (context) => {
      const found = await readInputs(context, { promotions: WANTS.promotions }, env.language());
      return found.inputs.ok ? eventNamesOffered(found.inputs.data.promotions, today) : [];
    })
    .catch(() => []);
}

/** Everything Plan promotion reads in its first round trip. */
async function readPlanInputs(context: WorkbookSession, language: Language) {
  return readInputs(context, WANTS, language, (ctx, outline) => {
    const metrics = queueStoreMetrics(ctx, outline);
    const name = outline.tables.find((n) => n.toLowerCase() === REPORT.toLowerCase());
    const report = name ? queueTableShape(ctx, name) : null;
    return () => ({ metrics: metrics(), report: report?.() ?? null });
  });
}

/** Each product's units over the report's last 28 days, with its stock where the Stock input gives it. */
async function recentSales(
  context: WorkbookSession,
  report: TableShape,
  stock: InputCells | null
): Promise<{ sales: RecentSales[]; problems: Problem[] }> {
  const { rows } = await readTableRows(context, [{ shape: report, columns: layoutColumnsOf(report.headers) }]);
  const days = productDays(report.headers, (rows[0] ?? []) as (string | number | boolean | null)[][]);
  const latest = Math.max(...days.map((d) => d.day));
  const read = stock ? readStock(stock) : null;
  const units = new Map((read?.stock ?? []).map((s) => [nameKey(s.productId), s.units]));
  const sales = totalsIn(days, latest - SALES_RATE_DAYS + 1, latest).map((t) => ({
    product: t.name,
    units: t.units,
    inStock: read ? (units.get(nameKey(t.id)) ?? null) : null,
  }));
  return { sales, problems: read?.problems ?? [] };
}

/**
 * A column's texts in an input, found by its field's names: every row's, so a row with a problem in another column
 * still counts (Daily Tasks' names, Goals' growth points).
 */
function columnTexts(block: InputCells | null, field: { name: Spellings; aliases: readonly string[] }): string[] {
  if (!block) return [];
  const { headers } = appendTarget(block, null);
  const at = indexOfName(headers, field.name, field.aliases);
  return at < 0 ? [] : block.values.map((row) => shownValue(row[at] ?? "").trim()).filter((t) => t !== "");
}

/** The event's GMV goal, unless Goals has a goal for the event already or Store Metrics has no GMV to start from. */
function eventGoal(event: PromotionEvent, goals: InputCells | null, metrics: InputCells | null, pace: number | null) {
  if (pace === null) return { goal: null, reason: "noGoal" as const };
  const days = dailyFigures(metrics);
  const latest = days ? Math.max(...days.keys()) : null;
  const baseline = days && latest !== null ? goalFigure(days, "gmv", latest) : null;
  if (!baseline) return { goal: null, reason: "noMetrics" as const };
  const points = columnTexts(goals, GROWTH_POINT_FIELD);
  if (points.some((p) => nameKey(p) === nameKey(event.name))) return { goal: null, reason: "goalExists" as const };
  const goal: NewGoal = {
    kind: "goal",
    point: event.name,
    metric: "gmv",
    baseline: baseline.value,
    target: pace,
    start: event.start,
    deadline: event.end,
  };
  return { goal, reason: null };
}

/** The template as tasks: the operator's sheet, or the default one (worded in the workbook's language). */
function templateTasks(block: InputCells | null, defaults: PlainSheet, speech: SheetSpeech) {
  if (block) return { ...readPromotionTasks(block), sheet: block.sheet };
  const tasks: TemplateTask[] = defaults.rows.map((row) => ({
    task: typeof row[0] === "number" || row[0] === undefined ? String(row[0] ?? "") : speech.words(row[0]),
    phase: String(row[1]),
    daysBefore: Number(row[2]),
    minutes: Number(row[3]),
    priority: Number(row[4]),
    phaseAddress: "",
    phaseHeader: "",
  }));
  return { tasks, problems: [] as Problem[], sheet: defaults.sheetName };
}

export function planPromotion(env: CommandEnvironment, eventName: string): Promise<Outcome> {
  const today = toDateSerial(env.today());
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const fail = (problems: readonly Problem[], message = t("promotion.failed")): Outcome => ({
        ok: false,
        message,
        ...detailsWithProblems([], problems, t),
      });
      const found = await readPlanInputs(context, language);
      if (!found.inputs.ok) return fail(found.inputs.problems);
      const inputs = found.inputs.data;
      const speech = inWorkbookLanguage(found.outline, language);
      const read = readPromotions(inputs.promotions);
      if (read.problems.length > 0) return fail(read.problems);
      const event = read.events.find((e) => nameKey(e.name) === nameKey(eventName));
      if (eventName.trim() === "") return fail([], t("promotion.noneChosen", { sheet: inputs.promotions.sheet }));
      if (!event) return fail([], t("promotion.notFound", { event: eventName, sheet: inputs.promotions.sheet }));

      const defaults = defaultTemplateSheet(speech.language);
      const template = templateTasks(inputs.template ?? null, defaults, speech);
      const report = found.extra.report;
      const stockWanted = template.tasks.some((task) => isStockTask(task.task));
      const recent =
        stockWanted && report ? await recentSales(context, report, inputs.stock ?? null) : { sales: [], problems: [] };
      const planned = plan({
        event,
        template: template.tasks,
        templateSheet: template.sheet,
        existingTasks: columnTexts(inputs.tasks ?? null, TASK_FIELD),
        today,
        recent: recent.sales,
        fromDefault: !inputs.template,
      });
      const problems = [...template.problems, ...recent.problems, ...planned.problems];
      if (problems.length > 0) return fail(problems);
      const { goal, reason } = eventGoal(event, inputs.goals ?? null, found.extra.metrics, planned.pace);

      const targets = [inputs.tasks?.sheet, goal ? inputs.goals?.sheet : null];
      const locked = protectedTargets(found.workbook.sheets, targets);
      if (locked.length > 0) return fail(locked);
      const written = queuePlan(context, found, { event, planned, goal, defaults, speech, today: env.today() });
      await syncNotingLayout(context);
      return plannedOutcome(t, { event, planned, written, goal, reason, stockWanted, report: report !== null });
    },
    ["promotions"]
  );
}

/** What the pane says once the plan is written: how many tasks went where, the goal, and what was left out. */
function plannedOutcome(
  t: Translate,
  p: {
    event: PromotionEvent;
    planned: ReturnType<typeof plan>;
    written: ReturnType<typeof queuePlan>;
    goal: NewGoal | null;
    reason: ReturnType<typeof eventGoal>["reason"];
    stockWanted: boolean;
    report: boolean;
  }
): Outcome {
  const lines = [
    ...(p.planned.already.length > 0 ? [t("promotion.already", { count: p.planned.already.length })] : []),
    ...(p.written.template ? [t("promotion.templateAdded", { sheet: p.written.template })] : []),
    ...(p.planned.skipped.length > 0
      ? [
          say(
            t,
            phrase("promotion.skipped", {
              tasks: p.planned.skipped,
              count: p.planned.skipped.length,
              event: p.event.name,
            })
          ),
        ]
      : []),
    ...(p.stockWanted && !p.report ? [t("promotion.noProductReport")] : []),
    ...(p.reason ? [t(`promotion.goal.${p.reason}`, { event: p.event.name })] : []),
  ];
  const pace = Math.round(p.planned.pace ?? 0);
  return {
    ok: true,
    message: t(p.planned.tasks.length === 0 ? "promotion.nothingNew" : "promotion.planned", {
      count: p.planned.tasks.length,
      event: p.event.name,
      sheet: p.written.tasks ?? "",
      goal: p.goal ? t("promotion.goalAdded", { pace, sheet: p.written.goals ?? "" }) : "",
    }),
    details: lines,
  };
}

type Found = Awaited<ReturnType<typeof readPlanInputs>>;

/** Queues the rows under an input, or a new input sheet holding them when the workbook has none (its names free). */
function queueRows(
  context: WorkbookSession,
  found: Found,
  kind: Extract<InputKind, "dailyTasks" | "goals">,
  block: InputCells | null,
  make: (headers: readonly string[], width: number) => { row: (string | number)[]; formats: string[] }[],
  speech: SheetSpeech,
  today: CalendarDay
): string | null {
  if (block) {
    const source = found.sources[kind === "dailyTasks" ? "tasks" : "goals"];
    const { headers, target } = appendTarget(block, source?.from === "table" ? source.name : null);
    const cells = make(headers, target.width);
    if (cells.length === 0) return null;
    queueAppendRows(
      context,
      target,
      cells.map((c) => c.row),
      cells.map((c) => c.formats),
      null
    );
    return block.sheet;
  }
  const headers = columnNames(INPUTS[kind].columns, speech.language);
  const cells = make(headers, headers.length);
  if (cells.length === 0) return null;
  const made = newInputSheet(kind, speech.language, today, headers, cells, found.outline);
  queueInputSheet(context, made.sample, made.sheetName, made.tableName);
  return made.sheetName;
}

/** Queues the plan's writes: the tasks, the goal, and the default template when the workbook has none. */
function queuePlan(
  context: WorkbookSession,
  found: Found,
  p: {
    event: PromotionEvent;
    planned: ReturnType<typeof plan>;
    goal: NewGoal | null;
    defaults: PlainSheet;
    speech: SheetSpeech;
    today: CalendarDay;
  }
): { tasks: string | null; goals: string | null; template: string | null } {
  const { inputs } = found as Found & { inputs: { ok: true } };
  const words = p.speech.words;
  const tasks = queueRows(
    context,
    found,
    "dailyTasks",
    inputs.data.tasks ?? null,
    (headers, width) =>
      p.planned.tasks.map((task) => {
        const { row, formats } = taskRow(task, p.event.name, headers, width);
        return { row: wordCells(row, words), formats };
      }),
    p.speech,
    p.today
  );
  const goal = p.goal;
  const goals = goal
    ? queueRows(
        context,
        found,
        "goals",
        inputs.data.goals ?? null,
        (headers, width) => {
          const { row, formats } = goalInputRow(goal, headers, -1, width, p.speech.language);
          return [{ row: wordCells(row, words), formats }];
        },
        p.speech,
        p.today
      )
    : null;
  let template: string | null = null;
  if (!inputs.data.template) {
    template = freeSheetName(
      p.defaults.sheetName,
      found.outline.sheets.map((s) => s.name)
    );
    const rows = p.defaults.rows.map((row) => wordCells(row, words));
    queueInputSheet(
      context,
      { ...p.defaults, kind: "promotionTasks", rows },
      template,
      freeTableName(p.defaults.tableName, found.outline.tables)
    );
  }
  return { tasks, goals, template };
}
