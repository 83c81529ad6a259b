/**
 * A workbook's first sheet as rows of text, so that spreadsheet files go through the same header and preamble
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
export function sheetJsRows(xlsx: typeof XLSX, bytes: Uint8Array): string[][] {
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
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name] as XLSX.WorkSheet & { "!data"?: (XLSX.CellObject | undefined)[][] };
    const data = sheet["!data"] ?? [];
    if (data.length === 0) continue;
    // Dense rows have holes where a row is empty: Array.from visits them, as empty rows.
    return Array.from(data, (row) => (row ? Array.from(row, (cell) => cellText(xlsx, cell, date1904)) : []));
  }
  return [];
}
