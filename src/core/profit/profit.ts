/**
 * What the shop keeps, per payment day and per product: net sales (paid less refunds) less the cost of the goods,
 * the platform's fees, ad spend, shipping and packaging. Every amount is in fen while it is worked out, so a day's
 * parts add up to its profit exactly, and an order's amounts are spread over its lines by price × quantity with the
 * fen left over given where the remainder is largest (no fen made or lost).
 *
 * The decisions an operator would check by hand:
 * - An order counts on the day it was paid, once paid; its refunds count on that same day, so a day's margin is the
 *   margin of what was sold that day.
 * - A refund with the goods back returns their cost in the refund's share of the order; one without (仅退款), or
 *   one whose export does not say, loses it (the harder case for the shop).
 * - A fee that names an order belongs to that order's day and products; the rest are their own day's. A day with no
 *   statement line gets its fees estimated at the Settings' rate on its net sales, and says so.
 * - A line without a cost is never a zero cost: its order is listed, with its share of net sales.
 * - A product's own ad spend is the ad report's for the items Costs ties to it by 商品ID; its ad ROI counts only the
 *   days whose ad sales are final. The days' ad spend is the shop's whole spend, tied to a product or not.
 */
import type { LineKind } from "./fees";
import { DEFAULT_ATTRIBUTION_DAYS, provisionalFrom } from "../import/attribution";
import { breakEvenRoiOf } from "./breakEven";
import { FEE_KINDS } from "./fees";

export interface PaidOrder {
  readonly orderId: string;
  /** The day it was paid (an Excel serial). */
  readonly day: number;
  /** 买家实际支付金额, in yuan. */
  readonly paid: number;
}

export interface OrderLine {
  readonly orderId: string;
  /** The product as the operator names it: its title. */
  readonly product: string;
  /** 商家编码, where the line has one. */
  readonly code: string;
  /** 商品属性 / 套餐信息: which SKU. */
  readonly sku: string;
  readonly price: number;
  readonly quantity: number;
  /** Its row in the order details (from 0), to name it in a problem. */
  readonly row?: number;
}

export interface OrderRefund {
  readonly orderId: string;
  readonly amount: number;
  /** Whether the goods came back; null when the export does not say. */
  readonly goodsReturned: boolean | null;
}

export interface StatementFee {
  readonly day: number;
  readonly kind: LineKind;
  /** Income positive, expense negative, in yuan. */
  readonly amount: number;
  readonly order: string | null;
  /** The words an operator finds it by on the statement: for a line no rule knows. */
  readonly note?: string;
  /** Its row in the statement (from 0), to name it in a problem. */
  readonly row?: number;
}

export interface DayAdSpend {
  readonly day: number;
  readonly spend: number;
}

/** A row of the ad report for one item (宝贝ID) on one day: what ties ad spend and ad sales to a product. */
export interface ItemAd {
  readonly day: number;
  readonly item: string;
  readonly spend: number;
  /** 总成交金额: the ad sales attributed to that day's clicks. */
  readonly sales: number;
}

export interface UnitCost {
  /** 商家编码 (or the product's title, where the shop keeps no codes). */
  readonly code: string;
  /** The SKU text it holds for, or null for every SKU of the code. */
  readonly sku: string | null;
  readonly unitCost: number;
  /** Packaging per unit. */
  readonly packaging: number;
  /** 商品ID, where the row gives it beside the code: how the ad report's items find their product. */
  readonly productId?: string | null;
}

export interface ProfitSettings {
  readonly shippingPerParcel: number;
  readonly packagingPerParcel: number;
  /** Platform commission, payment fees and 淘宝客 together, as a share of net sales: for days without a statement. */
  readonly estimatedFeeRate: number;
}

export interface ProfitInput {
  readonly orders: readonly PaidOrder[];
  readonly lines: readonly OrderLine[];
  readonly refunds: readonly OrderRefund[];
  readonly fees: readonly StatementFee[];
  readonly ads: readonly DayAdSpend[];
  readonly costs: readonly UnitCost[];
  readonly settings: ProfitSettings;
  /** Every order the order list holds, paid or not; the paid orders when not given. */
  readonly listed?: ReadonlySet<string>;
  /** The ad report by item and day, for each product's own ad spend and ad ROI; none when not given. */
  readonly itemAds?: readonly ItemAd[];
  /**
   * The ad report's attribution window in days (import/attribution.ts): a product's ad ROI counts the days whose
   * window has closed by the report's latest day, as later days' sales are still coming in. 15 when unknown.
   */
  readonly attributionDays?: number | null;
}

/** A day's or a product's parts, in yuan (each rounded from fen). */
export interface ProfitParts {
  readonly paid: number;
  readonly refunds: number;
  readonly netSales: number;
  readonly goodsCost: number;
  readonly fees: number;
  readonly adSpend: number;
  readonly shipping: number;
  readonly packaging: number;
  readonly profit: number;
  /** Profit ÷ net sales; null without net sales. */
  readonly margin: number | null;
}

export interface DayProfit extends ProfitParts {
  readonly day: number;
  /** Orders paid that day: the volume a review splits profit's change by. */
  readonly orders: number;
  /** The day's fees are estimated at the Settings' rate: no statement line fell on it. */
  readonly feesEstimated: boolean;
}

export interface ProductProfit extends ProfitParts {
  /** The product's title; "" for paid orders the order details do not hold. */
  readonly product: string;
  /** 1 ÷ margin before ads: the ad ROI at which the product's ads pay for themselves; null without a margin. */
  readonly breakEvenRoi: number | null;
  /** Its items' ad sales ÷ ad spend over the days whose sales are final; null without such spend. */
  readonly adRoi: number | null;
}

/** Ad spend the ad report gives items that no Costs row ties to a product (by its 商品ID): the shop's, not a product's. */
export interface AdsWithoutProduct {
  readonly items: readonly string[];
  readonly spend: number;
}

/** A product and SKU the Costs do not cover, with what it sold. */
export interface MissingCost {
  readonly product: string;
  readonly code: string;
  readonly sku: string;
  readonly orders: number;
  readonly netSales: number;
}

/** A row of an imported table naming an order the order list does not hold. */
export interface Stray {
  readonly row: number;
  readonly order: string;
}

/** A statement line no rule knows: listed, not counted. */
export interface UnclassifiedLine {
  readonly day: number;
  readonly note: string;
  readonly amount: number;
}

export interface ProfitResult {
  readonly days: DayProfit[];
  /** The period's parts added up: its first and last payment day. */
  readonly total: ProfitParts & { readonly from: number; readonly to: number };
  /** The products by profit, the loss-makers first. */
  readonly products: ProductProfit[];
  /** Orders with a line that has no cost, their share of the period's net sales, and the lines by product and SKU. */
  readonly missingCosts: {
    readonly orders: readonly string[];
    readonly share: number;
    readonly lines: readonly MissingCost[];
  };
  readonly unclassified: readonly UnclassifiedLine[];
  /** Detail lines whose order the order list does not hold, by row (from 0): left out. */
  readonly linesWithoutOrder: readonly Stray[];
  /** Statement lines naming an order the order list does not hold, by row (from 0): counted on their own day. */
  readonly feesForUnknownOrders: readonly Stray[];
  readonly adsWithoutProduct: AdsWithoutProduct;
}

type Fen = number;
const fen = (yuan: number): Fen => Math.round(yuan * 100);
const yuan = (f: Fen) => f / 100;

/** `total` fen spread by `weights`, each share whole fen, the remainder to the largest fractions: they sum to total. */
export function spread(total: Fen, weights: readonly number[]): Fen[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, s) => a + s, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left--;
  }
  return shares;
}

/** Parts being added up, in fen. */
interface Tally {
  paid: Fen;
  refunds: Fen;
  goodsCost: Fen;
  fees: Fen;
  adSpend: Fen;
  shipping: Fen;
  packaging: Fen;
}
const emptyTally = (): Tally => ({ paid: 0, refunds: 0, goodsCost: 0, fees: 0, adSpend: 0, shipping: 0, packaging: 0 });
const add = (to: Tally, parts: Partial<Tally>) => {
  for (const [k, v] of Object.entries(parts) as [keyof Tally, Fen][]) to[k] += v;
};

function parts(t: Tally): ProfitParts {
  const netSales = t.paid - t.refunds;
  const profit = netSales - t.goodsCost - t.fees - t.adSpend - t.shipping - t.packaging;
  return {
    paid: yuan(t.paid),
    refunds: yuan(t.refunds),
    netSales: yuan(netSales),
    goodsCost: yuan(t.goodsCost),
    fees: yuan(t.fees),
    adSpend: yuan(t.adSpend),
    shipping: yuan(t.shipping),
    packaging: yuan(t.packaging),
    profit: yuan(profit),
    margin: netSales > 0 ? profit / netSales : null,
  };
}

/** Refunds by order and costs by code, looked up once per order and line rather than searched. */
interface Lookup {
  readonly refunds: ReadonlyMap<string, readonly OrderRefund[]>;
  readonly costs: ReadonlyMap<string, readonly UnitCost[]>;
}

function grouped<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** The unit cost of a line: its code and SKU, else its code for every SKU; null when the shop keeps none. */
function costOf(line: OrderLine, lookup: Lookup): UnitCost | null {
  const costs = lookup.costs.get(line.code !== "" ? line.code : line.product) ?? [];
  return costs.find((c) => c.sku !== null && line.sku.includes(c.sku)) ?? costs.find((c) => c.sku === null) ?? null;
}

/** One order's parts, line by line: paid, refunds, goods' cost, the fees that name it, shipping and packaging. */
function orderParts(
  order: PaidOrder,
  lines: readonly OrderLine[],
  input: ProfitInput & { readonly lookup: Lookup },
  fees: Fen,
  estimate: boolean
) {
  const weights = lines.map((l) => Math.max(0, l.price * l.quantity));
  const refund = input.lookup.refunds.get(order.orderId) ?? [];
  const refunded = fen(refund.reduce((a, r) => a + r.amount, 0));
  const paid = fen(order.paid);
  // The goods' cost comes back in the returned refunds' share of the order; the rest of it is lost.
  const returned = fen(refund.filter((r) => r.goodsReturned === true).reduce((a, r) => a + r.amount, 0));
  const kept = paid > 0 ? 1 - Math.min(1, returned / paid) : 1;
  const shares = {
    paid: spread(paid, weights),
    refunds: spread(refunded, weights),
    fees: spread(fees, weights),
    shipping: spread(fen(input.settings.shippingPerParcel), weights),
    packaging: spread(fen(input.settings.packagingPerParcel), weights),
  };
  return lines.map((line, i) => {
    const cost = costOf(line, input.lookup);
    const goods = cost ? fen(cost.unitCost * line.quantity * kept) : 0;
    const unitPackaging = cost ? fen(cost.packaging * line.quantity) : 0;
    const at = (list: Fen[]) => list[i] ?? 0;
    // A day without a statement line: the line's fees estimated at the Settings' rate on its net sales.
    const estimated = estimate
      ? Math.round((at(shares.paid) - at(shares.refunds)) * input.settings.estimatedFeeRate)
      : 0;
    const tally: Partial<Tally> = {
      paid: at(shares.paid),
      refunds: at(shares.refunds),
      goodsCost: goods,
      fees: at(shares.fees) + estimated,
      shipping: at(shares.shipping),
      packaging: at(shares.packaging) + unitPackaging,
    };
    return { line, tally, costed: cost !== null };
  });
}

/** Lines by order; a paid order the details do not hold is one line of no product and no cost, so its sales count. */
function linesByOrder(input: ProfitInput): Map<string, OrderLine[]> {
  const byOrder = grouped(input.lines, (line) => line.orderId);
  for (const order of input.orders)
    if (!byOrder.has(order.orderId))
      byOrder.set(order.orderId, [{ orderId: order.orderId, product: "", code: "", sku: "", price: 1, quantity: 1 }]);
  return byOrder;
}

/** The statement's fees in the period: by order where the line names a paid one, else by day. */
function feesOf(input: ProfitInput, inPeriod: (day: number) => boolean, listed: ReadonlySet<string>) {
  const orderDay = new Map(input.orders.map((o) => [o.orderId, o.day]));
  const byOrder = new Map<string, Fen>();
  const byDay = new Map<number, Fen>();
  const unknown = new Map<number, string>();
  const unclassified: UnclassifiedLine[] = [];
  for (const f of input.fees) {
    if (f.order !== null && !listed.has(f.order) && f.row !== undefined) unknown.set(f.row, f.order);
    if (f.kind === "unclassified" && inPeriod(f.day))
      unclassified.push({ day: f.day, note: f.note ?? "", amount: f.amount });
    if (!FEE_KINDS.has(f.kind)) continue;
    // A fee is an expense (negative); what comes back of one (a 淘宝客 refund, a claim) lowers the fees.
    const cost = -fen(f.amount);
    if (f.order !== null && orderDay.has(f.order)) byOrder.set(f.order, (byOrder.get(f.order) ?? 0) + cost);
    else if (inPeriod(f.day)) byDay.set(f.day, (byDay.get(f.day) ?? 0) + cost);
  }
  return { byOrder, byDay, unknown: [...unknown].map(([row, order]) => ({ row, order })), unclassified };
}

/** The lines without a cost, by product, code and SKU: what the operator adds to Costs. */
function missingLines(perLine: readonly { line: OrderLine; net: Fen }[]): MissingCost[] {
  const byKey = new Map<string, { line: OrderLine; orders: Set<string>; net: Fen }>();
  for (const { line, net } of perLine) {
    const key = `${line.product}\u0001${line.code}\u0001${line.sku}`;
    const found = byKey.get(key) ?? { line, orders: new Set<string>(), net: 0 };
    found.orders.add(line.orderId);
    found.net += net;
    byKey.set(key, found);
  }
  return [...byKey.values()]
    .map(({ line, orders, net }) => ({
      product: line.product,
      code: line.code,
      sku: line.sku,
      orders: orders.size,
      netSales: yuan(net),
    }))
    .sort((a, b) => b.netSales - a.netSales || a.product.localeCompare(b.product));
}

/** A product's own ad figures, in fen: spend over the period, and spend and sales over the days whose sales are final. */
interface ProductAds {
  spend: Fen;
  settledSpend: Fen;
  settledSales: Fen;
}

/**
 * Each item of the ad report tied to its product: the Costs row giving its 商品ID names a code (or a title), and the
 * order lines with that code name the product (the title most of them carry, as a listing's title changes).
 */
function productOfItem(input: ProfitInput): Map<string, string> {
  const titles = new Map<string, Map<string, number>>();
  for (const line of input.lines) {
    const key = line.code !== "" ? line.code : line.product;
    const counts = titles.get(key) ?? new Map<string, number>();
    counts.set(line.product, (counts.get(line.product) ?? 0) + 1);
    titles.set(key, counts);
  }
  const items = new Map<string, string>();
  for (const cost of input.costs) {
    const counts = cost.productId ? titles.get(cost.code) : undefined;
    if (!cost.productId || !counts || items.has(cost.productId)) continue;
    const [title] = [...counts].reduce((best, next) => (next[1] > best[1] ? next : best));
    items.set(cost.productId, title);
  }
  return items;
}

/** The period's ad report by product, and what of it no product takes. */
function adsByProduct(input: ProfitInput, inPeriod: (day: number) => boolean) {
  const products = new Map<string, ProductAds>();
  const loose = new Map<string, Fen>();
  const items = productOfItem(input);
  const latest = (input.itemAds ?? []).reduce((m, ad) => Math.max(m, ad.day), 0);
  const open = provisionalFrom(latest, input.attributionDays ?? DEFAULT_ATTRIBUTION_DAYS);
  const settled = (day: number) => day < open;
  for (const ad of input.itemAds ?? []) {
    if (!inPeriod(ad.day)) continue;
    const product = items.get(ad.item);
    if (product === undefined) {
      loose.set(ad.item, (loose.get(ad.item) ?? 0) + fen(ad.spend));
      continue;
    }
    const found = products.get(product) ?? { spend: 0, settledSpend: 0, settledSales: 0 };
    found.spend += fen(ad.spend);
    if (settled(ad.day)) {
      found.settledSpend += fen(ad.spend);
      found.settledSales += fen(ad.sales);
    }
    products.set(product, found);
  }
  const spent = [...loose].filter(([, spend]) => spend > 0);
  const without = { items: spent.map(([item]) => item).sort(), spend: yuan(spent.reduce((a, [, f]) => a + f, 0)) };
  return { products, without };
}

/**
 * The products' parts after their own ads, each with its break-even ROI (1 ÷ its margin before ads) and its ad ROI,
 * the loss-makers first.
 */
function productsByProfit(products: ReadonlyMap<string, Tally>, ads: ReadonlyMap<string, ProductAds>): ProductProfit[] {
  // A product advertised in the period but not sold in it still shows, with its spend as its loss.
  const names = new Set([...products.keys(), ...ads.keys()]);
  const list = [...names].map((product) => {
    const tally = products.get(product) ?? emptyTally();
    const own = ads.get(product);
    const p = parts({ ...tally, adSpend: own?.spend ?? 0 });
    const beforeAds = p.margin === null ? null : (p.profit + p.adSpend) / p.netSales;
    const adRoi = own && own.settledSpend > 0 ? own.settledSales / own.settledSpend : null;
    return { product, ...p, breakEvenRoi: breakEvenRoiOf(beforeAds), adRoi };
  });
  return list.sort((a, b) => a.profit - b.profit || a.product.localeCompare(b.product));
}

const tallyIn = <K>(map: Map<K, Tally>, key: K): Tally => {
  const found = map.get(key) ?? emptyTally();
  map.set(key, found);
  return found;
};

/** Every paid order's lines tallied by payment day and by product, with the lines that have no cost. */
function tallyOrders(input: ProfitInput, feesByOrder: ReadonlyMap<string, Fen>, statementDays: ReadonlySet<number>) {
  const byOrder = linesByOrder(input);
  const lookup = { refunds: grouped(input.refunds, (r) => r.orderId), costs: grouped(input.costs, (c) => c.code) };
  const looked = { ...input, lookup };
  const days = new Map<number, Tally>();
  const products = new Map<string, Tally>();
  const uncosted: { line: OrderLine; net: Fen }[] = [];
  const ordersByDay = new Map<number, number>();
  for (const order of input.orders) {
    ordersByDay.set(order.day, (ordersByDay.get(order.day) ?? 0) + 1);
    const lines = byOrder.get(order.orderId) ?? [];
    const fees = feesByOrder.get(order.orderId) ?? 0;
    for (const { line, tally, costed } of orderParts(order, lines, looked, fees, !statementDays.has(order.day))) {
      add(tallyIn(days, order.day), tally);
      add(tallyIn(products, line.product), tally);
      if (!costed) uncosted.push({ line, net: (tally.paid ?? 0) - (tally.refunds ?? 0) });
    }
  }
  return { days, products, uncosted, ordersByDay };
}

/**
 * The period's profit by day and by product. The period runs from the first to the last payment day of the order
 * list: the statement's and the ads' days outside it are not this list's. Fees are the statement's fee kinds
 * (commission, 淘宝客, payment fees, shipping insurance), net of what comes back; top-ups, deposits, transfers,
 * refunds paid and sales are not costs.
 */
export function computeProfit(input: ProfitInput): ProfitResult {
  const paidDays = input.orders.map((o) => o.day);
  const from = paidDays.length > 0 ? Math.min(...paidDays) : 0;
  const to = paidDays.length > 0 ? Math.max(...paidDays) : 0;
  const inPeriod = (day: number) => day >= from && day <= to;
  const listed = input.listed ?? new Set(input.orders.map((o) => o.orderId));
  const fees = feesOf(input, inPeriod, listed);
  const statementDays = new Set(input.fees.map((f) => f.day));
  const { days, products, uncosted, ordersByDay } = tallyOrders(input, fees.byOrder, statementDays);
  for (const [day, cost] of fees.byDay) add(tallyIn(days, day), { fees: cost });
  for (const ad of input.ads) if (inPeriod(ad.day)) add(tallyIn(days, ad.day), { adSpend: fen(ad.spend) });
  const sorted = [...days].sort((a, b) => a[0] - b[0]);
  const whole = emptyTally();
  for (const [, t] of sorted) add(whole, t);
  const ads = adsByProduct(input, inPeriod);
  const productList = productsByProfit(products, ads.products);
  const totalNet = whole.paid - whole.refunds;
  const uncostedNet = uncosted.reduce((a, u) => a + u.net, 0);
  return {
    days: sorted.map(([day, t]) => ({
      day,
      orders: ordersByDay.get(day) ?? 0,
      ...parts(t),
      feesEstimated: !statementDays.has(day),
    })),
    total: { from, to, ...parts(whole) },
    products: productList,
    missingCosts: {
      orders: [...new Set(uncosted.map((u) => u.line.orderId))],
      share: totalNet > 0 ? uncostedNet / totalNet : 0,
      lines: missingLines(uncosted),
    },
    unclassified: fees.unclassified,
    linesWithoutOrder: input.lines.flatMap((l) =>
      listed.has(l.orderId) || l.row === undefined ? [] : [{ row: l.row, order: l.orderId }]
    ),
    feesForUnknownOrders: fees.unknown,
    adsWithoutProduct: ads.without,
  };
}
