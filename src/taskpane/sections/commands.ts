/** The Growth points and Goals sections: their commands, and the settings those commands use. */
import { rankGrowthPoints } from "../../commands/rankGrowthPoints";
import { updateGoalStatus } from "../../commands/updateGoalStatus";
import { h } from "../dom";
import { settingsBlock } from "../settingsBlock";
import type { PaneParts } from "../view";

export function growthSection(parts: PaneParts): HTMLElement {
  return parts.section(
    "growth",
    "pane.growth.title",
    "pane.growth.body",
    h("div", { class: "pane-actions" }, parts.button({ label: "command.rankGrowthPoints", run: rankGrowthPoints })),
    settingsBlock(parts, ["focusLimit", "successThreshold", "growthThreshold"]),
  );
}

export function goalsSection(parts: PaneParts): HTMLElement {
  return parts.section(
    "goals",
    "pane.goals.title",
    "pane.goals.body",
    h("div", { class: "pane-actions" }, parts.button({ label: "command.updateGoalStatus", run: updateGoalStatus })),
    settingsBlock(parts, ["atRiskBand"]),
  );
}
