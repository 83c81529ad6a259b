/**
 * The day in slots: fixed-time tasks sit at their time first; the other tasks of that weekday follow by priority,
 * then list order, each in consecutive free slots where it fits, otherwise split across the earliest free slots.
 * What does not fit is listed as unscheduled, with its missing minutes and the reason.
 */
import type { Language } from "./language";
import { WORKBOOK_WORDS, everyLanguage } from "./language";
import { parseDate, plainText } from "./cellValues";
import { nameKey } from "./names";
import { INPUTS } from "./contract";
import type { CalendarDay } from "./excelDate";
import { toDateSerial } from "./excelDate";
import type { InputRecord } from "./records";
import { fieldsFor } from "./records";
import { weekdayOfSerial } from "./review/period";
import type { Settings } from "./settings";

const field = fieldsFor(INPUTS.dailyTasks.columns);

export const TASK_FIELDS = [
  field("task", "text", true, { aliases: ["事项"] }),
  field("minutes", "wholeNumber", false, { aliases: ["分钟", "Duration"], min: 1, max: 24 * 60 }),
  field("priority", "raw", false),
  field("fixedStart", "time", false, { aliases: ["开始时间"] }),
  field("days", "raw", false, { aliases: ["周期"] }),
  field("category", "text", false, { aliases: ["分类"] }),
  field("deadline", "date", false, { aliases: ["Due", "Due date", "截止", "截止时间", "期限"] }),
];

export type TaskFieldSpec = (typeof TASK_FIELDS)[number];
export type TaskField = TaskFieldSpec["key"];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** @example weekdayOf({ year: 2026, month: 11, day: 24 }) === 2 (a Tuesday) */
export function weekdayOf(day: CalendarDay): Weekday {
  // Serial 0 is 1899-12-30, a Saturday (ISO 6).
  return (((((toDateSerial(day) + 5) % 7) + 7) % 7) + 1) as Weekday;
}

/** A cell's words in compared form, in every language (src/i18n/<language>/workbook.ts, cellWords). */
const keys = (words: Readonly<Record<Language, readonly string[]>>) => everyLanguage(words).map(nameKey);

const ALL: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const CELL_WORDS = WORKBOOK_WORDS.cellWords;
const DAY_KEYS = [
  [],
  ...(["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map((d) => keys(CELL_WORDS.days[d])),
];
const EVERY_DAY = keys(CELL_WORDS.everyDay);
const WEEKDAYS = keys(CELL_WORDS.weekdays);
const WEEKENDS = keys(CELL_WORDS.weekends);
const HIGH = keys(CELL_WORDS.high);
const MEDIUM = keys(CELL_WORDS.medium);
const LOW = keys(CELL_WORDS.low);

function dayNamed(text: string): Weekday | null {
  const key = nameKey(text);
  const at = DAY_KEYS.findIndex((names) => key !== "" && names.includes(key));
  return at > 0 ? (at as Weekday) : null;
}

/**
 * The weekdays a Days cell means: Daily/每天, Weekdays/工作日, Weekends/周末, lists like `Mon,Wed` or `周一、周三`,
 * and ranges like `Mon-Fri` or `周一至周五`. Blank means every day; null means it cannot be read.
 */
export function parseDays(text: string): Set<Weekday> | null {
  const plain = plainText(text);
  const key = nameKey(plain);
  if (key === "" || EVERY_DAY.includes(key)) return new Set(ALL);
  if (WEEKDAYS.includes(key)) return new Set<Weekday>([1, 2, 3, 4, 5]);
  if (WEEKENDS.includes(key)) return new Set<Weekday>([6, 7]);
  const days = new Set<Weekday>();
  // A piece that is only punctuation (the frame of a pseudo-locale text) names no day and is passed over.
  for (const part of plain.split(/[,，、;；/\s]+|和|及/).filter((p) => nameKey(p) !== "")) {
    const range = part.split(/-|~|–|—|至|到/);
    if (range.length === 2) {
      const [from, to] = range.map((r) => dayNamed(r));
      if (!from || !to) return null;
      for (let d = from; ; d = ((d % 7) + 1) as Weekday) {
        days.add(d);
        if (d === to) break;
      }
      continue;
    }
    const day = dayNamed(part);
    if (!day) return null;
    days.add(day);
  }
  return days.size > 0 ? days : null;
}

/** Priority 1 (highest) to 5; High/高 = 1, Medium/中 = 3, Low/低 = 5; blank = Medium. Null when unreadable. */
export function parsePriority(value: string | number | boolean | undefined): number | null {
  if (value === undefined || value === "") return 3;
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;
  const key = nameKey(String(value));
  if (HIGH.includes(key)) return 1;
  if (MEDIUM.includes(key)) return 3;
  if (LOW.includes(key)) return 5;
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

export interface DailyTask {
  readonly name: string;
  readonly minutes: number;
  readonly priority: number;
  /** Minutes since midnight, or null. */
  readonly fixedStart: number | null;
  readonly days: ReadonlySet<Weekday>;
  readonly category: string;
  readonly order: number;
  /** The day it must be done by (Excel serial), or null: due today or overdue, it goes first. */
  readonly deadline: number | null;
  /** The one day it is planned on (Excel serial), where Days holds a date rather than weekdays. */
  readonly on?: number;
}

/** Whether a task is planned on a day (a serial): its one day where it has one, else its weekdays. */
export const plannedOn = (task: DailyTask, serial: number): boolean =>
  task.on === undefined ? task.days.has(weekdayOfSerial(serial) as Weekday) : task.on === serial;

export type SlotKind = "task" | "break" | "free";

export interface Slot {
  /** Minutes since midnight. */
  readonly start: number;
  readonly end: number;
  readonly kind: SlotKind;
  readonly task: string;
  readonly category: string;
}

export type UnscheduledReason = "doesNotFit" | "overlapsFixed" | "inBreak" | "outsideDay";

export interface Unscheduled {
  readonly task: string;
  readonly missingMinutes: number;
  readonly reason: UnscheduledReason;
  /** The task it collided with, for overlapsFixed. */
  readonly other?: string;
}

export interface TaskDeadline {
  readonly task: string;
  /** Excel serial. */
  readonly deadline: number;
}

/** The tasks past their deadline on a day: planned first, and named, never carried on in silence. */
export const overdueOn = (deadlines: readonly TaskDeadline[], day: number): TaskDeadline[] =>
  deadlines.filter((d) => d.deadline < day);

export interface Schedule {
  readonly slots: readonly Slot[];
  readonly unscheduled: readonly Unscheduled[];
  /** The day's tasks that have a deadline: the sheet keeps them for the day's report (see overdueOn). */
  readonly deadlines: readonly TaskDeadline[];
}

type ScheduleSettings = Pick<Settings, "dayStart" | "dayEnd" | "breaks" | "slotMinutes">;

/**
 * @example buildSchedule([{ name: "写日报", minutes: 30, fixedStart: 17 * 60 + 30, … }], DEFAULT_SETTINGS, { year: 2026, month: 11, day: 24 })
 *   → a slot 17:30–18:00 for 写日报, break slots 12:00–13:00, free slots elsewhere
 */
export function buildSchedule(tasks: readonly DailyTask[], settings: ScheduleSettings, date: CalendarDay): Schedule {
  const size = settings.slotMinutes;
  const count = Math.max(0, Math.floor((settings.dayEnd - settings.dayStart) / size));
  const starts = Array.from({ length: count }, (_, i) => settings.dayStart + i * size);
  const inBreak = starts.map((s) => settings.breaks.some((b) => s < b.end && s + size > b.start));
  const owner: (DailyTask | null)[] = starts.map(() => null);
  const unscheduled: Unscheduled[] = [];
  const serial = toDateSerial(date);
  const today = tasks.filter((t) => plannedOn(t, serial));
  const slotsFor = (minutes: number) => Math.ceil(minutes / size);

  for (const task of today.filter((t) => t.fixedStart !== null).sort((a, b) => a.order - b.order)) {
    const first = Math.floor(((task.fixedStart as number) - settings.dayStart) / size);
    const needed = slotsFor(task.minutes);
    const span = Array.from({ length: needed }, (_, k) => first + k);
    if (first < 0 || first + needed > count) {
      unscheduled.push({ task: task.name, missingMinutes: task.minutes, reason: "outsideDay" });
      continue;
    }
    if (span.some((i) => inBreak[i])) {
      unscheduled.push({ task: task.name, missingMinutes: task.minutes, reason: "inBreak" });
      continue;
    }
    const taken = span.map((i) => owner[i]).find((o) => o !== null);
    if (taken) {
      unscheduled.push({ task: task.name, missingMinutes: task.minutes, reason: "overlapsFixed", other: taken.name });
      continue;
    }
    for (const i of span) owner[i] = task;
  }

  // A task due today or already overdue comes before every other, whatever its priority.
  const due = (t: DailyTask) => (t.deadline !== null && t.deadline <= serial ? 0 : 1);
  const flexible = today
    .filter((t) => t.fixedStart === null)
    .sort((a, b) => due(a) - due(b) || a.priority - b.priority || a.order - b.order);
  for (const task of flexible) {
    const needed = slotsFor(task.minutes);
    const free = starts.map((_, i) => i).filter((i) => !inBreak[i] && owner[i] === null);
    let run = -1;
    for (let i = 0; i + needed <= count && run < 0; i++) {
      if (Array.from({ length: needed }, (_, k) => i + k).every((j) => !inBreak[j] && owner[j] === null)) run = i;
    }
    const chosen = run >= 0 ? Array.from({ length: needed }, (_, k) => run + k) : free.slice(0, needed);
    for (const i of chosen) owner[i] = task;
    const missing = task.minutes - chosen.length * size;
    if (missing > 0) unscheduled.push({ task: task.name, missingMinutes: missing, reason: "doesNotFit" });
  }

  return {
    slots: starts.map((start, i) => {
      const task = owner[i];
      const kind: SlotKind = inBreak[i] ? "break" : task ? "task" : "free";
      return { start, end: start + size, kind, task: task?.name ?? "", category: task?.category ?? "" };
    }),
    unscheduled,
    deadlines: today.flatMap((t) => (t.deadline === null ? [] : [{ task: t.name, deadline: t.deadline }])),
  };
}

export type TaskProblem = {
  readonly row: number;
  readonly field: "priority" | "days";
  readonly value: string;
  readonly address: string;
};

/** Daily tasks from the reader's records; Priority and Days are read here, as their words need this module. */
export function dailyTasksFrom(records: readonly InputRecord<TaskFieldSpec>[]): {
  tasks: DailyTask[];
  problems: TaskProblem[];
} {
  const tasks: DailyTask[] = [];
  const problems: TaskProblem[] = [];
  for (const r of records) {
    const priorityCell = r.fields.priority;
    const daysCell = r.fields.days;
    const priority = parsePriority(priorityCell?.value);
    // A date in Days (Plan promotion writes one) plans the task on that day only; a number below 367 is no date.
    const on = typeof daysCell?.value === "number" && daysCell.value < 367 ? null : parseDate(daysCell?.value ?? "");
    const days = on === null ? parseDays(daysCell ? String(daysCell.value) : "") : new Set(ALL);
    if (priority === null && priorityCell)
      problems.push({
        row: r.row,
        field: "priority",
        value: String(priorityCell.value),
        address: priorityCell.address,
      });
    if (days === null && daysCell)
      problems.push({ row: r.row, field: "days", value: String(daysCell.value), address: daysCell.address });
    if (priority === null || days === null) continue;
    tasks.push({
      name: r.fields.task,
      minutes: r.fields.minutes ?? 30,
      priority,
      fixedStart: r.fields.fixedStart === undefined ? null : Math.round(r.fields.fixedStart * 1440),
      days,
      category: r.fields.category ?? "",
      order: tasks.length,
      deadline: r.fields.deadline === undefined ? null : Math.floor(r.fields.deadline),
      ...(on === null ? {} : { on }),
    });
  }
  return { tasks, problems };
}
