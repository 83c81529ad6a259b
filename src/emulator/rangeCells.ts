/**
 * A range's cells as Excel reads and writes them: values typed on entry, formulas Excel can read, locked cells on
 * a protected sheet, merged areas, the five-million-cell read limit, a format's common value over a range.
 */
import type { CellArea } from "../core/cellAddress";
import { MAX_COLUMNS, blockAddress, blocksOverlap } from "../core/cellAddress";
import { parsesAsFormula } from "./calc";
import { EmulatedOfficeError, invalidArgument } from "./errors";
import { coveredByMerge } from "./merged";
import type { SheetModel } from "./model";
import { checkUnprotected } from "./model";
import type { StoredValue } from "./typedInput";
import { enterValue } from "./typedInput";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly block: CellArea;
}

export type CellWriter = (sheet: SheetModel, row: number, column: number, input: StoredValue) => void;

export const writeValue: CellWriter = (sheet, row, column, input) => {
  const format = sheet.numberFormat(row, column);
  const quoted = typeof input === "string" && input.startsWith("'");
  // A Text cell that takes the apostrophe as the quote prefix stores what follows it, as text.
  const prefixed = quoted && format === "@" && sheet.variants.apostropheInTextCell === "prefix";
  let entered = prefixed
    ? enterValue(input.slice(1), true)
    : enterValue(input, format === "@", sheet.variants.signInTextCell === "formula");
  // What is a formula, Excel's grammar decides (calc.ts): "-10% refunds" stays the text it is (`=SUM(` was refused
  // before any cell was written, checkFormula).
  if (entered.formula !== undefined && !parsesAsFormula(entered.formula)) entered = { value: String(input) };
  sheet.setValue(row, column, entered.value);
  sheet.setFormula(row, column, entered.formula);
  sheet.markApostrophe(row, column, quoted && (format !== "@" || prefixed));
  if (entered.impliedFormat && format === "General") sheet.setNumberFormat(row, column, entered.impliedFormat);
};

/** `=` then something Excel cannot read as a formula (`=SUM(`) is refused, as Excel refuses it, whole. */
const checkFormula: CellWriter = (sheet, row, column, input) => {
  if (typeof input !== "string" || !input.startsWith("=") || input.length < 2) return;
  if (sheet.numberFormat(row, column) === "@" && sheet.variants.signInTextCell === "text") return;
  if (!parsesAsFormula(input)) throw invalidArgument(`${JSON.stringify(input)} is not a formula Excel can read`);
};

export function valueType(value: StoredValue | undefined): string {
  if (value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(value) ? "Error" : "String";
}

export function forEachCell(block: CellArea, visit: (row: number, column: number) => void): void {
  for (let r = block.firstRow; r <= block.lastRow; r++)
    for (let c = block.firstColumn; c <= block.lastColumn; c++) visit(r, c);
}

/** Excel on the web reads at most five million cells of a range at once (resource limits, office-js-docs-pr). */
export const EXCEL_MAX_READ_CELLS = 5_000_000;

export function cells<V>(
  { sheet, block }: RangeTarget,
  read: (sheet: SheetModel, row: number, column: number) => V
): V[][] {
  const count = (block.lastRow - block.firstRow + 1) * (block.lastColumn - block.firstColumn + 1);
  if (count > EXCEL_MAX_READ_CELLS)
    throw new EmulatedOfficeError(
      "RangeExceedsLimit",
      `The cell count in the range (${count}) has exceeded the maximum supported number (${EXCEL_MAX_READ_CELLS}).`
    );
  const rows: V[][] = [];
  for (let r = block.firstRow; r <= block.lastRow; r++) {
    const row: V[] = [];
    for (let c = block.firstColumn; c <= block.lastColumn; c++) row.push(read(sheet, r, c));
    rows.push(row);
  }
  return rows;
}

/**
 * Excel refuses changes to a protected sheet with AccessDenied. Values and formulas on a protected sheet go only into cells whose Locked box is cleared (FormatProtection.locked). */
function checkUnlocked(sheet: SheetModel, block: CellArea): void {
  if (!sheet.protected) return;
  forEachCell(block, (r, c) => {
    if (!sheet.unlocked.has(r * MAX_COLUMNS + c))
      throw new EmulatedOfficeError("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
  });
}

/**
 * A value written into a cell a merged area covers (not its top-left cell). No page says what Excel does: the
 * host's variant `valueUnderMerge` refuses the whole write (InvalidOperation, the default) or drops the value.
 */
function writesUnderMerge(sheet: SheetModel, block: CellArea, cellAt: (i: number, j: number) => unknown): boolean {
  for (const area of sheet.merged) {
    if (!blocksOverlap(area, block)) continue;
    for (let r = Math.max(area.firstRow, block.firstRow); r <= Math.min(area.lastRow, block.lastRow); r++) {
      for (
        let c = Math.max(area.firstColumn, block.firstColumn);
        c <= Math.min(area.lastColumn, block.lastColumn);
        c++
      ) {
        const v = cellAt(r - block.firstRow, c - block.firstColumn);
        if (coveredByMerge(sheet, r, c) && v !== null && v !== "") {
          if (sheet.variants.valueUnderMerge === "refused")
            throw new EmulatedOfficeError(
              "InvalidOperation",
              `${cellAddressOf(r, c)} is part of the merged area ${blockAddress(area)}; only its first cell takes a value.`
            );
          return true;
        }
      }
    }
  }
  return false;
}

const cellAddressOf = (row: number, column: number) =>
  blockAddress({ firstRow: row, firstColumn: column, lastRow: row, lastColumn: column });

/**
 * Writes a 2D array cell by cell, or one value to every cell ("If the argument is a single value, it will be
 * applied to all cells in the range", Excel.Range.values/formulas). An array must have the range's shape (Excel
 * refuses anything else with InvalidArgument); a null element leaves its cell as it was, which is how JSON
 * carries NaN and Infinity too.
 */
export function writeCells({ sheet, block }: RangeTarget, input: unknown, property: string, write: CellWriter): void {
  if (property === "numberFormat") checkUnprotected(sheet, "allowFormatCells");
  else checkUnlocked(sheet, block);
  const rows = block.lastRow - block.firstRow + 1,
    columns = block.lastColumn - block.firstColumn + 1;
  if (typeof input === "string" || typeof input === "number" || typeof input === "boolean")
    return writeRows(() => input);
  if (
    !Array.isArray(input) ||
    input.length !== rows ||
    input.some((row) => !Array.isArray(row) || row.length !== columns)
  ) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: expected ${rows} × ${columns}).`
    );
  }
  const cells = input as unknown[][];
  // Every element is checked before any is written: Excel refuses a bad array whole.
  cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell !== null && typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") {
        throw invalidArgument(`${property}[${i}][${j}] is not a string, number or boolean`);
      }
    })
  );
  return writeRows((i, j) => (cells[i] as StoredValue[])[j] ?? null);

  function writeRows(cellAt: (i: number, j: number) => StoredValue | null): void {
    if (write === writeValue) {
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < columns; j++) {
          const cell = cellAt(i, j);
          if (cell !== null) checkFormula(sheet, block.firstRow + i, block.firstColumn + j, cell);
        }
    }
    const dropUnderMerge =
      property !== "numberFormat" && sheet.merged.length > 0 && writesUnderMerge(sheet, block, cellAt);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const cell = cellAt(i, j);
        if (dropUnderMerge && coveredByMerge(sheet, block.firstRow + i, block.firstColumn + j)) continue;
        if (cell !== null) write(sheet, block.firstRow + i, block.firstColumn + j, cell);
      }
    }
  }
}

/** Reads a format property over a range: the common value, or null when the cells differ (as Excel reports). */
export function common<V>(
  { sheet, block }: RangeTarget,
  read: (sheet: SheetModel, row: number, column: number) => V
): V | null {
  let first: V | undefined;
  let same = true;
  forEachCell(block, (r, c) => {
    const v = read(sheet, r, c);
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same && first !== undefined ? first : null;
}
