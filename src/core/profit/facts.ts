/**
 * The imported tables read as profit's facts: the order list's paid orders, the order details' lines, the refund
 * export's successful refunds (with whether the goods came back), and the Alipay statement's lines classified. Each
 * reader takes a table's headers and its rows as read from the sheet (dates as Excel serials, amounts as numbers, ids
 * as text) and finds its columns by every spelling the import knows.
 */
import { KIND_FIELDS } from "../import/fields";
import { indexOfName } from "../names";
import type { LineKind } from "./fees";
import { classifyLine } from "./fees";
import type { OrderLine, OrderRefund, PaidOrder, StatementFee } from "./profit";

type Cell = string | number | boolean | null | undefined;
type Rows = readonly (readonly Cell[])[];

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());
const amount = (cell: Cell) => (typeof cell === "number" ? cell : Number(text(cell).replace(/[,¥￥元\s]/g, "")) || 0);
/** A day from a date or date-time cell: its serial's whole part; null for a cell that holds none. */
const dayOf = (cell: Cell) => (typeof cell === "number" && cell > 0 ? Math.floor(cell) : null);

/** Where each named column stands (-1 when the table has none), by every spelling. */
function columns<K extends string>(headers: readonly string[], spellings: Readonly<Record<K, readonly string[]>>) {
  return Object.fromEntries(
    Object.entries(spellings).map(([k, s]) => [k, indexOfName(headers, s as string[])])
  ) as Record<K, number>;
}

/** The order list's orders that were paid, on the day they were paid: one never paid has no payment time. */
export function paidOrders(headers: readonly string[], rows: Rows): PaidOrder[] {
  const at = columns(headers, {
    orderId: KIND_FIELDS.qianniuOrders.orderId ?? [],
    paid: KIND_FIELDS.qianniuOrders.paid ?? [],
    paidAt: ["订单付款时间", "买家付款时间", "付款时间"],
  });
  return rows.flatMap((row) => {
    const day = dayOf(row[at.paidAt]);
    const orderId = text(row[at.orderId]);
    return day === null || orderId === "" ? [] : [{ orderId, day, paid: amount(row[at.paid]) }];
  });
}

/** The order details' lines: each product, SKU, price and quantity of an order. */
export function orderLines(headers: readonly string[], rows: Rows): OrderLine[] {
  const fields = KIND_FIELDS.qianniuOrderItems;
  const at = columns(headers, {
    orderId: fields.orderId ?? [],
    title: fields.title ?? [],
    price: fields.price ?? [],
    quantity: fields.quantity ?? [],
    attributes: fields.attributes ?? [],
    bundle: fields.bundle ?? [],
    code: fields.sku ?? [],
  });
  return rows.flatMap((row) => {
    const orderId = text(row[at.orderId]);
    if (orderId === "") return [];
    const sku = [text(row[at.attributes]), text(row[at.bundle])].filter(Boolean).join(" ");
    const line = { product: text(row[at.title]), code: text(row[at.code]), sku };
    return [{ orderId, ...line, price: amount(row[at.price]), quantity: amount(row[at.quantity]) }];
  });
}

/** Words the refund export uses to say whether the goods come back. */
const RETURNED = ["是", "退货退款", "已退货"];
const NOT_RETURNED = ["否", "仅退款", "未退货"];

/**
 * The refund export's successful refunds, with whether the goods came back: from 是否需要退货 (是 / 否), else from
 * the refund's kind (退货退款 / 仅退款); null when the export says neither.
 */
export function orderRefunds(headers: readonly string[], rows: Rows): OrderRefund[] {
  const fields = KIND_FIELDS.qianniuRefunds;
  const at = columns(headers, {
    orderId: fields.orderId ?? [],
    amount: fields.amount ?? [],
    status: ["退款状态"],
    returned: ["是否需要退货", "是否退货"],
    kind: ["退款类型", "售后类型", "服务类型"],
  });
  return rows.flatMap((row) => {
    const status = text(row[at.status]);
    if (at.status >= 0 && !/成功/.test(status)) return [];
    const said = `${text(row[at.returned])} ${text(row[at.kind])}`;
    const goodsReturned = RETURNED.some((w) => said.includes(w))
      ? true
      : NOT_RETURNED.some((w) => said.includes(w))
        ? false
        : null;
    return [{ orderId: text(row[at.orderId]), amount: amount(row[at.amount]), goodsReturned }];
  });
}

/** The Alipay statement's lines, classified, each on the day it happened, income positive and expense negative. */
export function statementFees(headers: readonly string[], rows: Rows): (StatementFee & { readonly note: string })[] {
  const fields = KIND_FIELDS.alipayStatement;
  const at = columns(headers, {
    day: ["发生时间", "入账时间", "时间"],
    income: fields.income ?? [],
    expense: fields.expense ?? [],
    business: ["业务类型", "账务类型"],
    note: ["备注"],
    description: ["业务描述"],
    counterparty: ["对方名称", "对方账号"],
    reference: ["商户订单号", "业务流水号"],
  });
  return rows.flatMap((row) => {
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
    return [{ day, kind: kind as LineKind, amount: money, order, note: words.note }];
  });
}
