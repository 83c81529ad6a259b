/**
 * Reads spreadsheet files in a Web Worker (its own chunk, with SheetJS), in the preview and in Excel alike;
 * where no Worker can be made, on this thread. Cancelling ends the worker at once.
 */
import type { RowBatch } from "../csv/reader";
import { readSpreadsheetInThread } from "./inThread";
import type { SpreadsheetReader } from "./reader";
import { CorruptWorkbookError, EncryptedWorkbookError } from "./rows";
import type { WorkerMessage } from "./worker";

export const readSpreadsheetInWorker: SpreadsheetReader = async function* (bytes, signal) {
  if (typeof Worker === "undefined") {
    yield* readSpreadsheetInThread(bytes, signal);
    return;
  }
  const worker = new Worker(new URL("./worker.ts", import.meta.url));
  const waiting: ((message: WorkerMessage) => void)[] = [];
  const arrived: WorkerMessage[] = [];
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const next = waiting.shift();
    if (next) next(event.data);
    else arrived.push(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const failure: WorkerMessage = { error: "damaged", message: event.message, detail: event.message };
    const next = waiting.shift();
    if (next) next(failure);
    else arrived.push(failure);
  };
  const receive = () =>
    new Promise<WorkerMessage>((resolve) =>
      arrived.length > 0 ? resolve(arrived.shift() as WorkerMessage) : waiting.push(resolve)
    );
  const stop = () => worker.terminate();
  signal?.addEventListener("abort", stop, { once: true });
  // The bytes move to the worker: copying a workbook of tens of megabytes stalled the pane for 150 ms. They are
  // copied only when they share their buffer with something else.
  const total = bytes.length;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const moved = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
  worker.postMessage(moved, [moved]);
  let read = 0;
  try {
    for (;;) {
      if (signal?.aborted) return;
      const message = await receive();
      if ("error" in message)
        throw message.error === "encrypted"
          ? new EncryptedWorkbookError(message.message)
          : new CorruptWorkbookError(message.error, message.detail ?? "");
      if ("done" in message) return;
      read += message.rows.length;
      const batch: RowBatch = { rows: message.rows, bytesRead: Math.min(total, read) };
      yield batch;
    }
  } finally {
    signal?.removeEventListener("abort", stop);
    stop();
  }
};
