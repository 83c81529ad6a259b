/**
 * The schedule sheets a day's commands read back, and the Operation Log they write: one row per date, updated
 * in place when the date is already there, the sheet and table created (and marked as the add-in's) when not.
 */
import type { CellValue } from "../core/cellValues";
import { OPERATION_LOG, columnNames, columnPosition } from "../core/contract";
import type { Language } from "../core/language";
import { freeSheetName } from "../core/sheetNames";
import { fillNumberFormat } from "./ranges";
import type { WorkbookOutline } from "./workbook";
import { OWNER_PROPERTY } from "./workbook";

export interface SheetCells {
  readonly name: string;
  /** The used range's values; null for a blank sheet. */
  readonly values: readonly (readonly CellValue[])[] | null;
}

/** Queues the read of the named sheets' used ranges. */
export function queueSheetCells(context: Excel.RequestContext, names: readonly string[]): () => SheetCells[] {
  const reads = names.map((name) => ({ name, used: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values") }));
  return () => reads.map((r) => ({ name: r.name, values: r.used.isNullObject ? null : (r.used.values as CellValue[][]) }));
}

/** Reads one sheet's used cells: for the add-in's own small sheets (a day's schedule), never for data tables. */
export async function readSheetCells(context: Excel.RequestContext, name: string): Promise<SheetCells> {
  const read = queueSheetCells(context, [name]);
  await context.sync();
  return read()[0] ?? { name, values: null };
}

export interface OperationLogState {
  /** The log table's body cells and where they sit; null when the workbook has no log yet. */
  readonly body: { readonly sheet: string; readonly rowIndex: number; readonly columnIndex: number; readonly values: readonly (readonly CellValue[])[] } | null;
}

/** Queues the read of the Operation Log's body. */
export function queueOperationLog(context: Excel.RequestContext, outline: WorkbookOutline): () => OperationLogState {
  if (!outline.tables.some((n) => n.toLowerCase() === OPERATION_LOG.tableName.toLowerCase())) return () => ({ body: null });
  const table = context.workbook.tables.getItem(OPERATION_LOG.tableName);
  const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
  const sheet = table.worksheet.load("name");
  return () => ({ body: { sheet: sheet.name, rowIndex: body.rowIndex, columnIndex: body.columnIndex, values: body.values as CellValue[][] } });
}

/** Writes a day's entry (its first cell is the date) in one round trip; says whether a row for that date was updated. */
export async function writeLogEntry(context: Excel.RequestContext, log: OperationLogState, entry: readonly (string | number)[], sheetNames: readonly string[], language: Language): Promise<"updated" | "added"> {
  const body = log.body;
  const existingRow = body?.values.findIndex((r) => r[0] === entry[0]) ?? -1;
  if (body && existingRow >= 0) {
    // The date stays; the rest of the row is the day's new figures.
    context.workbook.worksheets.getItem(body.sheet).getRangeByIndexes(body.rowIndex + existingRow, body.columnIndex + 1, 1, entry.length - 1).values = [entry.slice(1)];
  } else if (body) {
    const emptyTable = body.values.length === 1 && body.values[0]?.every((v) => v === "");
    if (emptyTable) context.workbook.worksheets.getItem(body.sheet).getRangeByIndexes(body.rowIndex, body.columnIndex, 1, entry.length).values = [[...entry]];
    else context.workbook.tables.getItem(OPERATION_LOG.tableName).rows.add(undefined, [[...entry]]);
  } else {
    const sheet = context.workbook.worksheets.add(freeSheetName(OPERATION_LOG.sheetName[language], sheetNames));
    sheet.customProperties.add(OWNER_PROPERTY, "operationLog");
    const block = sheet.getRangeByIndexes(0, 0, 2, entry.length);
    const cell = (key: keyof typeof OPERATION_LOG.columns) => sheet.getRangeByIndexes(1, columnPosition(OPERATION_LOG.columns, key), 1, 1);
    // Unscheduled tasks and notes are the user's words: text first, so nothing typed becomes a formula.
    fillNumberFormat(cell("unscheduled"), "@");
    fillNumberFormat(cell("notes"), "@");
    block.values = [columnNames(OPERATION_LOG.columns, language), [...entry]];
    const table = sheet.tables.add(block, true);
    table.name = OPERATION_LOG.tableName;
    fillNumberFormat(cell("date"), "yyyy-mm-dd");
    fillNumberFormat(cell("completion"), "0%");
    block.format.autofitColumns();
  }
  await context.sync();
  return existingRow >= 0 ? "updated" : "added";
}
