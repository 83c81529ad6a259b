/** The Growth points and Goals sections: a section per command, with the settings that command uses. */
import type { CommandEnvironment } from "../../commands/environment";
import type { Outcome } from "../../commands/outcome";
import type { SettingKey } from "../../core/settings";
import type { MessageKey } from "../../wording";
import { h } from "../dom";
import { settingsBlock } from "../settingsBlock";
import { promotionBlock } from "./promotions";
import { reviewBlock } from "./review";
import type { PaneCommand, PaneParts } from "../view";

interface CommandSection {
  readonly id: string;
  readonly title: MessageKey;
  readonly body: MessageKey;
  readonly label: MessageKey;
  readonly run: (env: CommandEnvironment) => Promise<Outcome>;
  readonly settings: readonly SettingKey[];
  /** Commands that follow from this one in the operator's loop, beside its button. */
  readonly next?: readonly PaneCommand[];
}

/** Each command is loaded when first clicked: the pane's first paint needs none of them. */
const rankGrowthPoints = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/rankGrowthPoints").then((m) => m.rankGrowthPoints(env));
const updateGoalStatus = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/updateGoalStatus").then((m) => m.updateGoalStatus(env));
const setGoalsForFocus = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/setGoals").then((m) => m.setGoalsForFocus(env));

const GROWTH: CommandSection = {
  id: "growth",
  title: "pane.growth.title",
  body: "pane.growth.body",
  label: "command.rankGrowthPoints",
  run: rankGrowthPoints,
  settings: ["focusLimit", "successThreshold", "growthThreshold"],
  next: [{ label: "command.setGoals", run: setGoalsForFocus, refreshes: true }],
};
const GOALS: CommandSection = {
  id: "goals",
  title: "pane.goals.title",
  body: "pane.goals.body",
  label: "command.updateGoalStatus",
  run: updateGoalStatus,
  settings: ["atRiskBand"],
};

function commandSection(parts: PaneParts, section: CommandSection, ...more: Node[]): HTMLElement {
  return parts.section(
    section.id,
    section.title,
    section.body,
    h(
      "div",
      { class: "pane-actions" },
      parts.button({ label: section.label, run: section.run }),
      ...(section.next ?? []).map((c) => parts.button(c))
    ),
    ...more,
    settingsBlock(parts, section.settings)
  );
}

export const growthSection = (parts: PaneParts) => commandSection(parts, GROWTH);
/** Goals: their status, and the review that looks back on the week's goals and sets the next ones. */
export const goalsSection = (parts: PaneParts, env: CommandEnvironment) =>
  commandSection(parts, GOALS, reviewBlock(parts, env), promotionBlock(parts, env));
