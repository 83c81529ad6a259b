/**
 * The add-in without Excel: the real task pane and the ribbon's commands working on an emulated workbook, with
 * a grid to watch what they do. The page runs Microsoft's Office.js client (`window.Excel` is the package's); the
 * workbook host answers it from a Web Worker (hostConnection.ts), so the page's thread does only what an add-in's
 * does in Excel. `window.preview` lets tests and users who automate drive it.
 */
import { localToday } from "../commands/environment";
import type { RibbonShell } from "../commands/ribbon";
import { RIBBON_FUNCTIONS, RIBBON_LABELS, ribbonCommands, ribbonHandler } from "../commands/ribbon";
import type { Outcome } from "../commands/outcome";
import type { Language } from "../core/language";
import { pickLanguage } from "../core/language";
import type { SyncStats, VariantListing, WorkbookJson } from "../emulator";
import type { Inflater } from "../spreadsheet/inflate";
import { describeExcelError } from "../excel/errors";
import { officeExcelHost } from "../excel/host";
import { rememberingLayout } from "../excel/layoutMemory";
import type { Translate } from "../wording";
import { loadLanguage, translator } from "../wording";
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
  /** The host's undocumented behaviours, each with its value now and the values it takes (docs/development.md, "Host variants"). */
  variants(): Promise<VariantListing>;
  /** Switches one for what is written from now on; rejects a name or value the host does not model. */
  setVariant(name: string, value: string): Promise<VariantListing>;
  /**
   * Reads an .xlsx workbook's rows on the page's thread with the inflater named, and says how many: the bench
   * measures each inflater in the browser itself (src/spreadsheet/inflate.ts). The import reads in a worker.
   */
  readWorkbook(bytes: Uint8Array, inflater: Inflater): Promise<number>;
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
  readWorkbook: async (bytes, inflater) => {
    const [xlsx, { workbookRows }] = await Promise.all([import("@e965/xlsx"), import("../spreadsheet/workbook")]);
    return (await workbookRows(xlsx, bytes, inflater)).length;
  },
};

/** The page: the ribbon above, the workbook and the pane side by side, the note below. */
function previewPage(): { ribbon: HTMLElement; workbook: HTMLElement; paneRoot: HTMLElement; note: HTMLElement } {
  const ribbon = h("nav", { class: "ribbon" });
  const workbook = h("section", { class: "workbook" });
  const paneRoot = h("aside", { class: "taskpane", id: "app" });
  const note = h("p", { class: "preview-note" });
  document.body.replaceChildren(
    h("div", { class: "preview" }, ribbon, h("div", { class: "preview-body" }, workbook, paneRoot)),
    note
  );
  return { ribbon, workbook, paneRoot, note };
}

/**
 * A formula bar: the cell clicked, and what to put in it, written through Excel.run like any script would. Enter
 * writes, as in Excel's formula bar (a form of two fields has no implicit submission to rely on).
 */
function formulaBar(
  show: (outcome: Outcome) => void,
  language: () => Language
): { bar: HTMLElement; select(address: string, content: string): void; word(t: Translate): void } {
  const cellBox = h("input", { class: "formula-cell", value: "A1", "aria-label": "" });
  const formulaBox = h("input", { class: "formula-input", "aria-label": "" });
  formulaBox.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const [address, text] = [cellBox.value.trim(), formulaBox.value];
    void Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange(address).formulas = [[text]];
      await context.sync();
    }).catch((error: unknown) =>
      show({ ok: false, message: describeExcelError(error, translator(language())), details: [] })
    );
  });
  const select = (address: string, content: string) => {
    cellBox.value = address;
    formulaBox.value = content;
    formulaBox.focus();
  };
  const word = (t: Translate) => {
    cellBox.setAttribute("aria-label", t("preview.cell"));
    formulaBox.setAttribute("aria-label", t("preview.formula"));
    formulaBox.placeholder = t("preview.formulaHint");
  };
  return { bar: h("div", { class: "formula-bar" }, cellBox, formulaBox), select, word };
}

/** The ribbon's buttons: the same handlers Excel calls, with an event whose completed() has nothing to release. */
function ribbonButtons(
  t: Translate,
  commands: ReturnType<typeof ribbonCommands>,
  shell: RibbonShell,
  openPane: () => void
): HTMLElement[] {
  const button = (label: string, action: () => void) => {
    const b = h("button", { type: "button", class: "ribbon-button" }, label);
    b.addEventListener("click", action);
    return b;
  };
  return [
    h("span", { class: "ribbon-group-name" }, t("preview.ribbonGroup")),
    ...RIBBON_FUNCTIONS.map((name) =>
      button(t(RIBBON_LABELS[name]), () => void ribbonHandler(commands[name], shell)({ completed: () => undefined }))
    ),
    button(t("preview.openPane"), openPane),
  ];
}

/** The language asked for in the address (?lang=), else Office's; and Excel's theme (?theme=dark, or the system's). */
function chosenLanguageAndTheme(): Language {
  const query = new URLSearchParams(window.location.search);
  const requested = query.get("lang");
  const theme = query.get("theme") ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  applyTheme(theme === "dark" ? "dark" : "light");
  return requested ? pickLanguage(requested) : officeLanguage();
}

/** The pane's environment in the preview: Excel.run of the package's client, the language chosen, today. */
function previewEnvironment(language: () => Language, setLanguage: (next: Language) => void): PaneEnvironment {
  return {
    // The layout remembered as the pane's host does.
    host: rememberingLayout(officeExcelHost),
    // The package's client predates Range.control (ExcelApi 1.18): no cell checkboxes, as in an Excel without them.
    capabilities: { checkboxes: false },
    language,
    setLanguage,
    today: () => localToday(new Date()),
  };
}

async function start(): Promise<void> {
  let language = chosenLanguageAndTheme();
  const info = await officeReady();
  if (info.host !== null) console.warn(`The preview always uses its emulated workbook, even inside ${info.host}.`);
  await loadLanguage(language);

  const env = previewEnvironment(
    () => language,
    (next) => {
      language = next;
      workbookHost.setViewOptions(language, toDateSerial(localToday(new Date())));
      drawChrome();
    }
  );

  const page = previewPage();
  const pane = mountPane(page.paneRoot, env);
  refreshPane = pane.refresh;
  const commands = ribbonCommands(env);
  const openPane = () => {
    page.paneRoot.hidden = false;
  };
  const shell: RibbonShell = {
    show: pane.show,
    revealPane: async () => openPane(),
    describeFailure: (error) => describeExcelError(error, translator(language)),
  };
  const formulas = formulaBar(pane.show, () => language);
  const workbookGrid = h("div", { class: "workbook-grid" });
  page.workbook.replaceChildren(formulas.bar, workbookGrid);
  let view: WorkbookView = { tabs: [], sheet: null };
  const redraw = () =>
    drawWorkbook(workbookGrid, view, translator(language), {
      onSelectSheet: (name) => workbookHost.activate(name),
      onSelectCell: formulas.select,
    });

  function drawChrome(): void {
    const t = translator(language);
    document.documentElement.lang = language;
    document.title = t("preview.title");
    page.note.textContent = t("preview.note");
    formulas.word(t);
    page.ribbon.setAttribute("aria-label", t("preview.ribbonGroup"));
    page.ribbon.replaceChildren(
      ...ribbonButtons(t, commands, shell, () => {
        openPane();
        page.paneRoot.querySelector<HTMLElement>("button, select")?.focus();
      })
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
