/**
 * A file's reading in a Web Worker (reading/worker.ts), in the preview and in Excel alike: the page asks, the worker
 * reads and answers with rows ready to stage. Where no Worker can be made, or the file is no Blob, the reading runs
 * on this thread. Cancelling ends the worker at once.
 */
import { ReadingByMessage } from "./byMessage";
import type { FileReading, FileToRead } from "./fileReading";
import { readHere } from "./here";

export function readInWorker(file: FileToRead): FileReading {
  if (typeof Worker === "undefined" || !file.blob) return readHere(file);
  const worker = new Worker(new URL("./worker.ts", import.meta.url));
  const reading = new ReadingByMessage(file, file.blob, worker, () => worker.terminate());
  worker.onerror = (event) => {
    event.preventDefault();
    reading.fail(event.message);
  };
  return reading;
}
