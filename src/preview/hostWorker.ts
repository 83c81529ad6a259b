/**
 * The workbook host in a Web Worker: the emulated workbook answers the RichApi requests of Microsoft's Office.js
 * client on the preview's page (richApi.ts), away from the page's thread, as Excel carries out an add-in's
 * requests away from the add-in's. It also works out what the grid shows after each change (sheetView.ts).
 */
import { ExcelEmulator } from "../emulator";
import { answerRichApiBody } from "../emulator/richApi";
import type { Language } from "../core/language";
import { pickLanguage } from "../core/language";
import { evaluateGrowthOps } from "./formulas";
import type { FromHost, ToHost } from "./hostMessages";
import { workbookView } from "./sheetView";

const scope = self as unknown as {
  postMessage(message: FromHost): void;
  onmessage: ((event: MessageEvent<ToHost>) => void) | null;
};
const excel = new ExcelEmulator();
/** Actions of requests still arriving in parts, by request id. */
const arriving = new Map<number, unknown[]>();
let language: Language = pickLanguage(null);
let today = 0;

/** During an import the workbook changes dozens of times a second: the grid gets at most a view every 250 ms. */
const VIEW_INTERVAL_MS = 250;
let viewDue: ReturnType<typeof setTimeout> | null = null;
let lastView = 0;

function postView(): void {
  if (viewDue !== null) return;
  const wait = Math.max(0, lastView + VIEW_INTERVAL_MS - Date.now());
  viewDue = setTimeout(() => {
    viewDue = null;
    lastView = Date.now();
    scope.postMessage({
      kind: "view",
      view: workbookView(excel.model, (formula, sheet) => evaluateGrowthOps(formula, sheet, language, today)),
    });
  }, wait);
}

excel.onChange(postView);

/** The sentence of what `act` threw, or null when it went through. */
function failureOf(act: () => unknown): string | null {
  try {
    act();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Answers a request of the page's client, its actions joined to those that arrived ahead of it in parts. */
function answerRequest(message: Extract<ToHost, { kind: "request" }>): void {
  const early = arriving.get(message.id);
  arriving.delete(message.id);
  const own = () => (message.body as { Actions?: unknown[] }).Actions ?? [];
  const body = early ? { ...(message.body as object), Actions: [...early, ...own()] } : message.body;
  void answerRichApiBody(excel, message.url, typeof body === "string" ? body : JSON.stringify(body ?? {})).then(
    (answer) => scope.postMessage({ kind: "response", id: message.id, body: answer })
  );
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.kind) {
    case "requestPart": {
      const actions = arriving.get(message.id) ?? [];
      for (const action of message.actions) actions.push(action);
      arriving.set(message.id, actions);
      return;
    }
    case "request":
      answerRequest(message);
      return;
    case "load":
      scope.postMessage({ kind: "loaded", id: message.id, error: failureOf(() => excel.load(message.workbook)) });
      return;
    case "dump":
      scope.postMessage({ kind: "dumped", id: message.id, workbook: excel.dump() });
      return;
    case "stats":
      scope.postMessage({ kind: "stats", id: message.id, stats: excel.stats() });
      return;
    case "variants": {
      const { name, value } = message;
      const error = failureOf(() => name !== undefined && excel.setVariant(name, value ?? ""));
      scope.postMessage({ kind: "variants", id: message.id, variants: excel.listVariants(), error });
      return;
    }
    case "activate": {
      const sheet = excel.model.findSheet(message.sheet);
      if (sheet) excel.model.activeSheet = sheet;
      // A click on a tab is answered at once, not at the pace kept while an import runs.
      lastView = 0;
      postView();
      return;
    }
    case "viewOptions":
      language = message.language;
      today = message.today;
      postView();
      return;
  }
};
