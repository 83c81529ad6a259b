/**
 * Carry over: what the operator planned and did not do yesterday comes first today. The undone part of the
 * latest earlier schedule (its task slots with Done empty, and its Unscheduled list) becomes today's tasks,
 * marked `↻ `, ahead of the day's tasks of the same priority. A task carried over a third time is named, since
 * a task that keeps slipping needs a decision rather than another slot.
 */
import type { CellValue } from "./cellValues";
import { SCHEDULE_OUTPUT } from "./contract";
import { readScheduleBack } from "./dailyReport";
import { parseIsoDay, toDateSerial } from "./excelDate";
import { isNamed } from "./names";
import type { DailyTask, Weekday } from "./schedule";
import { plannedOn } from "./schedule";

export const CARRY_MARK = "↻ ";

/** The carry record a schedule sheet keeps (as a custom property): how many times each task has been carried. */
export type CarryRecord = Readonly<Record<string, number>>;

export interface CarriedTask {
  /** The task's own name, without the mark. */
  readonly name: string;
  readonly minutes: number;
  /** How many days in a row it has now been carried over: 1 the first time. */
  readonly times: number;
}

const withoutMark = (task: string) => (task.startsWith(CARRY_MARK) ? task.slice(CARRY_MARK.length) : task).trim();

/** The schedule sheets' date from their name (`Schedule 2026-11-24`, `日程 2026-11-24`), as an Excel serial; null for other sheets. */
export function scheduleDate(sheetName: string): number | null {
  const m = /^(.+)\s(\d{4}-\d{2}-\d{2})$/.exec(sheetName.trim());
  if (!m || !isNamed(m[1] as string, SCHEDULE_OUTPUT.sheetPrefix)) return null;
  const day = parseIsoDay(m[2] as string);
  return day ? toDateSerial(day) : null;
}

/** Of the sheet names, the schedule of the latest date before `day` (a serial), or null. */
export function latestEarlierSchedule(sheetNames: readonly string[], day: number): string | null {
  let best: { name: string; date: number } | null = null;
  for (const name of sheetNames) {
    const date = scheduleDate(name);
    if (date !== null && date < day && (!best || date > best.date)) best = { name, date };
  }
  return best?.name ?? null;
}

/**
 * The undone part of a schedule sheet's cells: per task, its slots with Done empty (at that sheet's slot length)
 * and its missing minutes in the Unscheduled list.
 * @example undoneTasks([["Time","Task","Category","Done","Notes"], [0.375,"上新","","",""], [0.395833,"上新","","✓",""]], 30, {}) → [{ name: "上新", minutes: 30, times: 1 }]
 */
export function undoneTasks(
  rows: readonly (readonly CellValue[])[],
  fallbackSlotMinutes: number,
  record: CarryRecord
): CarriedTask[] {
  const { slots, unscheduled } = readScheduleBack(rows);
  const minutes = new Map<string, number>();
  const add = (name: string, m: number) => name !== "" && m > 0 && minutes.set(name, (minutes.get(name) ?? 0) + m);
  // The sheet's own slot length, from its first two times; the settings' when it cannot be read.
  const first = slots[0]?.time,
    second = slots[1]?.time;
  const slot =
    typeof first === "number" && typeof second === "number" && second > first
      ? Math.round((second - first) * 1440)
      : fallbackSlotMinutes;
  for (const s of slots) if (!s.isBreak && !s.done) add(withoutMark(s.task), slot);
  for (const u of unscheduled) add(withoutMark(u.task), u.minutes);
  return [...minutes].map(([name, m]) => ({ name, minutes: m, times: (record[name] ?? 0) + 1 }));
}

const EVERY_DAY: ReadonlySet<Weekday> = new Set([1, 2, 3, 4, 5, 6, 7]);

/**
 * The carried tasks as today's tasks: flexible (a fixed time was yesterday's), with the priority and category
 * today's list gives the same task (medium otherwise), ordered ahead of every task of the list.
 */
export function carriedAsTasks(carried: readonly CarriedTask[], today: readonly DailyTask[]): DailyTask[] {
  return carried.map((c, i) => {
    const same = today.find((t) => t.name === c.name);
    return {
      name: `${CARRY_MARK}${c.name}`,
      minutes: c.minutes,
      priority: same?.priority ?? 3,
      fixedStart: null,
      days: EVERY_DAY,
      category: same?.category ?? "",
      order: i - carried.length,
      deadline: same?.deadline ?? null,
    };
  });
}

/**
 * Yesterday's undone tasks split in two: those to carry, and recurring ones today's list plans anyway (a daily
 * task, or one whose Days include today). A recurring task missed yesterday is named as missed and planned once,
 * in its own slot: carried as well, it would take two slots today and never stop being carried.
 * @example recurringMissed([{ name: "回复评价", minutes: 30, times: 1 }], [{ name: "回复评价", days: new Set([1, 2, 3, 4, 5, 6, 7]), … }], 46350) → { carry: [], missed: ["回复评价"] }
 */
export function recurringMissed(
  undone: readonly CarriedTask[],
  today: readonly DailyTask[],
  day: number
): { carry: CarriedTask[]; missed: string[] } {
  const plannedToday = new Set(today.filter((t) => plannedOn(t, day)).map((t) => t.name));
  return {
    carry: undone.filter((c) => !plannedToday.has(c.name)),
    missed: undone.filter((c) => plannedToday.has(c.name)).map((c) => c.name),
  };
}

/** The record the new schedule keeps: the tasks it carries, with their counts. */
export function carryRecord(carried: readonly CarriedTask[]): CarryRecord {
  return Object.fromEntries(carried.map((c) => [c.name, c.times]));
}

/** Reads a carry record as stored; anything unreadable is an empty record, never a failure. */
export function parseCarryRecord(text: string | null | undefined): CarryRecord {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (e): e is [string, number] => typeof e[1] === "number" && Number.isInteger(e[1]) && e[1] > 0
      )
    );
  } catch {
    return {};
  }
}
