/**
 * The Web Worker that reads spreadsheet files, so a large workbook never blocks the pane: it gets the file's
 * bytes, and posts its rows back in batches, then `done`; or the reason it could not read them.
 */
import * as xlsx from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel.full";
import { BATCH_ROWS } from "./reader";
import type { CorruptReason } from "./rows";
import { CorruptWorkbookError, EncryptedWorkbookError } from "./rows";
import { workbookRows } from "./workbook";

export type WorkerMessage =
  | { readonly rows: string[][] }
  | { readonly done: true }
  | { readonly error: "encrypted" | CorruptReason; readonly message: string; readonly detail?: string };

// Sycm's BIFF8 files keep their strings in code page 936 (GBK): SheetJS needs the code page tables for them.
xlsx.set_cptable(cptable);

/** The worker's global scope, as far as this file uses it (the DOM typings describe a window, not a worker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

async function read(file: ArrayBuffer): Promise<void> {
  try {
    const rows = await workbookRows(xlsx, new Uint8Array(file));
    for (let start = 0; start < rows.length; start += BATCH_ROWS)
      scope.postMessage({ rows: rows.slice(start, start + BATCH_ROWS) });
    scope.postMessage({ done: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof EncryptedWorkbookError) scope.postMessage({ error: "encrypted", message });
    else if (error instanceof CorruptWorkbookError)
      scope.postMessage({ error: error.reason, message, detail: error.detail });
    else scope.postMessage({ error: "damaged", message, detail: message });
  }
}

scope.onmessage = (event) => void read(event.data);
