/**
 * Appending rows to an input the operator owns (Growth Points, Goals): below its last row, through the table when
 * it is one, so every existing cell stays as it was. A column the rows need (Source) is added at the right.
 */
import { shownValue } from "../core/cellValues";
import type { InputCells } from "../core/records";
import { findHeaderRow } from "../core/records";
import { fillNumberFormat, writeValues } from "./ranges";
import { queueRowsBelowTable } from "./tableRows";
import { syncNotingLayout } from "./workbook";

export interface InputTarget {
  readonly sheet: string;
  /** Excel table name, or null for a plain sheet. */
  readonly table: string | null;
  /** Zero-based sheet row of the header, and the first column. */
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Columns of the header row before anything is added. */
  readonly width: number;
  /** Zero-based sheet row after the input's last row: where a plain sheet's new rows start. */
  readonly nextRow: number;
  /** A table's empty body rows at its end, as read (a table made with its headers only has one): filled first. */
  readonly emptyRows: number;
}

/** Where rows go below an input as read: its header names, and the target for appendRows. */
export function appendTarget(block: InputCells, table: string | null): { headers: string[]; target: InputTarget } {
  const header = findHeaderRow(block);
  const headers = (block.values[header] ?? []).map((v) => shownValue(v).trim());
  const width = Math.max(headers.length, ...block.values.map((r) => r.length));
  let emptyRows = 0;
  while (
    block.isTable &&
    emptyRows < block.values.length - header - 1 &&
    (block.values[block.values.length - 1 - emptyRows] ?? []).every((v) => v === "" || v === null)
  )
    emptyRows++;
  return {
    headers,
    target: {
      sheet: block.sheet,
      table: block.isTable ? table : null,
      headerRow: block.firstRow + header,
      firstColumn: block.firstColumn,
      width,
      nextRow: block.firstRow + block.values.length,
      emptyRows,
    },
  };
}

/**
 * Queues the rows (each as wide as the input, plus the added column when there is one) with their number formats,
 * one per cell. Text columns get their format before the values, so a name like "=SUM" stays text.
 */
export function queueAppendRows(
  context: Excel.RequestContext,
  target: InputTarget,
  rows: readonly (readonly (string | number)[])[],
  formats: readonly (readonly string[])[],
  addColumn: string | null
): void {
  if (rows.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  const width = target.width + (addColumn === null ? 0 : 1);
  if (target.table) {
    const table = context.workbook.tables.getItem(target.table);
    if (addColumn !== null) table.columns.add(undefined, undefined, addColumn);
    // The table's empty rows first (a table made with its headers only has one), then below it.
    const fill = Math.min(target.emptyRows, rows.length);
    if (fill > 0) {
      const empty = sheet.getRangeByIndexes(target.nextRow - target.emptyRows, target.firstColumn, fill, width);
      empty.numberFormat = formats.slice(0, fill).map((f) => [...f]);
      writeValues(
        empty,
        rows.slice(0, fill).map((r) => [...r])
      );
    }
    queueRowsBelowTable(table, rows.slice(fill), formats.slice(fill));
    return;
  }
  if (addColumn !== null) {
    const header = sheet.getCell(target.headerRow, target.firstColumn + target.width);
    fillNumberFormat(header, "@");
    writeValues(header, [[addColumn]]);
  }
  const block = sheet.getRangeByIndexes(target.nextRow, target.firstColumn, rows.length, width);
  block.numberFormat = formats.map((f) => [...f]);
  writeValues(
    block,
    rows.map((r) => [...r])
  );
}

/** Appends the rows in one round trip. */
export async function appendRows(
  context: Excel.RequestContext,
  target: InputTarget,
  rows: readonly (readonly (string | number)[])[],
  formats: readonly (readonly string[])[],
  addColumn: string | null
): Promise<void> {
  queueAppendRows(context, target, rows, formats, addColumn);
  await syncNotingLayout(context);
}
