/**
 * The day's schedule sheet, planned as data: its table (one row a slot, by the contract's columns), which rows are
 * breaks and tasks, the ticks and notes kept from the day's earlier schedule, the summary under it, the
 * Unscheduled list, and what the command says. src/excel/scheduleSheet.ts writes it; nothing here is worded: the
 * sentences are phrases the catalogues word.
 */
import type { CarriedTask } from "./carryOver";
import { carryRecord } from "./carryOver";
import { SCHEDULE_OUTPUT, columnNames } from "./contract";
import type { CalendarDay } from "./excelDate";
import { isoDay } from "./excelDate";
import type { Language } from "./language";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { Schedule, UnscheduledReason } from "./schedule";
import { freeTableName } from "./sheetNames";

export type ScheduleCell = string | number | boolean;
type Column = keyof typeof SCHEDULE_OUTPUT.columns;

export interface ScheduleSheetPlan {
  readonly tableName: string;
  readonly headers: readonly string[];
  /** One row a slot, in the contract's column order: time (a day fraction), task, category, done, notes. */
  readonly rows: readonly (readonly ScheduleCell[])[];
  readonly checkboxes: boolean;
  readonly taskRows: readonly number[];
  readonly breakRows: readonly number[];
  readonly doneMark: string;
  readonly summary: readonly Phrase<ScheduleSummaryKey>[];
  readonly carryRecord: string;
  readonly unscheduled: { readonly title: string; readonly headers: readonly string[]; readonly rows: readonly (readonly [string, number, Phrase<ReasonKey>])[] } | null;
}

type ReasonKey = `schedule.reason.${UnscheduledReason}`;
type ScheduleSummaryKey = "schedule.summary" | "schedule.carriedThird";
export type ScheduleDetailKey = "schedule.carried" | "schedule.carriedThird" | "schedule.unscheduledLine";

export interface SchedulePlanInput {
  readonly day: CalendarDay;
  readonly language: Language;
  readonly schedule: Schedule;
  /** Ticks and notes of the day's earlier schedule, by task, in slot order. */
  readonly kept: ReadonlyMap<string, readonly { readonly done: boolean; readonly notes: string }[]>;
  /** Tasks carried over from the latest earlier schedule, and its sheet's name. */
  readonly carried: readonly CarriedTask[];
  readonly carriedFrom: string | null;
  /** Done shown as checkboxes (a host that has them) rather than a ✓ list. */
  readonly checkboxes: boolean;
  /** Table names taken in the workbook, the replaced schedule's own left out. */
  readonly tablesTaken: readonly string[];
  readonly settings: { readonly slotMinutes: number; readonly dayStart: number; readonly dayEnd: number };
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const reason = (why: UnscheduledReason, other: string | undefined): Phrase<ReasonKey> => phrase(`schedule.reason.${why}` as const, { other: other ?? "" });

export function planScheduleSheet(input: SchedulePlanInput): { sheet: ScheduleSheetPlan; counts: { tasks: number; slots: number; free: number }; details: Phrase<ScheduleDetailKey>[] } {
  const { schedule, language, settings } = input;
  const marks = new Map([...input.kept].map(([task, list]) => [task, [...list]]));
  const columns = Object.keys(SCHEDULE_OUTPUT.columns) as Column[];
  const rows = schedule.slots.map((slot) => {
    const mark = slot.kind === "task" ? marks.get(slot.task)?.shift() : undefined;
    const done = slot.kind !== "task" ? "" : input.checkboxes ? (mark?.done ?? false) : mark?.done ? SCHEDULE_OUTPUT.doneMark : "";
    const cells: Record<Column, ScheduleCell> = {
      time: slot.start / 1440,
      task: slot.kind === "break" ? SCHEDULE_OUTPUT.breakLabel[language] : slot.task,
      category: slot.category,
      done,
      notes: mark?.notes ?? "",
    };
    return columns.map((c) => cells[c]);
  });
  const counts = {
    tasks: new Set(schedule.slots.filter((s) => s.kind === "task").map((s) => s.task)).size,
    slots: schedule.slots.filter((s) => s.kind === "task").length,
    free: schedule.slots.filter((s) => s.kind === "free").length,
  };
  const thirdTime = input.carried.filter((c) => c.times >= 3).map((c) => c.name);
  const third = thirdTime.length > 0 ? [phrase("schedule.carriedThird" as const, { tasks: thirdTime })] : [];
  const sheet: ScheduleSheetPlan = {
    tableName: freeTableName(`Schedule_${isoDay(input.day).replace(/-/g, "")}`, input.tablesTaken),
    headers: columnNames(SCHEDULE_OUTPUT.columns, language),
    rows,
    breakRows: schedule.slots.flatMap((s, i) => (s.kind === "break" ? [i] : [])),
    taskRows: schedule.slots.flatMap((s, i) => (s.kind === "task" ? [i] : [])),
    checkboxes: input.checkboxes,
    doneMark: SCHEDULE_OUTPUT.doneMark,
    summary: [
      phrase("schedule.summary" as const, { tasks: counts.tasks, slots: counts.slots, free: counts.free, unscheduled: schedule.unscheduled.length, size: settings.slotMinutes, from: clock(settings.dayStart), to: clock(settings.dayEnd) }),
      ...third,
    ],
    carryRecord: JSON.stringify(carryRecord(input.carried)),
    unscheduled:
      schedule.unscheduled.length === 0
        ? null
        : {
            title: SCHEDULE_OUTPUT.unscheduledTitle[language],
            headers: columnNames(SCHEDULE_OUTPUT.unscheduledColumns, language),
            rows: schedule.unscheduled.map((u) => [u.task, u.missingMinutes, reason(u.reason, u.other)] as const),
          },
  };
  const details: Phrase<ScheduleDetailKey>[] = [
    ...(input.carried.length > 0 && input.carriedFrom
      ? [phrase("schedule.carried" as const, { sheet: input.carriedFrom, tasks: input.carried.map((c) => phrase("schedule.carriedTask", { task: c.name, minutes: c.minutes })) })]
      : []),
    ...third,
    ...schedule.unscheduled.map((u) => phrase("schedule.unscheduledLine" as const, { task: u.task, minutes: u.missingMinutes, reason: reason(u.reason, u.other) })),
  ];
  return { sheet, counts, details };
}
