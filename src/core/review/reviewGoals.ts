/**
 * The Goals input as a review sees it: every goal judged the day after the period (so a goal whose deadline is the
 * period's last day has ended), with Store Metrics as it stood on that last day. A review of an earlier week thus
 * shows what that week showed, not what later days changed.
 */
import type { GoalFieldSpec } from "../goals";
import { goalRows, trackRecords } from "../goals";
import type { Metric } from "../import/metrics";
import { nameKey } from "../names";
import type { ReadResult } from "../records";
import type { DailyFigures, MetricReading } from "../storeMetricLookup";
import { metricNamed } from "../storeMetricLookup";
import { goalHistory, goalReadings } from "../goalMeasure";
import { daysUpTo } from "./weeklyReview";
import type { ReviewPeriod } from "./period";
import type { ReviewGoal } from "./weeklyReview";

/**
 * A metric's goal figure (goalMeasure.ts) on the latest day up to `to`, and its goal figures up to then (oldest
 * first), from Store Metrics' days as they stood on that day.
 */
export function figuresUpTo(
  days: DailyFigures | null,
  to: number
): { latest: (m: Metric) => MetricReading | null; history: (m: Metric) => [number, number][] } {
  const upTo = days ? daysUpTo(days, to) : null;
  return { latest: goalReadings(upTo), history: goalHistory(upTo) };
}

export function reviewGoals(
  read: ReadResult<GoalFieldSpec>,
  bodyRows: number,
  days: DailyFigures | null,
  period: ReviewPeriod,
  atRiskBand: number
): ReviewGoal[] {
  const { latest, history } = figuresUpTo(days, period.to);
  const judged = period.to + 1;
  const records = trackRecords(read, bodyRows, latest, judged, atRiskBand);
  const byRow = new Map(read.records.map((r) => [r.row, r.fields]));
  return goalRows(read, bodyRows, latest, judged, atRiskBand, history).flatMap((row, i): ReviewGoal[] => {
    const f = byRow.get(read.headerRow + 1 + i);
    if (row.kind !== "goal" || !f) return [];
    const r = row.result;
    const noData = r.status === "invalid" && r.note.kind === "noCurrent";
    const metric = f.metric === undefined ? null : metricNamed(f.metric);
    return [
      {
        name: f.goal,
        growthPoint: f.growthPoint ?? "",
        metric,
        status: noData ? "noData" : r.status,
        start: f.start,
        deadline: f.deadline,
        baseline: f.baseline,
        target: f.target,
        current: r.status === "invalid" ? null : (f.current ?? (metric ? latest(metric)?.value : undefined) ?? null),
        projected: r.projected ?? null,
        neededPerDay: r.neededPerDay ?? null,
        record: f.growthPoint ? (records.get(nameKey(f.growthPoint)) ?? null) : null,
      },
    ];
  });
}
