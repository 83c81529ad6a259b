/** The Daily schedule section: the day to plan (today unless the user picks another), and its two commands. */
import type { CommandEnvironment } from "../../commands/environment";
import { translator } from "../../wording";
import type { CalendarDay } from "../../core/excelDate";
import { isoDay, parseIsoDay } from "../../core/excelDate";
import { h } from "../dom";
import { copyText } from "../clipboard";
import { settingsBlock } from "../settingsBlock";
import type { PaneParts } from "../view";

/** Loaded at the first click: the pane's first paint needs none of the planning. */
const daily = () => import("../../commands/dailySchedule");

export function scheduleSection(parts: PaneParts, env: CommandEnvironment): HTMLElement {
  let picked: CalendarDay | null = null;
  const day = () => picked ?? env.today();
  const picker = parts.control(
    h("input", { type: "date", id: "pane-schedule-date", class: "pane-select", value: isoDay(day()) })
  );
  picker.addEventListener("change", () => (picked = parseIsoDay(picker.value)));
  const report = h("textarea", {
    id: "pane-daily-report",
    class: "pane-report",
    readonly: true,
    rows: "8",
    hidden: true,
  });
  const reportLabel = parts.text("label", { for: "pane-daily-report", hidden: true }, (t) => t("pane.report.label"));
  return parts.section(
    "schedule",
    "pane.schedule.title",
    "pane.schedule.body",
    h(
      "div",
      { class: "pane-field pane-stack" },
      parts.text("label", { for: "pane-schedule-date" }, (t) => t("pane.schedule.date")),
      picker
    ),
    h(
      "div",
      { class: "pane-actions" },
      parts.button({
        label: "command.generateDailySchedule",
        run: (e) => daily().then((m) => m.generateDailySchedule(e, day())),
      }),
      parts.button({ label: "command.logDailyReport", run: (e) => daily().then((m) => m.logDailyReport(e, day())) }),
      parts.button({
        label: "command.copyDailyReport",
        run: async (e) => {
          const outcome = await daily().then((m) => m.copyDailyReport(e, day()));
          if (outcome.report === null) {
            // A report that could not be made leaves no earlier one to copy by mistake.
            report.value = "";
            report.hidden = reportLabel.hidden = true;
            return outcome;
          }
          report.value = outcome.report;
          report.hidden = reportLabel.hidden = false;
          const t = translator(e.language());
          const copied = await copyText(report);
          return { ...outcome, details: [t(copied ? "pane.report.copied" : "pane.report.copyFailed")] };
        },
      })
    ),
    h("div", { class: "pane-field pane-stack" }, reportLabel, report),
    settingsBlock(parts, ["dayStart", "dayEnd", "breaks", "slotMinutes"])
  );
}
