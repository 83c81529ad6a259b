/**
 * The messages between the pane and the worker that reads a file (reading/worker.ts): one call of FileReading per
 * request, answered in the order asked, by its number.
 */
import type { ReadingPlan } from "./fileReading";

/** The file as the worker is given it: the Blob is cloned by reference, not copied. */
export interface FileForWorker {
  readonly fileName: string;
  readonly blob: Blob;
  readonly keepPersonalData: boolean;
}

export type ReadingRequest = { readonly id: number } & (
  | { readonly call: "header"; readonly file: FileForWorker }
  | { readonly call: "plan"; readonly plan: ReadingPlan }
  | { readonly call: "existing"; readonly block: readonly (readonly unknown[])[] }
  | { readonly call: "next" | "snapshot" | "end" }
);

export type ReadingReply = { readonly id: number } & ({ readonly result: unknown } | { readonly error: string });

/** Either end of the conversation: the worker's scope, the Worker object, or a message port. */
export interface ReadingPort {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}
