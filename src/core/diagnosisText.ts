/**
 * The diagnosis in the operator's words: each finding as a row of the Diagnosis sheet (finding, metric, evidence,
 * suggested growth point, estimated growth rate) and each rule's check as a line under it, planned as the sheet
 * src/excel/sheetWriter.ts writes.
 */
import { DIAGNOSIS_OUTPUT, columnNames, rowInOrder } from "./contract";
import type { Check, Diagnosis, Finding, RuleId, Sample } from "./diagnosis";
import { periods } from "./diagnosis";
import { fromDateSerial, isoDay } from "./excelDate";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { SheetDescription } from "./sheetDescription";
import { columnLooks } from "./sheetDescription";
import { freeTableName } from "./sheetNames";
import { metricName } from "./storeMetricLookup";
import type { Language } from "./language";
import { withPseudo } from "./language";

const day = (serial: number) => {
  const d = fromDateSerial(serial);
  return `${d.month}/${d.day}`;
};
const span = (period: readonly [number, number]) => `${day(period[0])}–${day(period[1])}`;
const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
const pp = (n: number, points: string) => `${n >= 0 ? "+" : "−"}${Math.abs(n * 100).toFixed(2)}${points}`;
const signedPct = (n: number) => `${n >= 0 ? "+" : "−"}${Math.abs(n * 100).toFixed(2)}%`;
const amount = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const ratio = (n: number) => n.toFixed(2);

const WORDS = withPseudo({
  "en-US": {
    points: " pt",
    rule: {
      conversionFalling: "Conversion falling while visitors hold",
      ctrFalling: "Ad CTR falling",
      aovBelow: "AOV below its 14-day level",
      refundRateRising: "Refund rate rising",
      roiUnderBreakEven: "Ad ROI under break-even",
      unpaidOrders: "Many orders placed but not paid",
      productsLowConversion: "Product converting far below the shop",
    } satisfies Record<RuleId, string>,
    point: {
      conversionFalling: "Detail page and payment reminders",
      ctrFalling: "Main image and title",
      aovBelow: "Bundles and spend-more discounts (满减)",
      refundRateRising: "Refund reasons",
      roiUnderBreakEven: "Ad bids and keywords",
      unpaidOrders: "Payment friction and reminders (催付)",
      productsLowConversion: "Detail page",
    } satisfies Record<RuleId, string>,
    evidence: {
      versus: (now: string, p: string, before: string, d1: string, weekEarlier: string, d2: string) =>
        `${now} on ${p} vs ${before} the 7 days before (${d1}) and ${weekEarlier} the same days a week earlier (${d2})`,
      visitors: (now: number, before: number) => `; visitors ${amount(now)} a day vs ${amount(before)}`,
      aov: (now: number, level: number, p: string, base: string) => `AOV ${ratio(now)} on ${p} vs ${ratio(level)} over ${base} (${signedPct(now / level - 1)})`,
      roi: (roi: number, breakEven: number, spend: number, p: string) => `ROI ${ratio(roi)} on ${p} against break-even ${ratio(breakEven)}, with ${amount(spend)} spent`,
      unpaid: (placed: number, paid: number, share: number) => `${amount(placed)} orders placed in the last 7 days, ${amount(paid)} paid (${pct(share)}; normal ${pct(0.85)} or more)`,
      product: (visitors: number, conversion: number, shop: number, lost: number) =>
        `${amount(visitors)} visitors converting at ${pct(conversion)} against the shop's ${pct(shop)}: about ${amount(lost)} of GMV lost in 7 days`,
    },
    check: {
      found: (n: number) => `${n} finding${n === 1 ? "" : "s"}`,
      clear: "Nothing found",
      notEnough: (need: string, min: number, have: string) => `Not enough data: needs ${need} ${amount(min)}; has ${have}`,
    },
    sample: {
      visitors: "visitors of at least",
      clicks: "ad clicks of at least",
      payingBuyers: "paying buyers of at least",
      orders: "orders of at least",
      adSpend: "7 days' ad spend of at least",
      days: "days with data, at least",
      orderTable: "an imported Qianniu order list:",
      productTable: "an imported Sycm product report:",
    } satisfies Record<Sample, string>,
    list: " / ",
  },
  "zh-CN": {
    points: "个百分点",
    rule: {
      conversionFalling: "访客稳定但转化率下降",
      ctrFalling: "推广点击率下降",
      aovBelow: "客单价低于近14天水平",
      refundRateRising: "退款率上升",
      roiUnderBreakEven: "推广ROI低于保本线",
      unpaidOrders: "下单多、付款少",
      productsLowConversion: "商品转化率远低于全店",
    } satisfies Record<RuleId, string>,
    point: {
      conversionFalling: "详情页优化与催付",
      ctrFalling: "主图与标题优化",
      aovBelow: "搭配套餐与满减",
      refundRateRising: "退款原因分析",
      roiUnderBreakEven: "推广出价与关键词",
      unpaidOrders: "付款流程与催付",
      productsLowConversion: "详情页优化",
    } satisfies Record<RuleId, string>,
    evidence: {
      versus: (now: string, p: string, before: string, d1: string, weekEarlier: string, d2: string) =>
        `${p} ${now}，前7天 ${before}（${d1}），上周同期 ${weekEarlier}（${d2}）`,
      visitors: (now: number, before: number) => `；日均访客 ${amount(now)}，此前 ${amount(before)}`,
      aov: (now: number, level: number, p: string, base: string) => `${p} 客单价 ${ratio(now)}，${base} 为 ${ratio(level)}（${signedPct(now / level - 1)}）`,
      roi: (roi: number, breakEven: number, spend: number, p: string) => `${p} ROI ${ratio(roi)}，保本线 ${ratio(breakEven)}，花费 ${amount(spend)}`,
      unpaid: (placed: number, paid: number, share: number) => `近7天下单 ${amount(placed)} 笔，付款 ${amount(paid)} 笔（${pct(share)}；正常应不低于 ${pct(0.85)}）`,
      product: (visitors: number, conversion: number, shop: number, lost: number) =>
        `访客 ${amount(visitors)}，转化率 ${pct(conversion)}，全店 ${pct(shop)}：7天约损失支付金额 ${amount(lost)}`,
    },
    check: {
      found: (n: number) => `${n} 条发现`,
      clear: "未发现问题",
      notEnough: (need: string, min: number, have: string) => `数据不足：需要${need} ${amount(min)}；现有 ${have}`,
    },
    sample: {
      visitors: "访客数至少",
      clicks: "推广点击量至少",
      payingBuyers: "支付买家数至少",
      orders: "订单数至少",
      adSpend: "近7天推广花费至少",
      days: "有数据的天数至少",
      orderTable: "已导入的千牛订单列表：",
      productTable: "已导入的生意参谋商品报表：",
    } satisfies Record<Sample, string>,
    list: " / ",
  },
} as const);

function evidence(finding: Finding, latest: number, language: Language): string {
  const w = WORDS[language];
  const p = periods(latest);
  const f = finding.facts as Record<string, number>;
  const n = (key: string) => f[key] ?? 0;
  switch (finding.rule) {
    case "conversionFalling":
    case "ctrFalling":
    case "refundRateRising": {
      const text = w.evidence.versus(pct(n("now")), span(p.recent), pct(n("before")), pp(n("now") - n("before"), w.points), pct(n("weekEarlier")), pp(n("now") - n("weekEarlier"), w.points));
      return finding.rule === "conversionFalling" ? text + w.evidence.visitors(n("visitorsNow"), n("visitorsBefore")) : text;
    }
    case "aovBelow":
      return w.evidence.aov(n("now"), n("level"), span(p.recent), span(p.fourteen));
    case "roiUnderBreakEven":
      return w.evidence.roi(n("roi"), n("breakEven"), n("spend"), span(p.week));
    case "unpaidOrders":
      return w.evidence.unpaid(n("placed"), n("paid"), n("share"));
    case "productsLowConversion":
      return w.evidence.product(n("visitors"), n("conversion"), n("shop"), n("gmvLost"));
  }
}

/** The growth point a finding suggests: for a product, its detail page by name. */
export function suggestedPoint(finding: Finding, language: Language): string {
  const point = WORDS[language].point[finding.rule];
  return finding.subject === undefined ? point : language === "zh-CN" ? `${point}：${finding.subject}` : `${point}: ${finding.subject}`;
}

/** The Diagnosis sheet's rows, in its column order. */
export function findingRows(diagnosis: Diagnosis, language: Language): (string | number)[][] {
  const w = WORDS[language];
  return diagnosis.findings.map((f) =>
    rowInOrder(DIAGNOSIS_OUTPUT.columns, {
      finding: f.subject === undefined ? w.rule[f.rule] : `${w.rule[f.rule]}: ${f.subject}`,
      metric: metricName(f.metric, language),
      evidence: evidence(f, diagnosis.latest, language),
      growthPoint: suggestedPoint(f, language),
      growthRate: f.growthRate,
    }),
  );
}

/** Points: about 70 characters of Calibri 11, so the growth point beside the evidence stays in view. */
const EVIDENCE_WIDTH = 380;

/** Words of the sheet: already in the sheet's language, or a phrase for the catalogues. */
export type DiagnosisText = string | Phrase<"diagnosis.note" | "diagnosis.noteNone">;

/**
 * The Diagnosis sheet: the findings as a table (so "Add suggestions to growth points" and the operator's own
 * formulas find them by name), the period the rules looked at, then each rule's check.
 */
export function planDiagnosisSheet(diagnosis: Diagnosis, language: Language, tablesTaken: readonly string[]): SheetDescription<DiagnosisText> {
  const columns = columnLooks(DIAGNOSIS_OUTPUT.columns, language, { finding: "@", metric: "@", evidence: { format: "@", width: EVIDENCE_WIDTH, wrap: true }, growthPoint: "@", growthRate: "0.0%" });
  const rows = findingRows(diagnosis, language);
  const dates = { latest: isoDay(fromDateSerial(diagnosis.latest)), from: isoDay(fromDateSerial(periods(diagnosis.latest).recent[0])) };
  return {
    blocks: [
      // A table needs a body row: with no findings it keeps one empty row, so the next run's shape is the same.
      { kind: "table", tableName: freeTableName(DIAGNOSIS_OUTPUT.tableName, tablesTaken), columns, rows: rows.length > 0 ? rows : [columns.map(() => "")], fitRows: true },
      { kind: "lines", style: "italic", lines: [[phrase(rows.length > 0 ? "diagnosis.note" : "diagnosis.noteNone", dates)]] },
      { kind: "list", title: DIAGNOSIS_OUTPUT.checksTitle[language], headers: columnNames(DIAGNOSIS_OUTPUT.checksColumns, language), rows: checkRows(diagnosis.checks, language) },
    ],
    freezeHeader: true,
    activate: true,
  };
}

/** Each rule's line under the findings: what it found, or the data it lacked. */
export function checkRows(checks: readonly Check[], language: Language): [string, string][] {
  const w = WORDS[language];
  return checks.map((c) => [
    w.rule[c.rule],
    c.outcome === "found" ? w.check.found(c.count) : c.outcome === "clear" ? w.check.clear : w.check.notEnough(w.sample[c.need], c.min, c.have.map(amount).join(w.list)),
  ]);
}
