/**
 * The Refunds sheet read back by the diagnosis and the weekly review: its payment days, its products by refund rate
 * and its reasons' two weeks, each table's columns found by their names in either language.
 */
import { finiteNumber } from "../cellValues";
import { REFUNDS_OUTPUT } from "../contract";
import type { Spellings } from "../language";
import { indexOfName } from "../names";

type Rows = readonly (readonly unknown[])[];

/** A product's line of the Refunds sheet as the diagnosis reads it back. */
export interface RefundProductBack {
  readonly product: string;
  readonly orders: number;
  readonly paid: number;
  readonly refunded: number;
  readonly rate: number;
  readonly reason: string;
}

export interface ReasonWeekBack {
  readonly reason: string;
  readonly now: number;
  readonly before: number;
  readonly amountNow: number;
  readonly amountBefore: number;
}

/** The Refunds sheet read back: the payment days' sales and refunds, the products by refund rate, the reasons' weeks. */
export interface RefundsBack {
  readonly from: number;
  readonly to: number;
  readonly paid: number;
  readonly refunded: number;
  /** Each payment day's sales and money back, and whether it is under SETTLE_DAYS old. */
  readonly days: ReadonlyMap<
    number,
    { readonly paid: number; readonly refunded: number; readonly provisional: boolean }
  >;
  readonly products: readonly RefundProductBack[];
  /** Each reason's asks in the last 7 days to `week` and the 7 before; empty without the table or its mark. */
  readonly reasons: readonly ReasonWeekBack[];
  readonly week: number | null;
}

/** Where each of a table's columns stands in its header row, by its names in every language. */
function columnsOf<K extends string>(rows: Rows, columns: Readonly<Record<K, Spellings>>): Record<K, number> {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  return Object.fromEntries(
    Object.entries(columns).map(([k, s]) => [k, indexOfName(header, s as Spellings)])
  ) as Record<K, number>;
}

const number = (cell: unknown) => finiteNumber(cell) ?? 0;
const words = (cell: unknown) => String(cell ?? "").trim();

function productsBack(rows: Rows): RefundProductBack[] {
  const c = columnsOf(rows, REFUNDS_OUTPUT.products);
  if (c.product < 0 || c.rate < 0) return [];
  return rows.slice(1).flatMap((r) => {
    const rate = finiteNumber(r[c.rate]);
    if (words(r[c.product]) === "" || rate === null) return [];
    const [orders, paid, refunded] = [r[c.orders], r[c.paid], r[c.refunded]].map(number) as [number, number, number];
    return [{ product: words(r[c.product]), orders, paid, refunded, rate, reason: words(r[c.reason]) }];
  });
}

function reasonsBack(rows: Rows): ReasonWeekBack[] {
  const c = columnsOf(rows, REFUNDS_OUTPUT.reasons);
  if (c.reason < 0 || c.askedNow < 0) return [];
  return rows.slice(1).map((r) => ({
    reason: words(r[c.reason]),
    now: number(r[c.askedNow]),
    before: number(r[c.askedBefore]),
    amountNow: number(r[c.amountNow]),
    amountBefore: number(r[c.amountBefore]),
  }));
}

/**
 * The sheet's tables read back (each with its header row first) and the last day of the reasons' weeks kept on it;
 * null when the payment days' table gives no day.
 */
export function refundsBack(
  cohortRows: Rows,
  productRows: Rows,
  reasonRows: Rows = [],
  weekMark: string | null = null
) {
  const c = columnsOf(cohortRows, REFUNDS_OUTPUT.columns);
  const rows = cohortRows.slice(1).filter((r) => finiteNumber(r[c.day]) !== null);
  if (c.day < 0 || rows.length === 0) return null;
  const days = new Map(
    rows.map((r) => [
      finiteNumber(r[c.day]) as number,
      { paid: number(r[c.paid]), refunded: number(r[c.refunded]), provisional: words(r[c.provisional]) !== "" },
    ])
  );
  const serials = [...days.keys()];
  const week = Number(weekMark);
  const back: RefundsBack = {
    from: Math.min(...serials),
    to: Math.max(...serials),
    paid: [...days.values()].reduce((a, d) => a + d.paid, 0),
    refunded: [...days.values()].reduce((a, d) => a + d.refunded, 0),
    days,
    products: productsBack(productRows),
    reasons: reasonsBack(reasonRows),
    week: weekMark !== null && Number.isInteger(week) && week > 0 ? week : null,
  };
  return back;
}
