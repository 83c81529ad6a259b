/**
 * Goal status: how far a goal has come against how much of its time has passed. "Main image CTR from 4.8% to 6%
 * by Friday" is on track when its progress keeps up with the calendar.
 */
import { parseBlock } from "./cellAddress";
import { GOAL_OUTPUT, INPUTS } from "./contract";
import type { Metric } from "./import/metrics";
import type { Language } from "./language";
import { indexOfName, nameKey } from "./names";
import type { Problem } from "./problems";
import type { InputCells, ReadResult } from "./records";
import { fieldsFor, readRecords } from "./records";
import { goalReadings } from "./goalMeasure";
import type { MetricReading } from "./storeMetricLookup";
import { dailyFigures, metricNamed } from "./storeMetricLookup";
import { isRate } from "./compare/comparison";

const field = fieldsFor(INPUTS.goals.columns);

export const GOAL_FIELDS = [
  field("goal", "text", true),
  field("growthPoint", "text", false),
  field("metric", "text", false),
  field("baseline", "numberOrRate", true, { aliases: ["起始值"] }),
  field("target", "numberOrRate", true),
  field("current", "numberOrRate", false),
  field("start", "date", true),
  field("deadline", "date", true, { aliases: ["Due"] }),
];

export type GoalFieldSpec = (typeof GOAL_FIELDS)[number];
export type GoalField = GoalFieldSpec["key"];

export type GoalStatus = keyof typeof GOAL_OUTPUT.statuses;

export type GoalNote =
  | { readonly kind: "none" }
  | { readonly kind: "targetEqualsBaseline" }
  | { readonly kind: "deadlineBeforeStart" }
  | { readonly kind: "noCurrent" }
  /** Current is the goal's 7-day figure from Store Metrics, up to `date`, over `days` days with data. */
  | { readonly kind: "currentFromMetrics"; readonly date: number; readonly days?: number };

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
  /** The value at the deadline if the last days' pace holds, within the metric's range; null when there is no pace to go by. */
  readonly projected?: number | null;
  /** How the projection was made: the trend of the goal's figure over the last 7 days, or its average pace since the start. */
  readonly projection?: Projection | null;
  /** How much the metric must move each day from now to reach the target by the deadline; null when no day is left. */
  readonly neededPerDay?: number | null;
  /** (current − baseline) / (target − baseline); null when it cannot be computed. */
  readonly progress: number | null;
  /** Share of the goal's time gone, within 0–1. */
  readonly timeElapsed: number | null;
  /** Whole days to the deadline, 0 once it has passed. */
  readonly daysLeft: number | null;
  readonly note: GoalNote;
}

/**
 * How far a goal has come: (current − baseline) / (target − baseline), so a goal going down counts too. Goal status
 * and =GROWTHOPS.PROGRESS use this; the caller has checked that target ≠ baseline.
 */
export function goalProgress(baseline: number, target: number, current: number): number {
  return (current - baseline) / (target - baseline);
}

const invalid = (note: GoalNote): GoalResult => ({
  status: "invalid",
  progress: null,
  timeElapsed: null,
  daysLeft: null,
  note,
});

/**
 * The first status that applies: Achieved (progress ≥ 100%), Missed (past the deadline), Not started (before the
 * start), On track (on its first day, or progress ≥ time elapsed), At risk (behind by less than the band), Behind.
 * A goal set today has had no time to fall behind: a wobble on its first day is not a verdict.
 * Progress is measured in the direction of the target, so a refund rate going from 5% to 3% works too.
 * @example judgeGoal({ baseline: 0.048, target: 0.06, current: 0.054, start: 46348, deadline: 46355 }, 46351, 0.2).status === "onTrack"
 */
export function judgeGoal(goal: GoalInput, today: number, atRiskBand: number): GoalResult {
  if (goal.target === goal.baseline) return invalid({ kind: "targetEqualsBaseline" });
  if (goal.deadline < goal.start) return invalid({ kind: "deadlineBeforeStart" });
  if (goal.current === null) return invalid({ kind: "noCurrent" });

  const progress = goalProgress(goal.baseline, goal.target, goal.current);
  const span = goal.deadline - goal.start;
  const timeElapsed =
    span === 0 ? (today >= goal.start ? 1 : 0) : Math.min(1, Math.max(0, (today - goal.start) / span));
  const daysLeft = Math.max(0, goal.deadline - today);
  const status: GoalStatus =
    progress >= 1 - 1e-12
      ? "achieved"
      : today > goal.deadline
        ? "missed"
        : today < goal.start
          ? "notStarted"
          : Math.floor(today) === Math.floor(goal.start) || progress >= timeElapsed - 1e-12
            ? "onTrack"
            : timeElapsed - progress < atRiskBand
              ? "atRisk"
              : "behind";
  return { status, progress, timeElapsed, daysLeft, note: { kind: "none" } };
}

/** The columns the add-in writes into Goals, in the order it adds them. */
export type GoalColumn = keyof typeof GOAL_OUTPUT.columns;

/**
 * Sheet columns of the written columns already in the header row, found by name in either language, so a rerun
 * writes where the last one did (and a column the user renamed to the other language is still found).
 */
export function writtenColumns(headers: readonly string[], firstColumn: number): Partial<Record<GoalColumn, number>> {
  const found: Partial<Record<GoalColumn, number>> = {};
  for (const column of Object.keys(GOAL_OUTPUT.columns) as GoalColumn[]) {
    const at = indexOfName(headers, GOAL_OUTPUT.columns[column]);
    if (at >= 0) found[column] = firstColumn + at;
  }
  return found;
}

/** What one row under the Goals header gets: nothing (a blank row), a goal's status, or Invalid with the problem that row had. */
export type GoalRow =
  | { readonly kind: "blank" }
  | { readonly kind: "goal"; readonly result: GoalResult; readonly note: GoalNote }
  | { readonly kind: "problem"; readonly problem: Problem };

export type Projection = "trend" | "sinceStart";

/**
 * The pace a goal's metric keeps: its change per day over the last 7 days of its goal figure (a least-squares
 * slope, at least two days), else its average since the start ((current − baseline) ÷ days since start).
 * @example metricPace([[46343, 0.048], [46349, 0.054]], 0.048, 0.054, 46343, 46349) → { pace: 0.001, method: "trend" }
 */
export function metricPace(
  history: readonly (readonly [number, number])[],
  baseline: number,
  current: number,
  start: number,
  today: number
): { pace: number; method: Projection } | null {
  const recent = history.filter(([date]) => date > today - 7 && date <= today);
  if (recent.length >= 2) {
    const n = recent.length;
    const meanX = recent.reduce((s, [x]) => s + x, 0) / n;
    const meanY = recent.reduce((s, [, y]) => s + y, 0) / n;
    const sxx = recent.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
    if (sxx > 0) return { pace: recent.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0) / sxx, method: "trend" };
  }
  return today > start ? { pace: (current - baseline) / (today - start), method: "sinceStart" } : null;
}

/** Where a measure can go: a rate stays within 0–100 %, a count or an amount at or above zero. */
export interface MeasureRange {
  readonly min: number;
  readonly max: number;
}

/** The range of a store metric's values. */
export const rangeOf = (metric: Metric | null): MeasureRange =>
  metric && isRate(metric)
    ? { min: 0, max: 1 }
    : metric
      ? { min: 0, max: Infinity }
      : { min: -Infinity, max: Infinity };

/**
 * Projected value at the deadline (kept within the measure's range: a trend does not take a conversion rate below
 * zero) and what is needed per day, from the current value and the pace.
 */
export function goalPace(
  goal: GoalInput,
  today: number,
  pace: number | null,
  range: MeasureRange = rangeOf(null)
): { projected: number | null; neededPerDay: number | null } {
  if (goal.current === null) return { projected: null, neededPerDay: null };
  const daysLeft = Math.max(0, goal.deadline - today);
  return {
    projected: pace === null ? null : Math.min(range.max, Math.max(range.min, goal.current + pace * daysLeft)),
    neededPerDay: daysLeft > 0 ? (goal.target - goal.current) / daysLeft : null,
  };
}

/** Whether a projection falls short of the target, in the target's direction. */
export const projectedShort = (goal: GoalInput, projected: number | null): boolean =>
  projected !== null &&
  (goal.target > goal.baseline ? projected < goal.target - 1e-12 : projected > goal.target + 1e-12);

/**
 * Status for every row of the Goals input, row for row from the one under the header. A goal whose Current is
 * blank takes its metric's latest value from Store Metrics; a row that could not be read is Invalid, with its
 * first problem as its note.
 */
export function goalRows(
  read: ReadResult<GoalFieldSpec>,
  bodyRows: number,
  latest: (metric: Metric) => MetricReading | null,
  today: number,
  atRiskBand: number,
  history: (metric: Metric) => readonly (readonly [number, number])[] = () => []
): GoalRow[] {
  const byRow = new Map(read.records.map((r) => [r.row, r]));
  const problemByRow = new Map<number, Problem>();
  const rejected = new Set(read.rejectedRows);
  for (const p of read.problems) {
    const row = parseBlock(p.address)?.firstRow;
    if (row !== undefined && rejected.has(row) && !problemByRow.has(row)) problemByRow.set(row, p);
  }
  return Array.from({ length: bodyRows }, (_, i): GoalRow => {
    const row = read.headerRow + 1 + i;
    const record = byRow.get(row);
    if (!record) {
      const problem = problemByRow.get(row);
      return problem ? { kind: "problem", problem } : { kind: "blank" };
    }
    const f = record.fields;
    let current = f.current ?? null;
    let source: GoalNote = { kind: "none" };
    const metric = current === null && f.metric !== undefined ? metricNamed(f.metric) : null;
    const reading = metric ? latest(metric) : null;
    if (reading) {
      current = reading.value;
      source =
        reading.days === undefined
          ? { kind: "currentFromMetrics", date: reading.date }
          : { kind: "currentFromMetrics", date: reading.date, days: reading.days };
    }
    const goal = { baseline: f.baseline, target: f.target, current, start: f.start, deadline: f.deadline };
    const status = judgeGoal(goal, today, atRiskBand);
    const named = f.metric !== undefined ? metricNamed(f.metric) : null;
    const pace =
      status.status === "invalid" || current === null
        ? null
        : metricPace(named ? history(named) : [], f.baseline, current, f.start, today);
    const projection = goalPace(goal, today, pace?.pace ?? null, rangeOf(named));
    // On track means the projection reaches the target too: a pace that falls short is a risk, whatever the calendar says.
    const followed =
      status.status === "onTrack" && today > goal.start && projectedShort(goal, projection.projected)
        ? "atRisk"
        : status.status;
    const result: GoalResult =
      status.status === "invalid"
        ? status
        : { ...status, status: followed, ...projection, projection: pace?.method ?? null };
    return { kind: "goal", result, note: result.note.kind === "none" ? source : result.note };
  });
}

/**
 * Each growth point's track record from the goals that name it: of those that have ended (Achieved or Missed),
 * how many were achieved, so the operator can calibrate the success rate they estimate. Keyed by `nameKey`.
 */
export function trackRecords(
  read: ReadResult<GoalFieldSpec>,
  bodyRows: number,
  latest: (metric: Metric) => MetricReading | null,
  today: number,
  atRiskBand: number
): Map<string, { achieved: number; ended: number }> {
  const points = new Map(read.records.map((r) => [r.row, r.fields.growthPoint]));
  const records = new Map<string, { achieved: number; ended: number }>();
  goalRows(read, bodyRows, latest, today, atRiskBand).forEach((row, i) => {
    const point = points.get(read.headerRow + 1 + i);
    if (row.kind !== "goal" || !point || (row.result.status !== "achieved" && row.result.status !== "missed")) return;
    const record = records.get(nameKey(point)) ?? { achieved: 0, ended: 0 };
    record.ended++;
    if (row.result.status === "achieved") record.achieved++;
    records.set(nameKey(point), record);
  });
  return records;
}

/**
 * The goals that need attention on a day: those Behind or At risk, by name with their status in the operator's
 * language, for the daily report.
 */
export function goalsNeedingAttention(
  read: ReadResult<GoalFieldSpec>,
  bodyRows: number,
  latest: (metric: Metric) => MetricReading | null,
  today: number,
  atRiskBand: number,
  language: Language
): { name: string; status: string }[] {
  const names = new Map(read.records.map((r) => [r.row, r.fields.goal]));
  return goalRows(read, bodyRows, latest, today, atRiskBand).flatMap((row, i) => {
    if (row.kind !== "goal" || (row.result.status !== "behind" && row.result.status !== "atRisk")) return [];
    return [
      { name: names.get(read.headerRow + 1 + i) ?? "", status: GOAL_OUTPUT.statuses[row.result.status][language] },
    ];
  });
}

/**
 * Each growth point's track record from the Goals input, judged on Store Metrics' days; none when Goals is missing
 * or cannot be read: a ranking or a suggestion never fails for its goals.
 */
export function growthPointRecords(
  goals: InputCells | null,
  metrics: InputCells | null,
  today: number,
  band: number
): Map<string, { achieved: number; ended: number }> {
  if (!goals) return new Map();
  const read = readRecords(goals, GOAL_FIELDS);
  if (read.headerRow < 0) return new Map();
  const bodyRows = goals.firstRow + goals.values.length - 1 - read.headerRow;
  return trackRecords(read, bodyRows, goalReadings(dailyFigures(metrics)), today, band);
}
