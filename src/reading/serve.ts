/**
 * The worker's side of a file's reading: each request is one call of FileReading on a reading made here, answered
 * in the order asked. The worker serves it on its own scope; tests serve it on a message port.
 */
import { blobChunks } from "../csv/chunks";
import type { FileReading } from "./fileReading";
import { ReadingHere } from "./fileReading";
import type { ReadingPort, ReadingRequest } from "./protocol";

export function serveReading(port: ReadingPort): void {
  let reading: FileReading | null = null;
  const answer = async (request: ReadingRequest): Promise<unknown> => {
    if (request.call === "header") {
      const { file } = request;
      reading = new ReadingHere({
        fileName: file.fileName,
        chunks: blobChunks(file.blob),
        keepPersonalData: file.keepPersonalData,
      });
      return reading.header();
    }
    if (!reading) throw new Error("The file's header was not read first.");
    switch (request.call) {
      case "plan":
        return reading.plan(request.plan);
      case "existing":
        return reading.existing(request.block);
      case "next":
        return reading.next();
      case "snapshot":
        return reading.snapshot();
      case "end":
        return reading.end();
    }
  };
  // Each call waits for the one before: a slice is never read before the plan, nor the end before the last slice.
  let queue: Promise<void> = Promise.resolve();
  port.onmessage = (event) => {
    const request = event.data as ReadingRequest;
    queue = queue.then(async () => {
      try {
        port.postMessage({ id: request.id, result: await answer(request) });
      } catch (error) {
        port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
      }
    });
  };
}
