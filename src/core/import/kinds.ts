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
  /**
   * What each column means, by field: every spelling the export has used for it across layouts, years and the
   * indicators an operator picks. A file whose headers differ from its table's is merged field by field.
   */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Fields that must all be present for a file to be this kind. */
  readonly requires: readonly string[];
  /** Fields whose values together identify a row; empty: the whole row. */
  readonly key: readonly string[];
}

const both = bilingual;
const DATE = DATE_HEADERS;

/*
 * Spellings are those of real downloads, and of public parsers of them: a Tmall/Taobao report parser reading Sycm's
 * product export as 统计日期, 商品ID, 商品名称, 商品访客数, 商品浏览量, 支付买家数, 支付金额 (today's 商品排行 download),
 * princewck/alimama-tools (src/constants/parseMap.js) reading 商品id / 商品名称, and the older 商品效果 report's
 * 商品id, 商品标题, 访客数, 浏览量, 支付转化率. Sycm has called the same paid amount 支付金额 and 成交金额.
 */
/** Most specific first: the first whose required fields are all present wins. */
export const EXPORT_KINDS: readonly ExportKindDefinition[] = [
  {
    kind: "alipayStatement",
    label: both("Alipay statement", "支付宝账务明细"),
    sheetName: both("Alipay Statement", "支付宝账务明细"),
    tableName: "AlipayStatement",
    fields: { serial: ["账务流水号"], income: ["收入金额（+元）", "收入金额(+元)", "收入金额"], expense: ["支出金额（-元）", "支出金额(-元)", "支出金额"] },
    requires: ["serial", "income", "expense"],
    key: ["serial"],
  },
  {
    kind: "qianniuRefunds",
    label: both("Qianniu refunds (after-sales)", "千牛售后退款"),
    sheetName: both("Qianniu Refunds", "千牛退款"),
    tableName: "QianniuRefunds",
    fields: { refundId: ["退款编号"], orderId: ["订单编号"], amount: ["退款总额", "退款金额", "买家退款金额"] },
    requires: ["refundId", "orderId", "amount"],
    key: ["refundId"],
  },
  {
    kind: "qianniuOrders",
    label: both("Qianniu order list", "千牛订单列表"),
    sheetName: both("Qianniu Orders", "千牛订单"),
    tableName: "QianniuOrders",
    fields: { orderId: ["订单编号"], buyer: ["买家会员名", "买家昵称"], paid: ["买家实际支付金额", "买家实付金额", "实付金额"] },
    requires: ["orderId", "buyer", "paid"],
    key: ["orderId"],
  },
  {
    kind: "qianniuOrderItems",
    label: both("Qianniu order details", "千牛订单明细"),
    sheetName: both("Qianniu Order Items", "千牛订单明细"),
    tableName: "QianniuOrderItems",
    fields: {
      orderId: ["订单编号"],
      title: ["标题", "宝贝标题", "商品标题"],
      price: ["价格", "单价"],
      quantity: ["购买数量", "数量"],
      attributes: ["商品属性", "销售属性"],
      bundle: ["套餐信息"],
      sku: ["商家编码"],
    },
    requires: ["orderId", "title", "price", "quantity"],
    key: ["orderId", "title", "attributes", "bundle", "sku"],
  },
  {
    kind: "adReport",
    label: both("Ad report (Zhitongche / Wanxiangtai)", "推广报表（直通车/万相台）"),
    sheetName: both("Ad Report", "推广报表"),
    tableName: "AdReport",
    fields: {
      date: DATE,
      spend: ["花费", "花费(分)", "消耗"],
      impressions: ["展现量"],
      clicks: ["点击量"],
      scene: ["场景名字", "场景名称"],
      planId: ["计划ID", "计划id"],
      planName: ["计划名字", "计划名称"],
      unitId: ["单元ID", "单元id"],
      itemId: ["宝贝ID", "商品ID", "主体ID"],
    },
    requires: ["date", "spend", "impressions", "clicks"],
    // 万相台无界 writes several rows per item a day, one per scene and plan.
    key: ["date", "scene", "planId", "planName", "unitId", "itemId"],
  },
  {
    kind: "sycmTraffic",
    label: both("Sycm traffic sources", "生意参谋流量来源"),
    sheetName: both("Sycm Traffic", "生意参谋流量来源"),
    tableName: "SycmTraffic",
    fields: { date: DATE, source: ["流量来源"], detail: ["来源明细"], visitors: ["访客数"] },
    requires: ["source", "visitors"],
    key: ["date", "source", "detail"],
  },
  {
    kind: "sycmProducts",
    label: both("Sycm product performance", "生意参谋商品效果"),
    sheetName: both("Sycm Products", "生意参谋商品"),
    tableName: "SycmProducts",
    fields: {
      date: DATE,
      productId: ["商品ID", "商品id", "宝贝ID", "宝贝id"],
      productName: ["商品名称", "商品标题", "宝贝标题", "宝贝名称"],
      visitors: ["商品访客数", "访客数"],
      pageViews: ["商品浏览量", "浏览量"],
      conversion: ["商品支付转化率", "支付转化率"],
      gmv: ["支付金额", "支付金额(元)", "成交金额"],
      payingBuyers: ["支付买家数", "商品支付买家数"],
      paidItems: ["支付件数", "商品支付件数"],
      favourites: ["商品收藏人数", "收藏人数"],
      cartAdds: ["商品加购人数", "加购人数"],
    },
    requires: ["productId", "visitors"],
    key: ["date", "productId"],
  },
  {
    kind: "sycmOverview",
    label: both("Sycm shop overview", "生意参谋店铺概况"),
    sheetName: both("Sycm Overview", "生意参谋概况"),
    tableName: "SycmOverview",
    fields: { date: DATE, visitors: ["访客数"], gmv: ["支付金额", "支付金额(元)"] },
    requires: ["date", "visitors", "gmv"],
    key: ["date"],
  },
];

export const GENERIC_KIND: Omit<ExportKindDefinition, "sheetName" | "tableName"> = {
  kind: "generic",
  label: both("Other table", "其他表格"),
  fields: {},
  requires: [],
  key: [],
};

/** Where a field's column stands among the headers, by any of its spellings; -1 when it is not there. */
export function fieldColumn(kind: Pick<ExportKindDefinition, "fields">, headers: readonly string[], field: string): number {
  return indexOfName(headers, kind.fields[field] ?? []);
}

/** The fields a header means: one, or none for a column the kind does not know (two is the kind's own mistake). */
export function fieldsOf(kind: Pick<ExportKindDefinition, "fields">, header: string): string[] {
  return Object.entries(kind.fields).flatMap(([field, spellings]) => (indexOfName([header], spellings) === 0 ? [field] : []));
}

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
    if (definition.requires.every((field) => fieldColumn(definition, headers, field) >= 0)) {
      return { definition, keyColumns: definition.key.map((field) => fieldColumn(definition, headers, field)).filter((i) => i >= 0) };
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
