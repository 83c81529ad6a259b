/**
 * Price bands: the market's demand by band (a pasted 价格带 table: the band, its share of units, buyers or 交易指数)
 * against our own sales by band, from the prices of our order lines, like with like: the market's units against our
 * units, its 交易指数 (read as value through the fit's exponent) against our sales. A band where the market buys and
 * we sell little is a gap, said with both shares.
 */
import type { Fit } from "../competition/calibration";
import { PRICE_BANDS } from "../contract";
import { KIND_FIELDS } from "../import/fields";
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import type { InputCells, RawCell } from "../records";
import { fieldCell, fieldsFor, readRecords } from "../records";
import { shownValue } from "../cellValues";
import { figureBounds } from "./ranges";

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
  lines: readonly { readonly price: number; readonly units: number }[],
  measure: DemandMeasure = "units"
): BandPosition[] {
  const units = bands.map(() => 0);
  let total = 0;
  for (const line of lines) {
    const at = bands.findIndex((b) => line.price >= b.low && line.price < b.high);
    if (at < 0) continue;
    // The market's 交易指数 is money: ours is counted in money too.
    const amount = measure === "value" ? line.units * line.price : line.units;
    units[at] = (units[at] ?? 0) + amount;
    total += amount;
  }
  return bands.map((b, i) => {
    const ours = total > 0 ? (units[i] ?? 0) / total : 0;
    return { ...b, ours, gap: b.demand >= GAP_DEMAND && ours < GAP_RATIO * b.demand };
  });
}

/**
 * What the market's demand is measured in: its units (支付件数占比), its buyers (支付买家数占比, set against our units:
 * a buyer buys about one unit of a band), or its money (交易指数 through the fit's exponent).
 */
export type DemandMeasure = "units" | "buyers" | "value";

const field = fieldsFor(PRICE_BANDS.columns);
export const PRICE_BAND_FIELDS = [
  field("band", "text", true, { aliases: KIND_FIELDS.priceBands.band ?? [] }),
  field("unitShare", "raw", false),
  field("buyerShare", "raw", false),
  field("tradeIndex", "raw", false),
] as const;

/** A share as pasted: a percent cell, `35.2%`, or a fraction; a bare number above 1 is read as a percent. */
function shareOf(cell: RawCell | undefined): number | null {
  if (!cell) return null;
  const b = figureBounds(typeof cell.value === "string" || typeof cell.value === "number" ? cell.value : null);
  if (!b) return null;
  if (cell.percent || typeof cell.value === "string") return b.low;
  return b.low > 1 ? b.low / 100 : b.low;
}

export type PriceBandRead =
  | { readonly bands: readonly PriceBand[]; readonly measure: DemandMeasure; readonly problems: readonly Problem[] }
  | { readonly lacking: "fit" | "shares"; readonly problems: readonly Problem[] };

/**
 * The Price Bands input read: each band's bounds and the market's demand in it, by the first measure every band
 * has (units, then buyers, then 交易指数, which needs the fit's exponent to be money). A band whose label is not a
 * band is a problem at its cell, as is a table whose shares add up past 100 %.
 */
export function readPriceBands(block: InputCells, fit: Pick<Fit, "b"> | null): PriceBandRead {
  const read = readRecords(block, PRICE_BAND_FIELDS);
  const problems: Problem[] = [...read.problems];
  const rows = read.records.flatMap((r) => {
    const bounds = bandBounds(r.fields.band);
    if (!bounds) {
      const cell = fieldCell(block, read.headerRow, PRICE_BAND_FIELDS[0], r.row);
      problems.push(
        problemAt("notPriceBand", {
          sheet: block.sheet,
          address: cell?.address ?? "",
          value: r.fields.band,
          field: cell?.header ?? "",
        })
      );
      return [];
    }
    const index = r.fields.tradeIndex ? figureBounds(shownValue(r.fields.tradeIndex.value)) : null;
    return [
      {
        label: r.fields.band.trim(),
        ...bounds,
        units: shareOf(r.fields.unitShare),
        buyers: shareOf(r.fields.buyerShare),
        index: index ? index.low : null,
      },
    ];
  });
  const every = (k: "units" | "buyers" | "index") => rows.length > 0 && rows.every((r) => r[k] !== null);
  const measure: DemandMeasure | "index" | null = every("units")
    ? "units"
    : every("buyers")
      ? "buyers"
      : every("index")
        ? "index"
        : null;
  // Bands with a measure some of them lack cannot be set against each other: said, never read as no demand.
  if (rows.length > 0 && measure === null) return { lacking: "shares", problems };
  if (measure === "index" && !fit) return { lacking: "fit", problems };
  const demand = rows.map((r) =>
    measure === "units" ? (r.units ?? 0) : measure === "buyers" ? (r.buyers ?? 0) : (r.index ?? 0) ** (fit?.b ?? 1)
  );
  // 交易指数 is not a share: each band's value over the bands' whole.
  const whole = measure === "index" ? demand.reduce((a, b) => a + b, 0) : 1;
  const bands = rows.map((r, i) => ({
    label: r.label,
    low: r.low,
    high: r.high,
    demand: whole > 0 ? (demand[i] ?? 0) / whole : 0,
  }));
  return {
    bands,
    measure: measure === "index" ? "value" : (measure ?? "units"),
    problems,
  };
}
