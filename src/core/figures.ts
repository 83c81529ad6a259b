/**
 * One way to write each kind of figure the add-in prints in a sentence (a report, a review, a goal's name), so a
 * figure reads the same wherever it appears: money to the fen, counts whole, rates as percents with two decimals,
 * ratios (ROI) with two, indices whole, a rate's change in percentage points and anything else's as a percent.
 * Cells keep numbers with a number format instead; these are for text.
 */
import type { Comparison } from "./compare/comparison";
import { isRate } from "./compare/comparison";
import type { Metric } from "./import/metrics";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";

export type FigureKind = "money" | "count" | "rate" | "ratio" | "index";

const MONEY: ReadonlySet<Metric> = new Set<Metric>(["gmv", "gsv", "aov", "uvValue", "refunds", "adSpend", "adSales"]);

/** The kind of figure a store metric is. */
export function figureKindOf(metric: Metric): FigureKind {
  if (isRate(metric)) return "rate";
  if (MONEY.has(metric)) return "money";
  return metric === "roi" ? "ratio" : "count";
}

const grouped = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * A figure as text, by its kind.
 * @example figureText(1234.5, "money") === "1,234.50"; figureText(0.0436, "rate") === "4.36%"
 */
export function figureText(value: number, kind: FigureKind): string {
  switch (kind) {
    case "money":
      return grouped(value, 2);
    case "rate":
      return `${grouped(value * 100, 2)}%`;
    case "ratio":
      return grouped(value, 2);
    case "count":
    case "index":
      return grouped(Math.round(value), 0);
  }
}

/** A store metric's figure as text. */
export const metricText = (metric: Metric, value: number): string => figureText(value, figureKindOf(metric));

/** A signed number's text: "+" before a rise, "−" (the minus sign) before a fall, nothing before zero. */
export function signed(text: string, n: number): string {
  const bare = text.replace(/^[-−+]/, "");
  return n > 0 ? `+${bare}` : n < 0 ? `−${bare}` : bare;
}

/** A share of change as text: "+10.0%". */
export const shareText = (share: number, digits = 1): string => signed(`${grouped(Math.abs(share) * 100, digits)}%`, roundedSign(share * 100, digits));

/** The sign a figure shows once rounded: −0.004 % shown to one decimal is 0.0 %, neither up nor down. */
const roundedSign = (n: number, digits: number) => Math.sign(Math.round(n * 10 ** digits));

/** A change in percentage points, worded by the catalogue ("+0.06 pt", "+0.06个百分点"). */
export type PointsPhrase = Phrase<"figure.points">;

/** A rate's change in percentage points: worded by the catalogue, the number signed and to two decimals. */
export const pointsPhrase = (points: number): PointsPhrase => phrase("figure.points", { value: signed(grouped(Math.abs(points) * 100, 2), roundedSign(points * 100, 2)) });

/** A comparison's change as said: percentage points for a rate, a signed percent otherwise; null when there is none. */
export function changeWords(change: Comparison["change"]): string | PointsPhrase | null {
  if (!change) return null;
  return change.kind === "points" ? pointsPhrase(change.value) : shareText(change.value);
}

/**
 * A number to a few significant figures, for fitted constants (a calibration's a and b) that mean nothing past
 * them: 0.000001578384426 → "1.578e-6", 0.8312456 → "0.8312".
 */
export function significantText(n: number, digits = 4): string {
  if (!Number.isFinite(n) || n === 0) return String(n);
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  if (magnitude < -3 || magnitude >= 9) return n.toExponential(digits - 1).replace(/\.?0+e/, "e").replace("e+", "e");
  return String(Number(n.toPrecision(digits)));
}

/**
 * A step between axis ticks that a person reads at a glance (1, 2 or 5 times a power of ten), giving about
 * `ticks` intervals over the range: an axis at 0, 100,000, 200,000 … rather than 415,179.2.
 * @example roundStep(0, 415179.2, 5) === 100000
 */
export function roundStep(min: number, max: number, ticks = 5): number {
  const range = max - min;
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const raw = range / Math.max(1, ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}
