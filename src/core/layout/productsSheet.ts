/**
 * The Products sheet (商品布局) planned: what the week was and the thresholds the tiers were cut at, then the products
 * by GMV with their share, tier, last week's tier, newness and stock cover (a scatter of visitors against conversion
 * beside them), then slow stock by the money it ties up. The table keeps its name so an operator's formulas find it.
 */
import { finiteNumber } from "../cellValues";
import { LAYOUT_OUTPUT, columnNames } from "../contract";
import { fromDateSerial, isoDay } from "../excelDate";
import { figureText } from "../figures";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { ListBlock, OutputBlock, SheetDescription, TableBlock } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { freeTableName } from "../sheetNames";
import { indexOfName, isNamed } from "../names";
import type { ProductLine, ProductReview } from "./review";
import { MONTH_DAYS } from "./review";
import type { Tier, TierThresholds } from "./tiers";
import { MIN_TIER_PRODUCTS, TIERS, minVisitorsOver } from "./tiers";

export type LayoutKey =
  | "layout.summary"
  | "layout.thresholds"
  | "layout.thresholdsNew"
  | "layout.noThresholds"
  | "layout.noThresholdsNew"
  | "layout.thresholds28"
  | "layout.thresholdsNew28"
  | "layout.noThresholds28"
  | "layout.noThresholdsNew28"
  | "layout.short28"
  | "layout.profitFrom"
  | "layout.noProfit"
  | "layout.noStock"
  | "layout.up"
  | "layout.down"
  | "layout.new"
  | "layout.stockOut"
  | "layout.slow"
  | "layout.stockOutCount";

export type LayoutText = string | Phrase<LayoutKey>;

const day = (serial: number) => isoDay(fromDateSerial(serial));
const STOCK_OUT_FILL = "#FCE4E4";

/** A set of thresholds as a sentence, or why there is none: the week's, or the 28 days'. */
function thresholdLine(t: TierThresholds | null, newItems: boolean, month = false): Phrase<LayoutKey> {
  const facts = { min: minVisitorsOver(month ? MONTH_DAYS : 7), count: MIN_TIER_PRODUCTS };
  const key = (k: "thresholds" | "thresholdsNew" | "noThresholds" | "noThresholdsNew") =>
    `layout.${k}${month ? "28" : ""}` as const;
  if (!t) return phrase(key(newItems ? "noThresholdsNew" : "noThresholds"), facts);
  return phrase(key(newItems ? "thresholdsNew" : "thresholds"), {
    ...facts,
    products: t.products,
    gmv: figureText(t.gmvP75, "money"),
    visitors: figureText(t.visitorsP75, "count"),
    conversion: figureText(t.conversionP75, "rate"),
    median: figureText(t.conversionMedian, "rate"),
  });
}

/** The 28 days' thresholds, or why its columns are blank. */
function monthLines(review: ProductReview, hasNew: boolean): Phrase<LayoutKey>[] {
  const { tiering, covered } = review.month;
  if (!tiering) return [phrase("layout.short28", { days: covered })];
  return [
    thresholdLine(tiering.established, false, true),
    ...(hasNew ? [thresholdLine(tiering.newItems, true, true)] : []),
  ];
}

/** The lines above the table: the week, how much of its GMV the top products made, the thresholds, what lacks. */
export function layoutSummary(review: ProductReview, hasStock: boolean): Phrase<LayoutKey>[] {
  const gmv = review.lines.reduce((a, l) => a + l.gmv, 0);
  // The Pareto line: how many products make 80 % of the week's GMV.
  const top = review.lines.findIndex((l) => l.cumulative >= 0.8) + 1;
  const atRisk = review.lines.filter((l) => l.cover?.stockOut).length;
  const hasNew = review.lines.some((l) => l.isNew);
  return [
    phrase("layout.summary", {
      from: day(review.from),
      to: day(review.to),
      products: review.lines.length,
      gmv: figureText(gmv, "money"),
      top: top > 0 ? top : review.lines.length,
    }),
    thresholdLine(review.tiering.established, false),
    ...(hasNew ? [thresholdLine(review.tiering.newItems, true)] : []),
    ...monthLines(review, hasNew),
    review.profitPeriod
      ? phrase("layout.profitFrom", { from: day(review.profitPeriod.from), to: day(review.profitPeriod.to) })
      : phrase("layout.noProfit"),
    ...(atRisk > 0 ? [phrase("layout.stockOutCount", { count: atRisk })] : []),
    ...(hasStock ? [] : [phrase("layout.noStock")]),
  ];
}

/** A tier's move since last week: up or down the order, blank when the same or unknown. */
function change(tier: Tier, last: Tier | null): LayoutText {
  if (last === null || last === tier) return "";
  return TIERS.indexOf(tier) < TIERS.indexOf(last) ? phrase("layout.up") : phrase("layout.down");
}

/** A product's row of the table, in the columns' order. */
function productRow(l: ProductLine, tier: (t: Tier) => string): (LayoutText | number)[] {
  return [
    l.name,
    l.id,
    l.visitors,
    l.conversion,
    l.gmv,
    l.share,
    l.cumulative,
    tier(l.tier),
    l.lastTier === null ? "" : tier(l.lastTier),
    change(l.tier, l.lastTier),
    l.isNew ? phrase("layout.new") : "",
    l.month?.visitors ?? "",
    l.month?.conversion ?? "",
    l.month?.gmv ?? "",
    l.month?.share ?? "",
    l.month ? tier(l.month.tier) : "",
    l.profit ?? "",
    l.margin ?? "",
    l.stock ?? "",
    l.cover?.cover7 ?? "",
    l.cover?.cover28 ?? "",
    l.cover?.stockOut ? phrase("layout.stockOut") : "",
    l.stock !== null && l.unitCost !== null ? l.stock * l.unitCost : "",
    l.cover?.slow ? phrase("layout.slow") : "",
  ];
}

function productsTable(review: ProductReview, language: Language, tablesTaken: readonly string[]) {
  const c = LAYOUT_OUTPUT.columns;
  const tier = (t: Tier) => LAYOUT_OUTPUT.tiers[t][language];
  const columns = columnLooks(c, language, {
    product: { format: "@", width: 200 },
    productId: "@",
    visitors: "#,##0",
    conversion: "0.00%",
    gmv: "#,##0.00",
    share: "0.0%",
    cumulative: "0.0%",
    tier: "@",
    lastTier: "@",
    change: "@",
    isNew: { format: "@", center: true },
    visitors28: "#,##0",
    conversion28: "0.00%",
    gmv28: "#,##0.00",
    share28: "0.0%",
    tier28: "@",
    profit: "#,##0.00",
    margin: "0.0%",
    stock: "#,##0",
    cover7: "0.0",
    cover28: "0.0",
    stockOut: { format: "@", center: true },
    stockValue: "#,##0.00",
    slow: { format: "@", center: true },
  });
  const rows = review.lines.map((l) => productRow(l, tier));
  const atRisk = review.lines.flatMap((l, i) => (l.cover?.stockOut ? [i] : []));
  const table: TableBlock<LayoutText> = {
    kind: "table",
    tableName: freeTableName(LAYOUT_OUTPUT.tableName, tablesTaken),
    columns,
    // A table needs a body row: an empty week keeps one, so the next run's shape is the same.
    rows: rows.length > 0 ? rows : [columns.map(() => "")],
    ...(atRisk.length > 0 ? { rowLooks: [{ rows: atRisk, fill: STOCK_OUT_FILL }] } : {}),
    // Visitors (x) against conversion (y): potential products stand high and left, traffic ones low and right.
    chart: {
      kind: "XYScatter",
      columns: ["visitors", "conversion"],
      title: LAYOUT_OUTPUT.chartTitle[language],
      axisTitles: { x: c.visitors[language], y: c.conversion[language] },
      labels: review.lines.map((l) => l.name),
      fromRow: 1,
      rows: 18,
    },
  };
  return table;
}

function slowList(review: ProductReview, language: Language): ListBlock<LayoutText> {
  return {
    kind: "list",
    title: LAYOUT_OUTPUT.slowTitle[language],
    headers: columnNames(LAYOUT_OUTPUT.slow, language),
    rows: review.slow.map((l) => [l.name, l.stock ?? 0, l.cover?.cover28 ?? "", l.unitCost ?? "", l.cover?.tied ?? ""]),
    formats: ["@", "#,##0", "0.0", "#,##0.00", "#,##0.00"],
  };
}

/** The Products sheet for a review, its table named apart from the workbook's other tables. */
export function planProductsSheet(
  review: ProductReview,
  language: Language,
  hasStock: boolean,
  tablesTaken: readonly string[]
): SheetDescription<LayoutText> {
  const blocks: OutputBlock<LayoutText>[] = [
    { kind: "lines", style: "plain", lines: layoutSummary(review, hasStock).map((p) => [p]) },
    productsTable(review, language, tablesTaken),
    ...(review.slow.length > 0 ? [slowList(review, language)] : []),
  ];
  const week = { [LAYOUT_OUTPUT.weekProperty]: `${review.from}:${review.to}` };
  return { blocks, properties: week, freezeHeader: false, activate: true };
}

/** A product of the Products sheet as read back: what the diagnosis judges product layout by. */
export interface ProductLayoutBack {
  readonly product: string;
  readonly tier: Tier | null;
  readonly lastTier: Tier | null;
  readonly visitors: number;
  readonly gmv: number;
  /** Days of cover at the last 7 days' sales; null when blank (no stock, or nothing sold). */
  readonly cover7: number | null;
  readonly stockOut: boolean;
  readonly stockValue: number;
  readonly slow: boolean;
}

/**
 * The Products table read back (its header row first), its columns and tier words found in any language. A row
 * without a product is passed over; a sheet without a Tier column gives none.
 */
export function productLayoutBack(rows: readonly (readonly unknown[])[]): ProductLayoutBack[] {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  const c = LAYOUT_OUTPUT.columns;
  const at = (key: keyof typeof c) => indexOfName(header, c[key]);
  const [product, tier, lastTier, visitors, gmv, cover7, stockOut, stockValue, slow] = (
    ["product", "tier", "lastTier", "visitors", "gmv", "cover7", "stockOut", "stockValue", "slow"] as const
  ).map(at) as [number, number, number, number, number, number, number, number, number];
  if (product < 0 || tier < 0) return [];
  const tierOfWord = (cell: unknown) =>
    TIERS.find((t) => typeof cell === "string" && cell !== "" && isNamed(cell, LAYOUT_OUTPUT.tiers[t])) ?? null;
  const marked = (cell: unknown) => typeof cell === "string" && cell.trim() !== "";
  return rows.slice(1).flatMap((row) => {
    const name = String(row[product] ?? "").trim();
    if (name === "") return [];
    return [
      {
        product: name,
        tier: tierOfWord(row[tier]),
        lastTier: tierOfWord(row[lastTier]),
        visitors: finiteNumber(row[visitors]) ?? 0,
        gmv: finiteNumber(row[gmv]) ?? 0,
        cover7: finiteNumber(row[cover7]),
        stockOut: marked(row[stockOut]),
        stockValue: finiteNumber(row[stockValue]) ?? 0,
        slow: marked(row[slow]),
      },
    ];
  });
}
