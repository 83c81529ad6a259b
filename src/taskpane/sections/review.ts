/**
 * The review part of the Goals section: a period (the last full week unless the user picks another of the last
 * eight weeks or three months), Write weekly review, and Copy weekly report with the text shown to copy again
 * (copier.ts).
 * The commands load when first clicked: a review is a weekly step, not something the pane's first paint needs.
 */
import type { CommandEnvironment } from "../../commands/environment";
import type { Outcome } from "../../commands/outcome";
import { fromDateSerial, isoDay, toDateSerial } from "../../core/excelDate";
import type { ReviewPeriod } from "../../core/review/period";
import { periodFromId, recentPeriods } from "../../core/review/period";
import { h } from "../dom";
import type { PaneParts } from "../view";
import { textCopier } from "./copier";

/** Month and day: the year is in the period's id, and the pane is narrow. */
const day = (serial: number) => isoDay(fromDateSerial(serial)).slice(5);

/** The period picker: the last eight weeks and three months, the last full week first. */
function periodPicker(
  parts: PaneParts,
  env: CommandEnvironment
): { picker: HTMLSelectElement; period: () => ReviewPeriod } {
  const periods = recentPeriods(toDateSerial(env.today()));
  const options = periods.map((p) => {
    const option = h("option", { value: p.id });
    const key = p.kind === "week" ? "pane.review.week" : "pane.review.month";
    parts.follow((_, t) => (option.textContent = t(key, { id: p.id, from: day(p.from), to: day(p.to) })));
    return option;
  });
  const picker = parts.control(h("select", { id: "pane-review-period", class: "pane-select" }, ...options));
  return { picker, period: () => periodFromId(picker.value) ?? (periods[0] as ReviewPeriod) };
}

/** Plan next week lists its proposals, each with a tick; Add ticked goals writes the ticked ones. */
function nextWeekProposals(parts: PaneParts, period: () => ReviewPeriod) {
  let planned: ReviewPeriod | null = null;
  const choices = h("div", { class: "pane-stack" });
  const legend = parts.text("legend", {}, (t) => t("pane.review.proposals"));
  const proposals = h("fieldset", { class: "pane-proposals", hidden: true }, legend, choices);
  const plan = async (e: CommandEnvironment): Promise<Outcome> => {
    const outcome = await import("../../commands/planNextWeek").then((m) => m.planNextWeek(e, period()));
    planned = period();
    choices.replaceChildren(
      ...outcome.proposals.map((p, i) => {
        const box = h("input", { type: "checkbox", id: `pane-proposal-${i}`, value: p.id, checked: p.writable });
        return h("div", { class: "pane-check" }, box, h("label", { for: `pane-proposal-${i}` }, p.text));
      })
    );
    proposals.hidden = outcome.proposals.length === 0;
    return outcome;
  };
  const add = async (e: CommandEnvironment): Promise<Outcome> => {
    const ticked = [...choices.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
    const outcome = await import("../../commands/planNextWeek").then((m) =>
      m.addNextGoals(e, planned ?? period(), ticked)
    );
    if (outcome.ok) proposals.hidden = true;
    return outcome;
  };
  proposals.append(
    h("div", { class: "pane-actions" }, parts.button({ label: "command.addTickedGoals", run: add, refreshes: true }))
  );
  return { plan, element: proposals };
}

/** The review block: the period, Write weekly review, Copy weekly report and Plan next week. */
export function reviewBlock(parts: PaneParts, env: CommandEnvironment): HTMLElement {
  const { picker, period } = periodPicker(parts, env);
  const write = (e: CommandEnvironment): Promise<Outcome> =>
    import("../../commands/weeklyReview").then((m) => m.writeWeeklyReview(e, period()));
  const report = textCopier(parts, "pane-weekly-report", "pane.review.label", (e) =>
    import("../../commands/weeklyReview")
      .then((m) => m.copyWeeklyReport(e, period()))
      .then((outcome) => ({ outcome, text: outcome.report }))
  );
  const proposals = nextWeekProposals(parts, period);
  return h(
    "div",
    {},
    h(
      "div",
      { class: "pane-field pane-stack" },
      parts.text("label", { for: "pane-review-period" }, (t) => t("pane.review.period")),
      picker
    ),
    h(
      "div",
      { class: "pane-actions" },
      parts.button({ label: "command.writeWeeklyReview", run: write, refreshes: true }),
      parts.button({ label: "command.copyWeeklyReport", run: report.copy }),
      parts.button({ label: "command.planNextWeek", run: proposals.plan })
    ),
    proposals.element,
    report.element
  );
}
