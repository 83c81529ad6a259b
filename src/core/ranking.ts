/**
 * Ranking growth points by expected growth: score = success rate × growth rate. The operator focuses on the few
 * at the top whose both rates are high.
 */
import type { InputRecord } from "./records";
import { fieldsFor } from "./records";
import { INPUTS, RANKING_OUTPUT, rowInOrder } from "./contract";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { Language } from "./language";
import { excelPrecision } from "./cellValues";

const field = fieldsFor(INPUTS.growthPoints.columns);

export const GROWTH_POINT_FIELDS = [
  field("growthPoint", "text", true, { aliases: ["项目", "Item", "Idea"] }),
  field("successRate", "successRate", true, { aliases: ["Success %", "Probability", "把握"] }),
  field("growthRate", "rate", true, { aliases: ["增幅", "Lift", "Expected growth", "预期增长"] }),
  field("owner", "text", false),
  field("deadline", "date", false, { aliases: ["Due"] }),
];

export type GrowthPointFieldSpec = (typeof GROWTH_POINT_FIELDS)[number];

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

export function growthPointsFrom(records: readonly InputRecord<GrowthPointFieldSpec>[]): GrowthPoint[] {
  return records.map((r) => ({
    name: r.fields.growthPoint,
    successRate: r.fields.successRate,
    growthRate: r.fields.growthRate,
    owner: r.fields.owner ?? null,
    deadline: r.fields.deadline ?? null,
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

/**
 * Scores that differ only by floating-point noise are equal: 10% × 45% and 30% × 15% differ in binary and must
 * tie. Rounding to 2⁻³⁰ (about 1e-9) keeps every difference an operator could mean (rates are typed to a few
 * decimals), and is a cheap whole number rather than a string per point.
 */
const SCORE_GRAIN = 2 ** 30;

/**
 * A growth point's expected growth: success rate × growth rate. The ranking and =GROWTHOPS.SCORE use this.
 * @example growthScore(0.6, 0.2) ≈ 0.12
 */
export function growthScore(successRate: number, growthRate: number): number {
  return successRate * growthRate;
}

/** Where a point stands against the two thresholds. The ranking and =GROWTHOPS.QUADRANT use this. */
export function quadrantOf(
  successRate: number,
  growthRate: number,
  successThreshold: number,
  growthThreshold: number
): Quadrant {
  const highSuccess = successRate >= successThreshold;
  const highGrowth = growthRate >= growthThreshold;
  return highSuccess ? (highGrowth ? "quickWin" : "safeBet") : highGrowth ? "longShot" : "deprioritize";
}
const scoreKey = (score: number) => Math.round(score * SCORE_GRAIN);

/** The k-th smallest value (0-based), in linear time on average; reorders `values`. */
function select(values: Float64Array, k: number): number {
  let lo = 0,
    hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo,
      j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

export function median(values: readonly number[] | Float64Array): number {
  if (values.length === 0) return 0;
  const copy = values instanceof Float64Array ? values : Float64Array.from(values);
  const mid = copy.length >> 1;
  if (copy.length % 2 === 1) return select(copy, mid);
  const upper = select(copy, mid);
  // After selecting, everything below index mid is ≤ the upper middle: the lower middle is their largest.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) lower = Math.max(lower, copy[i] as number);
  return (lower + upper) / 2;
}

/**
 * Point indexes in ranking order: score key descending, then success rate descending, then position in the list.
 * Score keys are whole numbers, so key and position pack into one double and sort as plain numbers; only runs of
 * equal scores are then put in success order. Keys too large to pack fall back to a comparator sort.
 */
function rankingOrder(keys: Float64Array, success: Float64Array): Uint32Array {
  const n = keys.length;
  const sorted = new Uint32Array(n);
  const tie = (a: number, b: number) => (success[b] as number) - (success[a] as number) || a - b;
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  let maxKey = 0;
  for (let i = 0; i < n; i++) if ((keys[i] as number) > maxKey) maxKey = keys[i] as number;
  if ((maxKey + 1) * scale >= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) sorted[i] = i;
    return sorted.sort((a, b) => (keys[b] as number) - (keys[a] as number) || tie(a, b));
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (maxKey - (keys[i] as number)) * scale + i;
  packed.sort();
  for (let p = 0; p < n; p++) sorted[p] = (packed[p] as number) % scale;
  for (let start = 0; start < n;) {
    const key = keys[sorted[start] as number];
    let end = start + 1;
    while (end < n && keys[sorted[end] as number] === key) end++;
    if (end - start > 1) sorted.subarray(start, end).sort(tie);
    start = end;
  }
  return sorted;
}

/**
 * Sorts by score, highest first; equal scores share a rank (1, 2, 2, 4) and among them the higher success rate
 * comes first, then input order (the points' order in the list). The top `focusLimit` rows with a positive score
 * are the focus.
 * @example rankPoints([{ name: "主图", successRate: 0.7, growthRate: 0.25, … }], DEFAULTS).rows[0].score === 0.175
 */
export function rankPoints(points: readonly GrowthPoint[], options: RankingOptions): Ranking {
  const n = points.length;
  // Typed arrays and packed sorts: a hundred thousand points rank at a few times the speed of sorting plain numbers.
  const keys = new Float64Array(n);
  const success = new Float64Array(n);
  const growth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i] as GrowthPoint;
    keys[i] = scoreKey(growthScore(p.successRate, p.growthRate));
    success[i] = p.successRate;
    growth[i] = p.growthRate;
  }
  const growthThresholdIsMedian = options.growthThreshold === "median";
  const growthThreshold = options.growthThreshold === "median" ? median(growth) : options.growthThreshold;
  const sorted = rankingOrder(keys, success);

  let rank = 0;
  let focusLeft = options.focusLimit;
  const rows: RankedGrowthPoint[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const index = sorted[i] as number;
    const point = points[index] as GrowthPoint;
    if (i === 0 || keys[index] !== keys[sorted[i - 1] as number]) rank = i + 1;
    const score = growthScore(point.successRate, point.growthRate);
    const focus = focusLeft > 0 && score > 0;
    if (focus) focusLeft--;
    const quadrant = quadrantOf(point.successRate, point.growthRate, options.successThreshold, growthThreshold);
    rows[i] = {
      name: point.name,
      successRate: point.successRate,
      growthRate: point.growthRate,
      owner: point.owner,
      deadline: point.deadline,
      row: point.row,
      order: point.order,
      rank,
      score,
      quadrant,
      focus,
    };
  }
  return {
    rows,
    successThreshold: options.successThreshold,
    growthThreshold,
    growthThresholdIsMedian,
    focusLimit: options.focusLimit,
  };
}

export const FOCUS_MARK = "★";

/** A growth point's record: of its goals that have ended (Achieved or Missed), how many were achieved. */
export interface TrackRecord {
  readonly achieved: number;
  readonly ended: number;
}

/** "2/3 achieved" / "达成 2/3": how the record reads in the ranking; "" for a point with no goal ended yet. */
export function trackRecordText(record: TrackRecord | undefined): "" | Phrase<"rank.trackRecord"> {
  if (!record || record.ended === 0) return "";
  return phrase("rank.trackRecord", { achieved: record.achieved, ended: record.ended });
}

/** The ranking as the output table's rows, in the order of RANKING_OUTPUT.columns. */
export function rankingRows(
  ranking: Ranking,
  language: Language,
  records: (name: string) => TrackRecord | undefined = () => undefined
): (string | number | Phrase<"rank.trackRecord">)[][] {
  return ranking.rows.map((r) =>
    rowInOrder<keyof typeof RANKING_OUTPUT.columns, string | number | Phrase<"rank.trackRecord">>(
      RANKING_OUTPUT.columns,
      {
        rank: r.rank,
        growthPoint: r.name,
        successRate: excelPrecision(r.successRate),
        growthRate: excelPrecision(r.growthRate),
        score: excelPrecision(r.score),
        quadrant: RANKING_OUTPUT.quadrants[r.quadrant][language],
        focus: r.focus ? FOCUS_MARK : "",
        owner: r.owner ?? "",
        deadline: r.deadline ?? "",
        trackRecord: trackRecordText(records(r.name)),
      }
    )
  );
}

/** Number formats of the output columns: percents for rates and score, a date for the deadline. */
export const RANKING_FORMATS: Readonly<Record<keyof typeof RANKING_OUTPUT.columns, string>> = {
  rank: "0",
  growthPoint: "@",
  successRate: "0%",
  growthRate: "0%",
  score: "0.0%",
  quadrant: "General",
  focus: "General",
  owner: "@",
  deadline: "yyyy-mm-dd",
  trackRecord: "@",
};
