/**
 * Opens a store export as rows, whatever it is: CSV (and HTML or CSV files named .xls) through the streaming CSV
 * reader; .xls and .xlsx workbooks through the spreadsheet reader. Refuses, before parsing, a workbook over
 * 100 MB or an encrypted one.
 */
import type { CsvMeta, RowBatch } from "../csv/reader";
import { readCsvRows } from "../csv/reader";
import type { FileFormat } from "./format";
import { MAX_SPREADSHEET_BYTES, isEncryptedPackage, sniffFormat } from "./format";
import type { SpreadsheetReader } from "./reader";
import { EncryptedWorkbookError } from "./rows";

export class WorkbookTooLargeError extends Error {}

export interface OpenedExport {
  readonly format: FileFormat;
  readonly rows: AsyncIterator<RowBatch>;
}

async function* replay(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

export async function openExport(
  chunks: AsyncIterable<Uint8Array>,
  spreadsheets: SpreadsheetReader,
  onMeta: (meta: CsvMeta) => void,
  signal?: AbortSignal
): Promise<OpenedExport> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array(0) : first.value;
  const format = sniffFormat(head);
  // HTML tables saved as .xls are read by SheetJS; text of any name by the CSV reader.
  if (format === "text") return { format, rows: readCsvRows(replay(head, iterator), onMeta, signal) };
  const parts = [head];
  let size = head.length;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    size += next.value.length;
    if (size > MAX_SPREADSHEET_BYTES) throw new WorkbookTooLargeError(String(size));
    parts.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  if (format === "xls" && isEncryptedPackage(bytes)) throw new EncryptedWorkbookError("EncryptedPackage");
  const rows = spreadsheets(bytes, signal);
  return { format, rows: rows[Symbol.asyncIterator]() };
}
