/**
 * The task pane: the same code in Excel and in the preview. It only reads the environment, runs commands and
 * shows their outcomes; everything it says comes from the message catalogues.
 */
import type { CommandEnvironment } from "../commands/environment";
import { localTime } from "../commands/environment";
import type { StoreFile } from "../commands/importStoreData";
import { importStoreData } from "../commands/importStoreData";
import { blobChunks } from "../csv/reader";
import { insertSampleData } from "../commands/insertSampleData";
import { rankGrowthPoints } from "../commands/rankGrowthPoints";
import { selectCell } from "../commands/selectCell";
import { updateGoalStatus } from "../commands/updateGoalStatus";
import { generateDailySchedule, logDailyReport } from "../commands/dailySchedule";
import type { CalendarDay } from "../core/excelDate";
import { isoDay, parseIsoDay } from "../core/excelDate";
import type { Outcome } from "../commands/outcome";
import type { Language } from "../core/language";
import { LANGUAGES } from "../core/language";
import type { MessageKey } from "../i18n";
import { translator } from "../i18n";
import { h } from "./dom";

export interface PaneEnvironment extends CommandEnvironment {
  setLanguage(language: Language): void;
}

export interface PaneController {
  /** Shows a command's outcome: success in the status region, failure in the alert region. */
  show(outcome: Outcome): void;
  /** Draws the pane again, e.g. after the language changed. */
  render(): void;
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { "en-US": "English", "zh-CN": "中文" };

interface PaneCommand {
  readonly label: MessageKey;
  readonly run: (env: CommandEnvironment) => Promise<Outcome>;
}

interface PaneSection {
  readonly id: string;
  readonly title: MessageKey;
  readonly body: MessageKey;
  readonly commands: readonly PaneCommand[];
}

const SECTIONS: readonly PaneSection[] = [
  { id: "start", title: "pane.start.title", body: "pane.start.body", commands: [{ label: "command.insertSampleData", run: insertSampleData }] },
  { id: "growth", title: "pane.growth.title", body: "pane.growth.body", commands: [{ label: "command.rankGrowthPoints", run: rankGrowthPoints }] },
  { id: "goals", title: "pane.goals.title", body: "pane.goals.body", commands: [{ label: "command.updateGoalStatus", run: updateGoalStatus }] },
];

export function mountPane(root: HTMLElement, env: PaneEnvironment): PaneController {
  let last: Outcome | null = null;
  /** The day the schedule commands work on; today until the user picks another. */
  let scheduleDay: CalendarDay | null = null;
  const day = () => scheduleDay ?? env.today();
  let busy = false;
  const status = h("div", { role: "status", class: "pane-status", "aria-live": "polite" });
  const alert = h("div", { role: "alert", class: "pane-alert" });

  const show = (outcome: Outcome) => {
    last = outcome;
    const region = outcome.ok ? status : alert;
    (outcome.ok ? alert : status).replaceChildren();
    region.replaceChildren(h("p", {}, outcome.message));
    if (outcome.details.length > 0) {
      region.append(
        h(
          "ul",
          { class: "pane-details" },
          ...outcome.details.map((detail, i) => {
            const location = outcome.locations?.[i];
            if (!location) return h("li", {}, detail);
            // A problem with a cell: clicking it selects that cell in Excel.
            const link = h("button", { type: "button", class: "pane-link" }, detail);
            link.addEventListener("click", () => void selectCell(env, location).then((failure) => failure && show(failure)));
            return h("li", {}, link);
          }),
        ),
      );
    }
    region.setAttribute("data-outcome", outcome.ok ? "ok" : "failed");
  };

  let importing: AbortController | null = null;

  const runImport = async (files: readonly File[]) => {
    if (busy || files.length === 0) return;
    const t = translator(env.language());
    const controller = new AbortController();
    importing = controller;
    busy = true;
    render();
    alert.replaceChildren();
    const line = h("p", {}, t("pane.busy"));
    const bar = h("progress", { class: "pane-progress", max: String(files.length), value: "0", "aria-label": t("pane.import.file") });
    status.replaceChildren(line, bar);
    const storeFiles: StoreFile[] = files.map((f) => ({ name: f.name, chunks: () => blobChunks(f) }));
    try {
      const outcome = await importStoreData(env, storeFiles, {
        replace,
        signal: controller.signal,
        clock: () => performance.now(),
        now: () => localTime(new Date()),
        onProgress: (p) => {
          line.textContent = t("import.progress", { file: p.file, rows: p.rowsDone.toLocaleString(env.language()), rate: p.rowsPerSecond.toLocaleString(env.language()) });
          bar.value = p.fileIndex;
        },
      });
      show(outcome);
    } finally {
      importing = null;
      busy = false;
      render();
    }
  };

  let replace = false;

  const importSection = (t: ReturnType<typeof translator>) => {
    const input = h("input", { type: "file", id: "pane-import-file", class: "pane-file", multiple: true, accept: ".csv,.tsv,.txt,text/csv,text/plain", disabled: busy });
    input.addEventListener("change", () => void runImport([...(input.files ?? [])]));
    const box = h("input", { type: "checkbox", id: "pane-import-replace", checked: replace, disabled: busy });
    box.addEventListener("change", () => (replace = box.checked));
    const cancel = h("button", { type: "button", class: "pane-button", hidden: !importing }, t("pane.import.cancel"));
    cancel.addEventListener("click", () => importing?.abort());
    const section = h(
      "section",
      { class: "pane-section", "aria-labelledby": "pane-import-title" },
      h("h2", { id: "pane-import-title" }, t("pane.import.title")),
      h("p", {}, t("pane.import.body")),
      h("div", { class: "pane-field pane-stack" }, h("label", { for: "pane-import-file" }, t("pane.import.file")), input),
      h("div", { class: "pane-field" }, box, h("label", { for: "pane-import-replace" }, t("pane.import.replace"))),
      h("div", { class: "pane-actions" }, cancel),
    );
    // Files dropped anywhere on the section import like chosen ones.
    section.addEventListener("dragover", (event) => event.preventDefault());
    section.addEventListener("drop", (event) => {
      event.preventDefault();
      void runImport([...(event.dataTransfer?.files ?? [])]);
    });
    return section;
  };

  const scheduleSection = (t: ReturnType<typeof translator>, button: (command: PaneCommand) => HTMLButtonElement) => {
    const picker = h("input", { type: "date", id: "pane-schedule-date", class: "pane-select", value: isoDay(day()), disabled: busy });
    picker.addEventListener("change", () => (scheduleDay = parseIsoDay(picker.value)));
    return h(
      "section",
      { class: "pane-section", "aria-labelledby": "pane-schedule-title" },
      h("h2", { id: "pane-schedule-title" }, t("pane.schedule.title")),
      h("p", {}, t("pane.schedule.body")),
      h("div", { class: "pane-field pane-stack" }, h("label", { for: "pane-schedule-date" }, t("pane.schedule.date")), picker),
      h(
        "div",
        { class: "pane-actions" },
        button({ label: "command.generateDailySchedule", run: (e) => generateDailySchedule(e, day()) }),
        button({ label: "command.logDailyReport", run: (e) => logDailyReport(e, day()) }),
      ),
    );
  };

  const run = async (command: PaneCommand) => {
    if (busy) return;
    busy = true;
    render();
    status.replaceChildren(h("p", {}, translator(env.language())("pane.busy")));
    alert.replaceChildren();
    try {
      show(await command.run(env));
    } finally {
      busy = false;
      render();
    }
  };

  const render = () => {
    const language = env.language();
    const t = translator(language);
    root.setAttribute("lang", language);
    const select = h(
      "select",
      { id: "pane-language", class: "pane-select" },
      ...LANGUAGES.map((l) => h("option", { value: l, selected: l === language }, LANGUAGE_NAMES[l])),
    );
    select.addEventListener("change", () => {
      env.setLanguage(select.value as Language);
      render();
      if (last) show(last);
    });
    const button = (command: PaneCommand) => {
      const b = h("button", { type: "button", class: "pane-button primary", disabled: busy }, t(command.label));
      b.addEventListener("click", () => void run(command));
      return b;
    };
    root.replaceChildren(
      h(
        "div",
        { class: "pane" },
        h(
          "header",
          { class: "pane-header" },
          h("h1", {}, t("app.name")),
          h("p", { class: "pane-tagline" }, t("app.tagline")),
          h("div", { class: "pane-field" }, h("label", { for: "pane-language" }, t("pane.languageLabel")), select),
        ),
        ...SECTIONS.map((section) =>
          h(
            "section",
            { class: "pane-section", "aria-labelledby": `pane-${section.id}-title` },
            h("h2", { id: `pane-${section.id}-title` }, t(section.title)),
            h("p", {}, t(section.body)),
            h("div", { class: "pane-actions" }, ...section.commands.map(button)),
          ),
        ),
        scheduleSection(t, button),
        importSection(t),
        status,
        alert,
      ),
    );
  };

  render();
  return { show, render };
}
