/**
 * A1-style addresses, as Excel writes them. Problems name cells this way (`'Growth Points'!C7`), so the
 * operator can find the cell the add-in means.
 */

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells by zero-based, inclusive indexes. */
export interface CellArea {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** Whether the cell at (row, column) lies in the block. */
export function blockHolds(block: CellArea, row: number, column: number): boolean {
  return row >= block.firstRow && row <= block.lastRow && column >= block.firstColumn && column <= block.lastColumn;
}

/** Whether two blocks share a cell. */
export function blocksOverlap(a: CellArea, b: CellArea): boolean {
  return (
    a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn
  );
}

/**
 * @example columnLetters(0) === "A"; columnLetters(27) === "AB"
 */
export function columnLetters(columnIndex: number): string {
  let letters = "";
  let n = columnIndex + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** @example columnIndex("AB") === 27 */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** @example cellAddress(6, 2) === "C7" */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** @example blockAddress({ firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 2 }) === "A1:C2" */
export function blockAddress(block: CellArea): string {
  const first = cellAddress(block.firstRow, block.firstColumn);
  if (block.firstRow === block.lastRow && block.firstColumn === block.lastColumn) return first;
  return `${first}:${cellAddress(block.lastRow, block.lastColumn)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/**
 * Parses `A1`, `A1:C7`, whole columns `A:C` and whole rows `2:5` (no sheet part).
 * Returns null for anything else or for an address outside Excel's grid.
 */
export function parseBlock(address: string): CellArea | null {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const [a, b = a] = parts as [string, string?];
  const ends = [parseEnd(a), parseEnd(b)];
  const [start, end] = ends;
  if (!start || !end || start.kind !== end.kind) return null;
  const block: CellArea = {
    firstRow: Math.min(start.row, end.row),
    firstColumn: Math.min(start.column, end.column),
    lastRow: start.kind === "column" ? MAX_ROWS - 1 : Math.max(start.row, end.row),
    lastColumn: start.kind === "row" ? MAX_COLUMNS - 1 : Math.max(start.column, end.column),
  };
  if (block.lastRow >= MAX_ROWS || block.lastColumn >= MAX_COLUMNS || block.firstRow < 0 || block.firstColumn < 0) {
    return null;
  }
  return block;
}

type End = { kind: "cell" | "column" | "row"; row: number; column: number };

function parseEnd(text: string): End | null {
  const cell = CELL.exec(text);
  if (cell) return { kind: "cell", column: columnIndex(cell[1] as string), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { kind: "column", column: columnIndex(column[1] as string), row: 0 };
  const row = ROW.exec(text);
  if (row) return { kind: "row", row: Number(row[1]) - 1, column: 0 };
  return null;
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/**
 * The sheet part of an address: quoted when Excel would quote it (spaces, punctuation, a leading digit,
 * a name that reads as a cell), with apostrophes doubled.
 * @example sheetPrefix("Growth Points") === "'Growth Points'"; sheetPrefix("增长点") === "增长点"
 */
export function sheetPrefix(sheetName: string): string {
  if (PLAIN_SHEET_NAME.test(sheetName) && !LOOKS_LIKE_REFERENCE.test(sheetName)) return sheetName;
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** @example qualifiedAddress("Growth Points", "C7") === "'Growth Points'!C7" */
export function qualifiedAddress(sheetName: string, address: string): string {
  return `${sheetPrefix(sheetName)}!${address}`;
}

/**
 * Splits `'Growth Points'!A1:C7` into its sheet name (apostrophes undoubled) and local address.
 * An address without a sheet part gives `sheet: null`.
 */
export function splitQualifiedAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/**
 * The blocks of a multi-area address as Excel gives it (a RangeAreas address: `'Growth Points'!A1:C1, 'Growth
 * Points'!B3:B5`), whatever the space after each comma; a comma inside a quoted sheet name is part of the name.
 * Areas it cannot read are left out.
 * @example areaBlocks("S!A1:B1,S!C3").length === 2
 */
export function areaBlocks(address: string): CellArea[] {
  const blocks: CellArea[] = [];
  for (const match of address.matchAll(
    /(?:'(?:[^']|'')*'|[^,'!]+)!([$A-Za-z0-9:]+)|(?:^|,)\s*([$A-Za-z0-9:]+)(?=\s*(?:,|$))/g
  )) {
    const block = parseBlock(match[1] ?? match[2] ?? "");
    if (block) blocks.push(block);
  }
  return blocks;
}
