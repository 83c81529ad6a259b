/**
 * conformance.html: runs the emulator's pinned behaviours against whatever Excel it finds, always through
 * Microsoft's Office.js client. Opened in Excel's task pane it tests the real host; in a browser, the emulator as
 * the host behind the package's client. It shows a table (case, expected, got, pass),
 * a Markdown record to save in docs/conformance/, and sets `window.conformance` for scripts.
 */
import { OFFICE_CLIENT_SCRIPT, connectHost } from "../preview/hostConnection";
import { h } from "../taskpane/dom";
import { officeReady } from "../taskpane/office";
import { CASES } from "./cases";
import { conformanceRecord, runConformance } from "./run";
import type { CaseResult, ExcelLike } from "./types";

export interface ConformanceState {
  done: boolean;
  passed: number;
  failed: number;
  skipped: number;
  host: string;
  cases: CaseResult[];
}

declare global {
  interface Window {
    conformance: ConformanceState;
  }
}

/** Which Excel this is, for the record: host, platform and version, or the emulator. */
function describeHost(): { name: string; web: boolean } {
  const diagnostics = Office.context.diagnostics;
  const platform = String(diagnostics?.platform ?? Office.context.platform ?? "unknown");
  return { name: `Excel ${platform} ${diagnostics?.version ?? ""}`.trim(), web: platform === "OfficeOnline" };
}

/** A case's row: what it pins (its source and quote on hover), what was expected, what came back, and the verdict. */
function resultRow(result: CaseResult): HTMLElement {
  const mark = result.skipped
    ? "skipped"
    : result.pass
      ? "pass"
      : result.undocumented
        ? "differs (undocumented)"
        : "FAIL";
  const source = result.quote === undefined ? `${result.source} (undocumented)` : `${result.source}: “${result.quote}”`;
  return h(
    "tr",
    { "data-pass": String(result.pass) },
    h("td", { title: source }, `${result.id}: ${result.behaviour}`),
    h("td", {}, result.expected),
    h("td", {}, result.got),
    h("td", {}, mark)
  );
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const { host } = await officeReady();
  const real = host === "Excel";
  // Outside Excel, Microsoft's client (loaded by the page) sends its requests to the emulated workbook in a worker.
  if (!real) {
    const packageClient = document.querySelector(`script[src="${OFFICE_CLIENT_SCRIPT}"]`) !== null;
    if (!packageClient) {
      window.location.replace("conformance-emulated.html");
      return;
    }
    connectHost(new Worker(new URL("../preview/hostWorker.ts", import.meta.url)), OfficeExtension);
  }
  const excel = Excel as unknown as ExcelLike;
  const { name, web } = real ? describeHost() : { name: "Growth Ops emulator", web: true };
  window.conformance = { done: false, passed: 0, failed: 0, skipped: 0, host: name, cases: [] };

  const body = h("tbody");
  const summary = h("p", { role: "status" }, `Running ${CASES.length} cases on ${name}…`);
  root.replaceChildren(
    h("h1", {}, "Excel conformance"),
    h(
      "p",
      {},
      `The emulator's pinned behaviours, run on ${name}. Cases marked “undocumented” model the harder of two behaviours: a difference there is allowed.`
    ),
    summary,
    h(
      "table",
      { class: "conformance-table" },
      h("thead", {}, h("tr", {}, ...["case", "expected", "got", "pass"].map((t) => h("th", { scope: "col" }, t)))),
      body
    )
  );
  const run = await runConformance(excel, web, (result) => {
    window.conformance.cases.push(result);
    body.append(resultRow(result));
  });
  Object.assign(window.conformance, { done: true, passed: run.passed, failed: run.failed, skipped: run.skipped });
  summary.textContent = `${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped on ${name}.`;
  const record = conformanceRecord(name, run);
  root.append(
    h("h2", {}, "Record"),
    h("p", {}, "Save this as docs/conformance/<host>-<version>.md:"),
    h("pre", { class: "conformance-record" }, record)
  );
}

void start();
