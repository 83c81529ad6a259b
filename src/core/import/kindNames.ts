/**
 * Each export kind's names: its table, its sheet's name and its label in the Import Log, in every language. Words
 * the add-in writes, apart from the spellings it recognises an export by (kinds.ts), so that what reads a
 * workbook's language needs only these.
 */
import type { Bilingual } from "../language";
import { bilingual as both } from "../language";
import type { ExportKind } from "./fields";
import { AD_REPORT_TABLE, COMPETITORS_TABLE } from "./fields";

export interface ExportKindNames {
  readonly label: Bilingual;
  readonly sheetName: Bilingual;
  readonly tableName: string;
}

export const EXPORT_KIND_NAMES = {
  sycmCompetition: {
    label: both("Sycm competition", "生意参谋竞争数据"),
    sheetName: both("Competitors", "竞争数据"),
    tableName: COMPETITORS_TABLE,
  },
  alipayStatement: {
    label: both("Alipay statement", "支付宝账务明细"),
    sheetName: both("Alipay Statement", "支付宝账务明细"),
    tableName: "AlipayStatement",
  },
  qianniuRefunds: {
    label: both("Qianniu refunds (after-sales)", "千牛售后退款"),
    sheetName: both("Qianniu Refunds", "千牛退款"),
    tableName: "QianniuRefunds",
  },
  qianniuOrders: {
    label: both("Qianniu order list", "千牛订单列表"),
    sheetName: both("Qianniu Orders", "千牛订单"),
    tableName: "QianniuOrders",
  },
  qianniuOrderItems: {
    label: both("Qianniu order details", "千牛订单明细"),
    sheetName: both("Qianniu Order Items", "千牛订单明细"),
    tableName: "QianniuOrderItems",
  },
  adReport: {
    label: both("Ad report (Zhitongche / Wanxiangtai)", "推广报表（直通车/万相台）"),
    sheetName: both("Ad Report", "推广报表"),
    tableName: AD_REPORT_TABLE,
  },
  sycmTraffic: {
    label: both("Sycm traffic sources", "生意参谋流量来源"),
    sheetName: both("Sycm Traffic", "生意参谋流量来源"),
    tableName: "SycmTraffic",
  },
  sycmProducts: {
    label: both("Sycm product performance", "生意参谋商品效果"),
    sheetName: both("Sycm Products", "生意参谋商品"),
    tableName: "SycmProducts",
  },
  sycmOverview: {
    label: both("Sycm shop overview", "生意参谋店铺概况"),
    sheetName: both("Sycm Overview", "生意参谋概况"),
    tableName: "SycmOverview",
  },
} as const satisfies Readonly<Record<Exclude<ExportKind, "generic">, ExportKindNames>>;
