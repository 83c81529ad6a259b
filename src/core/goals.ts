/**
 * Goal status: how far a goal has come against how much of its time has passed. "Main image CTR from 4.8% to 6%
 * by Friday" is on track when its progress keeps up with the calendar.
 */
import type { GOAL_OUTPUT} from "./contract";
import { INPUTS } from "./contract";
import type { Bilingual } from "./language";
import type { FieldSpec } from "./records";

export type GoalField = "goal" | "growthPoint" | "metric" | "baseline" | "target" | "current" | "start" | "deadline";

const column = (i: number) => INPUTS.goals.columns[i] as Bilingual;

export const GOAL_FIELDS: readonly FieldSpec<GoalField>[] = [
  { key: "goal", name: column(0), aliases: [], type: "text", required: true },
  { key: "growthPoint", name: column(1), aliases: [], type: "text", required: false },
  { key: "metric", name: column(2), aliases: [], type: "text", required: false },
  { key: "baseline", name: column(3), aliases: ["起始值"], type: "numberOrRate", required: true },
  { key: "target", name: column(4), aliases: [], type: "numberOrRate", required: true },
  { key: "current", name: column(5), aliases: [], type: "numberOrRate", required: false },
  { key: "start", name: column(6), aliases: [], type: "date", required: true },
  { key: "deadline", name: column(7), aliases: ["Due"], type: "date", required: true },
];

export type GoalStatus = keyof typeof GOAL_OUTPUT.statuses;

export type GoalNote =
  | { readonly kind: "none" }
  | { readonly kind: "targetEqualsBaseline" }
  | { readonly kind: "deadlineBeforeStart" }
  | { readonly kind: "noCurrent" }
  | { readonly kind: "currentFromMetrics"; readonly date: number };

export interface GoalInput {
  readonly baseline: number;
  readonly target: number;
  /** null when neither the table nor Store Metrics gives it. */
  readonly current: number | null;
  /** Excel date serials. */
  readonly start: number;
  readonly deadline: number;
}

export interface GoalResult {
  readonly status: GoalStatus;
  /** (current − baseline) / (target − baseline); null when it cannot be computed. */
  readonly progress: number | null;
  /** Share of the goal's time gone, within 0–1. */
  readonly timeElapsed: number | null;
  /** Whole days to the deadline, 0 once it has passed. */
  readonly daysLeft: number | null;
  readonly note: GoalNote;
}

const invalid = (note: GoalNote): GoalResult => ({ status: "invalid", progress: null, timeElapsed: null, daysLeft: null, note });

/**
 * The first status that applies: Achieved (progress ≥ 100%), Missed (past the deadline), Not started (before the
 * start), On track (progress ≥ time elapsed), At risk (behind by less than the band), Behind.
 * Progress is measured in the direction of the target, so a refund rate going from 5% to 3% works too.
 * @example goalStatus({ baseline: 0.048, target: 0.06, current: 0.054, start: 46348, deadline: 46355 }, 46351, 0.2).status === "onTrack"
 */
export function goalStatus(goal: GoalInput, today: number, atRiskBand: number): GoalResult {
  if (goal.target === goal.baseline) return invalid({ kind: "targetEqualsBaseline" });
  if (goal.deadline < goal.start) return invalid({ kind: "deadlineBeforeStart" });
  if (goal.current === null) return invalid({ kind: "noCurrent" });

  const progress = (goal.current - goal.baseline) / (goal.target - goal.baseline);
  const span = goal.deadline - goal.start;
  const timeElapsed = span === 0 ? (today >= goal.start ? 1 : 0) : Math.min(1, Math.max(0, (today - goal.start) / span));
  const daysLeft = Math.max(0, goal.deadline - today);
  const status: GoalStatus =
    progress >= 1 - 1e-12
      ? "achieved"
      : today > goal.deadline
        ? "missed"
        : today < goal.start
          ? "notStarted"
          : progress >= timeElapsed - 1e-12
            ? "onTrack"
            : timeElapsed - progress < atRiskBand
              ? "atRisk"
              : "behind";
  return { status, progress, timeElapsed, daysLeft, note: { kind: "none" } };
}
