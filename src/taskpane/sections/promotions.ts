/**
 * The promotion part of the Goals section: a picker of the events ahead on Promotions and Plan promotion. The
 * events come with the pane's read of the workbook, and are read again when the picker is focused (the operator may
 * have just typed an event in); the command and that listing load when first needed.
 */
import type { CommandEnvironment } from "../../commands/environment";
import type { Outcome } from "../../commands/outcome";
import { h } from "../dom";
import type { PaneParts, PaneState } from "../view";

export function promotionBlock(parts: PaneParts, env: CommandEnvironment): HTMLElement {
  const none = h("option", { value: "" });
  const picker = parts.control(h("select", { id: "pane-promotion-event", class: "pane-select" }, none));
  parts.follow((_, t) => (none.textContent = t("pane.promotion.none")));
  const show = (events: readonly string[]) => {
    const chosen = picker.value;
    picker.replaceChildren(...(events.length === 0 ? [none] : events.map((e) => h("option", { value: e }, e))));
    if (events.includes(chosen)) picker.value = chosen;
  };
  let seen: PaneState["workbook"] | undefined;
  parts.follow((state) => {
    if (state.workbook === seen || state.workbook === null) return;
    seen = state.workbook;
    show(state.workbook.events);
  });
  picker.addEventListener(
    "focus",
    () => void import("../../commands/planPromotion").then((m) => m.listPromotions(env)).then(show)
  );
  const plan = (e: CommandEnvironment): Promise<Outcome> =>
    import("../../commands/planPromotion").then((m) => m.planPromotion(e, picker.value));
  return h(
    "div",
    {},
    h(
      "div",
      { class: "pane-field pane-stack" },
      parts.text("label", { for: "pane-promotion-event" }, (t) => t("pane.promotion.event")),
      picker
    ),
    h("div", { class: "pane-actions" }, parts.button({ label: "command.planPromotion", run: plan }))
  );
}
