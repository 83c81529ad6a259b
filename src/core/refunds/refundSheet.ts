/**
 * The Refunds sheet (退款分析) planned: the cohort view and the common view side by side in words, what is matched
 * and what is not money back, then the payment days with their refunds by days until asked, reasons, stage and
 * goods, products by refund rate, and the refunds no order matches.
 */
import { REFUNDS_OUTPUT, columnNames } from "../contract";
import { fromDateSerial, isoDay } from "../excelDate";
import { figureText } from "../figures";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { ListBlock, OutputBlock, SheetDescription, TableBlock } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { freeTableName } from "../sheetNames";
import type { RefundAnalysis, Share } from "./cohorts";
import { MIN_PRODUCT_ORDERS, SETTLE_DAYS } from "./cohorts";

export type RefundsKey =
  | "refunds.summary"
  | "refunds.buckets"
  | "refunds.provisional"
  | "refunds.matched"
  | "refunds.unmatched"
  | "refunds.notMoney"
  | "refunds.minOrders"
  | "refunds.noLines"
  | "refunds.noReason"
  | "refunds.weeks";

export type RefundsText = string | Phrase<RefundsKey>;

const day = (serial: number) => isoDay(fromDateSerial(serial));
const money = (n: number) => figureText(n, "money");
const rate = (n: number | null) => (n === null ? "–" : figureText(n, "rate"));
const PROVISIONAL_FILL = "#FFF4CE";

/** The lines above the tables. */
export function refundsSummary(a: RefundAnalysis, hasLines: boolean): Phrase<RefundsKey>[] {
  const cohorts = a.cohorts;
  const first = cohorts[0];
  const last = cohorts[cohorts.length - 1];
  if (!first || !last) return [];
  const young = cohorts.filter((c) => c.provisional).length;
  const unmatched = a.unmatched.length;
  return [
    phrase("refunds.summary", {
      from: day(first.day),
      to: day(last.day),
      orders: cohorts.reduce((s, c) => s + c.orders, 0),
      paid: money(cohorts.reduce((s, c) => s + c.paid, 0)),
      refunded: money(a.matched.amount),
      count: a.matched.count,
      settled: rate(a.settledRate),
      days: SETTLE_DAYS,
      completed: rate(a.completedRatio),
    }),
    phrase("refunds.buckets"),
    ...(young > 0 ? [phrase("refunds.provisional", { days: young, settle: SETTLE_DAYS })] : []),
    phrase("refunds.matched", {
      matched: a.matched.count,
      total: a.total.count,
      share: rate(a.total.count > 0 ? a.matched.count / a.total.count : null),
    }),
    ...(unmatched > 0
      ? [phrase("refunds.unmatched", { unmatched, amount: money(a.total.amount - a.matched.amount) })]
      : []),
    phrase("refunds.notMoney", {
      open: a.open.count,
      openAmount: money(a.open.amount),
      closed: a.closed.count,
      closedAmount: money(a.closed.amount),
    }),
    phrase(hasLines ? "refunds.minOrders" : "refunds.noLines", { min: MIN_PRODUCT_ORDERS }),
    ...(a.reasonWeeks
      ? [
          phrase("refunds.weeks", {
            from: day(a.reasonWeeks.to - 6),
            to: day(a.reasonWeeks.to),
            beforeFrom: day(a.reasonWeeks.to - 13),
            beforeTo: day(a.reasonWeeks.to - 7),
          }),
        ]
      : []),
  ];
}

function cohortTable(a: RefundAnalysis, language: Language, tableName: string): TableBlock<RefundsText> {
  const money2 = "#,##0.00";
  const columns = columnLooks(REFUNDS_OUTPUT.columns, language, {
    day: "yyyy-mm-dd",
    orders: "#,##0",
    paid: money2,
    asked0: money2,
    count0: "#,##0",
    asked2: money2,
    count2: "#,##0",
    asked4: money2,
    count4: "#,##0",
    asked8: money2,
    count8: "#,##0",
    asked15: money2,
    count15: "#,##0",
    refunds: "#,##0",
    refunded: money2,
    rate: "0.00%",
    provisional: "@",
  });
  const rows = a.cohorts.map((c) => [
    c.day,
    c.orders,
    c.paid,
    ...c.buckets.flatMap((b) => [b.amount, b.count]),
    c.count,
    c.refunded,
    c.rate ?? "",
    c.provisional ? REFUNDS_OUTPUT.provisionalWord[language] : "",
  ]);
  const young = a.cohorts.flatMap((c, i) => (c.provisional ? [i] : []));
  return {
    kind: "table",
    tableName,
    columns,
    rows,
    ...(young.length > 0 ? { rowLooks: [{ rows: young, fill: PROVISIONAL_FILL }] } : {}),
  };
}

/** A list of shares of the money back, its rows' keys worded by `word`. */
function sharesList(
  title: string,
  headers: readonly string[],
  shares: readonly Share[],
  total: number,
  word: (key: string) => RefundsText
): ListBlock<RefundsText> {
  return {
    kind: "list",
    title,
    headers,
    rows: shares.map((s) => [word(s.key), s.count, s.amount, total > 0 ? s.amount / total : ""]),
    formats: ["@", "#,##0", "#,##0.00", "0.00%"],
  };
}

/** Money back by reason, and each reason's asks in the last two weeks: the diagnosis reads the two weeks back. */
function reasonsTable(a: RefundAnalysis, language: Language, tableName: string): TableBlock<RefundsText> {
  const columns = columnLooks(REFUNDS_OUTPUT.reasons, language, {
    reason: { format: "@", width: 200 },
    refunds: "#,##0",
    refunded: "#,##0.00",
    share: "0.00%",
    askedNow: "#,##0",
    askedBefore: "#,##0",
    amountNow: "#,##0.00",
    amountBefore: "#,##0.00",
  });
  const weeks = a.reasonWeeks?.reasons ?? new Map();
  const keys = [...new Set([...a.reasons.map((r) => r.key), ...weeks.keys()])];
  const total = a.total.amount;
  const rows = keys.map((key) => {
    const back = a.reasons.find((r) => r.key === key);
    const week = weeks.get(key);
    return [
      key === "" ? phrase("refunds.noReason") : key,
      back?.count ?? 0,
      back?.amount ?? 0,
      total > 0 && back ? back.amount / total : "",
      week?.now.count ?? 0,
      week?.before.count ?? 0,
      week?.now.amount ?? 0,
      week?.before.amount ?? 0,
    ];
  });
  return { kind: "table", tableName, columns, rows: rows.length > 0 ? rows : [columns.map(() => "")] };
}

function productsTable(a: RefundAnalysis, language: Language, tableName: string): TableBlock<RefundsText> {
  const columns = columnLooks(REFUNDS_OUTPUT.products, language, {
    product: { format: "@", width: 220 },
    orders: "#,##0",
    paid: "#,##0.00",
    refunded: "#,##0.00",
    rate: "0.00%",
    reason: "@",
  });
  const rows = a.products.map((p) => [p.product, p.orders, p.paid, p.refunded, p.rate, p.topReason]);
  return { kind: "table", tableName, columns, rows: rows.length > 0 ? rows : [columns.map(() => "")] };
}

/** The Refunds sheet, its tables named apart from the workbook's other tables. */
export function planRefundSheet(
  a: RefundAnalysis,
  hasLines: boolean,
  language: Language,
  tablesTaken: readonly string[]
): SheetDescription<RefundsText> {
  const w = REFUNDS_OUTPUT.words;
  const said = (k: keyof typeof w) => w[k][language];
  const cohorts = freeTableName(REFUNDS_OUTPUT.cohortsTable, tablesTaken);
  const products = freeTableName(REFUNDS_OUTPUT.productsTable, [...tablesTaken, cohorts]);
  const reasons = freeTableName(REFUNDS_OUTPUT.reasonsTable, [...tablesTaken, cohorts, products]);
  const total = a.total.amount;
  const splitHeaders = columnNames(REFUNDS_OUTPUT.split, language);
  const blocks: OutputBlock<RefundsText>[] = [
    { kind: "lines", style: "plain", lines: refundsSummary(a, hasLines).map((p) => [p]) },
    cohortTable(a, language, cohorts),
    { kind: "lines", style: "bold", lines: [[REFUNDS_OUTPUT.reasonsTitle[language]]] },
    reasonsTable(a, language, reasons),
    sharesList(REFUNDS_OUTPUT.splitTitle[language], splitHeaders, a.stages, total, (k) =>
      said(k === "during" ? "during" : k === "after" ? "after" : "notSaid")
    ),
    sharesList(REFUNDS_OUTPUT.returnedTitle[language], splitHeaders, a.returned, total, (k) =>
      said(k === "yes" ? "returned" : k === "no" ? "kept" : "notSaid")
    ),
    ...(hasLines
      ? [
          { kind: "lines" as const, style: "bold" as const, lines: [[REFUNDS_OUTPUT.productsTitle[language]]] },
          productsTable(a, language, products),
        ]
      : []),
    ...(a.unmatched.length > 0
      ? [
          {
            kind: "list" as const,
            title: REFUNDS_OUTPUT.unmatchedTitle[language],
            headers: columnNames(REFUNDS_OUTPUT.unmatched, language),
            rows: a.unmatched.map((r) => [r.refundId, r.orderId, r.amount, r.reason]),
            formats: ["@", "@", "#,##0.00", "@"],
          },
        ]
      : []),
  ];
  const week = a.reasonWeeks ? { properties: { [REFUNDS_OUTPUT.weekProperty]: String(a.reasonWeeks.to) } } : {};
  return { blocks, ...week, freezeHeader: false, activate: true };
}
