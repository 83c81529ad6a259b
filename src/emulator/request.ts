/**
 * Proxy objects shaped like the Excel JavaScript API, for the part of it the add-in uses.
 *
 * They follow Office.js's request model (office-js-docs-pr, docs/develop/application-specific-api-model.md):
 * - creating a proxy, setting a property or calling a method only queues an operation;
 * - `context.sync()` sends the queue as one request; operations run in order, and the first that fails stops
 *   the batch, rejects the sync with its Excel error code and leaves the earlier ones applied, as Excel does;
 * - a property can be read only after `load()` and `sync()` (PropertyNotLoaded otherwise), or after the add-in set it;
 * - `*OrNullObject` proxies get `isNullObject` at the next sync; acting on a null object fails with ItemNotFound.
 * Anything not implemented here is absent, so code that reaches for it fails in tests instead of passing by luck.
 */
import { EmulatedOfficeError } from "./errors";
import type { WorkbookModel } from "./model";

const invalidRequestContext = (location: string) => new EmulatedOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
import { Application, Workbook } from "./workbook";

export interface QueuedOperation {
  /** Where it came from, as Office's debugInfo.errorLocation names it (`Range.values`). */
  readonly location: string;
  /** What goes over the wire; it is serialised to JSON, as Office.js does, before `run` sees it. */
  readonly payload: unknown;
  /** Carries the operation out; a long one (a large write) may finish in a later task, and says so with a promise. */
  readonly run: (payload: unknown) => void | Promise<void>;
}

export interface EmulatorBackend {
  readonly model: WorkbookModel;
  send(context: RequestContext): Promise<void>;
  /** Counts what a load sends back, toward the current sync's response size. */
  noteResponse(bytes: number): void;
}

export class RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  /** Office.js tracks objects across syncs; the emulator keeps every proxy alive, so these do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedOperation[] = [];
  /**
   * The size of the request body that carries the next sync, when it came over the wire (the RichApi host sets
   * it): Excel's 5 MB limit and the stats count those bytes rather than the emulator's own operations.
   */
  wireBytes: number | null = null;

  private ended = false;

  constructor(
    private readonly backend: EmulatorBackend,
    /** The run asked Excel to wait for a cell edit to end rather than fail (set per request by the RichApi host). */
    public delayForCellEdit = false,
  ) {
    this.workbook = new Workbook(this, () => backend.model);
    this.application = new Application(this, () => backend.model);
  }

  enqueue(location: string, payload: unknown, run: (payload: unknown) => void | Promise<void>): void {
    if (this.ended) throw invalidRequestContext(location);
    this.queue.push({ location, payload, run });
  }

  /** Excel.run has returned: the context may not be used again. */
  end(): void {
    this.ended = true;
    this.queue = [];
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  /** Operations queued since the last sync. */
  get pendingCount(): number {
    return this.queue.length;
  }

  takeQueue(): QueuedOperation[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }

  sync(): Promise<void> {
    if (this.ended) return Promise.reject(invalidRequestContext("context.sync"));
    return this.backend.send(this);
  }

  noteResponse(bytes: number): void {
    this.backend.noteResponse(bytes);
  }
}
