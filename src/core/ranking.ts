/**
 * Ranking growth points by expected growth: score = success rate × growth rate. The operator focuses on the few
 * at the top whose both rates are high.
 */
import type { FieldSpec, InputRecord } from "./records";
import { INPUTS, RANKING_OUTPUT } from "./contract";
import type { Bilingual, Language } from "./language";

export type GrowthPointField = "growthPoint" | "successRate" | "growthRate" | "owner" | "deadline";

const column = (i: number) => INPUTS.growthPoints.columns[i] as Bilingual;

export const GROWTH_POINT_FIELDS: readonly FieldSpec<GrowthPointField>[] = [
  { key: "growthPoint", name: column(0), aliases: ["项目", "Item", "Idea"], type: "text", required: true },
  { key: "successRate", name: column(1), aliases: ["Success %", "Probability", "把握"], type: "successRate", required: true },
  { key: "growthRate", name: column(2), aliases: ["增幅", "Lift", "Expected growth", "预期增长"], type: "rate", required: true },
  { key: "owner", name: column(3), aliases: [], type: "text", required: false },
  { key: "deadline", name: column(4), aliases: ["Due"], type: "date", required: false },
];

export interface GrowthPoint {
  readonly name: string;
  readonly successRate: number;
  readonly growthRate: number;
  readonly owner: string | null;
  /** Excel date serial. */
  readonly deadline: number | null;
  /** Sheet row it came from, zero-based. */
  readonly row: number;
  readonly order: number;
}

export function growthPointsFrom(records: readonly InputRecord<GrowthPointField>[]): GrowthPoint[] {
  return records.map((r) => ({
    name: r.fields.growthPoint as string,
    successRate: r.fields.successRate as number,
    growthRate: r.fields.growthRate as number,
    owner: (r.fields.owner as string | undefined) ?? null,
    deadline: (r.fields.deadline as number | undefined) ?? null,
    row: r.row,
    order: r.order,
  }));
}

export type Quadrant = keyof typeof RANKING_OUTPUT.quadrants;

export interface RankingOptions {
  /** How many of the top rows with a positive score are marked as focus (1–5). */
  readonly focusLimit: number;
  readonly successThreshold: number;
  readonly growthThreshold: number | "median";
}

export interface RankedGrowthPoint extends GrowthPoint {
  readonly rank: number;
  readonly score: number;
  readonly quadrant: Quadrant;
  readonly focus: boolean;
}

export interface Ranking {
  readonly rows: readonly RankedGrowthPoint[];
  readonly successThreshold: number;
  /** The growth threshold used: the setting, or the median growth rate. */
  readonly growthThreshold: number;
  readonly growthThresholdIsMedian: boolean;
  readonly focusLimit: number;
}

/** Scores that differ only past 12 significant digits are equal: 10% × 45% and 30% × 15% tie. */
const scoreKey = (score: number) => Number(score.toPrecision(12));

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Sorts by score, highest first; equal scores share a rank (1, 2, 2, 4) and among them the higher success rate
 * comes first, then input order. The top `focusLimit` rows with a positive score are the focus.
 * @example rankGrowthPoints([{ name: "主图", successRate: 0.7, growthRate: 0.25, … }], DEFAULTS).rows[0].score === 0.175
 */
export function rankGrowthPoints(points: readonly GrowthPoint[], options: RankingOptions): Ranking {
  const growthThresholdIsMedian = options.growthThreshold === "median";
  const growthThreshold = options.growthThreshold === "median" ? median(points.map((p) => p.growthRate)) : options.growthThreshold;
  const scored = points.map((p) => ({ point: p, score: p.successRate * p.growthRate, key: scoreKey(p.successRate * p.growthRate) }));
  scored.sort((a, b) => b.key - a.key || b.point.successRate - a.point.successRate || a.point.order - b.point.order);

  let rank = 0;
  let focusLeft = options.focusLimit;
  const rows = scored.map((s, i) => {
    if (i === 0 || s.key !== scored[i - 1]?.key) rank = i + 1;
    const focus = focusLeft > 0 && s.score > 0;
    if (focus) focusLeft--;
    const highSuccess = s.point.successRate >= options.successThreshold;
    const highGrowth = s.point.growthRate >= growthThreshold;
    const quadrant: Quadrant = highSuccess ? (highGrowth ? "quickWin" : "safeBet") : highGrowth ? "longShot" : "deprioritize";
    return { ...s.point, rank, score: s.score, quadrant, focus };
  });
  return { rows, successThreshold: options.successThreshold, growthThreshold, growthThresholdIsMedian, focusLimit: options.focusLimit };
}

export const FOCUS_MARK = "★";

/** The ranking as the output table's rows, in the order of RANKING_OUTPUT.columns. */
export function rankingRows(ranking: Ranking, language: Language): (string | number)[][] {
  return ranking.rows.map((r) => [
    r.rank,
    r.name,
    r.successRate,
    r.growthRate,
    r.score,
    RANKING_OUTPUT.quadrants[r.quadrant][language],
    r.focus ? FOCUS_MARK : "",
    r.owner ?? "",
    r.deadline ?? "",
  ]);
}

/** Number formats of the output columns: percents for rates and score, a date for the deadline. */
export const RANKING_FORMATS = ["0", "@", "0%", "0%", "0.0%", "General", "General", "@", "yyyy-mm-dd"] as const;
