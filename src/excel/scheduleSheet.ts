/**
 * Queues a day's schedule sheet: the slots as a table (Time, Task, Category, Done, Notes), breaks shaded, a ✓
 * list in Done, then a summary line and the Unscheduled list under it.
 */
import type { CellValue } from "../core/cellValues";
import { SCHEDULE_OUTPUT, columnPosition } from "../core/contract";
import { WriteBatch, fillNumberFormat } from "./ranges";

export interface ScheduleSheetContent {
  readonly tableName: string;
  readonly headers: readonly string[];
  /** One row a slot in the contract's column order (core/scheduleSheet.ts plans them). */
  readonly rows: readonly (readonly (string | number | boolean)[])[];
  /** Show Done as checkboxes (ExcelApi 1.18) on the task rows; otherwise a ✓ drop-down list. */
  readonly checkboxes: boolean;
  /** Indexes into rows that hold a task. */
  readonly taskRows: readonly number[];
  /** Indexes into rows that are breaks. */
  readonly breakRows: readonly number[];
  readonly doneMark: string;
  readonly summary: string;
  /** The carry record (JSON) the sheet keeps, for the next day's carry over. */
  readonly carryRecord: string;
  readonly unscheduled: { readonly title: string; readonly headers: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] } | null;
}

export const BREAK_FILL = "#F2F2F2";

/** The custom property where a schedule sheet keeps how many times each task on it has been carried over. */
export const CARRY_PROPERTY = "GrowthOps.Carried";

/** Queues the read of a schedule sheet's cells and carry record. */
export function queueScheduleRead(context: Excel.RequestContext, name: string): () => { name: string; values: CellValue[][] | null; carryRecord: string | null } {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true).load("values");
  const record = sheet.customProperties.getItemOrNullObject(CARRY_PROPERTY).load("value");
  return () => ({ name, values: used.isNullObject ? null : (used.values as CellValue[][]), carryRecord: record.isNullObject ? null : record.value });
}
const TIME = columnPosition(SCHEDULE_OUTPUT.columns, "time");
const DONE = columnPosition(SCHEDULE_OUTPUT.columns, "done");

/**
 * Writes the schedule sheet: one round trip with the caller's own sync while it fits one request; a long
 * Unscheduled list is sent ahead in 4 MB parts.
 */
export async function writeScheduleSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, content: ScheduleSheetContent): Promise<void> {
  const count = content.rows.length;
  const width = content.headers.length;
  const block = sheet.getRangeByIndexes(0, 0, count + 1, width);
  // Task names, categories and notes are the user's words: text, so nothing typed becomes a formula.
  fillNumberFormat(block, "@");
  fillNumberFormat(sheet.getRangeByIndexes(1, TIME, count, 1), "hh:mm");
  const done = sheet.getRangeByIndexes(1, DONE, count, 1);
  // Checkboxes show Boolean values, and a Boolean written into a Text cell may become the text "FALSE":
  // the Done column is General before anything is written.
  if (content.checkboxes) fillNumberFormat(done, "General");
  block.values = [[...content.headers], ...content.rows.map((r) => [...r])];
  const table = sheet.tables.add(block, true);
  table.name = content.tableName;
  done.format.horizontalAlignment = "Center";
  if (content.checkboxes) {
    // On task rows only, so breaks and free slots stay blank.
    for (const row of content.taskRows) (sheet.getCell(1 + row, DONE) as unknown as { control: { type: string } }).control = { type: "Checkbox" };
  } else {
    done.dataValidation.rule = { list: { inCellDropDown: true, source: content.doneMark } };
  }
  for (const row of content.breakRows) {
    const cells = sheet.getRangeByIndexes(1 + row, 0, 1, width);
    cells.format.fill.color = BREAK_FILL;
    cells.format.font.italic = true;
  }
  block.format.autofitColumns();

  const below = sheet.getRangeByIndexes(count + 2, 0, 1, 1);
  fillNumberFormat(below, "@");
  below.values = [[content.summary]];
  below.format.font.italic = true;
  if (content.unscheduled) {
    const list = content.unscheduled;
    const top = count + 4;
    const head = sheet.getRangeByIndexes(top, 0, 2, 3);
    fillNumberFormat(head, "@");
    head.values = [[list.title, "", ""], [...list.headers]];
    head.format.font.bold = true;
    if (list.rows.length > 0) {
      const body = sheet.getRangeByIndexes(top + 2, 0, list.rows.length, 3);
      // Task names and reasons are text; the missing minutes are numbers an operator can add up.
      fillNumberFormat(body, "@");
      fillNumberFormat(sheet.getRangeByIndexes(top + 2, 1, list.rows.length, 1), "0");
      // A reason stands once at the top of the tasks it holds for, as in a printed list: repeated on every
      // row it would be most of what the request carries when a long task list does not fit the day.
      const rows = list.rows.map((r, i) => [r[0] ?? "", r[1] ?? "", i > 0 && list.rows[i - 1]?.[2] === r[2] ? "" : (r[2] ?? "")]);
      await new WriteBatch(context).values(sheet, top + 2, 0, rows);
    }
  }
  sheet.customProperties.add(CARRY_PROPERTY, content.carryRecord);
  sheet.freezePanes.freezeRows(1);
  sheet.activate();
}
