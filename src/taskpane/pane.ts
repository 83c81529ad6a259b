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
import type { ImportHooks } from "./sections/storeData";
import { storeDataSection } from "./sections/storeData";
import type { PaneCommand } from "./view";
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

/**
 * Where a command's outcome shows: under the section of the control the user used (the pane is taller than its
 * window, and a result at its foot goes unseen), brought into view. One pair of live regions moves rather than one
 * per section, so a screen reader hears each result once.
 */
class OutcomeArea {
  readonly status = h("div", { role: "status", class: "pane-status", "aria-live": "polite" });
  readonly alert = h("div", { role: "alert", class: "pane-alert" });
  readonly element = h("div", { class: "pane-outcome" }, this.status, this.alert);
  /** The outcome shown last, shown again in a newly chosen language. */
  last: Outcome | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly env: PaneEnvironment,
  ) {}

  /** Moves the regions under the section of the control used. */
  place(from: Element | null): void {
    const section = from instanceof HTMLElement && this.root.contains(from) ? from.closest("section") : null;
    const home = section ?? this.root.querySelector(".pane");
    if (home && this.element.parentElement !== home) home.append(this.element);
  }

  reveal(): void {
    // A command that hid its own section (Insert sample data on a new workbook) leaves its outcome just after it.
    const hidden = this.element.closest("[hidden]");
    if (hidden && this.root.contains(hidden)) hidden.after(this.element);
    // jsdom and older hosts have no scrollIntoView; the outcome is still in its section there.
    if (typeof this.element.scrollIntoView === "function") this.element.scrollIntoView({ block: "nearest" });
  }

  /** What is under way, in the status region, the alert cleared. */
  working(...content: Node[]): void {
    this.alert.replaceChildren();
    this.status.replaceChildren(...content);
  }

  show(outcome: Outcome): void {
    this.last = outcome;
    const region = outcome.ok ? this.status : this.alert;
    (outcome.ok ? this.alert : this.status).replaceChildren();
    region.replaceChildren(h("p", {}, outcome.message));
    if (outcome.details.length > 0) region.append(this.details(outcome));
    region.setAttribute("data-outcome", outcome.ok ? "ok" : "failed");
    this.reveal();
  }

  /** The outcome's details; a problem with a cell is a button that selects that cell in Excel. */
  private details(outcome: Outcome): HTMLElement {
    return h(
      "ul",
      { class: "pane-details" },
      ...outcome.details.map((detail, i) => {
        const location = outcome.locations?.[i];
        if (!location) return h("li", {}, detail);
        const link = h("button", { type: "button", class: "pane-link" }, detail);
        link.addEventListener("click", () => void selectCell(this.env, location).then((failure) => failure && this.show(failure)));
        return h("li", {}, link);
      }),
    );
  }
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

/** The pane's language picker: the languages offered, the pseudo-locale only while it is the one in use. */
function languagePicker(parts: PaneParts, env: PaneEnvironment): HTMLSelectElement {
  const offered: readonly Language[] = env.language() === PSEUDO_LOCALE ? [...LANGUAGES, PSEUDO_LOCALE] : LANGUAGES;
  const language = parts.control(h("select", { id: "pane-language", class: "pane-select" }, ...offered.map((l) => h("option", { value: l }, LANGUAGE_NAMES[l]))));
  parts.follow((s) => (language.value = s.language));
  return language;
}

/** What the pane knows between commands: the workbook's state, and whether a command or an import is running. */
interface PaneFlags {
  workbook: WorkbookState | null;
  busy: boolean;
  importing: boolean;
}

/** The pane's parts, what it shows of each outcome, and what it knows: what a command run and an import share. */
interface PaneRun {
  readonly root: HTMLElement;
  readonly flags: PaneFlags;
  readonly outcome: OutcomeArea;
  /** Redraws the parts for the state now. */
  update(): void;
}

/** Runs a command from the pane: one at a time, busy meanwhile, its outcome shown where the user is, focus given back. */
function commandRunner(pane: PaneRun, env: PaneEnvironment, refresh: () => Promise<void>): (command: PaneCommand) => Promise<void> {
  return async (command) => {
    if (pane.flags.busy) return;
    const before = document.activeElement;
    pane.outcome.place(before);
    pane.flags.busy = true;
    pane.update();
    pane.outcome.working(h("p", {}, translator(env.language())("pane.busy")));
    try {
      const result = await command.run(env);
      if (command.refreshes) await refresh();
      pane.outcome.show(result);
    } finally {
      pane.flags.busy = false;
      pane.update();
      pane.outcome.reveal();
      restoreFocus(pane.root, before);
    }
  };
}

/** An import's start and end, as a command's: busy, its progress in the status region, focus given back. */
function importHooks(pane: PaneRun): ImportHooks {
  let importFocus: Element | null = null;
  return {
    begin: (line, bar) => {
      if (pane.flags.busy) return false;
      importFocus = document.activeElement;
      pane.outcome.place(importFocus);
      pane.flags.busy = pane.flags.importing = true;
      pane.update();
      pane.outcome.working(line, bar);
      return true;
    },
    end: (result) => {
      pane.flags.busy = pane.flags.importing = false;
      if (result) pane.outcome.show(result);
      pane.update();
      pane.outcome.reveal();
      restoreFocus(pane.root, importFocus);
    },
  };
}

export function mountPane(root: HTMLElement, env: PaneEnvironment): PaneController {
  const flags: PaneFlags = { workbook: null, busy: false, importing: false };
  const outcome = new OutcomeArea(root, env);
  const show = (o: Outcome) => outcome.show(o);
  const pane: PaneRun = { root, flags, outcome, update: () => parts.update({ language: env.language(), ...flags }) };
  const refresh = async () => {
    try {
      flags.workbook = await readWorkbookState(env);
    } catch {
      // The pane still works without knowing the workbook; its commands report Excel's errors themselves.
      flags.workbook = null;
    }
  };

  const parts = new PaneParts(commandRunner(pane, env, refresh));
  const language = languagePicker(parts, env);
  language.addEventListener("change", () => {
    env.setLanguage(language.value as Language);
    render();
    if (outcome.last) show(outcome.last);
  });
  const header = h(
    "header",
    { class: "pane-header" },
    parts.text("h1", {}, (t) => t("app.name")),
    parts.text("p", { class: "pane-tagline" }, (t) => t("app.tagline")),
    h("div", { class: "pane-field" }, parts.text("label", { for: "pane-language" }, (t) => t("pane.languageLabel")), language),
  );
  const sections = [startSection(parts), growthSection(parts), goalsSection(parts, env), scheduleSection(parts, env), storeDataSection(parts, env, importHooks(pane))];
  root.replaceChildren(h("div", { class: "pane" }, header, ...sections, outcome.element));

  function render(): void {
    root.setAttribute("lang", env.language());
    pane.update();
  }

  render();
  void refresh().then(render);
  return { show, render, refresh: () => refresh().then(render) };
}
