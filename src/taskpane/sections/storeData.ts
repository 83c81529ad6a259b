/** Store data: choose or drop export files, Replace, progress with rows per second, and Cancel. */
import type { CommandEnvironment } from "../../commands/environment";
import { localTime } from "../../commands/environment";
import type { ImportOutcome, StoreFile } from "../../commands/importStoreData";
import type { Outcome } from "../../commands/outcome";
import type { MessageKey } from "../../wording";
import { translator } from "../../wording";
import { h } from "../dom";
import { settingsBlock } from "../settingsBlock";
import type { PaneParts } from "../view";

export interface ImportHooks {
  /** Marks the pane busy (or not) and shows an import's progress line and bar in the status region. */
  begin(line: HTMLElement, bar: HTMLProgressElement): boolean;
  end(outcome: ImportOutcome | null): void;
}

/**
 * The import (the table writer, and the worker that reads files) and the diagnosis load when first used, not with
 * the pane: most days the pane is opened to rank, check goals or plan, and its first paint should not wait for them.
 * Papaparse, the spreadsheet readers and the session load in the worker, and on the page only where none can be made.
 */
const importPipeline = () =>
  Promise.all([import("../../commands/importStoreData"), import("../../csv/chunks"), import("../../reading/inWorker")]);
const diagnosis = () => import("../../commands/diagnoseStoreData");
const diagnoseStoreData = (env: CommandEnvironment): Promise<Outcome> =>
  diagnosis().then((m) => m.diagnoseStoreData(env));
const addSuggestions = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/addSuggestions").then((m) => m.addSuggestions(env));
const calculateProfit = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/calculateProfit").then((m) => m.calculateProfit(env));
const reviewProducts = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/reviewProducts").then((m) => m.reviewProducts(env));
const analyzeAds = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/analyzeAds").then((m) => m.analyzeAds(env));
const analyzeRefunds = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/analyzeRefunds").then((m) => m.analyzeRefunds(env));
const positionInMarket = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/positionInMarket").then((m) => m.positionInMarket(env));
const watchCompetitors = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/watchCompetitors").then((m) => m.watchCompetitors(env));

/**
 * Imports the files chosen: each file's progress drawn on the status line and bar, then, when it went in, the
 * pane says what the new data shows, so the operator knows whether to diagnose.
 */
async function importFiles(
  env: CommandEnvironment,
  files: readonly File[],
  choices: { replace: boolean; keepPersonalData: boolean },
  signal: AbortSignal,
  line: HTMLElement,
  bar: HTMLProgressElement
): Promise<ImportOutcome> {
  const t = translator(env.language());
  // Made once: a number's toLocaleString builds a formatter each time, and progress is drawn after every batch.
  const count = new Intl.NumberFormat(env.language());
  const [{ importStoreData }, { blobChunks }, { readInWorker }] = await importPipeline();
  const storeFiles: StoreFile[] = files.map((f) => ({ name: f.name, chunks: () => blobChunks(f), blob: f }));
  const outcome = await importStoreData(env, storeFiles, {
    ...choices,
    reading: readInWorker,
    signal,
    clock: () => performance.now(),
    now: () => localTime(new Date()),
    onProgress: (p) => {
      line.textContent = t("import.progress", {
        file: p.file,
        rows: count.format(p.rowsDone),
        rate: count.format(p.rowsPerSecond),
      });
      bar.value = p.fileIndex;
    },
  });
  if (!outcome.ok) return outcome;
  // The tables the import wrote to are counted from what it held (core/shopFacts.ts), not read back.
  const staged = outcome.results.flatMap((r) => (r.status === "imported" && r.staged ? [r.staged] : []));
  const findings = await (await diagnosis()).countFindings(env, staged);
  const changed = outcome.results.flatMap((r) =>
    r.kind && r.counts.rowsAdded + r.counts.rowsUpdated > 0 ? [r.kind.kind] : []
  );
  const profit = await (await import("../../commands/calculateProfit")).refreshProfit(env, changed);
  const more = [
    ...(findings ? [t("diagnosis.afterImport", { count: findings })] : []),
    // A Profit sheet the operator keeps follows the data it is made from; its own problems stay with its button.
    ...(profit?.ok ? [profit.message] : []),
  ];
  if (more.length === 0) return outcome;
  return {
    ...outcome,
    details: [...outcome.details, ...more],
    locations: [...(outcome.locations ?? outcome.details.map(() => null)), ...more.map(() => null)],
  };
}

/** A checkbox with its label, whose ticking sets one of the import's choices. */
function choiceBox(parts: PaneParts, id: string, label: MessageKey, set: (on: boolean) => void): HTMLElement {
  const box = parts.control(h("input", { type: "checkbox", id }));
  box.addEventListener("change", () => set(box.checked));
  return h(
    "div",
    { class: "pane-field" },
    box,
    parts.text("label", { for: id }, (t) => t(label))
  );
}

/** The exports a file input takes: text and the spreadsheet formats Sycm and Qianniu download. */
const ACCEPTED =
  ".csv,.tsv,.txt,.xls,.xlsx,text/csv,text/plain,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The commands on the imported data, and the settings they read (the diagnosis's ad rule, profit's costs). */
function storeDataCommands(parts: PaneParts): HTMLElement[] {
  return [
    h(
      "div",
      { class: "pane-actions" },
      parts.button({ label: "command.diagnoseStoreData", run: diagnoseStoreData }),
      parts.button({ label: "command.addSuggestions", run: addSuggestions, refreshes: true })
    ),
    h(
      "div",
      { class: "pane-actions" },
      parts.button({ label: "command.watchCompetitors", run: watchCompetitors, refreshes: true }),
      parts.button({ label: "command.calculateProfit", run: calculateProfit, refreshes: true }),
      parts.button({ label: "command.reviewProducts", run: reviewProducts, refreshes: true }),
      parts.button({ label: "command.analyzeAds", run: analyzeAds, refreshes: true }),
      parts.button({ label: "command.analyzeRefunds", run: analyzeRefunds, refreshes: true }),
      parts.button({ label: "command.positionInMarket", run: positionInMarket })
    ),
    settingsBlock(parts, [
      "breakEvenRoi",
      "adSpendThreshold",
      "shippingPerParcel",
      "packagingPerParcel",
      "estimatedFeeRate",
      "leadTimeDays",
      "safetyDays",
      "adWasteSpend",
    ]),
  ];
}

/** The section: the file input (and files dropped on it), Replace, keep personal data, Cancel, and the store-data commands. */
export function storeDataSection(parts: PaneParts, env: CommandEnvironment, hooks: ImportHooks): HTMLElement {
  const choices = { replace: false, keepPersonalData: false };
  let importing: AbortController | null = null;
  const runImport = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const t = translator(env.language());
    const line = h("p", {}, t("pane.busy"));
    const bar = h("progress", {
      class: "pane-progress",
      max: String(files.length),
      value: "0",
      "aria-label": t("pane.import.file"),
    });
    if (!hooks.begin(line, bar)) return;
    importing = new AbortController();
    let outcome: ImportOutcome | null = null;
    try {
      outcome = await importFiles(env, files, { ...choices }, importing.signal, line, bar);
    } finally {
      importing = null;
      hooks.end(outcome);
    }
  };
  const input = parts.control(
    h("input", { type: "file", id: "pane-import-file", class: "pane-file", multiple: true, accept: ACCEPTED })
  );
  input.addEventListener("change", () => void runImport([...(input.files ?? [])]));
  const cancel = parts.text("button", { type: "button", class: "pane-button" }, (t) => t("pane.import.cancel"));
  parts.follow((state) => (cancel.hidden = !state.importing));
  cancel.addEventListener("click", () => importing?.abort());
  const fileLabel = parts.text("label", { for: "pane-import-file" }, (t) => t("pane.import.file"));
  const section = parts.section(
    "import",
    "pane.import.title",
    "pane.import.body",
    h("div", { class: "pane-field pane-stack" }, fileLabel, input),
    choiceBox(parts, "pane-import-replace", "pane.import.replace", (on) => (choices.replace = on)),
    choiceBox(parts, "pane-import-keep-personal", "pane.import.keepPersonal", (on) => (choices.keepPersonalData = on)),
    h("div", { class: "pane-actions" }, cancel),
    ...storeDataCommands(parts)
  );
  // Files dropped anywhere on the section import like chosen ones.
  section.addEventListener("dragover", (event) => event.preventDefault());
  section.addEventListener("drop", (event) => {
    event.preventDefault();
    void runImport([...(event.dataTransfer?.files ?? [])]);
  });
  return section;
}
