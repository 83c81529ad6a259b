/**
 * The task pane: the same code in Excel and in the preview. It only reads the environment, runs commands and
 * shows their outcomes; everything it says comes from the message catalogues.
 */
import type { CommandEnvironment } from "../commands/environment";
import { insertSampleData } from "../commands/insertSampleData";
import { rankGrowthPoints } from "../commands/rankGrowthPoints";
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
];

export function mountPane(root: HTMLElement, env: PaneEnvironment): PaneController {
  let last: Outcome | null = null;
  let busy = false;
  const status = h("div", { role: "status", class: "pane-status", "aria-live": "polite" });
  const alert = h("div", { role: "alert", class: "pane-alert" });

  const show = (outcome: Outcome) => {
    last = outcome;
    const region = outcome.ok ? status : alert;
    (outcome.ok ? alert : status).replaceChildren();
    region.replaceChildren(h("p", {}, outcome.message));
    if (outcome.details.length > 0) region.append(h("ul", {}, ...outcome.details.map((d) => h("li", {}, d))));
    region.setAttribute("data-outcome", outcome.ok ? "ok" : "failed");
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
        status,
        alert,
      ),
    );
  };

  render();
  return { show, render };
}
