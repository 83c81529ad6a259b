/**
 * The Stock input read, and each product's stock against its sales: days of cover (units in stock ÷ units sold a
 * day, over the last 7 and 28 days), stock-out risk (cover shorter than the lead time and safety days) and slow
 * stock (cover over SLOW_COVER_DAYS, or no sale in the last 30 days) with the money it ties up.
 */
import { STOCK } from "../contract";
import { KIND_FIELDS } from "../import/fields";
import type { Problem } from "../problems";
import { readProductRows } from "../productRows";
import type { InputCells } from "../records";
import { fieldsFor } from "../records";

const field = fieldsFor(STOCK.columns);
// The spellings of the lists the import recognises (one place: import/fields.ts), and what operators type when pasting.
const spelt = (key: keyof typeof STOCK.columns, ...more: string[]) => ({
  aliases: [...(KIND_FIELDS.stockList[key] ?? []), ...more],
});
export const STOCK_FIELDS = [
  field("productId", "text", false, spelt("productId")),
  field("code", "text", false, spelt("code", "Code")),
  field("sku", "text", false, spelt("sku")),
  field("units", "number", true, { ...spelt("units", "数量", "Stock", "Units"), min: 0 }),
  field("listed", "date", false, spelt("listed", "Listed")),
  field("unitCost", "number", false, spelt("unitCost", "Cost")),
] as const;

/** A product's stock: its SKUs' units added up, its earliest listing, and a unit cost where the row gives one. */
export interface ProductStock {
  /** 商品ID where the rows give it; else the code, which Costs may tie to an ID. */
  readonly productId: string;
  readonly code: string;
  readonly units: number;
  /** Excel serial; null when no row says. */
  readonly listed: number | null;
  readonly unitCost: number | null;
}

/** The Stock input by product, every problem with its cell; a row with a problem adds nothing. */
export function readStock(block: InputCells): { stock: ProductStock[]; problems: Problem[]; stopped: boolean } {
  const read = readProductRows(block, STOCK_FIELDS, STOCK.columns, "repeatedStock");
  const byProduct = new Map<string, { -readonly [K in keyof ProductStock]: ProductStock[K] }>();
  for (const { record, code, productId } of read.rows) {
    const { units, listed, unitCost } = record.fields;
    // By the product's ID where the row gives one: an ERP list gives each SKU a code of its own under one ID.
    const product = productId !== "" ? productId : code;
    const found = byProduct.get(product) ?? { productId, code, units: 0, listed: null, unitCost: null };
    found.units += units;
    if (listed !== undefined) found.listed = found.listed === null ? listed : Math.min(found.listed, listed);
    if (unitCost !== undefined && found.unitCost === null) found.unitCost = unitCost;
    byProduct.set(product, found);
  }
  return { stock: [...byProduct.values()], problems: read.problems, stopped: read.stopped };
}

/** Cover beyond this many days is money sitting on a shelf. */
export const SLOW_COVER_DAYS = 90;
/** Days without a sale after which stock is slow whatever its cover. */
export const NO_SALE_DAYS = 30;

export interface CoverInput {
  readonly stock: number;
  /** Units sold over the last 7 days, and over the last `days28` (28, or fewer when the report is shorter). */
  readonly units7: number;
  readonly units28: number;
  readonly days28: number;
  /** Any unit sold in the last NO_SALE_DAYS days (or over the whole report, when shorter). */
  readonly soldLately: boolean;
  readonly unitCost: number | null;
}

export interface Cover {
  /** Days the stock lasts at the rate of the last 7 and 28 days; null when nothing sold (it never runs out). */
  readonly cover7: number | null;
  readonly cover28: number | null;
  readonly stockOut: boolean;
  readonly slow: boolean;
  /** Units × unit cost, for slow stock; null without a cost. */
  readonly tied: number | null;
}

/**
 * A product's cover. Stock-out risk takes the faster of the two rates (the shorter cover: the harder case for the
 * shop); slow stock the 28 days', so one quiet week does not call a product slow.
 * @example coverOf({ stock: 30, units7: 14, units28: 28, days28: 28, soldLately: true, unitCost: 5 }, 10)
 *   → cover7 15, cover28 30, stockOut false
 */
export function coverOf(c: CoverInput, leadPlusSafety: number): Cover {
  const cover = (units: number, days: number) => (units > 0 ? c.stock / (units / days) : null);
  const cover7 = cover(c.units7, 7);
  const cover28 = cover(c.units28, c.days28);
  const shortest = Math.min(cover7 ?? Infinity, cover28 ?? Infinity);
  const slow = c.stock > 0 && ((cover28 !== null && cover28 > SLOW_COVER_DAYS) || !c.soldLately);
  return {
    cover7,
    cover28,
    stockOut: shortest < leadPlusSafety,
    slow,
    tied: slow && c.unitCost !== null ? c.stock * c.unitCost : null,
  };
}
