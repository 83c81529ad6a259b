/**
 * The schedule sheets a day's commands read back, and the Operation Log they write: one row per date, updated
 * in place when the date is already there, the sheet and table created (and marked as the add-in's) when not.
 */
import type { CellValue } from "../core/cellValues";
import type { TableCells } from "../core/cells";
import { OPERATION_LOG, columnNames, columnPosition, rowInOrder } from "../core/contract";
import type { LogEntry } from "../core/dailyReport";
import type { Language } from "../core/language";
import { freeSheetName } from "../core/sheetNames";
import { logColumns, queueRowsBelowTable } from "./tableRows";
import { adjacent, fillNumberFormat, writeValues } from "./ranges";
import type { WorkbookOutline } from "./workbook";
import { OWNER_PROPERTY, syncNotingLayout } from "./workbook";

/** A sheet's used values, by its name. */
export interface SheetValues {
  readonly name: string;
  /** The used range's values; null for a blank sheet. */
  readonly values: readonly (readonly CellValue[])[] | null;
}

/** Queues the read of the named sheets' used ranges. */
export function queueSheetValues(context: Excel.RequestContext, names: readonly string[]): () => SheetValues[] {
  const reads = names.map((name) => ({
    name,
    used: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values"),
  }));
  return () =>
    reads.map((r) => ({ name: r.name, values: r.used.isNullObject ? null : (r.used.values as CellValue[][]) }));
}

/**
 * The log's number formats by column: the date as a date, completion as a percent, and the user's words (tasks,
 * notes, the report) as text, so nothing typed becomes a formula. A row written below the table does not take its
 * column's format, so each new row is given these.
 */
const LOG_FORMATS: Readonly<Partial<Record<keyof typeof OPERATION_LOG.columns, string>>> = {
  date: "yyyy-mm-dd",
  completion: "0%",
  unscheduled: "@",
  notes: "@",
  summary: "@",
};

export interface OperationLogState {
  /** The log table's header and body cells and where they sit; null when the workbook has no log yet. */
  readonly body: TableCells | null;
}

/** Queues the read of the Operation Log's body. */
export function queueOperationLog(context: Excel.RequestContext, outline: WorkbookOutline): () => OperationLogState {
  if (!outline.tables.some((n) => n.toLowerCase() === OPERATION_LOG.tableName.toLowerCase()))
    return () => ({ body: null });
  const table = context.workbook.tables.getItem(OPERATION_LOG.tableName);
  const body = table.getDataBodyRange().load("values, rowIndex, columnIndex");
  const header = table.getHeaderRowRange().load("values");
  const sheet = table.worksheet.load("name");
  return () => ({
    body: {
      name: OPERATION_LOG.tableName,
      sheet: sheet.name,
      firstRow: body.rowIndex,
      firstColumn: body.columnIndex,
      headers: (header.values[0] ?? []).map(String),
      values: body.values as CellValue[][],
    },
  });
}

type LogKey = keyof typeof OPERATION_LOG.columns;

/**
 * A day's row in the existing log: its date's row updated (or the first row of an empty table), the add-in's cells
 * only: written back, an operator's own cell read as a value would change under them ('00123 → 123, a formula →
 * its value); else a new row below the table, a user's own column empty. Says which.
 */
function queueLogRow(
  context: Excel.RequestContext,
  body: TableCells,
  record: LogEntry,
  language: Language
): "updated" | "added" {
  const table = context.workbook.tables.getItem(OPERATION_LOG.tableName);
  const headers = [...body.headers];
  const at = logColumns(table, headers, OPERATION_LOG.columns, language);
  const keyAt = (i: number) => (Object.keys(OPERATION_LOG.columns) as LogKey[]).find((k) => at.get(k) === i);
  const existingRow = body.values.findIndex((r) => r[at.get("date") as number] === record.date);
  const emptyTable = body.values.length === 1 && body.values[0]?.every((v) => v === "");
  if (existingRow < 0 && !emptyTable) {
    const row = headers.map((_, i): CellValue => {
      const key = keyAt(i);
      return key === undefined ? "" : record[key];
    });
    const formats = headers.map((_, i) => LOG_FORMATS[keyAt(i) as keyof typeof LOG_FORMATS] ?? "General");
    queueRowsBelowTable(table, [row], [formats]);
    return "added";
  }
  const target = existingRow >= 0 ? existingRow : 0;
  const sheet = context.workbook.worksheets.getItem(body.sheet);
  for (const group of adjacent([...at].map(([column, position]) => ({ column, at: position })))) {
    writeValues(
      sheet.getRangeByIndexes(body.firstRow + target, body.firstColumn + group.start, 1, group.columns.length),
      [group.columns.map((key) => record[key])]
    );
  }
  return existingRow >= 0 ? "updated" : "added";
}

/** A new Operation Log sheet with its table and the day's row; the user's words in Text cells, typed first. */
function queueNewLog(
  context: Excel.RequestContext,
  record: LogEntry,
  sheetNames: readonly string[],
  language: Language
): void {
  const entry = rowInOrder(OPERATION_LOG.columns, record);
  const sheet = context.workbook.worksheets.add(freeSheetName(OPERATION_LOG.sheetName[language], sheetNames));
  sheet.customProperties.add(OWNER_PROPERTY, "operationLog");
  const block = sheet.getRangeByIndexes(0, 0, 2, entry.length);
  const cell = (key: LogKey) => sheet.getRangeByIndexes(1, columnPosition(OPERATION_LOG.columns, key), 1, 1);
  // Unscheduled tasks and notes are the user's words: text first, so nothing typed becomes a formula.
  for (const key of ["unscheduled", "notes", "summary"] as const)
    fillNumberFormat(cell(key), LOG_FORMATS[key] as string);
  writeValues(block, [columnNames(OPERATION_LOG.columns, language), [...entry]]);
  const table = sheet.tables.add(block, true);
  table.name = OPERATION_LOG.tableName;
  for (const key of ["date", "completion"] as const) fillNumberFormat(cell(key), LOG_FORMATS[key] as string);
  block.format.autofitColumns();
}

/**
 * Writes a day's entry in one round trip; says whether a row for that date was updated. Columns are found by name:
 * a log made by an earlier version gets the newer columns at its right, and columns the user added are left alone.
 */
export async function writeLogEntry(
  context: Excel.RequestContext,
  log: OperationLogState,
  record: LogEntry,
  sheetNames: readonly string[],
  language: Language
): Promise<"updated" | "added"> {
  const done = log.body ? queueLogRow(context, log.body, record, language) : "added";
  if (!log.body) queueNewLog(context, record, sheetNames, language);
  await syncNotingLayout(context);
  return done;
}
