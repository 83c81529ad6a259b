/**
 * The page's side of a file's reading served at the other end of a port (reading/serve.ts): each call of FileReading
 * a message, answered by its number. The pane's port is the Worker (reading/inWorker.ts).
 */
import type {
  FileReading,
  FileToRead,
  HeaderRead,
  ReadingEnd,
  ReadingPlan,
  ReadingSnapshot,
  ReadingState,
  Staged,
} from "./fileReading";
import type { ReadingPort, ReadingReply, ReadingRequest } from "./protocol";

/**
 * Slices asked for ahead of the page's staging, so that the worker reads the next while the page sends the last: a
 * few, since the rows asked for wait on the page until they are staged.
 */
export const SLICES_AHEAD = 4;

/** A request before it is numbered: each kind of request without its id (Omit over the union would merge them). */
type AnyRequest = ReadingRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

/** A reading served at the other end of a port (reading/serve.ts). */
export class ReadingByMessage implements FileReading {
  private lastId = 0;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly ahead: Promise<Staged | null>[] = [];
  private ended = false;
  /** The state after the last slice the page took: a result's counts are those, not the slices read ahead. */
  private taken: ReadingState | null = null;
  private failure: string | null = null;

  constructor(
    private readonly file: FileToRead,
    private readonly blob: Blob,
    private readonly port: ReadingPort,
    private readonly stop: () => void
  ) {
    port.onmessage = (event) => {
      const reply = event.data as ReadingReply;
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if ("error" in reply) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.result);
    };
  }

  /** The worker failed to load or died: every call waiting, and any after, fails with its message. */
  fail(message: string): void {
    this.failure = message;
    for (const waiter of this.waiting.values()) waiter.reject(new Error(message));
    this.waiting.clear();
  }

  header(): Promise<HeaderRead> {
    const { file } = this;
    const read = this.call<HeaderRead>({
      call: "header",
      file: { fileName: file.fileName, blob: this.blob, keepPersonalData: file.keepPersonalData },
    });
    const signal = file.signal;
    if (!signal) return read;
    // A workbook of tens of megabytes takes seconds to read: Cancel does not wait for it.
    let stop = () => undefined as void;
    const cancelled = new Promise<HeaderRead>((resolve) => {
      stop = () => resolve({ meta: null, format: "text", cancelled: true });
      if (signal.aborted) stop();
      else signal.addEventListener("abort", stop, { once: true });
    });
    return Promise.race([read, cancelled]).finally(() => signal.removeEventListener("abort", stop));
  }

  plan(plan: ReadingPlan): void {
    void this.call({ call: "plan", plan }).catch(() => undefined);
  }

  existing(block: readonly (readonly unknown[])[]): void {
    void this.call({ call: "existing", block }).catch(() => undefined);
  }

  async next(): Promise<Staged | null> {
    while (!this.ended && this.ahead.length < SLICES_AHEAD) {
      const asked = this.call<Staged | null>({ call: "next" });
      // A slice asked for ahead that the page never takes (it stopped at a refusal, or closed) may fail unheard.
      asked.catch(() => undefined);
      this.ahead.push(asked);
    }
    const staged = await (this.ahead.shift() ?? Promise.resolve(null));
    if (!staged) this.ended = true;
    else this.taken = staged.state;
    return staged;
  }

  async snapshot(): Promise<ReadingSnapshot> {
    const snapshot = await this.call<ReadingSnapshot>({ call: "snapshot" });
    return this.taken ? { ...snapshot, counts: this.taken.counts } : snapshot;
  }

  end(): Promise<ReadingEnd> {
    return this.call<ReadingEnd>({ call: "end" });
  }

  close(): void {
    this.stop();
    this.fail("The file's reading was closed.");
  }

  private call<T>(request: AnyRequest): Promise<T> {
    if (this.failure !== null) return Promise.reject(new Error(this.failure));
    const id = ++this.lastId;
    const answered = new Promise<T>((resolve, reject) =>
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
    );
    this.port.postMessage({ ...request, id });
    return answered;
  }
}
