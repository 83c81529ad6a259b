/**
 * A workbook's first sheet (with the sheets that continue it) as rows of text, so that spreadsheet files go through the same header and preamble
 * detection, kind recognition and value normalisation as CSV: text cells as written; number cells as their
 * number; date cells as `2026-11-20` or `2026-11-20 10:00:00`, in the 1900 date system whatever the workbook's
 * (a 1904 workbook's serials are 1,462 days off). SheetJS is passed in, so this module loads it only where asked.
 */
import type * as XLSX from "@e965/xlsx";

/** Days between Excel's 1904 and 1900 date systems. */
export const DAYS_1904 = 1462;

export class EncryptedWorkbookError extends Error {}
/** Why a workbook cannot be read, as the operator is told: never SheetJS's own words, which are JavaScript's. */
export type CorruptReason = "damaged" | "stringsMissing" | "unpackedTooLarge" | "beyondSheet";

export class CorruptWorkbookError extends Error {
  constructor(
    readonly reason: CorruptReason,
    /** Facts for the sentence (for unpackedTooLarge, the size it unpacks to), or what a developer needs to know. */
    readonly detail = ""
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An Excel serial (1900 system) as text the normaliser reads back as that date or date-time. */
export function serialText(serial: number): string {
  const whole = Math.floor(serial);
  const date = new Date(Date.UTC(1899, 11, 30) + whole * 86_400_000);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = Math.round((serial - whole) * 86_400);
  if (seconds === 0) return day;
  return `${day} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

function cellText(xlsx: typeof XLSX, cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  if (cell.t === "n" && typeof cell.v === "number") {
    if (cell.z !== undefined && xlsx.SSF.is_date(cell.z)) return serialText(cell.v + (date1904 ? DAYS_1904 : 0));
    return String(cell.v);
  }
  if (cell.t === "b") return cell.v ? "TRUE" : "FALSE";
  if (cell.t === "e") return cell.w ?? "#N/A";
  return String(cell.v);
}

/** Reads the bytes with SheetJS: the first sheet that has cells, as rows of text. */
export async function sheetJsRows(xlsx: typeof XLSX, bytes: Uint8Array): Promise<string[][]> {
  let book: XLSX.WorkBook;
  try {
    book = xlsx.read(bytes, {
      type: "array",
      dense: true,
      cellDates: false,
      cellNF: true,
      cellHTML: false,
      cellFormula: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) throw new EncryptedWorkbookError(message);
    throw new CorruptWorkbookError("damaged", message);
  }
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  return continuedRows(book.SheetNames, (name) => {
    const sheet = book.Sheets[name] as XLSX.WorkSheet & { "!data"?: (XLSX.CellObject | undefined)[][] };
    const data = sheet["!data"] ?? [];
    // Dense rows have holes where a row is empty: Array.from visits them, as empty rows.
    return Array.from(data, (row) => (row ? Array.from(row, (cell) => cellText(xlsx, cell, date1904)) : []));
  });
}

/** A sheet's name without the number that counts it on: 账务组合查询1 and 账务组合查询2 are one report. */
const stem = (name: string) => name.replace(/\s*[(（]?\d+[)）]?\s*$/, "");

/** Rows the same in each: a continuation repeats its report's title and header rows. */
const sameRow = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell === b[i]);

/** How far down a sheet its report's title and header rows can reach, as the header detection looks for them. */
const PREAMBLE_ROWS = 30;

/**
 * The first sheet with cells, and after it the sheets that continue it: a report too long for one sheet is split
 * over numbered ones (Alipay's 账务组合查询1, 账务组合查询2 …), each repeating the title and header. A continuation
 * is a later sheet of the same name but its number that repeats a row the first sheet begins with (its header); its
 * rows up to the last such row are dropped, so the header is read once. Any other sheet (a 说明, notes, a Sheet2
 * made by hand) is not the report.
 */
export async function continuedRows(
  names: readonly string[],
  rowsOf: (name: string) => string[][] | Promise<string[][]>
): Promise<string[][]> {
  let first = -1;
  let rows: string[][] = [];
  // Sheets are read one by one, up to the first with cells: a workbook's other sheets may never be needed.
  while (rows.length === 0 && ++first < names.length) rows = await rowsOf(names[first] as string);
  const name = names[first];
  if (name === undefined || !/\d[)）]?\s*$/.test(name)) return rows;
  const opening = rows.slice(0, PREAMBLE_ROWS);
  const all = rows;
  for (const next of names.slice(first + 1)) {
    if (stem(next) !== stem(name) || next === name) continue;
    const more = await rowsOf(next);
    let repeated = -1;
    more.slice(0, PREAMBLE_ROWS).forEach((row, i) => {
      if (row.some((cell) => cell !== "") && opening.some((open) => sameRow(open, row))) repeated = i;
    });
    // A sheet that does not repeat the header (Sheet2 beside Sheet1, made by hand) is not this report's.
    if (repeated >= 0) all.push(...more.slice(repeated + 1));
  }
  return all;
}
