/**
 * A command whose result is a text to paste into WeChat or DingTalk (the weekly report, the promotion review): the
 * text copied and shown in a read-only box to copy again; a text that could not be made leaves none to copy by
 * mistake.
 */
import type { CommandEnvironment } from "../../commands/environment";
import type { Outcome } from "../../commands/outcome";
import type { MessageKey } from "../../wording";
import { translator } from "../../wording";
import { copyText } from "../clipboard";
import { h } from "../dom";
import type { PaneParts } from "../view";

export function textCopier(
  parts: PaneParts,
  id: string,
  label: MessageKey,
  make: (env: CommandEnvironment) => Promise<{ outcome: Outcome; text: string | null }>
): { copy: (env: CommandEnvironment) => Promise<Outcome>; element: HTMLElement } {
  const box = h("textarea", { id, class: "pane-report", readonly: true, rows: "10", hidden: true });
  const caption = parts.text("label", { for: id, hidden: true }, (t) => t(label));
  const copy = async (e: CommandEnvironment): Promise<Outcome> => {
    const { outcome, text } = await make(e);
    box.value = text ?? "";
    box.hidden = caption.hidden = text === null;
    if (text === null) return outcome;
    const copied = await copyText(box);
    return {
      ...outcome,
      details: [translator(e.language())(copied ? "pane.report.copied" : "pane.report.copyFailed")],
    };
  };
  return { copy, element: h("div", { class: "pane-field pane-stack" }, caption, box) };
}
