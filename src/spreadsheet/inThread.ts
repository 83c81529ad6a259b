/**
 * Spreadsheet files read on the calling thread: for tests, and where no Worker can be made. SheetJS is loaded
 * only when a spreadsheet arrives (its own chunk in the bundle).
 */
import type { SpreadsheetReader } from "./reader";
import { batches } from "./reader";
import { workbookRows } from "./workbook";

export const readSpreadsheetInThread: SpreadsheetReader = async function* (bytes, signal) {
  const [xlsx, cptable] = await Promise.all([import("@e965/xlsx"), import("@e965/xlsx/dist/cpexcel.full")]);
  // Sycm's BIFF8 files keep their strings in code page 936 (GBK): SheetJS needs the code page tables for them.
  xlsx.set_cptable(cptable);
  if (signal?.aborted) return;
  yield* batches(await workbookRows(xlsx, bytes), bytes.length, signal);
};
