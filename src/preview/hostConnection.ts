/**
 * The preview's page side of the workbook host: Microsoft's Office.js client (the package's excel-web build,
 * loaded by preview.html) sends each batch through `OfficeExtension.HttpUtility`'s custom send function to the
 * host's worker (hostWorker.ts) and reads its answer, as it would read Excel's. A context made without a URL goes
 * to the host too (ClientRequestContext.defaultRequestUrlAndHeaders), so `Excel.run(batch)`, from the pane or a
 * snippet pasted in the console, runs on the workbook on screen.
 */
import type { SyncStats, WorkbookJson } from "../emulator";
import type { Language } from "../core/language";
import type { FromHost, ToHost } from "./hostMessages";
import type { WorkbookView } from "./sheetView";

/** Where the client sends its requests; the custom send function answers it without a network. */
export const HOST_URL = "https://preview-workbook.invalid/";

/** The part of the package's OfficeExtension the connection uses. */
interface ClientSeams {
  readonly HttpUtility: { setCustomSendRequestFunc(send: (request: { url: string; body?: unknown }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>): void };
  readonly ClientRequestContext: { defaultRequestUrlAndHeaders?: { url: string; headers: Record<string, string> } };
}

export interface WorkbookHost {
  load(workbook: WorkbookJson): Promise<void>;
  dump(): Promise<WorkbookJson>;
  stats(): Promise<SyncStats>;
  activate(sheet: string): void;
  setViewOptions(language: Language, today: number): void;
  onView(listener: (view: WorkbookView) => void): void;
}

/** Where the build puts the package's Excel client (webpack.config.js copies it; the pages load it by this path). */
export const OFFICE_CLIENT_SCRIPT = "office-js/excel-web-16.00.js";

export function connectHost(worker: Worker, officeExtension: unknown): WorkbookHost {
  const client = officeExtension as ClientSeams;
  const waiting = new Map<number, (message: FromHost) => void>();
  const viewers: ((view: WorkbookView) => void)[] = [];
  let next = 0;
  const send = (message: ToHost) => worker.postMessage(message);
  const ask = <M extends FromHost>(make: (id: number) => ToHost): Promise<M> =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, (answer) => resolve(answer as M));
      send(make(id));
    });
  worker.onmessage = (event: MessageEvent<FromHost>) => {
    const message = event.data;
    if (message.kind === "view") {
      for (const viewer of viewers) viewer(message.view);
      return;
    }
    const resolve = waiting.get(message.id);
    waiting.delete(message.id);
    resolve?.(message);
  };
  client.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const body = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
    const answer = await ask<Extract<FromHost, { kind: "response" }>>((id) => ({ kind: "request", id, url: request.url, body }));
    return { statusCode: 200, headers: { "content-type": "application/json" }, body: answer.body };
  });
  client.ClientRequestContext.defaultRequestUrlAndHeaders = { url: HOST_URL, headers: {} };
  return {
    load: async (workbook) => {
      const answer = await ask<Extract<FromHost, { kind: "loaded" }>>((id) => ({ kind: "load", id, workbook }));
      if (answer.error !== null) throw new Error(answer.error);
    },
    dump: async () => (await ask<Extract<FromHost, { kind: "dumped" }>>((id) => ({ kind: "dump", id }))).workbook,
    stats: async () => (await ask<Extract<FromHost, { kind: "stats" }>>((id) => ({ kind: "stats", id }))).stats,
    activate: (sheet) => send({ kind: "activate", sheet }),
    setViewOptions: (language, today) => send({ kind: "viewOptions", language, today }),
    onView: (listener) => void viewers.push(listener),
  };
}
