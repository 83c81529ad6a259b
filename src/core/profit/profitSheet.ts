/**
 * The Profit sheet planned: a summary of the period (its profit and margin, the days whose fees are estimated, the
 * share of sales without a cost), the days with every part as a table, the products by profit after their own ads
 * (the loss-makers first, each with its break-even ROI beside its ad ROI) as a table, then the statement lines no rule knows and the
 * products without a cost, each a list only when there is one. The tables keep their names so an operator's own
 * formulas and charts find them after every run.
 */
import { PROFIT_OUTPUT, columnNames } from "../contract";
import { fromDateSerial, isoDay } from "../excelDate";
import { figureText } from "../figures";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { OutputBlock, SheetDescription } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { indexOfName } from "../names";
import { freeTableName } from "../sheetNames";
import type { ProfitResult } from "./profit";

export type ProfitKey =
  | "profit.summary"
  | "profit.estimatedDays"
  | "profit.missingCosts"
  | "profit.missingCostsHigh"
  | "profit.adsWithoutProduct"
  | "profit.moreItems"
  | "profit.estimated"
  | "profit.noDetails";

export type ProfitText = string | Phrase<ProfitKey>;

/** A share of net sales without a cost above which the profit is said to be unreliable. */
export const MISSING_COST_WARNING = 0.05;

const MONEY = "#,##0.00;-#,##0.00";
const RATE = "0.0%";
const DAY = "yyyy-mm-dd";
const day = (serial: number) => isoDay(fromDateSerial(serial));
const money = (n: number) => figureText(n, "money");
const rate = (n: number | null) => (n === null ? "—" : figureText(n, "rate"));
const product = (name: string): ProfitText => (name === "" ? phrase("profit.noDetails") : name);

/** The sentences above the tables: what the period kept, and what of it is estimated or uncosted. */
export function profitSummary(result: ProfitResult): Phrase<ProfitKey>[] {
  const { total, missingCosts, adsWithoutProduct: loose } = result;
  const estimated = result.days.filter((d) => d.feesEstimated).length;
  return [
    phrase("profit.summary", {
      from: day(total.from),
      to: day(total.to),
      netSales: money(total.netSales),
      profit: money(total.profit),
      margin: rate(total.margin),
    }),
    ...(estimated > 0 ? [phrase("profit.estimatedDays", { count: estimated })] : []),
    ...(missingCosts.orders.length > 0
      ? [
          phrase(missingCosts.share > MISSING_COST_WARNING ? "profit.missingCostsHigh" : "profit.missingCosts", {
            count: missingCosts.orders.length,
            share: figureText(missingCosts.share, "rate"),
          }),
        ]
      : []),
    ...(loose.items.length > 0
      ? [
          phrase("profit.adsWithoutProduct", {
            spend: money(loose.spend),
            count: loose.items.length,
            items: shortList(loose.items),
          }),
        ]
      : []),
  ];
}

/** Up to five items by name, then how many more: a summary line stays one line. */
const shortList = (items: readonly string[]): (string | Phrase<ProfitKey>)[] =>
  items.length <= 5 ? [...items] : [...items.slice(0, 5), phrase("profit.moreItems", { count: items.length - 5 })];

function daysBlock(result: ProfitResult, language: Language, tablesTaken: readonly string[]): OutputBlock<ProfitText> {
  const columns = columnLooks(PROFIT_OUTPUT.days, language, {
    day: DAY,
    orders: "#,##0",
    paid: MONEY,
    refunds: MONEY,
    netSales: MONEY,
    goodsCost: MONEY,
    fees: MONEY,
    adSpend: MONEY,
    shipping: MONEY,
    packaging: MONEY,
    profit: MONEY,
    margin: RATE,
    feesEstimated: { format: "@", center: true },
  });
  const rows = result.days.map((d) => [
    d.day,
    d.orders,
    d.paid,
    d.refunds,
    d.netSales,
    d.goodsCost,
    d.fees,
    d.adSpend,
    d.shipping,
    d.packaging,
    d.profit,
    d.margin ?? "",
    d.feesEstimated ? phrase("profit.estimated") : "",
  ]);
  return {
    kind: "table",
    tableName: freeTableName(PROFIT_OUTPUT.daysTable, tablesTaken),
    columns,
    // A table needs a body row: an empty period keeps one, so the next run's shape is the same.
    rows: rows.length > 0 ? rows : [columns.map(() => "")],
  };
}

function productsBlock(result: ProfitResult, language: Language, tablesTaken: readonly string[]) {
  const columns = columnLooks(PROFIT_OUTPUT.products, language, {
    product: { format: "@", width: 220 },
    netSales: MONEY,
    goodsCost: MONEY,
    fees: MONEY,
    shipping: MONEY,
    adSpend: MONEY,
    profit: MONEY,
    margin: RATE,
    breakEvenRoi: "0.00",
    adRoi: "0.00",
  });
  const rows = result.products.map((p) => [
    product(p.product),
    p.netSales,
    p.goodsCost,
    p.fees,
    Math.round((p.shipping + p.packaging) * 100) / 100,
    p.adSpend,
    p.profit,
    p.margin ?? "",
    p.breakEvenRoi ?? "",
    p.adRoi ?? "",
  ]);
  // Loss-makers stand out: the rows whose profit after their own ads is below zero.
  const losing = result.products.flatMap((p, i) => (p.profit < 0 ? [i] : []));
  const block: OutputBlock<ProfitText> = {
    kind: "table",
    tableName: freeTableName(PROFIT_OUTPUT.productsTable, tablesTaken),
    title: PROFIT_OUTPUT.productsTitle[language],
    columns,
    rows: rows.length > 0 ? rows : [columns.map(() => "")],
    ...(losing.length > 0 ? { rowLooks: [{ rows: losing, fill: "#FCE4E4" }] } : {}),
  };
  return block;
}

/** The lists under the tables, each only when it has a row. */
function listBlocks(result: ProfitResult, language: Language): OutputBlock<ProfitText>[] {
  const unclassified: OutputBlock<ProfitText> = {
    kind: "list",
    title: PROFIT_OUTPUT.unclassifiedTitle[language],
    headers: columnNames(PROFIT_OUTPUT.unclassified, language),
    rows: result.unclassified.map((u) => [day(u.day), u.note, u.amount]),
    formats: ["@", "@", MONEY],
  };
  const missing: OutputBlock<ProfitText> = {
    kind: "list",
    title: PROFIT_OUTPUT.missingTitle[language],
    headers: columnNames(PROFIT_OUTPUT.missing, language),
    rows: result.missingCosts.lines.map((m) => [product(m.product), m.code, m.sku, m.orders, m.netSales]),
    formats: ["@", "@", "@", "#,##0", MONEY],
  };
  return [
    ...(result.unclassified.length > 0 ? [unclassified] : []),
    ...(result.missingCosts.lines.length > 0 ? [missing] : []),
  ];
}

/** A day of the Profit sheet as read back: what the diagnosis compares GMV with. */
export interface DayProfitBack {
  readonly netSales: number;
  readonly profit: number;
  /** Orders paid and ad spend: 0 where a sheet written before they were kept lacks them. */
  readonly orders: number;
  readonly adSpend: number;
}

/**
 * The Profit sheet's days table read back (its header row first), its columns found by their headers in any
 * language: each day's net sales and profit. Rows without a day, or without both figures, are passed over.
 */
export function profitDaysBack(rows: readonly (readonly unknown[])[]): Map<number, DayProfitBack> {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  const at = (key: "day" | "netSales" | "profit" | "orders" | "adSpend") =>
    indexOfName(header, PROFIT_OUTPUT.days[key]);
  const [day, netSales, profit, orders, adSpend] = [
    at("day"),
    at("netSales"),
    at("profit"),
    at("orders"),
    at("adSpend"),
  ];
  const number = (value: unknown) => (typeof value === "number" ? value : 0);
  const days = new Map<number, DayProfitBack>();
  for (const row of rows.slice(1)) {
    const [d, n, p] = [row[day], row[netSales], row[profit]];
    if (typeof d === "number" && typeof n === "number" && typeof p === "number")
      days.set(Math.floor(d), { netSales: n, profit: p, orders: number(row[orders]), adSpend: number(row[adSpend]) });
  }
  return days;
}

/** A product of the Profit sheet as read back: what the ad ROI rule judges it by, and product layout shows. */
export interface ProductProfitBack {
  readonly product: string;
  readonly adSpend: number;
  /** Null where the sheet leaves the cell empty: no margin, or no ad spend on final days. */
  readonly breakEvenRoi: number | null;
  readonly adRoi: number | null;
  readonly netSales: number | null;
  readonly profit: number | null;
}

/**
 * The Profit sheet's products table read back (its header row first), its columns found by their headers in any
 * language. A sheet written before products had their own ads has no such columns: no product is read.
 */
export function profitProductsBack(rows: readonly (readonly unknown[])[]): ProductProfitBack[] {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  const at = (key: "product" | "adSpend" | "breakEvenRoi" | "adRoi" | "netSales" | "profit") =>
    indexOfName(header, PROFIT_OUTPUT.products[key]);
  const [name, adSpend, breakEvenRoi, adRoi] = [at("product"), at("adSpend"), at("breakEvenRoi"), at("adRoi")];
  const [netSales, profit] = [at("netSales"), at("profit")];
  if (name < 0 || adSpend < 0 || adRoi < 0 || breakEvenRoi < 0) return [];
  const number = (value: unknown) => (typeof value === "number" ? value : null);
  return rows.slice(1).flatMap((row) => {
    const product = String(row[name] ?? "").trim();
    const spend = number(row[adSpend]);
    return product === "" || spend === null
      ? []
      : [
          {
            product,
            adSpend: spend,
            breakEvenRoi: number(row[breakEvenRoi]),
            adRoi: number(row[adRoi]),
            netSales: number(row[netSales]),
            profit: number(row[profit]),
          },
        ];
  });
}

/** The Profit sheet for a period's result, its tables named apart from the workbook's other tables. */
export function planProfitSheet(
  result: ProfitResult,
  language: Language,
  tablesTaken: readonly string[]
): SheetDescription<ProfitText> {
  const taken = [...tablesTaken];
  const days = daysBlock(result, language, taken);
  if (days.kind === "table" && days.tableName) taken.push(days.tableName);
  return {
    blocks: [
      { kind: "lines", style: "plain", lines: profitSummary(result).map((p) => [p]) },
      days,
      productsBlock(result, language, taken),
      ...listBlocks(result, language),
    ],
    freezeHeader: false,
    activate: true,
  };
}
