/**
 * The add-in without Excel: the real task pane and the ribbon's commands working on an emulated workbook, with
 * a grid to watch what they do. The page runs Microsoft's Office.js client (`window.Excel` is the package's); the
 * workbook host answers it from a Web Worker (hostConnection.ts), so the page's thread does only what an add-in's
 * does in Excel. `window.preview` lets tests and users who automate drive it.
 */
import { localToday } from "../commands/environment";
import { RIBBON_FUNCTIONS, RIBBON_LABELS, ribbonCommands, ribbonHandler } from "../commands/ribbon";
import type { Language } from "../core/language";
import { pickLanguage } from "../core/language";
import type { SyncStats, VariantListing, WorkbookJson } from "../emulator";
import { describeExcelError } from "../excel/errors";
import { officeExcelHost } from "../excel/host";
import { rememberingLayout } from "../excel/layoutMemory";
import { translator } from "../i18n";
import { h } from "../taskpane/dom";
import { applyTheme, officeLanguage, officeReady } from "../taskpane/office";
import type { PaneEnvironment } from "../taskpane/pane";
import { mountPane } from "../taskpane/pane";
import { toDateSerial } from "../core/excelDate";
import { drawWorkbook } from "./grid";
import { connectHost } from "./hostConnection";
import type { WorkbookView } from "./sheetView";

export interface PreviewApi {
  /** Resolves when the pane is ready to use. */
  readonly ready: Promise<void>;
  loadWorkbook(json: WorkbookJson): Promise<void>;
  dumpWorkbook(): Promise<WorkbookJson>;
  /** Round trips since the page loaded, and the largest request and response. */
  stats(): Promise<Pick<SyncStats, "syncs" | "maxRequestBytes" | "maxResponseBytes">>;
  /** The host's undocumented behaviours, each with its value now and the values it takes (README, "Host variants"). */
  variants(): Promise<VariantListing>;
  /** Switches one for what is written from now on; rejects a name or value the host does not model. */
  setVariant(name: string, value: string): Promise<VariantListing>;
}

declare global {
  interface Window {
    preview: PreviewApi;
  }
}

const workbookHost = connectHost(new Worker(new URL("./hostWorker.ts", import.meta.url)), OfficeExtension);
let markReady: () => void = () => undefined;
/** Set once the pane is mounted: a loaded workbook may hold inputs the pane should know of. */
let refreshPane: () => Promise<void> = async () => undefined;
window.preview = {
  ready: new Promise<void>((resolve) => (markReady = resolve)),
  loadWorkbook: async (json) => {
    await workbookHost.load(json);
    await refreshPane();
  },
  dumpWorkbook: () => workbookHost.dump(),
  stats: async () => {
    const { syncs, maxRequestBytes, maxResponseBytes } = await workbookHost.stats();
    return { syncs, maxRequestBytes, maxResponseBytes };
  },
  variants: () => workbookHost.variants(),
  setVariant: (name, value) => workbookHost.setVariant(name, value),
};

async function start(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const requested = query.get("lang");
  // Excel's dark theme, previewed: ?theme=dark, or the system's setting.
  const theme = query.get("theme") ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  applyTheme(theme === "dark" ? "dark" : "light");
  let language: Language = requested ? pickLanguage(requested) : officeLanguage();
  const info = await officeReady();
  if (info.host !== null) console.warn(`The preview always uses its emulated workbook, even inside ${info.host}.`);

  const env: PaneEnvironment = {
    // Excel.run of the package's client, as in Excel; the layout remembered as the pane's host does.
    host: rememberingLayout(officeExcelHost),
    // The package's client predates Range.control (ExcelApi 1.18): no cell checkboxes, as in an Excel without them.
    capabilities: { checkboxes: false },
    language: () => language,
    setLanguage: (next) => {
      language = next;
      workbookHost.setViewOptions(language, toDateSerial(localToday(new Date())));
      drawChrome();
    },
    today: () => localToday(new Date()),
  };

  const ribbon = h("nav", { class: "ribbon" });
  const workbook = h("section", { class: "workbook" });
  const paneRoot = h("aside", { class: "taskpane", id: "app" });
  const note = h("p", { class: "preview-note" });
  document.body.replaceChildren(h("div", { class: "preview" }, ribbon, h("div", { class: "preview-body" }, workbook, paneRoot)), note);

  const pane = mountPane(paneRoot, env);
  refreshPane = pane.refresh;
  const commands = ribbonCommands(env);
  const shell = {
    show: pane.show,
    revealPane: async () => {
      paneRoot.hidden = false;
    },
    describeFailure: (error: unknown) => describeExcelError(error, translator(language)),
  };
  // A formula bar: the cell clicked, and what to put in it, written through Excel.run like any script would.
  const cellBox = h("input", { class: "formula-cell", value: "A1", "aria-label": "" });
  const formulaBox = h("input", { class: "formula-input", "aria-label": "" });
  const formulaBar = h("div", { class: "formula-bar" }, cellBox, formulaBox);
  // Enter writes, as in Excel's formula bar (a form of two fields has no implicit submission to rely on).
  formulaBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const [address, text] = [cellBox.value.trim(), formulaBox.value];
    void Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange(address).formulas = [[text]];
      await context.sync();
    }).catch((error: unknown) => pane.show({ ok: false, message: describeExcelError(error, translator(language)), details: [] }));
  });
  const workbookGrid = h("div", { class: "workbook-grid" });
  workbook.replaceChildren(formulaBar, workbookGrid);
  let view: WorkbookView = { tabs: [], sheet: null };
  const redraw = () =>
    drawWorkbook(workbookGrid, view, translator(language), {
      onSelectSheet: (name) => workbookHost.activate(name),
      onSelectCell: (address, content) => {
        cellBox.value = address;
        formulaBox.value = content;
        formulaBox.focus();
      },
    });

  function drawChrome(): void {
    const t = translator(language);
    document.documentElement.lang = language;
    document.title = t("preview.title");
    note.textContent = t("preview.note");
    cellBox.setAttribute("aria-label", t("preview.cell"));
    formulaBox.setAttribute("aria-label", t("preview.formula"));
    formulaBox.placeholder = t("preview.formulaHint");
    ribbon.setAttribute("aria-label", t("preview.ribbonGroup"));
    const button = (label: string, action: () => void) => {
      const b = h("button", { type: "button", class: "ribbon-button" }, label);
      b.addEventListener("click", action);
      return b;
    };
    ribbon.replaceChildren(
      h("span", { class: "ribbon-group-name" }, t("preview.ribbonGroup")),
      // The same handlers Excel calls, with an event whose completed() has nothing to release.
      ...RIBBON_FUNCTIONS.map((name) => button(t(RIBBON_LABELS[name]), () => void ribbonHandler(commands[name], shell)({ completed: () => undefined }))),
      button(t("preview.openPane"), () => {
        paneRoot.hidden = false;
        paneRoot.querySelector<HTMLElement>("button, select")?.focus();
      }),
    );
    redraw();
  }

  // The host sends a view after the workbook changed, a few a second at most while an import runs.
  workbookHost.onView((next) => {
    view = next;
    redraw();
  });
  workbookHost.setViewOptions(language, toDateSerial(localToday(new Date())));
  drawChrome();
  // Ready once the pane has read the workbook, so scripts and tests start from a settled pane.
  await pane.refresh();
  markReady();
}

void start();
