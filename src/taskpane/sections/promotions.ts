/**
 * The promotion part of the Goals section: a picker of the events on Promotions (ahead, then just over), Plan
 * promotion, Review promotion and Copy promotion review with the text shown to copy again. The events come with the
 * pane's read of the workbook and are read again when the picker is focused (the operator may have just typed one
 * in); the commands and that listing load when first needed.
 */
import type { CommandEnvironment } from "../../commands/environment";
import type { Outcome } from "../../commands/outcome";
import { h } from "../dom";
import type { PaneParts, PaneState } from "../view";
import { textCopier } from "./copier";

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
  const review = (e: CommandEnvironment): Promise<Outcome> =>
    import("../../commands/reviewPromotion").then((m) => m.writePromotionReview(e, picker.value));
  const copier = textCopier(parts, "pane-promotion-review", "pane.promotion.copyLabel", (e) =>
    import("../../commands/reviewPromotion")
      .then((m) => m.copyPromotionReview(e, picker.value))
      .then((outcome) => ({ outcome, text: outcome.text }))
  );
  return h(
    "div",
    {},
    h(
      "div",
      { class: "pane-field pane-stack" },
      parts.text("label", { for: "pane-promotion-event" }, (t) => t("pane.promotion.event")),
      picker
    ),
    h(
      "div",
      { class: "pane-actions" },
      parts.button({ label: "command.planPromotion", run: plan }),
      parts.button({ label: "command.reviewPromotion", run: review }),
      parts.button({ label: "command.copyPromotionReview", run: copier.copy })
    ),
    copier.element
  );
}
