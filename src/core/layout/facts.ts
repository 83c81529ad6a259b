/**
 * Sycm's product report as product layout reads it: one row a product and a day (统计日期, 商品ID, 商品名称, 商品访客数,
 * 支付买家数 or 支付转化率, 支付金额, 支付件数), its columns found by every spelling the import knows; and a product's
 * figures over a period added up from its days.
 */
import { KIND_FIELDS } from "../import/fields";
import { indexOfName } from "../names";
import type { ProductTotals } from "./tiers";

type Cell = string | number | boolean | null | undefined;

const FIELDS = KIND_FIELDS.sycmProducts;
/** The product report's columns layout reads, by every spelling the import knows. */
export const LAYOUT_COLUMNS = {
  day: FIELDS.date ?? [],
  id: FIELDS.productId ?? [],
  name: FIELDS.productName ?? [],
  visitors: FIELDS.visitors ?? [],
  buyers: FIELDS.payingBuyers ?? [],
  conversion: FIELDS.conversion ?? [],
  gmv: FIELDS.gmv ?? [],
  units: FIELDS.paidItems ?? [],
} as const;

/** A product's figures on one day. */
export interface ProductDay extends ProductTotals {
  readonly day: number;
}

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());
const number = (cell: Cell) => (typeof cell === "number" && Number.isFinite(cell) ? cell : 0);

/** Where each column stands in the headers (−1 when absent). */
export function layoutColumns(headers: readonly string[]): Record<keyof typeof LAYOUT_COLUMNS, number> {
  const at = (names: readonly string[]) => indexOfName(headers, names as string[]);
  return {
    day: at(LAYOUT_COLUMNS.day),
    id: at(LAYOUT_COLUMNS.id),
    name: at(LAYOUT_COLUMNS.name),
    visitors: at(LAYOUT_COLUMNS.visitors),
    buyers: at(LAYOUT_COLUMNS.buyers),
    conversion: at(LAYOUT_COLUMNS.conversion),
    gmv: at(LAYOUT_COLUMNS.gmv),
    units: at(LAYOUT_COLUMNS.units),
  };
}

/** The columns layout reads, in the table's order: the only ones a command reads of a long report. */
export function layoutColumnsOf(headers: readonly string[]): number[] {
  return Object.values(layoutColumns(headers))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
}

/**
 * The report's rows as product days: a row without a day (a download covering several days) or a product is passed
 * over; buyers come from 支付买家数, else from visitors × 支付转化率.
 */
export function productDays(headers: readonly string[], rows: readonly (readonly Cell[])[]): ProductDay[] {
  const at = layoutColumns(headers);
  return rows.flatMap((row) => {
    const day = row[at.day];
    const id = text(row[at.id]);
    if (typeof day !== "number" || day < 1 || id === "") return [];
    const visitors = number(row[at.visitors]);
    const buyers = at.buyers >= 0 ? number(row[at.buyers]) : Math.round(visitors * number(row[at.conversion]));
    return [
      {
        day: Math.floor(day),
        id,
        name: text(row[at.name]) || id,
        visitors,
        buyers,
        gmv: number(row[at.gmv]),
        units: number(row[at.units]),
      },
    ];
  });
}

/** Each product's figures over [from, to], its latest name kept; products with no day in the period are left out. */
export function totalsIn(days: readonly ProductDay[], from: number, to: number): ProductTotals[] {
  const byId = new Map<string, { -readonly [K in keyof ProductTotals]: ProductTotals[K] } & { last: number }>();
  for (const d of days) {
    if (d.day < from || d.day > to) continue;
    const found = byId.get(d.id) ?? { id: d.id, name: d.name, visitors: 0, buyers: 0, gmv: 0, units: 0, last: -1 };
    found.visitors += d.visitors;
    found.buyers += d.buyers;
    found.gmv += d.gmv;
    found.units += d.units;
    if (d.day >= found.last) {
      found.name = d.name;
      found.last = d.day;
    }
    byId.set(d.id, found);
  }
  return [...byId.values()].map((t) => ({
    id: t.id,
    name: t.name,
    visitors: t.visitors,
    buyers: t.buyers,
    gmv: t.gmv,
    units: t.units,
  }));
}
