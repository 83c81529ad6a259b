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

const MONEY: ReadonlySet<Metric> = new Set<Metric>([
  "gmv",
  "gsv",
  "aov",
  "uvValue",
  "refunds",
  "adSpend",
  "adSales",
  "netSales",
  "profit",
]);

/** The kind of figure a store metric is. */
export function figureKindOf(metric: Metric): FigureKind {
  if (isRate(metric)) return "rate";
  if (MONEY.has(metric)) return "money";
  return metric === "roi" ? "ratio" : "count";
}

const grouped = (n: number, digits: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

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
export const shareText = (share: number, digits = 1): string =>
  signed(`${grouped(Math.abs(share) * 100, digits)}%`, roundedSign(share * 100, digits));

/** The sign a figure shows once rounded: −0.004 % shown to one decimal is 0.0 %, neither up nor down. */
const roundedSign = (n: number, digits: number) => Math.sign(Math.round(n * 10 ** digits));

/** A change in percentage points, worded by the catalogue ("+0.06 pt", "+0.06个百分点"). */
export type PointsPhrase = Phrase<"figure.points">;

/** A rate's change in percentage points: worded by the catalogue, the number signed and to two decimals. */
export const pointsPhrase = (points: number): PointsPhrase =>
  phrase("figure.points", { value: signed(grouped(Math.abs(points) * 100, 2), roundedSign(points * 100, 2)) });

/** A comparison's change as said: percentage points for a rate, a signed percent otherwise; null when there is none. */
export function changeWords(change: Comparison["change"]): string | PointsPhrase | null {
  if (!change) return null;
  return change.kind === "points" ? pointsPhrase(change.value) : shareText(change.value);
}

/**
 * An Excel number format that shows `value` to about `digits` significant figures, the value itself kept whole: a
 * fit's a of 0.000186038 shows as 0.0001860, not as 0.0001860384533 nor as 0.000.
 */
export function significantFormat(value: number, digits = 4): string {
  if (!Number.isFinite(value) || value === 0) return "0";
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}
