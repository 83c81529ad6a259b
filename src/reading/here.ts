/**
 * A file's reading on the calling thread, its code (papaparse, the spreadsheet readers, the session) loaded with its
 * first call: the pane reads in a worker, so its page loads that code only where no worker can be made.
 */
import type {
  FileReading,
  FileToRead,
  HeaderRead,
  ReadingEnd,
  ReadingPlan,
  ReadingSnapshot,
  Staged,
} from "./fileReading";

export function readHere(file: FileToRead): FileReading {
  return new LoadedOnFirstCall(file);
}

class LoadedOnFirstCall implements FileReading {
  private reading: FileReading | null = null;

  constructor(private readonly file: FileToRead) {}

  async header(): Promise<HeaderRead> {
    const { ReadingHere } = await import("./fileReading.js");
    this.reading = new ReadingHere(this.file);
    return this.reading.header();
  }

  plan(plan: ReadingPlan): void {
    this.loaded().plan(plan);
  }

  existing(block: readonly (readonly unknown[])[]): void {
    this.loaded().existing(block);
  }

  next(): Promise<Staged | null> {
    return this.loaded().next();
  }

  snapshot(): Promise<ReadingSnapshot> {
    return this.loaded().snapshot();
  }

  end(): Promise<ReadingEnd> {
    return this.loaded().end();
  }

  close(): void {
    this.reading?.close();
  }

  private loaded(): FileReading {
    if (!this.reading) throw new Error("The file's header was not read first.");
    return this.reading;
  }
}
