/**
 * Excel on the web's size limits, in one place: it refuses a request or a response over 5 MB
 * (office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md, "Excel add-ins"). Here are the
 * budgets each kind of round trip keeps under them, the one estimate of what a row of cells weighs in a request
 * as Microsoft's client sends it, and the one rule for a round trip Excel refuses as too large.
 */
import { excelErrorCode } from "./errors";

/** Bytes of values one request may carry: under 5 MB, with room for the operations around them (formats, a table). */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Bytes one read may bring back: blocks of about 4 MB (less room for what a row measured short of those that
 * follow), under the 5 MB response limit.
 */
export const READ_BLOCK_BYTES = 3.8 * 1024 * 1024;

/**
 * Office.js's client writes a values array of over 1,500 cells as row chunks, each with object paths and actions
 * of its own (setRangePropertiesInBulk in @microsoft/office-js): measured at 840–930 bytes a chunk, under one
 * byte a cell.
 */
const CLIENT_FRAMING_BYTES_PER_CELL = 1;

export type RequestCell = string | number | boolean | null;

/** UTF-8 bytes of a row as it travels in a request's JSON, with its share of the client's framing. */
export function requestBytes(row: readonly RequestCell[]): number {
  let bytes = 2 + row.length * CLIENT_FRAMING_BYTES_PER_CELL;
  for (const cell of row) {
    if (typeof cell === "number") bytes += String(cell).length + 1;
    else if (typeof cell === "boolean") bytes += (cell ? 4 : 5) + 1;
    else if (cell === null) bytes += 5;
    else {
      bytes += 3;
      for (let i = 0; i < cell.length; i++) {
        const code = cell.charCodeAt(i);
        bytes += code < 0x80 ? (code === 0x22 || code === 0x5c || code < 0x20 ? 2 : 1) : code < 0x800 ? 2 : 3;
      }
    }
  }
  return bytes;
}

/** What a request or a response that was too large fails with. */
export type SizeRefusal = "RequestPayloadSizeLimitExceeded" | "ResponsePayloadSizeLimitExceeded";

/**
 * One round trip that Excel may refuse as too large for its part. True when it went through; false when Excel
 * refused it for its size and the work can still be `split`, which the caller answers by sending the same work
 * again in smaller parts. That is safe only where the refusal left nothing half done: a request too large is
 * refused whole, and a response too large is the answer to reads, which change nothing. Any other failure, and a
 * refusal of work that cannot be split further, is thrown.
 */
export async function syncUnlessTooLarge(
  context: Excel.RequestContext,
  refusal: SizeRefusal,
  split: boolean
): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (!split || excelErrorCode(error) !== refusal) throw error;
    return false;
  }
}
