/**
 * "Generate daily schedule" (Daily Tasks + Settings → Schedule YYYY-MM-DD) and "Log daily report" (a schedule
 * sheet → one row per date in Operation Log). Three round trips each.
 */
import { COMPETITION_OUTPUT, INPUTS, LAYOUT_OUTPUT, PROFIT_OUTPUT, SCHEDULE_OUTPUT } from "../core/contract";
import { adAnalysisBack } from "../core/ads/adSheet";
import { productLayoutBack } from "../core/layout/productsSheet";
import { profitDaysBack } from "../core/profit/profitSheet";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape } from "../excel/tableColumns";
import {
  carriedAsTasks,
  latestEarlierSchedule,
  parseCarryRecord,
  recurringMissed,
  undoneTasks,
} from "../core/carryOver";
import type { DayReport } from "../core/dailyReport";
import { competitorMove, keptMarks, logEntry, reportMetrics, reportText, scheduleReport } from "../core/dailyReport";
import { GOAL_FIELDS, goalsNeedingAttention } from "../core/goals";
import type { Language } from "../core/language";
import { EVERY_LANGUAGE } from "../core/language";
import { dailyFigures, metricsOn } from "../core/storeMetricLookup";
import { goalReadings } from "../core/goalMeasure";
import type { CalendarDay } from "../core/excelDate";
import { isoDay, toDateSerial } from "../core/excelDate";
import type { Problem } from "../core/problems";
import { readRecords } from "../core/records";
import type { Schedule } from "../core/schedule";
import { TASK_FIELDS, buildSchedule, dailyTasksFrom } from "../core/schedule";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { ownSheet, planOutputSheet, protectedTargets } from "../core/workbookPlan";
import { readInputs } from "../excel/inputs";
import { queueOperationLog, queueSheetValues, writeLogEntry } from "../excel/operationLog";
import type { WorkbookSession } from "../excel/host";
import { queueScheduleRead, readSchedule } from "../excel/scheduleSheet";
import { writeSheet } from "../excel/sheetWriter";
import { wordSheet } from "../core/sheetDescription";
import { queueStoreMetrics, writeOutputSheet } from "../excel/workbook";
import { ATTRIBUTION_PROPERTY, queueTableSheetMark } from "../excel/sheetMarks";
import { queueAdAnalysis } from "../excel/adAnalysisBack";
import { AD_REPORT_TABLE } from "../core/import/fields";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import type { SheetSpeech } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wording } from "./outcome";
import { say } from "../wording";
import { deadlinesBack, planScheduleSheet } from "../core/scheduleSheet";

const scheduleOwner = (day: CalendarDay) => `schedule:${isoDay(day)}`;

const sheetNames = (day: CalendarDay) => EVERY_LANGUAGE.map((l) => `${SCHEDULE_OUTPUT.sheetPrefix[l]} ${isoDay(day)}`);

function failed(
  t: Translate,
  key: "schedule.failed" | "report.failed" | "report.notMade",
  problems: readonly Problem[]
): Outcome {
  return { ok: false, message: t(key), ...detailsWithProblems([], problems, t) };
}

const WANTS = { tasks: { definition: INPUTS.dailyTasks, fields: TASK_FIELDS }, settings: SETTINGS_INPUT } as const;

/**
 * The inputs with this day's earlier schedule (its ticks and notes are kept) and the latest earlier day's (what was
 * left undone is carried over), each with the carry record it keeps: one read.
 */
function readScheduleInputs(context: WorkbookSession, day: CalendarDay, language: Language) {
  const wanted = sheetNames(day).map((n) => n.toLowerCase());
  return readInputs(context, WANTS, language, (ctx, outline) => {
    const same = queueSheetValues(
      ctx,
      outline.sheets.filter((s) => wanted.includes(s.name.toLowerCase())).map((s) => s.name)
    );
    const earlier = latestEarlierSchedule(
      outline.sheets.map((s) => s.name),
      toDateSerial(day)
    );
    const previous = earlier ? queueScheduleRead(ctx, earlier) : null;
    return () => ({ same: same(), previous: previous?.() ?? null });
  });
}

type ScheduleInputs = Extract<Awaited<ReturnType<typeof readScheduleInputs>>["inputs"], { ok: true }>["data"];
type PreviousSchedule = Awaited<ReturnType<typeof readScheduleInputs>>["extra"]["previous"];

/**
 * The day planned from the task list and the settings, with yesterday's undone tasks carried over (a recurring one
 * missed is named and planned once); the problems that stop it, or those of single tasks that are left out.
 */
function planTheDay(inputs: ScheduleInputs, previous: PreviousSchedule, day: CalendarDay, sheetLanguage: Language) {
  const block = inputs.tasks;
  const read = readRecords(block, TASK_FIELDS);
  const settings = readSettings(inputs.settings, ["dayStart", "dayEnd", "breaks", "slotMinutes"]);
  const fatal = [...(read.stopped ? read.problems : []), ...settings.problems];
  if (fatal.length > 0) return { fatal };
  const taskRead = dailyTasksFrom(read.records);
  const taskProblems: Problem[] = taskRead.problems.map((p) => ({
    code: p.field === "days" ? "notDays" : "notPriority",
    sheet: block.sheet,
    address: p.address,
    value: p.value,
    field: INPUTS.dailyTasks.columns[p.field][sheetLanguage],
  }));
  const carry = parseCarryRecord(previous?.carryRecord);
  const undone = previous?.values ? undoneTasks(previous.values, settings.settings.slotMinutes, carry) : [];
  const { carry: carried, missed } = recurringMissed(undone, taskRead.tasks, toDateSerial(day));
  const tasks = [...carriedAsTasks(carried, taskRead.tasks), ...taskRead.tasks];
  const schedule: Schedule = buildSchedule(tasks, settings.settings, day);
  return { schedule, carried, missed, settings: settings.settings, problems: [...read.problems, ...taskProblems] };
}

/** The command: the day's schedule sheet, replacing this day's own (its ticks and notes kept). */
export function generateDailySchedule(env: CommandEnvironment, date?: CalendarDay): Promise<Outcome> {
  const day = date ?? env.today();
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const found = await readScheduleInputs(context, day, language);
    if (!found.inputs.ok) return failed(t, "schedule.failed", found.inputs.problems);
    const inSheets = inWorkbookLanguage(found.outline, language);
    const previous = found.extra.previous;
    const planned = planTheDay(found.inputs.data, previous, day, inSheets.language);
    if ("fatal" in planned) return failed(t, "schedule.failed", planned.fatal);
    const owner = scheduleOwner(day);
    const wantedName = `${SCHEDULE_OUTPUT.sheetPrefix[inSheets.language]} ${isoDay(day)}`;
    const plan = planOutputSheet(owner, wantedName, found.workbook.sheets, sheetNames(day));
    const locked = protectedTargets(found.workbook.sheets, [plan.replaces?.name]);
    if (locked.length > 0) return failed(t, "schedule.failed", locked);
    const sheetPlan = planScheduleSheet({
      ...planned,
      day,
      language: inSheets.language,
      kept: keptMarks(found.extra.same.find((p) => p.values !== null)?.values ?? undefined),
      carriedFrom: previous?.name ?? null,
      checkboxes: env.capabilities?.checkboxes ?? false,
      tablesTaken: found.workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name),
    });
    const names = found.outline.sheets.map((s) => s.name);
    await writeOutputSheet(context, plan, owner, names, (sheet) =>
      writeSheet(context, sheet, wordSheet(sheetPlan.sheet, inSheets.words))
    );
    const renamed = plan.nameTakenBy
      ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })]
      : [];
    return {
      ok: true,
      message: t("schedule.done", { sheet: plan.sheetName, ...sheetPlan.counts }),
      ...detailsWithProblems([...renamed, ...sheetPlan.details.map(wording(t))], planned.problems, t),
    };
  });
}

/** What a day's report is made of, read in two round trips (three when the day's schedule was renamed). */
async function readDay(context: WorkbookSession, day: CalendarDay, language: Language) {
  const wanted = sheetNames(day).map((n) => n.toLowerCase());
  // The schedule is found by the add-in's mark (even renamed) or else by its name, and only that sheet is read:
  // reading whatever sheet is active could pull a whole data table across. The sheet under the schedule's name is
  // read with the inputs, so the usual case takes no extra round trip.
  const found = await readInputs(context, DAY_WANTS, language, (ctx, outline) => {
    // With its cells, the deadlines the schedule keeps: the report names the due tasks it left undone.
    const named = outline.sheets
      .filter((s) => wanted.includes(s.name.toLowerCase()))
      .map((s) => queueScheduleRead(ctx, s.name));
    const log = queueOperationLog(ctx, outline);
    const metrics = queueStoreMetrics(ctx, outline);
    const ads = outline.tables.find((n) => n.toLowerCase() === AD_REPORT_TABLE.toLowerCase());
    const attribution = ads ? queueTableSheetMark(ctx, ads, ATTRIBUTION_PROPERTY) : null;
    const summary = outline.tables.find((n) => n.toLowerCase() === COMPETITION_OUTPUT.summaryTable.toLowerCase());
    const move = summary ? queueTableSheetMark(ctx, summary, COMPETITION_OUTPUT.moveProperty) : null;
    // The Profit sheet's days: a few hundred rows, all in their first read.
    const profitTable = outline.tables.find((n) => n.toLowerCase() === PROFIT_OUTPUT.daysTable.toLowerCase());
    const profit = profitTable ? queueTableShape(ctx, profitTable) : null;
    // The Products sheet: which products run out before more stock arrives.
    const layoutTable = outline.tables.find((n) => n.toLowerCase() === LAYOUT_OUTPUT.tableName.toLowerCase());
    const layout = layoutTable ? queueTableShape(ctx, layoutTable) : null;
    // The Ad Analysis sheet's lines, the largest spenders first (its first rows), and the days it judged.
    const adAnalysis = queueAdAnalysis(ctx, outline);
    return () => ({
      ads: adAnalysis(),
      layout: layout?.() ?? null,
      profit: profit?.() ?? null,
      named: named.map((read) => read()),
      log: log(),
      metrics: metrics(),
      attribution: attribution?.() ?? null,
      move: move?.() ?? null,
    });
  });
  const sheets = found.workbook.sheets;
  // The day's schedule under its own name first (a renamed copy is the operator's), then a renamed one, then by name.
  const own =
    ownSheet(scheduleOwner(day), sheets, sheetNames(day)) ??
    ownSheet(scheduleOwner(day), sheets) ??
    sheets.find((s) => wanted.includes(s.name.toLowerCase()));
  const schedule = !own
    ? null
    : (found.extra.named.find((n) => n.name === own.name) ?? (await readSchedule(context, own.name)));
  return { found, values: schedule?.values ?? null, deadlines: deadlinesBack(schedule?.deadlines ?? null) };
}

/** Goals and Settings are optional for the report: a day is reported without them. */
const DAY_WANTS = {
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  settings: SETTINGS_INPUT,
} as const;

/** The Ad Analysis sheet's latest day and its lines as read with the first read; null without the sheet. */
function adsOf(read: { lines: readonly TableShape[]; period: string | null }) {
  const back = adAnalysisBack(
    read.period,
    read.lines.map((shape) => [shape.headers, ...shape.values])
  );
  return back && { latest: back.period.latest, lines: back.lines };
}

/** The day's report text, from what `readDay` read. */
function composeReport(
  read: Awaited<ReturnType<typeof readDay>>,
  values: NonNullable<Awaited<ReturnType<typeof readDay>>["values"]>,
  day: CalendarDay,
  { language, t }: Pick<SheetSpeech, "language" | "t">
): { text: string; report: DayReport } {
  const date = toDateSerial(day);
  const metricsBlock = read.found.extra.metrics;
  // Store Metrics read once: its days give the goals their 7-day figures and each report line how far it reaches.
  const days = dailyFigures(metricsBlock);
  const reaches = goalReadings(days);
  const inputs = read.found.inputs.ok ? read.found.inputs.data : { goals: null, settings: null };
  const settings = readSettings(inputs.settings, ["atRiskBand", "slotMinutes"]).settings;
  let goals: { name: string; status: string }[] = [];
  if (inputs.goals) {
    const goalRead = readRecords(inputs.goals, GOAL_FIELDS);
    const bodyRows = inputs.goals.firstRow + inputs.goals.values.length - 1 - goalRead.headerRow;
    if (goalRead.headerRow >= 0)
      goals = goalsNeedingAttention(goalRead, bodyRows, goalReadings(days, date), date, settings.atRiskBand, language);
  }
  const report = scheduleReport(values);
  const unfinished = undoneTasks(values, settings.slotMinutes, {}).map((u) => u.name);
  const attributionDays = Number(read.found.extra.attribution) || null;
  const profitShape = read.found.extra.profit;
  const layoutShape = read.found.extra.layout;
  const layout = layoutShape ? productLayoutBack([layoutShape.headers, ...layoutShape.values]) : [];
  return {
    text: reportText(
      {
        date,
        metrics: reportMetrics(metricsOn(metricsBlock), date, (m) => reaches(m)?.date ?? null),
        goals,
        report,
        unfinished,
        attributionDays,
        competitorMove: competitorMove(read.found.extra.move),
        profit: profitShape ? profitDaysBack([profitShape.headers, ...profitShape.values]) : null,
        stockOuts: layout.flatMap((p) => (p.stockOut ? [{ product: p.product, cover: p.cover7 }] : [])),
        ads: adsOf(read.found.extra.ads),
        deadlines: read.deadlines,
      },
      (said) => say(t, said)
    ),
    report,
  };
}

/** No schedule for the day: Log daily report logs nothing, Copy daily report makes no report, each in its own words. */
function noSchedule(
  t: Translate,
  day: CalendarDay,
  language: Language,
  said: "report.failed" | "report.notMade" = "report.failed"
): Outcome {
  return failed(t, said, [
    {
      code: "noSchedule",
      sheet: "",
      address: "",
      value: isoDay(day),
      field: `${SCHEDULE_OUTPUT.sheetPrefix[language]} ${isoDay(day)}`,
    },
  ]);
}

/** What Copy daily report gives the pane: the outcome, and the report text to show and copy. */
export interface ReportOutcome extends Outcome {
  readonly report: string | null;
}

/** The day's report as text for WeChat or DingTalk; nothing is written to the workbook. */
export async function copyDailyReport(env: CommandEnvironment, date?: CalendarDay): Promise<ReportOutcome> {
  const day = date ?? env.today();
  let text: string | null = null;
  const outcome = await excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const read = await readDay(context, day, language);
    if (!read.values)
      return noSchedule(t, day, inWorkbookLanguage(read.found.outline, language).language, "report.notMade");
    // The text to paste into a chat is in the pane's language, the operator's own.
    text = composeReport(read, read.values, day, { language, t }).text;
    return { ok: true, message: t("report.ready", { date: isoDay(day), chars: text.length }), details: [] };
  });
  return { ...outcome, report: text };
}

export function logDailyReport(env: CommandEnvironment, date?: CalendarDay): Promise<Outcome> {
  const day = date ?? env.today();
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const read = await readDay(context, day, language);
    const inSheets = inWorkbookLanguage(read.found.outline, language);
    if (!read.values) return noSchedule(t, day, inSheets.language);
    const locked = protectedTargets(read.found.workbook.sheets, [read.found.extra.log.body?.sheet]);
    if (locked.length > 0) return failed(t, "report.failed", locked);
    // The log is a sheet: its entry is in the workbook's language.
    const { text, report } = composeReport(read, read.values, day, inSheets);
    const entry = logEntry(toDateSerial(day), report, (said) => say(inSheets.t, said), text);
    const written = await writeLogEntry(
      context,
      read.found.extra.log,
      entry,
      read.found.outline.sheets.map((s) => s.name),
      inSheets.language
    );
    return {
      ok: true,
      message: t(written === "updated" ? "report.updated" : "report.added", {
        date: isoDay(day),
        done: report.done,
        planned: report.planned,
      }),
      details: [],
    };
  });
}
