/**
 * The ribbon's ExecuteFunction buttons, by the FunctionName the manifest gives them. Each runs without the pane
 * and returns an outcome the shell shows the user. Buttons whose feature is not built yet say so plainly.
 */
import type { MessageKey } from "../i18n";
import { translator } from "../i18n";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";

export const RIBBON_FUNCTIONS = ["rankGrowthPoints", "updateGoalStatus", "generateDailySchedule"] as const;
export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];

export const RIBBON_LABELS: Readonly<Record<RibbonFunction, MessageKey>> = {
  rankGrowthPoints: "command.rankGrowthPoints",
  updateGoalStatus: "command.updateGoalStatus",
  generateDailySchedule: "command.generateDailySchedule",
};

export function ribbonCommands(env: CommandEnvironment): Record<RibbonFunction, () => Promise<Outcome>> {
  const notAvailable = (fn: RibbonFunction) => async (): Promise<Outcome> => {
    const t = translator(env.language());
    return { ok: false, message: t("command.notAvailable", { command: t(RIBBON_LABELS[fn]) }), details: [] };
  };
  return {
    rankGrowthPoints: notAvailable("rankGrowthPoints"),
    updateGoalStatus: notAvailable("updateGoalStatus"),
    generateDailySchedule: notAvailable("generateDailySchedule"),
  };
}
