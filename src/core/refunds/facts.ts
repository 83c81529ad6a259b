/**
 * The refund export read as the refund analysis needs it, columns found by every spelling the import knows: each
 * refund with its order, amount, status, the times its order was paid and it was asked for, its reason, stage,
 * whether the goods came back, and its product. An amount that is text, a refund larger than what its order paid,
 * or one asked for before its order was paid is a problem at its cell, and the analysis stops.
 */
import { cellAddress } from "../cellAddress";
import type { CellsAt } from "../cells";
import { fromDateSerial, isoDay } from "../excelDate";
import { figureText } from "../figures";
import { KIND_FIELDS } from "../import/fields";
import { indexOfName } from "../names";
import type { Problem } from "../problems";
import { problemAt } from "../problems";

type Cell = string | number | boolean | null | undefined;

/** The refund export's columns by meaning: KIND_FIELDS.qianniuRefunds, one place for its spellings. */
const FIELDS = KIND_FIELDS.qianniuRefunds;
const COLUMNS = [
  "refundId",
  "orderId",
  "amount",
  "orderPaid",
  "paidAt",
  "askedAt",
  "completedAt",
  "status",
  "reason",
  "stage",
  "returned",
  "serviceType",
  "productId",
  "title",
] as const;
type Column = (typeof COLUMNS)[number];

/** Where each column the analysis reads stands in the table (−1 when absent). */
export function refundColumns(headers: readonly string[]): Record<Column, number> {
  return Object.fromEntries(COLUMNS.map((c) => [c, indexOfName(headers, FIELDS[c] ?? [])])) as Record<Column, number>;
}

/** Where the refund stands: money back (退款成功), closed without money (退款关闭), or still open. */
export type RefundStatus = "refunded" | "closed" | "open";

export interface RefundFact {
  /** Row in the table's body, from 0. */
  readonly row: number;
  readonly refundId: string;
  readonly orderId: string;
  readonly amount: number;
  readonly status: RefundStatus;
  /** When its order was paid, as an Excel serial with the time of day; null when the file does not say. */
  readonly paidAt: number | null;
  readonly askedAt: number | null;
  /** When it was completed (退款完结时间): what the common completed-refund ratio counts by. */
  readonly completedAt: number | null;
  readonly reason: string;
  /** 售中 (before the goods were sent or received) or 售后; null when the file does not say. */
  readonly stage: "during" | "after" | null;
  readonly goodsReturned: boolean | null;
  /** The product's title, else its ID. */
  readonly product: string;
}

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());
const time = (cell: Cell) => (typeof cell === "number" && cell > 0 ? cell : null);

/** What 退款状态 says: 退款成功 is money back; 退款关闭 (the buyer withdrew, or it was refused) is none. */
export function refundStatus(said: string): RefundStatus {
  if (said === "") return "refunded";
  if (/成功/.test(said)) return "refunded";
  if (/关闭|取消|拒绝/.test(said)) return "closed";
  return "open";
}

const stageOf = (said: string) => (/售中/.test(said) ? "during" : /售后/.test(said) ? "after" : null);
/** Words the refund export uses to say whether the goods come back. */
const RETURNED = ["是", "退货退款", "已退货"];
const NOT_RETURNED = ["否", "仅退款", "未退货"];

/**
 * Whether a refund's goods came back, from 是否需要退货 (是 / 否) and the refund's kind (退货退款 / 仅退款) said
 * together; null when the export says neither. Profit counts the cost of goods back by it too.
 */
export const goodsReturned = (said: string): boolean | null =>
  RETURNED.some((w) => said.includes(w)) ? true : NOT_RETURNED.some((w) => said.includes(w)) ? false : null;

/**
 * The refunds of the export, every problem at its cell. `orderPaid` gives what an order paid and when, from the
 * order list, for a refund whose row does not say.
 */
export function refundFacts(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  at: CellsAt,
  orderPaid: (orderId: string) => { readonly paid: number; readonly paidAt: number | null } | undefined
): { refunds: RefundFact[]; problems: Problem[] } {
  const c = refundColumns(headers);
  const problems: Problem[] = [];
  const place = (r: number, column: number, value: string) => ({
    sheet: at.sheet,
    address: cellAddress(at.firstRow + r, at.firstColumn + Math.max(0, column)),
    value,
    field: headers[column] ?? "",
  });
  const refunds = rows.flatMap((row, r): RefundFact[] => {
    const orderId = text(row[c.orderId]);
    const refundId = text(row[c.refundId]);
    if (orderId === "" && refundId === "") return [];
    const cell = row[c.amount];
    // A blank amount is nothing back; words where the amount belongs are a problem, and the row is not read.
    if (typeof cell !== "number" && text(cell) !== "") {
      problems.push(problemAt("notNumber", place(r, c.amount, text(cell))));
      return [];
    }
    const amount = typeof cell === "number" ? cell : 0;
    const order = orderPaid(orderId);
    const paid = typeof row[c.orderPaid] === "number" ? (row[c.orderPaid] as number) : order?.paid;
    if (paid !== undefined && amount > paid + 0.005) {
      const facts = { paid: figureText(paid, "money") };
      problems.push(problemAt({ code: "refundOverOrder", facts }, place(r, c.amount, figureText(amount, "money"))));
    }
    const paidAt = time(row[c.paidAt]) ?? order?.paidAt ?? null;
    const askedAt = time(row[c.askedAt]);
    if (paidAt !== null && askedAt !== null && askedAt < paidAt) {
      const facts = { paid: `${isoDay(fromDateSerial(Math.floor(paidAt)))}` };
      const shown = isoDay(fromDateSerial(Math.floor(askedAt)));
      problems.push(problemAt({ code: "refundBeforePaid", facts }, place(r, c.askedAt, shown)));
    }
    return [
      {
        row: r,
        refundId,
        orderId,
        amount,
        status: refundStatus(text(row[c.status])),
        paidAt,
        askedAt,
        completedAt: time(row[c.completedAt]),
        reason: text(row[c.reason]),
        stage: stageOf(text(row[c.stage])),
        goodsReturned: goodsReturned(`${text(row[c.returned])} ${text(row[c.serviceType])}`),
        product: text(row[c.title]) || text(row[c.productId]),
      },
    ];
  });
  return { refunds: problems.length > 0 ? [] : refunds, problems };
}
