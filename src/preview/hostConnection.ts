/**
 * The preview's page side of the workbook host: Microsoft's Office.js client (the package's excel-web build,
 * loaded by preview.html) sends each batch through `OfficeExtension.HttpUtility`'s custom send function to the
 * host's worker (hostWorker.ts) and reads its answer, as it would read Excel's. A context made without a URL goes
 * to the host too (ClientRequestContext.defaultRequestUrlAndHeaders), so `Excel.run(batch)`, from the pane or a
 * snippet pasted in the console, runs on the workbook on screen.
 */
import type { SyncStats, VariantListing, WorkbookJson } from "../emulator";
import type { Language } from "../core/language";
import type { FromHost, ToHost } from "./hostMessages";
import type { WorkbookView } from "./sheetView";

/** Where the client sends its requests; the custom send function answers it without a network. */
const HOST_URL = "https://preview-workbook.invalid/";

/**
 * Actions per part of a large request: the client sends a values array of over 1,500 cells as row chunks of about
 * that many cells, one action each, so 40 of them are about 0.5 MB of cells.
 */
const ACTIONS_PER_PART = 40;

/** The part of the package's OfficeExtension the connection uses. */
interface ClientSeams {
  readonly HttpUtility: {
    setCustomSendRequestFunc(
      send: (request: {
        url: string;
        body?: unknown;
      }) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>
    ): void;
  };
  readonly ClientRequestContext: { defaultRequestUrlAndHeaders?: { url: string; headers: Record<string, string> } };
}

export interface WorkbookHost {
  load(workbook: WorkbookJson): Promise<void>;
  dump(): Promise<WorkbookJson>;
  stats(): Promise<SyncStats>;
  variants(): Promise<VariantListing>;
  /** Rejects with the host's sentence when the name or the value is not one it models. */
  setVariant(name: string, value: string): Promise<VariantListing>;
  activate(sheet: string): void;
  setViewOptions(language: Language, today: number): void;
  onView(listener: (view: WorkbookView) => void): void;
}

/** Where the build puts the package's Excel client (webpack.config.js copies it; the pages load it by this path). */
export const OFFICE_CLIENT_SCRIPT = "office-js/excel-web-16.00.js";

/**
 * One request of the client, through the worker: the body goes as the client made it (cloning it there costs the
 * page about half of turning it into JSON here, and the worker makes the JSON that is measured). A large request's
 * actions go ahead in parts, each cloned in a task of its own, so the page's thread is never held for the whole.
 */
async function sendToWorker(
  request: { url: string; body?: unknown },
  id: number,
  send: (message: ToHost) => void,
  ask: <M extends FromHost>(make: (id: number) => ToHost, id?: number) => Promise<M>
) {
  const body = request.body as { Actions?: unknown[] } | string | undefined;
  let rest = body;
  if (body && typeof body === "object" && Array.isArray(body.Actions) && body.Actions.length > ACTIONS_PER_PART) {
    for (let at = 0; at < body.Actions.length; at += ACTIONS_PER_PART) {
      send({ kind: "requestPart", id, actions: body.Actions.slice(at, at + ACTIONS_PER_PART) });
      await new Promise<void>((resume) => setTimeout(resume, 0));
    }
    rest = { ...body, Actions: [] };
  }
  const answer = await ask<Extract<FromHost, { kind: "response" }>>(
    () => ({ kind: "request", id, url: request.url, body: rest }),
    id
  );
  return { statusCode: 200, headers: { "content-type": "application/json" }, body: answer.body };
}

/** Connects the page's Office.js client to the host in the worker: each request goes there, each answer back. */
export function connectHost(worker: Worker, officeExtension: unknown): WorkbookHost {
  const client = officeExtension as ClientSeams;
  const waiting = new Map<number, (message: FromHost) => void>();
  const viewers: ((view: WorkbookView) => void)[] = [];
  let next = 0;
  const send = (message: ToHost) => worker.postMessage(message);
  const ask = <M extends FromHost>(make: (id: number) => ToHost, id = ++next): Promise<M> =>
    new Promise((resolve) => {
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
  client.HttpUtility.setCustomSendRequestFunc((request) => sendToWorker(request, ++next, send, ask));
  client.ClientRequestContext.defaultRequestUrlAndHeaders = { url: HOST_URL, headers: {} };
  return {
    load: async (workbook) => {
      const answer = await ask<Extract<FromHost, { kind: "loaded" }>>((id) => ({ kind: "load", id, workbook }));
      if (answer.error !== null) throw new Error(answer.error);
    },
    dump: async () => (await ask<Extract<FromHost, { kind: "dumped" }>>((id) => ({ kind: "dump", id }))).workbook,
    stats: async () => (await ask<Extract<FromHost, { kind: "stats" }>>((id) => ({ kind: "stats", id }))).stats,
    variants: async () =>
      (await ask<Extract<FromHost, { kind: "variants" }>>((id) => ({ kind: "variants", id }))).variants,
    setVariant: async (name, value) => {
      const answer = await ask<Extract<FromHost, { kind: "variants" }>>((id) => ({
        kind: "variants",
        id,
        name,
        value,
      }));
      if (answer.error !== null) throw new Error(answer.error);
      return answer.variants;
    },
    activate: (sheet) => send({ kind: "activate", sheet }),
    setViewOptions: (language, today) => send({ kind: "viewOptions", language, today }),
    onView: (listener) => void viewers.push(listener),
  };
}
