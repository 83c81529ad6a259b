/**
 * How the pane stays one DOM: each part is built once and registers how it follows the pane's state (the
 * language, whether a command is running, what the workbook holds). Updating sets text and properties in place,
 * so focus, an open Settings disclosure and a half-typed value survive every command.
 */
import type { CommandEnvironment } from "../commands/environment";
import type { Outcome } from "../commands/outcome";
import type { WorkbookState } from "../commands/workbookSetup";
import type { Language } from "../core/language";
import type { MessageKey, Translate } from "../wording";
import { translator } from "../wording";
import { h } from "./dom";

export interface PaneState {
  readonly language: Language;
  /** A command or an import is running: every control waits. */
  readonly busy: boolean;
  /** What the workbook holds; null until read (or when it could not be read). */
  readonly workbook: WorkbookState | null;
  /** An import is running: its Cancel button shows. */
  readonly importing: boolean;
}

export type Follow = (state: PaneState, t: Translate) => void;

/** A command a button runs. */
export interface PaneCommand {
  readonly label: MessageKey;
  readonly run: (env: CommandEnvironment) => Promise<Outcome>;
  /** The command changes which inputs exist or the settings: the pane reads the workbook again after it. */
  readonly refreshes?: boolean;
  /** The button's text when it is not the label's (it names a sheet). */
  readonly text?: (t: Translate, language: Language) => string;
}

/** What every part of the pane is given: how to follow the state, and how to run commands. */
export class PaneParts {
  private readonly follows: Follow[] = [];

  constructor(
    /** Runs a command the way the pane does: busy state, outcome shown, workbook re-read when asked. */
    readonly run: (command: PaneCommand) => Promise<void>
  ) {}

  follow(update: Follow): void {
    this.follows.push(update);
  }

  update(state: PaneState): void {
    const t = translator(state.language);
    for (const follow of this.follows) follow(state, t);
  }

  /** An element whose text is a message, in whatever language the pane speaks. */
  text<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Readonly<Record<string, string | boolean | undefined>>,
    message: (t: Translate, state: PaneState) => string
  ): HTMLElementTagNameMap[K] {
    const element = h(tag, attributes);
    this.follow((state, t) => (element.textContent = message(t, state)));
    return element;
  }

  /** A button that runs a command, disabled while anything runs. */
  button(command: PaneCommand): HTMLButtonElement {
    const button = h("button", { type: "button", class: "pane-button primary" });
    this.follow((state, t) => {
      button.textContent = command.text ? command.text(t, state.language) : t(command.label);
      button.disabled = state.busy;
    });
    button.addEventListener("click", () => void this.run(command));
    return button;
  }

  /** A form control that waits while anything runs. */
  control<E extends HTMLInputElement | HTMLSelectElement>(element: E): E {
    this.follow((state) => (element.disabled = state.busy));
    return element;
  }

  /** A section with a heading and a lead paragraph; `id` names it for its heading's label. */
  section(id: string, title: MessageKey, body: MessageKey, ...children: Node[]): HTMLElement {
    return h(
      "section",
      { class: "pane-section", "aria-labelledby": `pane-${id}-title` },
      this.text("h2", { id: `pane-${id}-title` }, (t) => t(title)),
      this.text("p", {}, (t) => t(body)),
      ...children
    );
  }
}
