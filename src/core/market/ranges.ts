/**
 * Sycm's market figures as its downloads write them: numbers with separators, 万 (ten thousand) and 亿 units,
 * percents as text, `-` for none, and search figures as ranges (`5000 ~ 1万`, `1% ~ 2.5%`). Each reads as a low and
 * a high (equal for a single figure): a range stays a range and is never made into a point.
 */

/** A figure as low and high bounds; a single figure has both the same. Rates are fractions. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
}

const UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, w: 1e4, W: 1e4 };

/** One figure: `12,345`, `1.2万`, `3.5%`, `0.8亿`; null when it is none of these. */
function single(text: string): { value: number; percent: boolean } | null {
  const m = /^([+-]?\d+(?:\.\d+)?)\s*(万|亿|w|W)?\s*(%)?$/.exec(text.replace(/[,，\s]/g, ""));
  if (!m) return null;
  const unit = m[2] ? (UNITS[m[2]] ?? 1) : 1;
  const percent = m[3] === "%";
  return { value: (Number(m[1]) * unit) / (percent ? 100 : 1), percent };
}

/**
 * A cell's figure as bounds: a number as it is, a text figure or range read; null for none (blank, `-`, `—`) or
 * for text that is not a figure. A range whose bounds are the wrong way round is put right.
 * @example figureBounds("5000 ~ 1万") → { low: 5000, high: 10000 }
 * @example figureBounds("1% ~ 2.5%") → { low: 0.01, high: 0.025 }
 */
export function figureBounds(cell: string | number | boolean | null | undefined): Bounds | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? { low: cell, high: cell } : null;
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "" || /^[-—–]+$/.test(text)) return null;
  const parts = text.split(/\s*(?:~|～|至|到)\s*|\s+-\s+/);
  if (parts.length > 2) return null;
  const read = parts.map(single);
  if (read.some((r) => r === null)) return null;
  const [a, b] = read as { value: number; percent: boolean }[];
  if (!a) return null;
  if (!b) return { low: a.value, high: a.value };
  // `1 ~ 2.5%`: a percent on the high bound only is the range's.
  const low = b.percent && !a.percent ? a.value / 100 : a.value;
  return { low: Math.min(low, b.value), high: Math.max(low, b.value) };
}

/** The middle of bounds, for sorting only: a range's figures are shown as the range. */
export const middle = (b: Bounds): number => (b.low + b.high) / 2;
