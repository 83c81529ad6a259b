/**
 * Refunds counted the way operators who know count them: against the day the order was paid (a cohort), so a
 * day's refund rate is what that day's sales gave back, never over 100 %; young cohorts marked provisional, since
 * refunds are still being asked for; then reasons, stage, goods returned and products by refund rate. Beside it the
 * common view, refunds completed in the period over the period's sales, which mixes periods.
 */
import type { OrderLine, PaidOrder } from "../profit/profit";
import { nameKey } from "../names";
import type { RefundFact } from "./facts";

/** Days from payment to the refund being asked for, as operators bucket them. */
export const BUCKETS: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 7],
  [8, 14],
  [15, Infinity],
];
/** A cohort younger than this many days is still having refunds asked for: provisional. */
export const SETTLE_DAYS = 15;
/** Orders below which a product's refund rate is a few buyers' luck, not a rate. */
export const MIN_PRODUCT_ORDERS = 20;

export interface Cohort {
  /** The payment day (Excel serial). */
  readonly day: number;
  readonly paid: number;
  readonly orders: number;
  /** Money back and refunds, by BUCKETS. */
  readonly buckets: readonly { readonly amount: number; readonly count: number }[];
  readonly refunded: number;
  readonly count: number;
  /** Refunded ÷ paid; null for a day with nothing paid. */
  readonly rate: number | null;
  readonly provisional: boolean;
}

export interface Share {
  readonly key: string;
  readonly count: number;
  readonly amount: number;
}

export interface ProductRefunds {
  readonly product: string;
  readonly orders: number;
  readonly paid: number;
  readonly refunded: number;
  readonly rate: number;
  /** Its most common reason by money back; empty when its refunds give none. */
  readonly topReason: string;
}

export interface RefundAnalysis {
  readonly cohorts: readonly Cohort[];
  /** Refunded ÷ paid over the cohorts old enough to have settled; null with none. */
  readonly settledRate: number | null;
  /** The common view over the same days: refunds completed in them ÷ their sales. */
  readonly completedRatio: number | null;
  readonly reasons: readonly Share[];
  /** Refunds asked for by reason, any status, in the 7 days to the latest ask and the 7 before; null with no ask. */
  readonly reasonWeeks: ReasonWeeks | null;
  readonly stages: readonly Share[];
  readonly returned: readonly Share[];
  readonly products: readonly ProductRefunds[];
  /** Money-back refunds whose order the order list does not hold: not in any cohort, listed. */
  readonly unmatched: readonly RefundFact[];
  /** Money back in all, matched or not: the cohorts' refunded plus the unmatched. */
  readonly total: { readonly count: number; readonly amount: number };
  readonly matched: { readonly count: number; readonly amount: number };
  /** Refunds still open, and closed ones (退款关闭): neither is money back. */
  readonly open: { readonly count: number; readonly amount: number };
  readonly closed: { readonly count: number; readonly amount: number };
}

/** Each reason's asks in the last 7 days to `to` and the 7 days before. */
export interface ReasonWeeks {
  readonly to: number;
  readonly reasons: ReadonlyMap<string, { readonly now: Share; readonly before: Share }>;
}

export interface RefundInput {
  readonly refunds: readonly RefundFact[];
  readonly orders: readonly PaidOrder[];
  readonly lines: readonly OrderLine[];
  /** Today, as an Excel serial: a cohort's age. */
  readonly today: number;
}

const bucketOf = (days: number) =>
  Math.max(
    0,
    BUCKETS.findIndex(([lo, hi]) => days >= lo && days <= hi)
  );
const sum = (refunds: readonly RefundFact[]) => ({
  count: refunds.length,
  amount: refunds.reduce((a, r) => a + r.amount, 0),
});

/** Counts and money back by a key, the largest first; a blank key is named by `blank`. */
function shares(refunds: readonly RefundFact[], key: (r: RefundFact) => string): Share[] {
  const by = new Map<string, { key: string; count: number; amount: number }>();
  for (const r of refunds) {
    const k = key(r);
    const found = by.get(k) ?? { key: k, count: 0, amount: 0 };
    found.count++;
    found.amount += r.amount;
    by.set(k, found);
  }
  return [...by.values()].sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
}

/** Each payment day's sales, and the money back of the refunds of its orders by days until they were asked for. */
function cohortsOf(input: RefundInput, matched: readonly (RefundFact & { day: number })[]): Cohort[] {
  const days = new Map<number, { paid: number; orders: number; refunds: (RefundFact & { day: number })[] }>();
  const at = (day: number) => {
    const found = days.get(day) ?? { paid: 0, orders: 0, refunds: [] };
    days.set(day, found);
    return found;
  };
  for (const o of input.orders) {
    const d = at(o.day);
    d.paid += o.paid;
    d.orders++;
  }
  for (const r of matched) at(r.day).refunds.push(r);
  return [...days]
    .sort((a, b) => a[0] - b[0])
    .map(([day, d]) => {
      const buckets = BUCKETS.map(() => ({ amount: 0, count: 0 }));
      for (const r of d.refunds) {
        const b = buckets[bucketOf(Math.floor(r.askedAt ?? day) - day)];
        if (b) {
          b.amount += r.amount;
          b.count++;
        }
      }
      const { count, amount: refunded } = sum(d.refunds);
      const rate = d.paid > 0 ? refunded / d.paid : null;
      return {
        day,
        paid: d.paid,
        orders: d.orders,
        buckets,
        refunded,
        count,
        rate,
        provisional: input.today - day < SETTLE_DAYS,
      };
    });
}

/**
 * Products by refund rate over the order details' sales, each with enough orders, the highest first: the refunds of
 * listed orders only, as the sales are theirs.
 */
function productsOf(input: RefundInput, refunds: readonly RefundFact[]): ProductRefunds[] {
  const sales = new Map<string, { product: string; orders: Set<string>; paid: number }>();
  const linesOf = new Map<string, string[]>();
  for (const l of input.lines) {
    const key = nameKey(l.product);
    const found = sales.get(key) ?? { product: l.product, orders: new Set<string>(), paid: 0 };
    found.orders.add(l.orderId);
    found.paid += l.price * l.quantity;
    sales.set(key, found);
    linesOf.set(l.orderId, [...(linesOf.get(l.orderId) ?? []), key]);
  }
  const back = new Map<string, RefundFact[]>();
  for (const r of refunds) {
    // The refund's product by its title; else its order's, when the order holds one product only.
    const own = r.product !== "" ? nameKey(r.product) : null;
    const only = new Set(linesOf.get(r.orderId) ?? []);
    const key = own ?? (only.size === 1 ? [...only][0] : undefined);
    if (key !== undefined) back.set(key, [...(back.get(key) ?? []), r]);
  }
  return [...sales]
    .filter(([, s]) => s.orders.size >= MIN_PRODUCT_ORDERS && s.paid > 0)
    .map(([key, s]) => {
      const mine = back.get(key) ?? [];
      const refunded = sum(mine).amount;
      return {
        product: s.product,
        orders: s.orders.size,
        paid: s.paid,
        refunded,
        rate: refunded / s.paid,
        topReason: shares(mine, (r) => r.reason).find((x) => x.key !== "")?.key ?? "",
      };
    })
    .sort((a, b) => b.rate - a.rate || b.refunded - a.refunded);
}

/**
 * What buyers asked refunds for, closed or not, in the week to the latest ask against the week before: a reason
 * that rises says something changed (a new batch, a new size chart, a new photo).
 */
function reasonWeeksOf(refunds: readonly RefundFact[]): ReasonWeeks | null {
  const asked = refunds.filter((r) => r.askedAt !== null);
  if (asked.length === 0) return null;
  const to = Math.max(...asked.map((r) => Math.floor(r.askedAt as number)));
  const inWeek = (r: RefundFact, end: number) => {
    const day = Math.floor(r.askedAt as number);
    return day > end - 7 && day <= end;
  };
  const now = shares(
    asked.filter((r) => inWeek(r, to)),
    (r) => r.reason
  );
  const before = shares(
    asked.filter((r) => inWeek(r, to - 7)),
    (r) => r.reason
  );
  const none = (key: string): Share => ({ key, count: 0, amount: 0 });
  const keys = [...new Set([...now, ...before].map((s) => s.key))];
  return {
    to,
    reasons: new Map(
      keys.map((k) => [
        k,
        { now: now.find((s) => s.key === k) ?? none(k), before: before.find((s) => s.key === k) ?? none(k) },
      ])
    ),
  };
}

/** The analysis; its refunds already free of problems (facts.ts). */
export function analyzeRefunds(input: RefundInput): RefundAnalysis {
  const byOrder = new Map(input.orders.map((o) => [o.orderId, o]));
  const money = input.refunds.filter((r) => r.status === "refunded");
  const matched = money.flatMap((r) => {
    const order = byOrder.get(r.orderId);
    return order ? [{ ...r, day: r.paidAt !== null ? Math.floor(r.paidAt) : order.day }] : [];
  });
  const unmatched = money.filter((r) => !byOrder.has(r.orderId));
  const cohorts = cohortsOf(input, matched);
  const settled = cohorts.filter((c) => !c.provisional);
  const settledPaid = settled.reduce((a, c) => a + c.paid, 0);
  const days = cohorts.map((c) => c.day);
  const [from, to] = [Math.min(...days), Math.max(...days)];
  const paid = cohorts.reduce((a, c) => a + c.paid, 0);
  const completed = money.filter((r) => r.completedAt !== null && r.completedAt >= from && r.completedAt < to + 1);
  return {
    cohorts,
    settledRate: settledPaid > 0 ? settled.reduce((a, c) => a + c.refunded, 0) / settledPaid : null,
    completedRatio: paid > 0 && days.length > 0 ? sum(completed).amount / paid : null,
    reasons: shares(money, (r) => r.reason),
    reasonWeeks: reasonWeeksOf(input.refunds),
    stages: shares(money, (r) => r.stage ?? ""),
    returned: shares(money, (r) => (r.goodsReturned === null ? "" : r.goodsReturned ? "yes" : "no")),
    // Only refunds of listed orders: the products' sales are the listed orders' lines.
    products: productsOf(input, matched),
    unmatched,
    total: sum(money),
    matched: sum(matched),
    open: sum(input.refunds.filter((r) => r.status === "open")),
    closed: sum(input.refunds.filter((r) => r.status === "closed")),
  };
}
