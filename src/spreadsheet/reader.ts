/** How the import reads a spreadsheet file: bytes in, batches of text rows out (as the CSV reader gives them). */
import type { RowBatch } from "../csv/reader";

/** The reader may take the bytes (moved to a worker, they are gone here): the caller hands them over for good. */
export type SpreadsheetReader = (bytes: Uint8Array, signal?: AbortSignal) => AsyncIterable<RowBatch>;

/**
 * Rows handed on in batches, so the import stages and reports progress as it does for CSV. Each batch is taken in
 * one piece on the pane's thread (the worker's message, then the session's work on it): 2,000 rows keep that well
 * under 200 ms.
 */
export const BATCH_ROWS = 2_000;

export async function* batches(rows: string[][], bytes: number, signal?: AbortSignal): AsyncGenerator<RowBatch> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    if (signal?.aborted) return;
    const end = Math.min(rows.length, start + BATCH_ROWS);
    yield { rows: rows.slice(start, end), bytesRead: Math.round((bytes * end) / Math.max(1, rows.length)) };
  }
}
