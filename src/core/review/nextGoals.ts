/**
 * "Plan next week": the goals the review proposes, for the operator to tick before any is written. A goal missed in
 * the period is re-set from where it got to, aiming at the pace it actually kept (or dropped, when it did not move
 * towards its target); an achieved goal's metric is raised again by its growth point's rate; a focus point without
 * an open goal gets one as "Set goals for focus points" sets it. Existing goals never change.
 */
import type { FocusPoint, NewGoal } from "../goalSetting";
import { GOAL_DAYS, goalsForFocus } from "../goalSetting";
import { addDays, fromDateSerial, toDateSerial } from "../excelDate";
import { nameKey } from "../names";
import type { DailyFigures } from "../storeMetricLookup";
import type { Metric } from "../import/metrics";
import type { ReviewGoal } from "./weeklyReview";

/** Metrics that are better when lower: an achieved goal on one is raised downwards. */
const LOWER_IS_BETTER = new Set(["refundRate", "adCostRatio"]);

export type Proposal =
  | {
      readonly id: string;
      readonly kind: "reset" | "raise" | "focus";
      readonly goal: NewGoal;
      readonly from: string | null;
    }
  | { readonly id: string; readonly kind: "drop"; readonly goal: null; readonly from: string };

export interface NextGoalsInput {
  /** Goals that ended in the reviewed period, as the review judged them. */
  readonly ended: readonly ReviewGoal[];
  /** Every goal, for which growth points still have an open one. */
  readonly goals: readonly ReviewGoal[];
  /** Every ranked growth point (its growth rate and deadline), and which are the focus. */
  readonly points: readonly FocusPoint[];
  readonly focus: readonly string[];
  readonly days: DailyFigures | null;
  readonly today: number;
}

/**
 * What follows an ended goal: a missed one reset to the pace it kept (or offered to drop when it moved the wrong
 * way or not at all), an achieved one raised by its point's growth rate; nothing for a goal without a figure.
 */
function proposalFor(g: ReviewGoal, i: number, input: NextGoalsInput, deadline: number): Proposal | null {
  if (g.metric === null || g.current === null) return null;
  const id = `${g.status}:${i}:${nameKey(g.name)}`;
  const next = (target: number) => ({
    kind: "goal" as const,
    point: g.growthPoint,
    metric: g.metric as Metric,
    baseline: g.current as number,
    target,
    start: input.today,
    deadline,
  });
  if (g.status === "missed") {
    const moved = g.current - g.baseline,
      wanted = g.target - g.baseline;
    // Moved the wrong way, or not at all: there is no pace to aim at, and the operator decides whether to drop it.
    if (moved === 0 || Math.sign(moved) !== Math.sign(wanted)) return { id, kind: "drop", goal: null, from: g.name };
    const perDay = moved / Math.max(1, g.deadline - g.start);
    return { id, kind: "reset", from: g.name, goal: next(g.current + perDay * GOAL_DAYS) };
  }
  if (g.status !== "achieved") return null;
  // The point's rate, else the goal's own relative move: what it just showed it can do.
  const rate = input.points.find((p) => nameKey(p.name) === nameKey(g.growthPoint))?.growthRate ?? null;
  const by = rate ?? (g.baseline !== 0 ? Math.abs(g.target / g.baseline - 1) : 0);
  if (!(by > 0)) return null;
  const target = LOWER_IS_BETTER.has(g.metric) ? g.current * (1 - by) : g.current * (1 + by);
  return { id, kind: "raise", from: g.name, goal: next(Math.max(0, target)) };
}

/**
 * The next goals to tick: each ended goal's follow-up, then a goal for each focus point that has none open or
 * proposed.
 */
export function proposeNextGoals(input: NextGoalsInput): Proposal[] {
  const { today } = input;
  const deadline = toDateSerial(addDays(fromDateSerial(today), GOAL_DAYS));
  const proposals: Proposal[] = input.ended.flatMap((g, i) => proposalFor(g, i, input, deadline) ?? []);
  // Points that still have an open goal, or that a proposal above already sets one for, get no second.
  const open = new Set([
    ...input.goals
      .filter((g) => !["achieved", "missed", "invalid"].includes(g.status))
      .map((g) => nameKey(g.growthPoint)),
    ...proposals.flatMap((p) => (p.goal ? [nameKey(p.goal.point)] : [])),
  ]);
  const focus = input.points.filter((p) => input.focus.some((f) => nameKey(f) === nameKey(p.name)));
  for (const goal of goalsForFocus(focus, open, input.days ?? new Map(), today))
    proposals.push({ id: `focus:${nameKey(goal.point)}`, kind: "focus", goal, from: null });
  return proposals;
}
