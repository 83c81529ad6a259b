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
import type { WorkbookState } from "../commands/workbookSetup";
import { INPUT_KINDS, createInputSheets, readWorkbookState, saveSetting } from "../commands/workbookSetup";
import { INPUTS, SETTING_NAMES } from "../core/contract";
import type { SettingKey, Settings } from "../core/settings";
import { SLOT_MINUTES } from "../core/settings";
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
  /** Reads the workbook again (which inputs exist, the settings) and redraws. */
  refresh(): Promise<void>;
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { "en-US": "English", "zh-CN": "中文" };

interface PaneCommand {
  readonly label: MessageKey;
  readonly run: (env: CommandEnvironment) => Promise<Outcome>;
  /** The command changes which inputs exist or the settings: the pane reads the workbook again after it. */
  readonly refreshes?: boolean;
  readonly text?: string;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const percent = (rate: number) => `${Number((rate * 100).toPrecision(6))}%`;

/** A setting as the pane shows it in its field. */
function shownSetting(key: SettingKey, settings: Settings): string {
  const value = settings[key];
  if (key === "dayStart" || key === "dayEnd") return clock(value as number);
  if (key === "breaks") return (value as Settings["breaks"]).map((b) => `${clock(b.start)}-${clock(b.end)}`).join(", ");
  if (key === "successThreshold" || key === "atRiskBand") return percent(value as number);
  if (key === "growthThreshold") return value === "median" ? "" : percent(value as number);
  return String(value);
}

interface PaneSection {
  readonly id: string;
  readonly title: MessageKey;
  readonly body: MessageKey;
  readonly commands: readonly PaneCommand[];
}

const SECTIONS: readonly (PaneSection & { readonly settings: readonly SettingKey[] })[] = [
  { id: "growth", title: "pane.growth.title", body: "pane.growth.body", commands: [{ label: "command.rankGrowthPoints", run: rankGrowthPoints }], settings: ["focusLimit", "successThreshold", "growthThreshold"] },
  { id: "goals", title: "pane.goals.title", body: "pane.goals.body", commands: [{ label: "command.updateGoalStatus", run: updateGoalStatus }], settings: ["atRiskBand"] },
];

const SAMPLE: PaneCommand = { label: "command.insertSampleData", run: insertSampleData, refreshes: true };

export function mountPane(root: HTMLElement, env: PaneEnvironment): PaneController {
  let last: Outcome | null = null;
  let state: WorkbookState | null = null;
  const refresh = async () => {
    try {
      state = await readWorkbookState(env);
    } catch {
      // The pane still works without knowing the workbook; its commands report Excel's errors themselves.
      state = null;
    }
  };
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
      settingsBlock(t, ["dayStart", "dayEnd", "breaks", "slotMinutes"]),
    );
  };

  const run = async (command: PaneCommand) => {
    if (busy) return;
    busy = true;
    render();
    status.replaceChildren(h("p", {}, translator(env.language())("pane.busy")));
    alert.replaceChildren();
    try {
      const outcome = await command.run(env);
      if (command.refreshes) await refresh();
      show(outcome);
    } finally {
      busy = false;
      render();
    }
  };

  const settingField = (t: ReturnType<typeof translator>, key: SettingKey) => {
    const id = `pane-setting-${key}`;
    const shown = state ? shownSetting(key, state.settings) : "";
    let input: HTMLInputElement | HTMLSelectElement;
    if (key === "slotMinutes") {
      input = h("select", { id, class: "pane-select", disabled: busy }, ...SLOT_MINUTES.map((m) => h("option", { value: String(m), selected: String(m) === shown }, String(m))));
    } else {
      const type = key === "dayStart" || key === "dayEnd" ? "time" : key === "focusLimit" ? "number" : "text";
      input = h("input", { id, class: "pane-select pane-input", type, value: shown, disabled: busy, ...(type === "number" ? { min: "1", max: "5" } : {}) });
      if (key === "growthThreshold") input.setAttribute("placeholder", t("pane.setting.growthThreshold.median"));
    }
    input.addEventListener("change", () => {
      const typed = key === "growthThreshold" && input.value.trim() === "" ? "median" : input.value;
      void run({ label: "pane.settingsTitle", run: (e) => saveSetting(e, key, typed), refreshes: true });
    });
    return h("div", { class: "pane-field pane-setting" }, h("label", { for: id }, SETTING_NAMES[key][env.language()]), input);
  };

  const settingsBlock = (t: ReturnType<typeof translator>, keys: readonly SettingKey[]) =>
    h("details", { class: "pane-settings" }, h("summary", {}, t("pane.settingsTitle")), h("p", { class: "pane-hint" }, t("pane.settingsHint")), ...keys.map((k) => settingField(t, k)));

  const startSection = (t: ReturnType<typeof translator>, button: (command: PaneCommand) => HTMLButtonElement) => {
    const empty = state !== null && INPUT_KINDS.every((k) => !state?.inputs[k]);
    if (!empty) {
      return h(
        "section",
        { class: "pane-section", "aria-labelledby": "pane-start-title" },
        h("h2", { id: "pane-start-title" }, t("pane.start.title")),
        h("p", {}, t("pane.start.body")),
        h("div", { class: "pane-actions" }, button(SAMPLE)),
      );
    }
    const language = env.language();
    return h(
      "section",
      { class: "pane-section pane-empty", "aria-labelledby": "pane-start-title" },
      h("h2", { id: "pane-start-title" }, t("pane.empty.title")),
      h("p", {}, t("pane.empty.body")),
      h(
        "ul",
        { class: "pane-inputs" },
        ...INPUT_KINDS.map((kind) =>
          h(
            "li",
            {},
            h("p", {}, t(`pane.input.${kind}` as MessageKey)),
            button({ label: "pane.createSheet", text: t("pane.createSheet", { sheet: INPUTS[kind].sheetName[language] }), run: (e) => createInputSheets(e, [kind]), refreshes: true }),
          ),
        ),
      ),
      h("div", { class: "pane-actions" }, button(SAMPLE), button({ label: "pane.createSheets", run: (e) => createInputSheets(e, INPUT_KINDS), refreshes: true })),
    );
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
      const b = h("button", { type: "button", class: "pane-button primary", disabled: busy }, command.text ?? t(command.label));
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
        startSection(t, button),
        ...SECTIONS.map((section) =>
          h(
            "section",
            { class: "pane-section", "aria-labelledby": `pane-${section.id}-title` },
            h("h2", { id: `pane-${section.id}-title` }, t(section.title)),
            h("p", {}, t(section.body)),
            h("div", { class: "pane-actions" }, ...section.commands.map(button)),
            settingsBlock(t, section.settings),
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
  void refresh().then(render);
  return { show, render, refresh: () => refresh().then(render) };
}
