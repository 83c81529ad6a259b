/**
 * The imported tables read as profit's facts: the order list's paid orders, the order details' lines, the refund
 * export's successful refunds (with whether the goods came back), the Alipay statement's lines classified, and the ad
 * report's spend and sales by item. Each
 * reader takes a table's headers and its rows as read from the sheet (dates as Excel serials, amounts as numbers, ids
 * as text) and finds its columns by every spelling the import knows.
 */
import { KIND_FIELDS } from "../import/fields";
import { indexOfName } from "../names";
import { goodsReturned } from "../refunds/facts";
import type { LineKind } from "./fees";
import { classifyLine } from "./fees";
import type { ItemAd, OrderLine, OrderRefund, PaidOrder, StatementFee } from "./profit";

type Cell = string | number | boolean | null | undefined;
type Rows = readonly (readonly Cell[])[];

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());
const amount = (cell: Cell) => (typeof cell === "number" ? cell : Number(text(cell).replace(/[,¥￥元\s]/g, "")) || 0);
/** A day from a date or date-time cell: its serial's whole part; null for a cell that holds none. */
const dayOf = (cell: Cell) => (typeof cell === "number" && cell > 0 ? Math.floor(cell) : null);

/** A reader's columns: each by every spelling the import knows. */
type Spellings<K extends string> = Readonly<Record<K, readonly string[]>>;

const ORDER_FIELDS = KIND_FIELDS.qianniuOrders;
const LINE_FIELDS = KIND_FIELDS.qianniuOrderItems;
const REFUND_FIELDS = KIND_FIELDS.qianniuRefunds;
const STATEMENT_FIELDS = KIND_FIELDS.alipayStatement;
const AD_FIELDS = KIND_FIELDS.adReport;

/** The columns each reader uses, by table: what a command reads of a large imported table, and no more. */
export const PROFIT_COLUMNS = {
  orders: {
    orderId: ORDER_FIELDS.orderId ?? [],
    paid: ORDER_FIELDS.paid ?? [],
    paidAt: ["订单付款时间", "买家付款时间", "付款时间"],
  },
  lines: {
    orderId: LINE_FIELDS.orderId ?? [],
    title: LINE_FIELDS.title ?? [],
    price: LINE_FIELDS.price ?? [],
    quantity: LINE_FIELDS.quantity ?? [],
    attributes: LINE_FIELDS.attributes ?? [],
    bundle: LINE_FIELDS.bundle ?? [],
    code: LINE_FIELDS.sku ?? [],
  },
  refunds: {
    orderId: REFUND_FIELDS.orderId ?? [],
    amount: REFUND_FIELDS.amount ?? [],
    status: REFUND_FIELDS.status ?? [],
    returned: REFUND_FIELDS.returned ?? [],
    kind: REFUND_FIELDS.serviceType ?? [],
  },
  statement: {
    day: ["发生时间", "入账时间", "时间"],
    income: STATEMENT_FIELDS.income ?? [],
    expense: STATEMENT_FIELDS.expense ?? [],
    business: ["业务类型", "账务类型"],
    note: ["备注"],
    description: ["业务描述"],
    counterparty: ["对方名称", "对方账号"],
    reference: ["商户订单号", "业务流水号"],
    serviceFee: ["服务费（元）", "服务费(元)", "服务费"],
  },
  ads: {
    day: AD_FIELDS.date ?? [],
    item: AD_FIELDS.itemId ?? [],
    spend: AD_FIELDS.spend ?? [],
    sales: ["总成交金额", "成交金额"],
  },
} as const satisfies Readonly<Record<string, Spellings<string>>>;

export type ProfitTable = keyof typeof PROFIT_COLUMNS;

/** Where each named column stands (-1 when the table has none), by every spelling. */
function columns<K extends string>(headers: readonly string[], spellings: Spellings<K>) {
  return Object.fromEntries(
    Object.entries(spellings).map(([k, s]) => [k, indexOfName(headers, s as string[])])
  ) as Record<K, number>;
}

/** The columns of a table its reader uses, in the table's order: the only ones a command needs to read. */
export function profitColumnsOf(table: ProfitTable, headers: readonly string[]): number[] {
  const spellings: Spellings<string> = PROFIT_COLUMNS[table];
  return Object.values(columns(headers, spellings))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
}

/** The orders the order list holds, paid or not: a detail line or fee naming any other is a problem. */
export function listedOrders(headers: readonly string[], rows: Rows): Set<string> {
  const at = columns(headers, PROFIT_COLUMNS.orders);
  return new Set(rows.map((row) => text(row[at.orderId])).filter((id) => id !== ""));
}

/** The order list's orders that were paid, on the day they were paid: one never paid has no payment time. */
export function paidOrders(headers: readonly string[], rows: Rows): PaidOrder[] {
  const at = columns(headers, PROFIT_COLUMNS.orders);
  return rows.flatMap((row) => {
    const day = dayOf(row[at.paidAt]);
    const orderId = text(row[at.orderId]);
    return day === null || orderId === "" ? [] : [{ orderId, day, paid: amount(row[at.paid]) }];
  });
}

/** The order details' lines: each product, SKU, price and quantity of an order, with its row (from 0). */
export function orderLines(headers: readonly string[], rows: Rows): OrderLine[] {
  const at = columns(headers, PROFIT_COLUMNS.lines);
  return rows.flatMap((row, index) => {
    const orderId = text(row[at.orderId]);
    if (orderId === "") return [];
    const sku = [text(row[at.attributes]), text(row[at.bundle])].filter(Boolean).join(" ");
    const line = { product: text(row[at.title]), code: text(row[at.code]), sku };
    return [{ orderId, ...line, price: amount(row[at.price]), quantity: amount(row[at.quantity]), row: index }];
  });
}

/**
 * The refund export's successful refunds, with whether the goods came back: from 是否需要退货 (是 / 否), else from
 * the refund's kind (退货退款 / 仅退款); null when the export says neither.
 */
export function orderRefunds(headers: readonly string[], rows: Rows): OrderRefund[] {
  const at = columns(headers, PROFIT_COLUMNS.refunds);
  return rows.flatMap((row) => {
    const status = text(row[at.status]);
    if (at.status >= 0 && !/成功/.test(status)) return [];
    const returned = goodsReturned(`${text(row[at.returned])} ${text(row[at.kind])}`);
    return [{ orderId: text(row[at.orderId]), amount: amount(row[at.amount]), goodsReturned: returned }];
  });
}

/**
 * The Alipay statement's lines, classified, each on the day it happened, income positive and expense negative, with
 * its row (from 0).
 */
export function statementFees(headers: readonly string[], rows: Rows): StatementFee[] {
  const at = columns(headers, PROFIT_COLUMNS.statement);
  return rows.flatMap((row, index) => {
    const day = dayOf(row[at.day]);
    if (day === null) return [];
    const money = Math.abs(amount(row[at.income])) - Math.abs(amount(row[at.expense]));
    const words = {
      business: text(row[at.business]),
      note: text(row[at.note]),
      description: text(row[at.description]),
      counterparty: text(row[at.counterparty]),
      reference: text(row[at.reference]),
    };
    const { kind, order } = classifyLine({ ...words, amount: money });
    // The words an operator would search the statement for: its note, else its description or business type.
    const note = words.note || words.description || words.business;
    const line = { day, kind: kind as LineKind, amount: money, order, note, row: index };
    // 账务组合查询 writes the service fee Alipay took on a trade beside it, not as a line of its own.
    const service = Math.abs(amount(row[at.serviceFee]));
    return service > 0 ? [line, { ...line, kind: "paymentFee" as const, amount: -service }] : [line];
  });
}

/** The ad report's rows that name an item (宝贝ID), each day's spend and ad sales: a plan-level report names none. */
export function itemAds(headers: readonly string[], rows: Rows): ItemAd[] {
  const at = columns(headers, PROFIT_COLUMNS.ads);
  return rows.flatMap((row) => {
    const day = dayOf(row[at.day]);
    const item = text(row[at.item]);
    return day === null || item === ""
      ? []
      : [{ day, item, spend: amount(row[at.spend]), sales: amount(row[at.sales]) }];
  });
}
