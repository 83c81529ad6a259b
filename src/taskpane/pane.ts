/**
 * The task pane: the same code in Excel and in the preview. It is built once; every part follows the pane's
 * state in place (see view.ts), so running a command never rebuilds what the user is looking at. It only reads
 * the environment, runs commands and shows their outcomes; everything it says comes from the message catalogues.
 */
import type { CommandEnvironment } from "../commands/environment";
import type { Outcome } from "../commands/outcome";
import { selectCell } from "../commands/selectCell";
import type { WorkbookState } from "../commands/workbookSetup";
import { readWorkbookState } from "../commands/workbookSetup";
import type { Language } from "../core/language";
import { LANGUAGES, PSEUDO_LOCALE } from "../core/language";
import { translator } from "../i18n";
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

/** Each language by its own name; the pseudo-locale is listed only while it is the one in use (tests, the preview). */
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { "en-US": "English", "zh-CN": "中文", "qps-ploc": "qps-ploc" };

/** Whether an element can take focus back: still on the page, shown and enabled. */
function canFocus(element: HTMLElement): boolean {
  return element.isConnected && !element.closest("[hidden]") && !(element as HTMLButtonElement).disabled;
}

export function mountPane(root: HTMLElement, env: PaneEnvironment): PaneController {
  let last: Outcome | null = null;
  let workbook: WorkbookState | null = null;
  let busy = false;
  let importing = false;
  const state = (): PaneState => ({ language: env.language(), busy, workbook, importing });

  const refresh = async () => {
    try {
      workbook = await readWorkbookState(env);
    } catch {
      // The pane still works without knowing the workbook; its commands report Excel's errors themselves.
      workbook = null;
    }
  };

  const status = h("div", { role: "status", class: "pane-status", "aria-live": "polite" });
  const alert = h("div", { role: "alert", class: "pane-alert" });
  const outcomes = h("div", { class: "pane-outcome" }, status, alert);

  /**
   * The outcome shows where the user is looking: under the section of the control they used (the pane is taller
   * than its window, and a result at its foot goes unseen), brought into view. One pair of live regions moves
   * rather than one per section, so a screen reader hears each result once.
   */
  const placeOutcome = (from: Element | null) => {
    const section = from instanceof HTMLElement && root.contains(from) ? from.closest("section") : null;
    const home = section ?? root.querySelector(".pane");
    if (home && outcomes.parentElement !== home) home.append(outcomes);
  };
  const revealOutcome = () => {
    // A command that hid its own section (Insert sample data on a new workbook) leaves its outcome just after it.
    const hidden = outcomes.closest("[hidden]");
    if (hidden && root.contains(hidden)) hidden.after(outcomes);
    // jsdom and older hosts have no scrollIntoView; the outcome is still in its section there.
    if (typeof outcomes.scrollIntoView === "function") outcomes.scrollIntoView({ block: "nearest" });
  };

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
    revealOutcome();
  };

  /**
   * Gives focus back where the user was: the control they used, or, when the command hid it (Create … on a new
   * workbook), the heading of its section, so a keyboard user is never dropped to the page body.
   */
  const restoreFocus = (before: Element | null) => {
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
  };

  const run = async (command: PaneCommand) => {
    if (busy) return;
    const before = document.activeElement;
    placeOutcome(before);
    busy = true;
    parts.update(state());
    status.replaceChildren(h("p", {}, translator(env.language())("pane.busy")));
    alert.replaceChildren();
    try {
      const outcome = await command.run(env);
      if (command.refreshes) await refresh();
      show(outcome);
    } finally {
      busy = false;
      parts.update(state());
      revealOutcome();
      restoreFocus(before);
    }
  };

  const parts = new PaneParts(run);
  const offered: readonly Language[] = env.language() === PSEUDO_LOCALE ? [...LANGUAGES, PSEUDO_LOCALE] : LANGUAGES;
  const language = parts.control(h("select", { id: "pane-language", class: "pane-select" }, ...offered.map((l) => h("option", { value: l }, LANGUAGE_NAMES[l]))));
  parts.follow((s) => (language.value = s.language));
  language.addEventListener("change", () => {
    env.setLanguage(language.value as Language);
    render();
    if (last) show(last);
  });

  let importFocus: Element | null = null;
  const storeData = storeDataSection(parts, env, {
    begin: (line, bar) => {
      if (busy) return false;
      importFocus = document.activeElement;
      placeOutcome(importFocus);
      busy = importing = true;
      parts.update(state());
      alert.replaceChildren();
      status.replaceChildren(line, bar);
      return true;
    },
    end: (outcome) => {
      busy = importing = false;
      if (outcome) show(outcome);
      parts.update(state());
      revealOutcome();
      restoreFocus(importFocus);
    },
  });

  root.replaceChildren(
    h(
      "div",
      { class: "pane" },
      h(
        "header",
        { class: "pane-header" },
        parts.text("h1", {}, (t) => t("app.name")),
        parts.text("p", { class: "pane-tagline" }, (t) => t("app.tagline")),
        h("div", { class: "pane-field" }, parts.text("label", { for: "pane-language" }, (t) => t("pane.languageLabel")), language),
      ),
      startSection(parts),
      growthSection(parts),
      goalsSection(parts, env),
      scheduleSection(parts, env),
      storeData,
      outcomes,
    ),
  );

  function render(): void {
    root.setAttribute("lang", env.language());
    parts.update(state());
  }

  render();
  void refresh().then(render);
  return { show, render, refresh: () => refresh().then(render) };
}
