/**
 * The task pane: the same code in Excel and in the preview. It is built once; every part follows the pane's
 * state in place (see view.ts), so running a command never rebuilds what the user is looking at. It only reads
 * the environment, runs commands and shows their outcomes; everything it says comes from the message catalogues.
 */
import type { CommandEnvironment } from "../commands/environment";
import type { CellLocation, Outcome } from "../commands/outcome";
import { selectCell } from "../commands/selectCell";
import type { WorkbookState } from "../commands/workbookSetup";
import { readWorkbookState } from "../commands/workbookSetup";
import type { Language } from "../core/language";
import { LANGUAGES, PSEUDO_LOCALE } from "../core/language";
import { LANGUAGE_CATALOGUES } from "../i18n/languages";
import { loadLanguage, translator } from "../wording";
import { h } from "./dom";
import { goalsSection, growthSection } from "./sections/commands";
import { scheduleSection } from "./sections/schedule";
import { startSection } from "./sections/start";
import { storeDataSection } from "./sections/storeData";
import type { PaneCommand, PaneState } from "./view";
import { PaneParts } from "./view";

export interface PaneEnvironment extends CommandEnvironment {
  setLanguage(language: Language): void;
}

export interface PaneController {
  /** Shows a command's outcome: success in the status region, failure in the alert region. */
  show(outcome: Outcome): void;
  /** Brings every part up to date, e.g. after the language changed. */
  render(): void;
  /** Reads the workbook again (which inputs exist, the settings) and updates the pane. */
  refresh(): Promise<void>;
}

/** Whether an element can take focus back: still on the page, shown and enabled. */
function canFocus(element: HTMLElement): boolean {
  return element.isConnected && !element.closest("[hidden]") && !(element as HTMLButtonElement).disabled;
}

/**
 * Gives focus back where the user was: the control they used, or, when the command hid it (Create … on a new
 * workbook), the heading of its section, so a keyboard user is never dropped to the page body.
 */
function restoreFocus(root: HTMLElement, before: Element | null): void {
  if (!(before instanceof HTMLElement) || !root.contains(before) || document.activeElement === before) return;
  if (canFocus(before)) {
    before.focus();
    return;
  }
  const heading = before.closest("section")?.querySelector("h2");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
}

/** Where outcomes show: a status region for success, an alert region for failure, moved to where the user works. */
interface OutcomeArea {
  /** The regions, to place in the pane. */
  readonly element: HTMLElement;
  /**
   * While a command runs: the regions moved under the section of the control used (the pane is taller than its
   * window), saying what runs.
   */
  working(from: Element | null, status: readonly HTMLElement[]): void;
  /** After: the regions brought into view, out of a section the command hid, and focus given back. */
  finished(from: Element | null): void;
  show(outcome: Outcome): void;
  /** Shows the last outcome again, in the language now chosen. */
  showAgain(): void;
}

/**
 * The outcome shows where the user is looking: under the section of the control they used (a result at the
 * pane's foot goes unseen), brought into view. One pair of live regions moves rather than one per section, so a
 * screen reader hears each result once. A problem with a cell is a button that selects that cell in Excel.
 */
function outcomeArea(root: HTMLElement, env: CommandEnvironment): OutcomeArea {
  const status = h("div", { role: "status", class: "pane-status", "aria-live": "polite" });
  const alert = h("div", { role: "alert", class: "pane-alert" });
  const outcomes = h("div", { class: "pane-outcome" }, status, alert);
  const reveal = () => {
    // A command that hid its own section (Insert sample data on a new workbook) leaves its outcome just after it.
    const hidden = outcomes.closest("[hidden]");
    if (hidden && root.contains(hidden)) hidden.after(outcomes);
    // jsdom and older hosts have no scrollIntoView; the outcome is still in its section there.
    if (typeof outcomes.scrollIntoView === "function") outcomes.scrollIntoView({ block: "nearest" });
  };
  const detail = (text: string, location: CellLocation | null | undefined) => {
    if (!location) return h("li", {}, text);
    const link = h("button", { type: "button", class: "pane-link" }, text);
    link.addEventListener("click", () => void selectCell(env, location).then((failure) => failure && show(failure)));
    return h("li", {}, link);
  };
  let last: Outcome | null = null;
  const show = (outcome: Outcome) => {
    last = outcome;
    const region = outcome.ok ? status : alert;
    (outcome.ok ? alert : status).replaceChildren();
    region.replaceChildren(h("p", {}, outcome.message));
    if (outcome.details.length > 0)
      region.append(
        h("ul", { class: "pane-details" }, ...outcome.details.map((d, i) => detail(d, outcome.locations?.[i])))
      );
    region.setAttribute("data-outcome", outcome.ok ? "ok" : "failed");
    reveal();
  };
  const place = (from: Element | null) => {
    const section = from instanceof HTMLElement && root.contains(from) ? from.closest("section") : null;
    const home = section ?? root.querySelector(".pane");
    if (home && outcomes.parentElement !== home) home.append(outcomes);
  };
  const working = (from: Element | null, lines: readonly HTMLElement[]) => {
    place(from);
    alert.replaceChildren();
    status.replaceChildren(...lines);
  };
  const finished = (from: Element | null) => {
    reveal();
    restoreFocus(root, from);
  };
  return { element: outcomes, working, finished, show, showAgain: () => last && show(last) };
}

/** The language picker: each language by its own name, the pseudo-locale only while it is in use. */
function languagePicker(parts: PaneParts, env: PaneEnvironment, changed: () => void): HTMLSelectElement {
  const offered: readonly Language[] = env.language() === PSEUDO_LOCALE ? [...LANGUAGES, PSEUDO_LOCALE] : LANGUAGES;
  const picker = parts.control(
    h(
      "select",
      { id: "pane-language", class: "pane-select" },
      ...offered.map((l) => h("option", { value: l }, LANGUAGE_CATALOGUES[l].name))
    )
  );
  parts.follow((s) => (picker.value = s.language));
  picker.addEventListener("change", () => {
    const next = picker.value as Language;
    // The pane speaks the new language once its words have arrived; until then, and if they never do, the old one.
    void loadLanguage(next).then(
      () => {
        env.setLanguage(next);
        changed();
      },
      () => (picker.value = env.language())
    );
  });
  return picker;
}

/** The pane: its header (name, tagline, language) and a section per job, in the order of the operator's day. */
function paneLayout(
  parts: PaneParts,
  env: PaneEnvironment,
  language: HTMLSelectElement,
  storeData: HTMLElement,
  outcomes: HTMLElement
): HTMLElement {
  return h(
    "div",
    { class: "pane" },
    h(
      "header",
      { class: "pane-header" },
      parts.text("h1", {}, (t) => t("app.name")),
      parts.text("p", { class: "pane-tagline" }, (t) => t("app.tagline")),
      h(
        "div",
        { class: "pane-field" },
        parts.text("label", { for: "pane-language" }, (t) => t("pane.languageLabel")),
        language
      )
    ),
    startSection(parts),
    growthSection(parts),
    goalsSection(parts, env),
    scheduleSection(parts, env),
    storeData,
    outcomes
  );
}

/**
 * Mounts the pane: one command at a time (a click while one runs does nothing), its outcome shown where the user
 * works and focus given back; an import drives the same busy state with its own progress line.
 */
export function mountPane(root: HTMLElement, env: PaneEnvironment): PaneController {
  let workbook: WorkbookState | null = null;
  let busy = false;
  let importing = false;
  const state = (): PaneState => ({ language: env.language(), busy, workbook, importing });
  const refresh = async () => {
    // The pane still works without knowing the workbook; its commands report Excel's errors themselves.
    workbook = await readWorkbookState(env).catch(() => null);
  };
  const area = outcomeArea(root, env);
  const show = area.show;
  /** Marks the pane busy, or not, with what the status region says meanwhile; false when a command already runs. */
  const setBusy = (on: boolean, from: Element | null, ...status: HTMLElement[]) => {
    if (on) area.working(from, status);
    busy = on;
    parts.update(state());
    if (!on) area.finished(from);
  };
  const run = async (command: PaneCommand) => {
    if (busy) return;
    const before = document.activeElement;
    setBusy(true, before, h("p", {}, translator(env.language())("pane.busy")));
    try {
      const outcome = await command.run(env);
      if (command.refreshes) await refresh();
      show(outcome);
    } finally {
      setBusy(false, before);
    }
  };
  const parts = new PaneParts(run);
  const language = languagePicker(parts, env, () => {
    render();
    area.showAgain();
  });
  let importFocus: Element | null = null;
  const storeData = storeDataSection(parts, env, {
    begin: (line, bar) => {
      if (busy) return false;
      importFocus = document.activeElement;
      importing = true;
      setBusy(true, importFocus, line, bar);
      return true;
    },
    end: (outcome) => {
      importing = false;
      if (outcome) show(outcome);
      setBusy(false, importFocus);
    },
  });

  root.replaceChildren(paneLayout(parts, env, language, storeData, area.element));

  function render(): void {
    root.setAttribute("lang", env.language());
    parts.update(state());
  }

  render();
  void refresh().then(render);
  return { show, render, refresh: () => refresh().then(render) };
}
