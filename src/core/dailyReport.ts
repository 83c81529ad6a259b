/**
 * Reading a day's schedule sheet back: what the operator ticked and noted. Generate daily schedule keeps those
 * marks when it rebuilds the sheet; Log daily report sums them into the Operation Log. Columns are found by their
 * names (either language), so a schedule made in English is read by a pane in Chinese.
 */
import type { CellValue } from "./cellValues";
import { OPERATION_LOG, SCHEDULE_OUTPUT, rowInOrder } from "./contract";
import type { Language } from "./language";
import { indexOfName, isNamed } from "./names";

type Rows = readonly (readonly CellValue[])[];

/** Anything in Done counts as done: a ticked checkbox, the ✓ the list offers, or x, yes, 1, TRUE typed by hand. */
export function isDone(value: CellValue | null | undefined): boolean {
  return value !== "" && value !== null && value !== undefined && value !== false && value !== 0;
}

const text = (value: CellValue | undefined) => String(value ?? "").trim();

interface SlotRow {
  readonly task: string;
  readonly isBreak: boolean;
  readonly done: boolean;
  readonly notes: string;
}

/** The slot rows of a schedule sheet's cells (its table starts in the first row), up to the first blank row. */
function slotRows(rows: Rows): { slots: SlotRow[]; end: number } {
  const header = (rows[0] ?? []).map((v) => String(v));
  const at = (key: keyof typeof SCHEDULE_OUTPUT.columns) => indexOfName(header, SCHEDULE_OUTPUT.columns[key]);
  const task = at("task"), done = at("done"), notes = at("notes");
  const slots: SlotRow[] = [];
  let end = 1;
  for (; end < rows.length; end++) {
    const row = rows[end] ?? [];
    if (row.every((v) => v === "" || v === null || v === undefined)) break;
    const name = task < 0 ? "" : text(row[task]);
    slots.push({ task: name, isBreak: isNamed(name, SCHEDULE_OUTPUT.breakLabel), done: done >= 0 && isDone(row[done]), notes: notes < 0 ? "" : text(row[notes]) });
  }
  return { slots, end };
}

/** A previous schedule's marks, by task in slot order: a regenerated schedule gives them back to the same task's slots. */
export function keptMarks(rows: Rows | undefined): Map<string, { done: boolean; notes: string }[]> {
  const kept = new Map<string, { done: boolean; notes: string }[]>();
  for (const slot of slotRows(rows ?? []).slots) {
    if (slot.task === "") continue;
    const list = kept.get(slot.task) ?? [];
    list.push({ done: slot.done, notes: slot.notes });
    kept.set(slot.task, list);
  }
  return kept;
}

export interface DayReport {
  /** Task slots planned (breaks and free slots not counted) and done. */
  readonly planned: number;
  readonly done: number;
  readonly unscheduled: readonly string[];
  readonly notes: readonly string[];
}

/**
 * What the day came to, from its schedule sheet's cells.
 * @example scheduleReport([["Time","Task","Category","Done","Notes"], [0.375,"上新","", "✓",""], [0.396,"","","",""]]) → { planned: 1, done: 1, … }
 */
export function scheduleReport(rows: Rows): DayReport {
  const { slots, end } = slotRows(rows);
  const tasks = slots.filter((s) => s.task !== "" && !s.isBreak);
  const title = rows.findIndex((r, i) => i > end && isNamed(String(r[0] ?? ""), SCHEDULE_OUTPUT.unscheduledTitle));
  return {
    planned: tasks.length,
    done: tasks.filter((s) => s.done).length,
    unscheduled: title < 0 ? [] : rows.slice(title + 2).map((r) => text(r[0])).filter((n) => n !== ""),
    notes: slots.map((s) => s.notes).filter((n) => n !== ""),
  };
}

/** The Operation Log row for a day (date as an Excel serial), in the log's column order. */
export function logEntry(date: number, report: DayReport, language: Language): (string | number)[] {
  return rowInOrder(OPERATION_LOG.columns, {
    date,
    plannedSlots: report.planned,
    doneSlots: report.done,
    completion: report.planned === 0 ? "" : report.done / report.planned,
    unscheduled: report.unscheduled.join(language === "zh-CN" ? "、" : ", "),
    notes: report.notes.join(language === "zh-CN" ? "；" : "; "),
  });
}
