/**
 * Price bands: the market's demand by band (a pasted 价格带 table: the band, its share of units, buyers or 交易指数)
 * against our own sales by band, from the prices of our order lines. A band where the market buys and we sell
 * little is a gap, said with both shares.
 */

export interface PriceBand {
  /** The band's label as the page writes it (`0-50`, `300以上`). */
  readonly label: string;
  /** Its bounds in yuan; high is Infinity for an open top band. */
  readonly low: number;
  readonly high: number;
  /** The market's share of demand in the band (fractions adding up to about 1). */
  readonly demand: number;
}

export interface BandPosition extends PriceBand {
  /** Our share of units sold in the band. */
  readonly ours: number;
  /** A band with a fifth or more of the market's demand and under half that share of ours. */
  readonly gap: boolean;
}

/** A band's label read as bounds: `50-100`, `50~100`, `300以上` / `300+`, `50以下`; null for anything else. */
export function bandBounds(label: string): { low: number; high: number } | null {
  const text = label.replace(/[¥￥元\s,]/g, "");
  const range = /^(\d+(?:\.\d+)?)[-~～至到](\d+(?:\.\d+)?)$/.exec(text);
  if (range) return { low: Number(range[1]), high: Number(range[2]) };
  const above = /^(\d+(?:\.\d+)?)(?:以上|\+)$/.exec(text);
  if (above) return { low: Number(above[1]), high: Infinity };
  const below = /^(\d+(?:\.\d+)?)以下$/.exec(text);
  if (below) return { low: 0, high: Number(below[1]) };
  return null;
}

/** A fifth of the market's demand makes a band matter; under half that share of ours makes it a gap. */
export const GAP_DEMAND = 0.2;
export const GAP_RATIO = 0.5;

/**
 * Each band with our share of units in it, from our order lines (unit price, units); a line priced on a band's
 * boundary counts in the band it opens (50 is in 50-100, not 0-50), as price filters on Taobao read.
 */
export function bandPositions(
  bands: readonly PriceBand[],
  lines: readonly { readonly price: number; readonly units: number }[]
): BandPosition[] {
  const units = bands.map(() => 0);
  let total = 0;
  for (const line of lines) {
    const at = bands.findIndex((b) => line.price >= b.low && line.price < b.high);
    if (at < 0) continue;
    units[at] = (units[at] ?? 0) + line.units;
    total += line.units;
  }
  return bands.map((b, i) => {
    const ours = total > 0 ? (units[i] ?? 0) / total : 0;
    return { ...b, ours, gap: b.demand >= GAP_DEMAND && ours < GAP_RATIO * b.demand };
  });
}
