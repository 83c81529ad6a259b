/**
 * "Generate daily schedule" (Daily Tasks + Settings → Schedule YYYY-MM-DD) and "Log daily report" (a schedule
 * sheet → one row per date in Operation Log). Three round trips each.
 */
import { INPUTS, OPERATION_LOG, SCHEDULE_OUTPUT } from "../core/contract";
import type { CalendarDay } from "../core/excelDate";
import { isoDay, toDateSerial } from "../core/excelDate";
import type { Problem } from "../core/problems";
import { headersMatch, readRecords } from "../core/records";
import type { Schedule, UnscheduledReason } from "../core/schedule";
import { TASK_FIELDS, buildSchedule, dailyTasksFrom } from "../core/schedule";
import { readSettings } from "../core/settings";
import { freeSheetName } from "../core/sheetNames";
import { noInputProblem, planInput, planOutputSheet, severalInputsProblem } from "../core/workbookPlan";
import { fillNumberFormat } from "../excel/ranges";
import { queueScheduleSheet } from "../excel/scheduleSheet";
import { OWNER_PROPERTY, queueBlockRead, queueDetailsRead, queueOutputSheet, outlineNames, readOutline } from "../excel/workbook";
import type { Translate } from "../i18n";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";

const scheduleOwner = (day: CalendarDay) => `schedule:${isoDay(day)}`;
const sheetNames = (day: CalendarDay) => [SCHEDULE_OUTPUT.sheetPrefix["en-US"], SCHEDULE_OUTPUT.sheetPrefix["zh-CN"]].map((p) => `${p} ${isoDay(day)}`);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function failed(t: Translate, key: "schedule.failed" | "report.failed", problems: readonly Problem[]): Outcome {
  return { ok: false, message: t(key), ...detailsWithProblems([], problems, t) };
}

/** Anything in Done counts as done: a ticked checkbox, the ✓ the list offers, or x, yes, 1, TRUE typed by hand. */
const isDone = (value: unknown) => value !== "" && value !== null && value !== undefined && value !== false && value !== 0;

/** A previous schedule sheet's rows, as the Done and Notes the user filled in, by task in slot order. */
function keptMarks(values: readonly (readonly unknown[])[] | undefined): Map<string, { done: boolean; notes: string }[]> {
  const kept = new Map<string, { done: boolean; notes: string }[]>();
  for (const row of (values ?? []).slice(1)) {
    if (row.every((v) => v === "" || v === null || v === undefined)) break;
    const task = String(row[1] ?? "");
    if (task === "") continue;
    const list = kept.get(task) ?? [];
    list.push({ done: isDone(row[3]), notes: String(row[4] ?? "") });
    kept.set(task, list);
  }
  return kept;
}

function reasonText(reason: UnscheduledReason, other: string | undefined, t: Translate): string {
  return t(`schedule.reason.${reason}`, { other: other ?? "" });
}

export function generateDailySchedule(env: CommandEnvironment, date?: CalendarDay): Promise<Outcome> {
  const day = date ?? env.today();
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const outline = await readOutline(context);
    const names = outlineNames(outline);
    const source = planInput(INPUTS.dailyTasks, names);
    if (source.from === "several") return failed(t, "schedule.failed", [severalInputsProblem(INPUTS.dailyTasks, source.names, language)]);
    const settingsSource = planInput(INPUTS.settings, names);
    const tasksRead = queueBlockRead(context, source);
    const settingsRead = settingsSource.from === "table" || settingsSource.from === "sheet" ? queueBlockRead(context, settingsSource) : null;
    const details = queueDetailsRead(context, outline);
    const wanted = sheetNames(day).map((n) => n.toLowerCase());
    const previous = outline.sheets
      .filter((s) => wanted.includes(s.name.toLowerCase()))
      .map((s) => context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load("values"));
    await context.sync();

    const block = tasksRead.read();
    if (!block || (source.from === "activeSheet" && !headersMatch(block, TASK_FIELDS))) {
      return failed(t, "schedule.failed", [noInputProblem(INPUTS.dailyTasks, outline.activeSheet, language)]);
    }
    const read = readRecords(block, TASK_FIELDS);
    const settings = readSettings(settingsRead?.read() ?? null, ["dayStart", "dayEnd", "breaks", "slotMinutes"]);
    const taskRead = dailyTasksFrom(read.records);
    const taskProblems: Problem[] = taskRead.problems.map((p) => ({
      code: p.field === "days" ? "notDays" : "notPriority",
      sheet: block.sheet,
      address: p.address,
      value: p.value,
      field: p.field === "days" ? INPUTS.dailyTasks.columns[4]?.[language] ?? "" : INPUTS.dailyTasks.columns[2]?.[language] ?? "",
    }));
    const fatal = read.problems.filter((p) => ["missingColumn", "duplicateColumn", "noHeader"].includes(p.code));
    if (fatal.length > 0 || settings.problems.length > 0) return failed(t, "schedule.failed", [...fatal, ...settings.problems]);

    const schedule: Schedule = buildSchedule(taskRead.tasks, settings.settings, day);
    const kept = keptMarks(previous.find((p) => !p.isNullObject)?.values);
    const checkboxes = env.capabilities?.checkboxes ?? false;
    const rows = schedule.slots.map((slot): [number, string, string, string | boolean, string] => {
      const mark = slot.kind === "task" ? kept.get(slot.task)?.shift() : undefined;
      const task = slot.kind === "break" ? SCHEDULE_OUTPUT.breakLabel[language] : slot.task;
      const done = slot.kind !== "task" ? "" : checkboxes ? (mark?.done ?? false) : mark?.done ? SCHEDULE_OUTPUT.doneMark : "";
      return [slot.start / 1440, task, slot.category, done, mark?.notes ?? ""];
    });
    const workbook = details();
    const owner = scheduleOwner(day);
    const plan = planOutputSheet(owner, `${SCHEDULE_OUTPUT.sheetPrefix[language]} ${isoDay(day)}`, workbook.sheets);
    const tables = workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name);
    const tableName = `Schedule_${isoDay(day).replace(/-/g, "")}`;
    const sheet = queueOutputSheet(context, plan, owner, outline.sheets.map((s) => s.name));
    const taskSlots = schedule.slots.filter((s) => s.kind === "task").length;
    const free = schedule.slots.filter((s) => s.kind === "free").length;
    const planned = new Set(schedule.slots.filter((s) => s.kind === "task").map((s) => s.task)).size;
    queueScheduleSheet(sheet, {
      tableName: tables.some((n) => n.toLowerCase() === tableName.toLowerCase()) ? `${tableName}_2` : tableName,
      headers: SCHEDULE_OUTPUT.columns.map((c) => c[language]),
      rows,
      breakRows: schedule.slots.flatMap((s, i) => (s.kind === "break" ? [i] : [])),
      taskRows: schedule.slots.flatMap((s, i) => (s.kind === "task" ? [i] : [])),
      checkboxes,
      doneMark: SCHEDULE_OUTPUT.doneMark,
      summary: t("schedule.summary", { tasks: planned, slots: taskSlots, free, unscheduled: schedule.unscheduled.length, size: settings.settings.slotMinutes, from: clock(settings.settings.dayStart), to: clock(settings.settings.dayEnd) }),
      unscheduled:
        schedule.unscheduled.length === 0
          ? null
          : {
              title: SCHEDULE_OUTPUT.unscheduledTitle[language],
              headers: SCHEDULE_OUTPUT.unscheduledColumns.map((c) => c[language]),
              rows: schedule.unscheduled.map((u) => [u.task, u.missingMinutes, reasonText(u.reason, u.other, t)]),
            },
    });
    await context.sync();

    const problems = [...read.problems, ...taskProblems];
    return {
      ok: true,
      message: t("schedule.done", { sheet: plan.sheetName, tasks: planned, slots: taskSlots, free }),
      ...detailsWithProblems(
        [
          ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
          ...schedule.unscheduled.map((u) => t("schedule.unscheduledLine", { task: u.task, minutes: u.missingMinutes, reason: reasonText(u.reason, u.other, t) })),
        ],
        problems,
        t,
      ),
    };
  });
}

export function logDailyReport(env: CommandEnvironment, date?: CalendarDay): Promise<Outcome> {
  const day = date ?? env.today();
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const outline = await readOutline(context);
    const details = queueDetailsRead(context, outline);
    const wanted = sheetNames(day).map((n) => n.toLowerCase());
    // The schedule is read where it should be: under its name, or the active sheet (a renamed schedule the user
    // is looking at). Reading every sheet would pull whole data tables across.
    const candidates = outline.sheets
      .filter((s) => wanted.includes(s.name.toLowerCase()) || s.name === outline.activeSheet)
      .map((s) => ({ name: s.name, used: context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load("values") }));
    const log = outline.tables.some((n) => n.toLowerCase() === OPERATION_LOG.tableName.toLowerCase())
      ? context.workbook.tables.getItem(OPERATION_LOG.tableName).getDataBodyRange().load("values, rowIndex, columnIndex")
      : null;
    const logSheet = log ? context.workbook.tables.getItem(OPERATION_LOG.tableName).worksheet.load("name") : null;
    await context.sync();

    const marks = details().sheets;
    const readable = marks.filter((s) => candidates.some((c) => c.name === s.name));
    const own = readable.find((s) => s.owner === scheduleOwner(day)) ?? readable.find((s) => wanted.includes(s.name.toLowerCase()));
    const values = own ? candidates.find((c) => c.name === own.name)?.used : undefined;
    if (!own || !values || values.isNullObject) {
      return failed(t, "report.failed", [{ code: "noSchedule", sheet: "", address: "", value: isoDay(day), field: `${SCHEDULE_OUTPUT.sheetPrefix[language]} ${isoDay(day)}` }]);
    }
    const rows = values.values;
    let planned = 0, done = 0;
    const notes: string[] = [];
    let end = 1;
    for (; end < rows.length; end++) {
      const row = rows[end] ?? [];
      if (row.every((v) => v === "")) break;
      const task = String(row[1] ?? "");
      const isBreak = task === SCHEDULE_OUTPUT.breakLabel["en-US"] || task === SCHEDULE_OUTPUT.breakLabel["zh-CN"];
      if (task !== "" && !isBreak) {
        planned++;
        if (isDone(row[3])) done++;
      }
      if (String(row[4] ?? "").trim() !== "") notes.push(String(row[4]).trim());
    }
    const titles = [SCHEDULE_OUTPUT.unscheduledTitle["en-US"], SCHEDULE_OUTPUT.unscheduledTitle["zh-CN"]];
    const title = rows.findIndex((r, i) => i > end && titles.includes(String(r[0] ?? "")));
    const unscheduled = title < 0 ? [] : rows.slice(title + 2).map((r) => String(r[0] ?? "")).filter((n) => n !== "");

    const entry = [toDateSerial(day), planned, done, planned === 0 ? "" : done / planned, unscheduled.join(language === "zh-CN" ? "、" : ", "), notes.join(language === "zh-CN" ? "；" : "; ")];
    const existingRow = log?.values.findIndex((r) => r[0] === toDateSerial(day)) ?? -1;
    if (log && logSheet && existingRow >= 0) {
      const range = context.workbook.worksheets.getItem(logSheet.name).getRangeByIndexes(log.rowIndex + existingRow, log.columnIndex + 1, 1, entry.length - 1);
      range.values = [entry.slice(1)];
    } else if (log) {
      const emptyTable = log.values.length === 1 && log.values[0]?.every((v) => v === "");
      if (emptyTable && logSheet) context.workbook.worksheets.getItem(logSheet.name).getRangeByIndexes(log.rowIndex, log.columnIndex, 1, entry.length).values = [entry];
      else context.workbook.tables.getItem(OPERATION_LOG.tableName).rows.add(undefined, [entry]);
    } else {
      const sheet = context.workbook.worksheets.add(freeSheetName(OPERATION_LOG.sheetName[language], outline.sheets.map((s) => s.name)));
      sheet.customProperties.add(OWNER_PROPERTY, "operationLog");
      const block = sheet.getRangeByIndexes(0, 0, 2, entry.length);
      fillNumberFormat(sheet.getRangeByIndexes(1, 4, 1, 2), "@");
      block.values = [OPERATION_LOG.columns.map((c) => c[language]), entry];
      const table = sheet.tables.add(block, true);
      table.name = OPERATION_LOG.tableName;
      fillNumberFormat(sheet.getRangeByIndexes(1, 0, 1, 1), "yyyy-mm-dd");
      fillNumberFormat(sheet.getRangeByIndexes(1, 3, 1, 1), "0%");
      block.format.autofitColumns();
    }
    await context.sync();
    return {
      ok: true,
      message: t(existingRow >= 0 ? "report.updated" : "report.added", { date: isoDay(day), done, planned }),
      details: [],
    };
  });
}
