/**
 * Each export kind's names: its table, its sheet's name and its label in the Import Log, in every language. Words
 * the add-in writes, apart from the spellings it recognises an export by (kinds.ts), so that what reads a
 * workbook's language needs only these.
 */
import type { Spellings } from "../language";
import { WORKBOOK_WORDS as W } from "../language";
import type { ExportKind } from "./fields";
import { AD_REPORT_TABLE, COMPETITORS_TABLE, PRICE_BANDS_TABLE, STOCK_TABLE } from "./fields";

export interface ExportKindNames {
  readonly label: Spellings;
  readonly sheetName: Spellings;
  readonly tableName: string;
}

export const EXPORT_KIND_NAMES = {
  sycmCompetition: {
    label: W.exportKinds.sycmCompetition.label,
    sheetName: W.exportKinds.sycmCompetition.sheetName,
    tableName: COMPETITORS_TABLE,
  },
  alipayStatement: {
    label: W.exportKinds.alipayStatement.label,
    sheetName: W.exportKinds.alipayStatement.sheetName,
    tableName: "AlipayStatement",
  },
  qianniuRefunds: {
    label: W.exportKinds.qianniuRefunds.label,
    sheetName: W.exportKinds.qianniuRefunds.sheetName,
    tableName: "QianniuRefunds",
  },
  qianniuOrders: {
    label: W.exportKinds.qianniuOrders.label,
    sheetName: W.exportKinds.qianniuOrders.sheetName,
    tableName: "QianniuOrders",
  },
  qianniuOrderItems: {
    label: W.exportKinds.qianniuOrderItems.label,
    sheetName: W.exportKinds.qianniuOrderItems.sheetName,
    tableName: "QianniuOrderItems",
  },
  adReport: {
    label: W.exportKinds.adReport.label,
    sheetName: W.exportKinds.adReport.sheetName,
    tableName: AD_REPORT_TABLE,
  },
  adKeywords: {
    label: W.exportKinds.adKeywords.label,
    sheetName: W.exportKinds.adKeywords.sheetName,
    tableName: "AdKeywords",
  },
  adCrowds: {
    label: W.exportKinds.adCrowds.label,
    sheetName: W.exportKinds.adCrowds.sheetName,
    tableName: "AdCrowds",
  },
  sycmSearch: {
    label: W.exportKinds.sycmSearch.label,
    sheetName: W.exportKinds.sycmSearch.sheetName,
    tableName: "SycmSearch",
  },
  sycmCrowd: {
    label: W.exportKinds.sycmCrowd.label,
    sheetName: W.exportKinds.sycmCrowd.sheetName,
    tableName: "SycmCrowd",
  },
  sycmTraffic: {
    label: W.exportKinds.sycmTraffic.label,
    sheetName: W.exportKinds.sycmTraffic.sheetName,
    tableName: "SycmTraffic",
  },
  sycmProducts: {
    label: W.exportKinds.sycmProducts.label,
    sheetName: W.exportKinds.sycmProducts.sheetName,
    tableName: "SycmProducts",
  },
  sycmOverview: {
    label: W.exportKinds.sycmOverview.label,
    sheetName: W.exportKinds.sycmOverview.sheetName,
    tableName: "SycmOverview",
  },
  sycmMarket: {
    label: W.exportKinds.sycmMarket.label,
    sheetName: W.exportKinds.sycmMarket.sheetName,
    tableName: "SycmMarket",
  },
  sycmRanking: {
    label: W.exportKinds.sycmRanking.label,
    sheetName: W.exportKinds.sycmRanking.sheetName,
    tableName: "SycmRanking",
  },
  priceBands: {
    label: W.exportKinds.priceBands.label,
    sheetName: W.priceBands.sheetName,
    tableName: PRICE_BANDS_TABLE,
  },
  stockList: {
    label: W.exportKinds.stockList.label,
    sheetName: W.stock.sheetName,
    tableName: STOCK_TABLE,
  },
} as const satisfies Readonly<Record<Exclude<ExportKind, "generic">, ExportKindNames>>;
