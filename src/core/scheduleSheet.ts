/**
 * The day's schedule sheet, planned as data: its table (one row a slot, by the contract's columns), which rows are
 * breaks and tasks, the ticks and notes kept from the day's earlier schedule, the summary under it, the
 * Unscheduled list, and what the command says. src/excel/sheetWriter.ts writes it; nothing here is worded: the
 * sentences are phrases the catalogues word.
 */
import type { CarriedTask } from "./carryOver";
import { carryRecord } from "./carryOver";
import { SCHEDULE_OUTPUT, columnNames } from "./contract";
import type { CalendarDay } from "./excelDate";
import { clockText, fromDateSerial, isoDay, toDateSerial } from "./excelDate";
import type { Language } from "./language";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { Schedule, TaskDeadline, UnscheduledReason } from "./schedule";
import { overdueOn } from "./schedule";
import type { LinesBlock, ListBlock, SheetDescription, TableBlock } from "./sheetDescription";
import { columnLooks } from "./sheetDescription";
import { freeTableName } from "./sheetNames";

export type ScheduleCell = string | number | boolean;
type Column = keyof typeof SCHEDULE_OUTPUT.columns;

/** Words of the sheet: the operator's own (task names, headers in the sheet's language) or phrases to word. */
export type ScheduleText = string | Phrase<ScheduleSummaryKey | ReasonKey>;

export const BREAK_FILL = "#F2F2F2";

/** The custom property where a schedule sheet keeps how many times each task on it has been carried over. */
export const CARRY_PROPERTY = "GrowthOps.Carried";
/**
 * The custom property a schedule sheet keeps its tasks' deadlines in (JSON), so the day's report names the ones it
 * left undone without reading the whole task list again.
 */
export const DEADLINE_PROPERTY = "GrowthOps.Deadlines";

/** The deadlines a schedule sheet keeps; anything unreadable is none, never a failure. */
export function deadlinesBack(mark: string | null): TaskDeadline[] {
  try {
    const parsed: unknown = JSON.parse(mark ?? "[]");
    return Array.isArray(parsed)
      ? parsed.filter(
          (d): d is TaskDeadline =>
            typeof d === "object" && d !== null && typeof d.task === "string" && Number.isFinite(d.deadline)
        )
      : [];
  } catch {
    return [];
  }
}

type ReasonKey = `schedule.reason.${UnscheduledReason}`;
type ScheduleSummaryKey =
  | "schedule.summary"
  | "schedule.carriedThird"
  | "schedule.missedRecurring"
  | "schedule.overdue"
  | "schedule.overdueTask";
export type ScheduleDetailKey =
  | "schedule.carried"
  | "schedule.carriedThird"
  | "schedule.missedRecurring"
  | "schedule.overdue"
  | "schedule.overdueTask"
  | "schedule.unscheduledLine";

export interface SchedulePlanInput {
  readonly day: CalendarDay;
  readonly language: Language;
  readonly schedule: Schedule;
  /** Ticks and notes of the day's earlier schedule, by task, in slot order. */
  readonly kept: ReadonlyMap<string, readonly { readonly done: boolean; readonly notes: string }[]>;
  /** Tasks carried over from the latest earlier schedule, and its sheet's name. */
  readonly carried: readonly CarriedTask[];
  /** Recurring tasks the day before left undone: named as missed, planned once today in their own slots. */
  readonly missed?: readonly string[];
  readonly carriedFrom: string | null;
  /** Done shown as checkboxes (a host that has them) rather than a ✓ list. */
  readonly checkboxes: boolean;
  /** Table names taken in the workbook, the replaced schedule's own left out. */
  readonly tablesTaken: readonly string[];
  readonly settings: { readonly slotMinutes: number; readonly dayStart: number; readonly dayEnd: number };
}

const reason = (why: UnscheduledReason, other: string | undefined): Phrase<ReasonKey> =>
  phrase(`schedule.reason.${why}` as const, { other: other ?? "" });

/** The day's slots as the schedule table: a row a slot, its done mark and notes kept from the sheet it replaces. */
function slotsTable(input: SchedulePlanInput): TableBlock<ScheduleText> {
  const { schedule, language } = input;
  const marks = new Map([...input.kept].map(([task, list]) => [task, [...list]]));
  const columns = Object.keys(SCHEDULE_OUTPUT.columns) as Column[];
  const rows = schedule.slots.map((slot) => {
    const mark = slot.kind === "task" ? marks.get(slot.task)?.shift() : undefined;
    const done =
      slot.kind !== "task" ? "" : input.checkboxes ? (mark?.done ?? false) : mark?.done ? SCHEDULE_OUTPUT.doneMark : "";
    const cells: Record<Column, ScheduleCell> = {
      time: slot.start / 1440,
      task: slot.kind === "break" ? SCHEDULE_OUTPUT.breakLabel[language] : slot.task,
      category: slot.category,
      done,
      notes: mark?.notes ?? "",
    };
    return columns.map((c) => cells[c]);
  });
  return {
    kind: "table",
    tableName: freeTableName(`Schedule_${isoDay(input.day).replace(/-/g, "")}`, input.tablesTaken),
    // Task names, categories and notes are the user's words: text, so nothing typed becomes a formula. Checkboxes
    // show Booleans, which a Text cell may turn into the text "FALSE": Done is General then.
    columns: columnLooks(SCHEDULE_OUTPUT.columns, language, {
      time: "hh:mm",
      task: "@",
      category: "@",
      done: { format: input.checkboxes ? "General" : "@", center: true },
      notes: "@",
    }),
    rows,
    rowLooks: [
      { rows: schedule.slots.flatMap((s, i) => (s.kind === "break" ? [i] : [])), fill: BREAK_FILL, italic: true },
    ],
    // Ticks on the task rows only, so breaks and free slots stay blank.
    ticks: input.checkboxes
      ? { column: "done", checkboxRows: schedule.slots.flatMap((s, i) => (s.kind === "task" ? [i] : [])) }
      : { column: "done", mark: SCHEDULE_OUTPUT.doneMark },
  };
}

/**
 * The tasks that did not fit the day, with the minutes each missed. A reason stands once at the top of the tasks
 * it holds for, as in a printed list: repeated on every row it would be most of what the request carries when a
 * long task list does not fit the day.
 */
function unscheduledList(input: SchedulePlanInput): ListBlock<ScheduleText> {
  const unscheduled = input.schedule.unscheduled;
  return {
    kind: "list",
    title: SCHEDULE_OUTPUT.unscheduledTitle[input.language],
    headers: columnNames(SCHEDULE_OUTPUT.unscheduledColumns, input.language),
    rows: unscheduled.map((u, i) => {
      const before = unscheduled[i - 1];
      return [
        u.task,
        u.missingMinutes,
        before && before.reason === u.reason && before.other === u.other ? "" : reason(u.reason, u.other),
      ];
    }),
    // The missing minutes are numbers an operator can add up.
    formats: ["@", "0", "@"],
  };
}

/**
 * What the day's plan must say beside its slots: tasks past their deadline, tasks carried a third time, recurring
 * tasks the last schedule missed.
 */
function notices(input: SchedulePlanInput) {
  const { schedule } = input;
  const thirdTime = input.carried.filter((c) => c.times >= 3).map((c) => c.name);
  const third = thirdTime.length > 0 ? [phrase("schedule.carriedThird" as const, { tasks: thirdTime })] : [];
  const missed =
    input.missed && input.missed.length > 0 && input.carriedFrom
      ? [phrase("schedule.missedRecurring" as const, { sheet: input.carriedFrom, tasks: [...input.missed] })]
      : [];
  // Past its deadline a task is planned first and said, each day, until it is done or taken off the list.
  const late = overdueOn(schedule.deadlines, toDateSerial(input.day));
  const overdue =
    late.length > 0
      ? [
          phrase("schedule.overdue" as const, {
            tasks: late.map((o) =>
              phrase("schedule.overdueTask" as const, { task: o.task, deadline: isoDay(fromDateSerial(o.deadline)) })
            ),
          }),
        ]
      : [];
  return { overdue, third, missed };
}

/** The day's tasks, the slots they take and the slots left free. */
function slotCounts(schedule: Schedule): { tasks: number; slots: number; free: number } {
  const taken = schedule.slots.filter((s) => s.kind === "task");
  return {
    tasks: new Set(taken.map((s) => s.task)).size,
    slots: taken.length,
    free: schedule.slots.filter((s) => s.kind === "free").length,
  };
}

/**
 * The schedule sheet for a day: the slots' table, a summary of the day under it (and the tasks carried a third
 * time, and the recurring ones the last schedule missed), the tasks that did not fit; and the pane's details.
 */
export function planScheduleSheet(input: SchedulePlanInput): {
  sheet: SheetDescription<ScheduleText>;
  counts: { tasks: number; slots: number; free: number };
  details: Phrase<ScheduleDetailKey>[];
} {
  const { schedule, settings } = input;
  const counts = slotCounts(schedule);
  const { overdue, third, missed } = notices(input);
  const day = {
    ...counts,
    unscheduled: schedule.unscheduled.length,
    size: settings.slotMinutes,
    from: clockText(settings.dayStart),
    to: clockText(settings.dayEnd),
  };
  const summary: LinesBlock<ScheduleText> = {
    kind: "lines",
    style: "italic",
    lines: [
      [phrase("schedule.summary" as const, day)],
      ...overdue.map((p) => [p]),
      ...third.map((p) => [p]),
      ...missed.map((p) => [p]),
    ],
  };
  const table = slotsTable(input);
  const sheet: SheetDescription<ScheduleText> = {
    blocks: schedule.unscheduled.length === 0 ? [table, summary] : [table, summary, unscheduledList(input)],
    // What the next day's plan carries, and what the day's report names as missed.
    properties: {
      [CARRY_PROPERTY]: JSON.stringify(carryRecord(input.carried)),
      [DEADLINE_PROPERTY]: JSON.stringify(schedule.deadlines),
    },
    freezeHeader: true,
    activate: true,
  };
  const details: Phrase<ScheduleDetailKey>[] = [
    ...(input.carried.length > 0 && input.carriedFrom
      ? [
          phrase("schedule.carried" as const, {
            sheet: input.carriedFrom,
            tasks: input.carried.map((c) => phrase("schedule.carriedTask", { task: c.name, minutes: c.minutes })),
          }),
        ]
      : []),
    ...overdue,
    ...third,
    ...missed,
    ...schedule.unscheduled.map((u) =>
      phrase("schedule.unscheduledLine" as const, {
        task: u.task,
        minutes: u.missingMinutes,
        reason: reason(u.reason, u.other),
      })
    ),
  ];
  return { sheet, counts, details };
}
