/**
 * Names from the workbook contract: the input tables and sheets the add-in looks for, and the headers it writes, in
 * every language: each named by its place among a language's workbook words (src/i18n/<language>/workbook.ts).
 * Readers of these inputs accept many more aliases; these are the names the add-in itself uses.
 */
import type { Spellings, Language } from "./language";
import { WORKBOOK_WORDS as W } from "./language";
import { PRICE_BANDS_TABLE, STOCK_TABLE } from "./import/fields";

export type InputKind = "growthPoints" | "goals" | "dailyTasks" | "settings";

/** A sheet's columns by key, in the order they stand on the sheet. Code names a column by its key, never by position. */
export type Columns<C extends string = string> = Readonly<Record<C, Spellings>>;

export interface InputDefinition<C extends string = string> {
  /** The four inputs every workbook has, or the Competitors input the competition watch reads. */
  readonly kind:
    InputKind | "competitors" | "costs" | "stock" | "wordRoots" | "promotions" | "promotionTasks" | "priceBands";
  readonly tableName: string;
  readonly sheetName: Spellings;
  readonly columns: Columns<C>;
}

/** The header row of a sheet with these columns, in one language. */
export function columnNames(columns: Columns, language: Language): string[] {
  return Object.values(columns).map((c) => c[language]);
}

/** Where a column stands among its sheet's columns (zero-based). */
export function columnPosition<C extends string>(columns: Columns<C>, key: C): number {
  return Object.keys(columns).indexOf(key);
}

/**
 * A row in its sheet's column order, from values by column key: the compiler checks every column has its value.
 * @example rowInOrder({ a: A, b: B }, { b: 2, a: 1 }) → [1, 2]
 */
export function rowInOrder<C extends string, V>(columns: Columns<C>, values: Readonly<Record<C, V>>): V[] {
  return (Object.keys(columns) as C[]).map((key) => values[key]);
}

export const INPUTS = {
  growthPoints: {
    kind: "growthPoints",
    tableName: "GrowthPoints",
    sheetName: W.inputs.growthPoints.sheetName,
    columns: W.inputs.growthPoints.columns,
  },
  goals: {
    kind: "goals",
    tableName: "Goals",
    sheetName: W.inputs.goals.sheetName,
    columns: W.inputs.goals.columns,
  },
  dailyTasks: {
    kind: "dailyTasks",
    tableName: "DailyTasks",
    sheetName: W.inputs.dailyTasks.sheetName,
    columns: W.inputs.dailyTasks.columns,
  },
  settings: {
    kind: "settings",
    tableName: "Settings",
    sheetName: W.inputs.settings.sheetName,
    columns: W.inputs.settings.columns,
  },
} as const satisfies Readonly<Record<InputKind, InputDefinition>>;

/** The settings the add-in reads, with their names in every language. */
export const SETTING_NAMES = W.settingNames;

/** The ranking the add-in writes: sheet, table and columns. */
export const RANKING_OUTPUT = {
  sheetName: W.ranking.sheetName,
  tableName: "GrowthRanking",
  columns: W.ranking.columns,
  quadrants: W.ranking.quadrants,
} as const;

/** A row of the Import Log by column. */
export type ImportLogRow = Readonly<Record<keyof typeof IMPORT_LOG.columns, string | number>>;

/** The import's bookkeeping sheets. */
export const IMPORT_LOG = {
  sheetName: W.importLog.sheetName,
  tableName: "ImportLog",
  columns: W.importLog.columns,
} as const;

export const STORE_METRICS = {
  sheetName: W.storeMetrics.sheetName,
  tableName: "StoreMetrics",
} as const;

/** The columns the add-in writes into the Goals table, and the statuses it writes. */
export const GOAL_OUTPUT = {
  columns: W.goalOutput.columns,
  statuses: W.goalOutput.statuses,
  /** The fill each status shows in (a conditional format on the Status column, so it follows the cell's text). */
  statusFills: {
    achieved: "#C6EFCE",
    onTrack: "#E2F0D9",
    atRisk: "#FFEB9C",
    behind: "#FFC7CE",
    missed: "#F4B084",
    notStarted: "#EDEDED",
    invalid: "#D9D9D9",
  },
} as const;

/** The day's schedule sheet and the operation log. */
export const SCHEDULE_OUTPUT = {
  sheetPrefix: W.schedule.sheetPrefix,
  columns: W.schedule.columns,
  breakLabel: W.schedule.breakLabel,
  unscheduledTitle: W.schedule.unscheduledTitle,
  unscheduledColumns: W.schedule.unscheduledColumns,
  doneMark: "✓",
} as const;

export const OPERATION_LOG = {
  sheetName: W.operationLog.sheetName,
  tableName: "OperationLog",
  columns: W.operationLog.columns,
} as const;

/** The weekly (monthly) review's sheet: one a period, named with its id (`2026-W48`, `2026-11`). */
export const REVIEW_OUTPUT = W.review;

/** The diagnosis the add-in writes from the store's data, and where its suggestions go. */
export const DIAGNOSIS_OUTPUT = {
  sheetName: W.diagnosis.sheetName,
  tableName: "Diagnosis",
  columns: W.diagnosis.columns,
  checksTitle: W.diagnosis.checksTitle,
  checksColumns: W.diagnosis.checksColumns,
  /** Written beside suggestions added to Growth Points: where each came from, and whether its success rate is a guess. */
  sourceColumn: W.diagnosis.sourceColumn,
} as const;

/** The sheet of each goal's metric per day against its planned line. */
export const GOAL_TRENDS_OUTPUT = W.goalTrends;

/**
 * Competitors: one row per day and subject (a shop or an item), filled by importing Sycm's competition downloads or
 * by pasting a table copied from its pages. Our own rows are marked 本店 / 本店商品 / our shop / our item, in Kind or
 * as the Subject itself. Headers are found by every spelling the import knows (core/import/fields.ts).
 */
export const COMPETITORS = {
  kind: "competitors",
  tableName: "Competitors",
  sheetName: W.competitors.sheetName,
  columns: W.competitors.columns,
} as const satisfies InputDefinition;

/**
 * Costs: what each product (by 商家编码, or 商品ID) costs the shop a unit, for a SKU or for all of them, typed or
 * pasted from an ERP. Profit reads it (core/profit/costs.ts).
 */
export const COSTS = {
  kind: "costs",
  tableName: "Costs",
  sheetName: W.costs.sheetName,
  columns: W.costs.columns,
} as const satisfies InputDefinition;

/**
 * Stock: units in stock by product (商品ID and/or 商家编码) and optional SKU, with the listing date and a unit cost
 * where Costs lacks one; pasted from Qianniu's goods list or an ERP. Product layout reads it (core/layout/stock.ts).
 */
export const STOCK = {
  kind: "stock",
  tableName: STOCK_TABLE,
  sheetName: W.stock.sheetName,
  columns: W.stock.columns,
} as const satisfies InputDefinition;

/**
 * The Refunds sheet (退款分析): refunds by the day their order was paid, reasons, stage, products by refund rate and
 * the refunds no order matches. Written by "Analyze refunds" (core/refunds/refundSheet.ts).
 */
export const REFUNDS_OUTPUT = {
  ...W.refunds,
  cohortsTable: "RefundCohorts",
  productsTable: "RefundProducts",
  reasonsTable: "RefundReasons",
  /** The last day of the reasons' two weeks (refunds/refundSheet.ts), for the diagnosis. */
  weekProperty: "GrowthOps.RefundWeek",
} as const;

/**
 * Word Roots: the operator's own roots (词根), one a row, that Analyze ads cuts keywords by beside its shared
 * dictionary of common ones (core/ads/roots.ts).
 */
export const WORD_ROOTS = {
  kind: "wordRoots",
  tableName: "WordRoots",
  sheetName: W.wordRoots.sheetName,
  columns: W.wordRoots.columns,
} as const satisfies InputDefinition;

/**
 * Promotions: an event's phases, a row each, with their dates, and the event's GMV goal and stock multiplier
 * (core/promotions/events.ts). The phases' own names, in every language, say what each is for.
 */
export const PROMOTIONS = {
  kind: "promotions",
  tableName: "Promotions",
  sheetName: W.promotions.sheetName,
  columns: W.promotions.columns,
} as const satisfies InputDefinition;

/**
 * Price Bands: the market's demand by price band, pasted from Sycm's 价格带 table (its own headers are the Chinese
 * column names) or imported from a file of it. Position in market sets it against our order lines' prices.
 */
export const PRICE_BANDS = {
  kind: "priceBands",
  tableName: PRICE_BANDS_TABLE,
  sheetName: W.priceBands.sheetName,
  columns: W.priceBands.columns,
} as const satisfies InputDefinition;

/** The Market sheet Position in market writes (core/market/marketSheet.ts): its name in every language. */
export const MARKET_OUTPUT = {
  ...W.market,
  findingsTable: "MarketFindings",
  /** Which market rules were judged, and what the others lacked (market/marketRules.ts), for the diagnosis. */
  judgedProperty: "GrowthOps.MarketJudged",
} as const;

/** The phases' own names in every language: what each says it is for (core/promotions/events.ts). */
export const PROMOTION_PHASES = W.promotions.phases;

/** Promotion Tasks: the template Plan promotion plans an event's work from (core/promotions/plan.ts). */
export const PROMOTION_TASKS = {
  kind: "promotionTasks",
  tableName: "PromotionTasks",
  sheetName: W.promotionTasks.sheetName,
  columns: W.promotionTasks.columns,
} as const satisfies InputDefinition;

/**
 * The Products sheet (product layout): each product's week, tier and stock cover as a table, the thresholds above
 * it, slow stock under it. Written by "Review products" (core/layout/productsSheet.ts).
 */
export const LAYOUT_OUTPUT = {
  ...W.layout,
  tableName: "ProductLayout",
  /** The sheet's mark: the week it covers (`from:to`, date serials), for the weekly review. */
  weekProperty: "GrowthOps.ProductsWeek",
} as const;

/**
 * The Ad Analysis sheet: the closed days' words and crowds with their waste, the roots. Written by "Analyze ads"
 * (core/ads/adSheet.ts).
 */
export const AD_ANALYSIS_OUTPUT = {
  ...W.adAnalysis,
  wordsTable: "AdWordLines",
  crowdsTable: "AdCrowdLines",
  /** The closed days judged and the report's latest day (ads/adSheet.ts adPeriodMark), for the diagnosis and the report. */
  periodProperty: "GrowthOps.AdPeriod",
} as const;

/**
 * The Profit sheet: the days with every part of their profit, the period's products by profit before ads (the
 * loss-makers first, each with its break-even ROI), the statement lines no rule knows, and the products without a
 * cost. Written by "Calculate profit" (core/profit/profitSheet.ts).
 */
export const PROFIT_OUTPUT = {
  ...W.profit,
  daysTable: "ProfitDays",
  productsTable: "ProfitProducts",
} as const;

/** The competition watch's sheet: each subject's week against the week before, the calibration, and the days. */
export const COMPETITION_OUTPUT = {
  sheetName: W.competition.sheetName,
  /** The custom property the sheet keeps the week's biggest move in (JSON), for the daily report. */
  moveProperty: "GrowthOps.CompetitorMove",
  summaryTable: "CompetitionSummary",
  calibrationTable: "CompetitionCalibration",
  daysTable: "CompetitionDays",
  summary: W.competition.summary,
  calibration: W.competition.calibration,
  days: W.competition.days,
} as const;
