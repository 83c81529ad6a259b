/**
 * Cells at an address: the one shape for a block of cells that readers, writers and the workbook host pass around,
 * and a table's, which adds its name and headers. A bare rectangle of indexes, without a sheet or values, is a
 * `CellArea` (cellAddress.ts).
 */
import type { CellValue } from "./cellValues";

/** Where a block of cells starts: its sheet, and the zero-based row and column of its first cell. */
export interface CellsAt {
  readonly sheet: string;
  readonly firstRow: number;
  readonly firstColumn: number;
}

/** Cells at an address: their values row by row, the first at (firstRow, firstColumn) of the sheet. */
export interface SheetCells<V = CellValue> extends CellsAt {
  readonly values: readonly (readonly V[])[];
}

/** A table's body at its address, with the table's name and headers; `values` are the body rows read (maybe not all). */
export interface TableCells<V = CellValue> extends SheetCells<V> {
  readonly name: string;
  readonly headers: readonly string[];
}
