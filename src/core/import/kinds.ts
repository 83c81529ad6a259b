/**
 * The exports the importer recognises by their headers, where each goes, and which columns identify a row so that
 * importing the same file twice adds nothing.
 */
import type { Bilingual } from "../language";
import { bilingual } from "../language";
import { excelPrecision } from "../cellValues";
import { indexOfName } from "../names";
import { DATE_HEADERS } from "./period";
import { needsTextGuard } from "./normalize";

export type ExportKind = "sycmOverview" | "sycmProducts" | "sycmTraffic" | "qianniuOrders" | "qianniuOrderItems" | "qianniuRefunds" | "alipayStatement" | "adReport" | "generic";

export interface ExportKindDefinition {
  readonly kind: ExportKind;
  readonly label: Bilingual;
  readonly sheetName: Bilingual;
  readonly tableName: string;
  /** Every one of these (by any of its spellings) must be a header. */
  readonly requires: readonly (readonly string[])[];
  /** Columns whose values together identify a row; empty: the whole row. */
  readonly key: readonly (readonly string[])[];
}

const both = bilingual;
const DATE = DATE_HEADERS;

/** Most specific first: the first whose required headers are all present wins. */
export const EXPORT_KINDS: readonly ExportKindDefinition[] = [
  {
    kind: "alipayStatement",
    label: both("Alipay statement", "支付宝账务明细"),
    sheetName: both("Alipay Statement", "支付宝账务明细"),
    tableName: "AlipayStatement",
    requires: [["账务流水号"], ["收入金额（+元）", "收入金额(+元)", "收入金额"], ["支出金额（-元）", "支出金额(-元)", "支出金额"]],
    key: [["账务流水号"]],
  },
  {
    kind: "qianniuRefunds",
    label: both("Qianniu refunds (after-sales)", "千牛售后退款"),
    sheetName: both("Qianniu Refunds", "千牛退款"),
    tableName: "QianniuRefunds",
    requires: [["退款编号"], ["订单编号"], ["退款总额", "退款金额", "买家退款金额"]],
    key: [["退款编号"]],
  },
  {
    kind: "qianniuOrders",
    label: both("Qianniu order list", "千牛订单列表"),
    sheetName: both("Qianniu Orders", "千牛订单"),
    tableName: "QianniuOrders",
    requires: [["订单编号"], ["买家会员名", "买家昵称"], ["买家实际支付金额", "买家实付金额", "实付金额"]],
    key: [["订单编号"]],
  },
  {
    kind: "qianniuOrderItems",
    label: both("Qianniu order details", "千牛订单明细"),
    sheetName: both("Qianniu Order Items", "千牛订单明细"),
    tableName: "QianniuOrderItems",
    requires: [["订单编号"], ["标题", "宝贝标题", "商品标题"], ["价格", "单价"], ["购买数量", "数量"]],
    key: [["订单编号"], ["标题", "宝贝标题", "商品标题"], ["商品属性", "销售属性"], ["套餐信息"], ["商家编码"]],
  },
  {
    kind: "adReport",
    label: both("Ad report (Zhitongche / Wanxiangtai)", "推广报表（直通车/万相台）"),
    sheetName: both("Ad Report", "推广报表"),
    tableName: "AdReport",
    requires: [DATE, ["花费", "花费(分)", "消耗"], ["展现量"], ["点击量"]],
    // 万相台无界 writes several rows per item a day, one per scene and plan.
    key: [DATE, ["场景名字", "场景名称"], ["计划ID", "计划id"], ["计划名字", "计划名称"], ["单元ID", "单元id"], ["宝贝ID", "商品ID", "主体ID"]],
  },
  {
    kind: "sycmTraffic",
    label: both("Sycm traffic sources", "生意参谋流量来源"),
    sheetName: both("Sycm Traffic", "生意参谋流量来源"),
    tableName: "SycmTraffic",
    requires: [["流量来源"], ["访客数"]],
    key: [DATE, ["流量来源"], ["来源明细"]],
  },
  {
    kind: "sycmProducts",
    label: both("Sycm product performance", "生意参谋商品效果"),
    sheetName: both("Sycm Products", "生意参谋商品"),
    tableName: "SycmProducts",
    requires: [["商品ID", "商品id"], ["商品访客数", "访客数"]],
    key: [DATE, ["商品ID", "商品id"]],
  },
  {
    kind: "sycmOverview",
    label: both("Sycm shop overview", "生意参谋店铺概况"),
    sheetName: both("Sycm Overview", "生意参谋概况"),
    tableName: "SycmOverview",
    requires: [DATE, ["访客数"], ["支付金额", "支付金额(元)"]],
    key: [DATE],
  },
];

export const GENERIC_KIND: Omit<ExportKindDefinition, "sheetName" | "tableName"> = {
  kind: "generic",
  label: both("Other table", "其他表格"),
  requires: [],
  key: [],
};


export interface RecognisedExport {
  readonly definition: ExportKindDefinition;
  /** Column indexes of the key; empty means the whole row. */
  readonly keyColumns: readonly number[];
}

/**
 * The kind of export, from its headers. A table nobody recognises is "generic": it goes to a sheet named after
 * its file, and its whole row is its key.
 */
export function recogniseExport(headers: readonly string[], fileName: string): RecognisedExport {
  for (const definition of EXPORT_KINDS) {
    if (definition.requires.every((names) => indexOfName(headers, names) >= 0)) {
      return { definition, keyColumns: definition.key.map((names) => indexOfName(headers, names)).filter((i) => i >= 0) };
    }
  }
  const base = fileName.replace(/\.[^.]*$/, "").replace(/[:\\/?*[\]']/g, " ").trim().slice(0, 31) || "Imported";
  const table = `Import_${base.replace(/[^\p{L}\p{N}_]/gu, "_")}`.slice(0, 250);
  return { definition: { ...GENERIC_KIND, sheetName: both(base, base), tableName: table }, keyColumns: [] };
}

/**
 * What a whole row holds, to tell an unchanged row from an updated one: numbers compared at the 15 significant
 * digits Excel keeps (2.99% arrives as 0.029900000000000003 and is stored as 0.0299).
 */
export function rowSignature(values: readonly (string | number | null)[]): string {
  return rowKey(values.map((v) => (typeof v === "number" ? excelPrecision(v) : v)), []);
}

/**
 * Text as the add-in means it, whatever the cell kept: the apostrophe the add-in writes before text Excel would
 * reinterpret ('600000000001) is Excel's quote prefix in a General cell, but may stay part of the text in a Text
 * (`@`) cell, where the API reference does not say what becomes of it. Matching ignores that apostrophe, so a row
 * matches itself under either behaviour. Text a file itself starts with an apostrophe keeps it ('abc needs no guard).
 */
export function matchingText(text: string): string {
  return text.charCodeAt(0) === 39 /* ' */ && needsTextGuard(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A row's identity for de-duplication: its key columns' values (or all of them), each tagged with its type and
 * separated by a control character no export holds, so that different rows never share a key. Text is compared
 * as `matchingText` gives it, so an id reads the same however Excel stored its guard.
 */
export function rowKey(values: readonly (string | number | null)[], keyColumns: readonly number[]): string {
  const count = keyColumns.length > 0 ? keyColumns.length : values.length;
  const parts = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const v = values[keyColumns.length > 0 ? (keyColumns[i] as number) : i] ?? null;
    parts[i] = v === null ? "\u0000" : typeof v === "number" ? `n${v}` : `s${matchingText(v)}`;
  }
  // One join makes one flat string; appending piece by piece would keep a rope of pieces per row in the key set.
  return parts.join("\u0001");
}
