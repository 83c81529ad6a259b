/**
 * The ribbon's ExecuteFunction buttons, by the FunctionName the manifest gives them. Each runs without the pane
 * and returns an outcome the shell shows the user.
 */
import { waitingForCellEdit } from "../excel/host";
import type { MessageKey } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";

export const RIBBON_FUNCTIONS = [
  "rankGrowthPoints",
  "updateGoalStatus",
  "generateDailySchedule",
  "logDailyReport",
] as const;
export type RibbonFunction = (typeof RIBBON_FUNCTIONS)[number];

export const RIBBON_LABELS: Readonly<Record<RibbonFunction, MessageKey>> = {
  rankGrowthPoints: "command.rankGrowthPoints",
  updateGoalStatus: "command.updateGoalStatus",
  generateDailySchedule: "command.generateDailySchedule",
  logDailyReport: "command.logDailyReport",
};

export function ribbonCommands(pane: CommandEnvironment): Record<RibbonFunction, () => Promise<Outcome>> {
  const env: CommandEnvironment = {
    ...pane,
    host: waitingForCellEdit(pane.host),
    language: () => pane.language(),
    today: () => pane.today(),
  };
  // Each loaded at its first click, so the runtime that holds the buttons starts small.
  return {
    rankGrowthPoints: () => import("./rankGrowthPoints").then((m) => m.rankGrowthPoints(env)),
    updateGoalStatus: () => import("./updateGoalStatus").then((m) => m.updateGoalStatus(env)),
    generateDailySchedule: () => import("./dailySchedule").then((m) => m.generateDailySchedule(env)),
    logDailyReport: () => import("./dailySchedule").then((m) => m.logDailyReport(env)),
  };
}

/** What a ribbon command needs from the shell to reach the user when the pane may be closed. */
export interface RibbonShell {
  show(outcome: Outcome): void;
  /** Opens the pane (Office.addin.showAsTaskpane in Excel). */
  revealPane(): Promise<void>;
  /** The sentence for a failure the command itself did not turn into an outcome. */
  describeFailure(error: unknown): string;
}

/**
 * Wraps a command as an ExecuteFunction handler: the outcome is shown, a failure opens the pane so it is seen,
 * and `event.completed()` is called whatever happens, or Excel would keep the button busy.
 */
export function ribbonHandler(
  command: () => Promise<Outcome>,
  shell: RibbonShell
): (event: { completed(): void }) => Promise<void> {
  return async (event) => {
    try {
      let outcome: Outcome;
      try {
        outcome = await command();
      } catch (error) {
        outcome = { ok: false, message: shell.describeFailure(error), details: [] };
      }
      shell.show(outcome);
      if (!outcome.ok) await shell.revealPane().catch(() => undefined);
    } finally {
      event.completed();
    }
  };
}
