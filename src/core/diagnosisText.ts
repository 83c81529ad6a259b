/**
 * The diagnosis in the operator's words: each finding as a row of the Diagnosis sheet (finding, metric, evidence,
 * suggested growth point, estimated growth rate) and each rule's check as a line under it, planned as the sheet
 * src/excel/sheetWriter.ts writes.
 */
import { DIAGNOSIS_OUTPUT, columnNames, rowInOrder } from "./contract";
import type { Check, Diagnosis, Finding, RuleId, Sample } from "./diagnosis";
import { COMPETITOR_RULES, periods } from "./diagnosis";
import { fromDateSerial, isoDay } from "./excelDate";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { SheetDescription } from "./sheetDescription";
import { columnLooks } from "./sheetDescription";
import { freeTableName } from "./sheetNames";
import { metricName } from "./storeMetricLookup";
import type { Tier } from "./layout/tiers";
import { TIERS } from "./layout/tiers";
import type { Language } from "./language";
import type { ReasonKind } from "./refunds/refundRules";
import { REASON_KINDS } from "./refunds/refundRules";
import type { MarketRuleId } from "./market/marketRules";

const day = (serial: number) => {
  const d = fromDateSerial(serial);
  return `${d.month}/${d.day}`;
};
const span = (period: readonly [number, number]) => `${day(period[0])}–${day(period[1])}`;
const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
const signedPct = (n: number) => `${n >= 0 ? "+" : "−"}${Math.abs(n * 100).toFixed(2)}%`;
const amount = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });
const ratio = (n: number) => n.toFixed(2);

export type DiagnosisKey =
  | `diagnosis.rule.${RuleId}`
  | `diagnosis.point.${RuleId}`
  | "diagnosis.finding"
  | "diagnosis.suggestion"
  | "diagnosis.points"
  | "diagnosis.evidence.versus"
  | "diagnosis.evidence.visitors"
  | "diagnosis.evidence.aov"
  | "diagnosis.evidence.roi"
  | "diagnosis.evidence.productRoi"
  | "diagnosis.evidence.breakEvenShop"
  | "diagnosis.evidence.breakEvenSettings"
  | "diagnosis.evidence.provisional"
  | "diagnosis.evidence.unpaid"
  | "diagnosis.evidence.product"
  | "diagnosis.evidence.surge"
  | "diagnosis.evidence.rivalConversion"
  | "diagnosis.evidence.lost"
  | "diagnosis.evidence.profit"
  | "diagnosis.evidence.coreStockOut"
  | "diagnosis.evidence.potentialProduct"
  | "diagnosis.evidence.slowStock"
  | "diagnosis.evidence.coreFalling"
  | "diagnosis.evidence.adWaste"
  | "diagnosis.evidence.adHeadroom"
  | "diagnosis.evidence.refundProduct"
  | "diagnosis.evidence.refundReasonRising"
  | `diagnosis.refundPoint.${ReasonKind}`
  | `diagnosis.tier.${Tier}`
  | "diagnosis.evidence.notEstimated"
  | "diagnosis.measure.gmv"
  | "diagnosis.measure.visitors"
  | "diagnosis.measure.lossIndex"
  | "diagnosis.measure.lossPopularity"
  | "diagnosis.respond"
  | "diagnosis.check.foundOne"
  | "diagnosis.check.found"
  | "diagnosis.check.clear"
  | "diagnosis.check.notEnough"
  | "diagnosis.check.waiting"
  | "diagnosis.haveSeparator"
  | `diagnosis.sample.${Sample}`
  | "diagnosis.note"
  | "diagnosis.noteNone"
  | "diagnosis.said";
/** Words of the sheet: already in the sheet's language (headers, metric names), or a phrase for the catalogues. */
export type DiagnosisText = string | Phrase<DiagnosisKey>;

const points = (n: number) =>
  phrase("diagnosis.points", { value: `${n >= 0 ? "+" : "−"}${Math.abs(n * 100).toFixed(2)}` });

/** A finding's figures by name (a missing one reads 0), and the periods of the latest day it was judged on. */
type Facts = (key: string) => number;
type Periods = ReturnType<typeof periods>;

/** A rate now against the days before and the same days a week earlier, with the change to each in points. */
function versusEvidence(n: Facts, p: Periods, rule: RuleId): Phrase<DiagnosisKey> {
  return phrase("diagnosis.evidence.versus", {
    now: pct(n("now")),
    period: span(p.recent),
    before: pct(n("before")),
    beforeChange: points(n("now") - n("before")),
    weekEarlier: pct(n("weekEarlier")),
    weekEarlierChange: points(n("now") - n("weekEarlier")),
    more:
      rule === "conversionFalling"
        ? phrase("diagnosis.evidence.visitors", { now: amount(n("visitorsNow")), before: amount(n("visitorsBefore")) })
        : "",
  });
}

/** A rival's figure now against the days before and a week earlier, as changes in percent. */
const rivalChanges = (n: Facts, p: Periods) => ({
  now: amount(n("now")),
  period: span(p.recent),
  beforeChange: signedPct(n("now") / n("before") - 1),
  weekEarlierChange: signedPct(n("now") / n("weekEarlier") - 1),
});

/** Evidence judged and worded where the finding was read from (the Market sheet): carried as it is. */
type SaidRule = MarketRuleId;

/** Each rule's evidence: the figures behind its finding, as the operator would check them by hand. */
const EVIDENCE: Readonly<
  Record<Exclude<RuleId, SaidRule>, (n: Facts, p: Periods, rule: RuleId, reason: string) => Phrase<DiagnosisKey>>
> = {
  conversionFalling: versusEvidence,
  ctrFalling: versusEvidence,
  refundRateRising: versusEvidence,
  aovBelow: (n, p) =>
    phrase("diagnosis.evidence.aov", {
      now: ratio(n("now")),
      level: ratio(n("level")),
      period: span(p.recent),
      base: span(p.fourteen),
      change: signedPct(n("now") / n("level") - 1),
    }),
  roiUnderBreakEven: (n) =>
    n("product") === 1
      ? phrase("diagnosis.evidence.productRoi", {
          roi: ratio(n("roi")),
          breakEven: ratio(n("breakEven")),
          spend: amount(n("spend")),
          period: span([n("from"), n("to")]),
        })
      : phrase("diagnosis.evidence.roi", {
          roi: ratio(n("roi")),
          breakEven: ratio(n("breakEven")),
          source:
            n("margin") < 0
              ? phrase("diagnosis.evidence.breakEvenSettings")
              : phrase("diagnosis.evidence.breakEvenShop", { margin: pct(n("margin")) }),
          spend: amount(n("spend")),
          period: span([n("from"), n("to")]),
          provisional: phrase("diagnosis.evidence.provisional", {
            from: day(n("provisionalFrom")),
            days: n("window"),
          }),
        }),
  unpaidOrders: (n) =>
    phrase("diagnosis.evidence.unpaid", {
      placed: amount(n("placed")),
      paid: amount(n("paid")),
      share: pct(n("share")),
      normal: pct(0.85),
    }),
  productsLowConversion: (n) =>
    phrase("diagnosis.evidence.product", {
      visitors: amount(n("visitors")),
      conversion: pct(n("conversion")),
      shop: pct(n("shop")),
      lost: amount(n("gmvLost")),
    }),
  competitorSurge: (n, p) =>
    phrase("diagnosis.evidence.surge", {
      ...rivalChanges(n, p),
      measure: phrase(n("measure") === 1 ? "diagnosis.measure.gmv" : "diagnosis.measure.visitors"),
      ours: signedPct(n("oursBefore") > 0 ? n("oursNow") / n("oursBefore") - 1 : 0),
      share: pct(n("share")),
    }),
  competitorConversionUp: (n, p) =>
    phrase("diagnosis.evidence.rivalConversion", {
      ...rivalChanges(n, p),
      oursNow: pct(n("oursNow")),
      oursBefore: pct(n("oursBefore")),
    }),
  profitFalling: (n, p) =>
    phrase("diagnosis.evidence.profit", {
      gmvNow: amount(n("gmvNow")),
      gmvBefore: amount(n("gmvBefore")),
      period: span(p.week),
      gmvChange: signedPct(n("gmvNow") / n("gmvBefore") - 1),
      profitNow: amount(n("profitNow")),
      profitBefore: amount(n("profitBefore")),
      marginNow: pct(n("marginNow")),
      marginBefore: pct(n("marginBefore")),
    }),
  coreStockOut: (n) =>
    phrase("diagnosis.evidence.coreStockOut", {
      cover: n("cover").toFixed(1),
      needed: n("needed"),
      share: pct(n("share")),
    }),
  potentialProduct: (n) =>
    phrase("diagnosis.evidence.potentialProduct", {
      visitors: amount(n("visitors")),
      coreVisitors: amount(n("coreVisitors")),
      perVisitor: ratio(n("perVisitor")),
      more: amount(n("more")),
    }),
  slowStock: (n) =>
    phrase("diagnosis.evidence.slowStock", {
      products: n("products"),
      tied: amount(n("tied")),
      value: amount(n("value")),
      share: pct(n("share")),
    }),
  coreFalling: (n) =>
    phrase("diagnosis.evidence.coreFalling", {
      tier: phrase(`diagnosis.tier.${TIERS[n("tier")] ?? "observe"}` as const),
      gmv: amount(n("gmv")),
      bar: amount(n("bar")),
    }),
  adWaste: (n) =>
    phrase("diagnosis.evidence.adWaste", {
      count: n("count"),
      wasted: amount(n("wasted")),
      period: span([n("from"), n("to")]),
      saved: amount(n("saved")),
    }),
  adHeadroom: (n) =>
    phrase("diagnosis.evidence.adHeadroom", {
      roi: ratio(n("roi")),
      breakEven: ratio(n("breakEven")),
      period: span([n("from"), n("to")]),
      spend: amount(n("spend")),
      more: amount(n("more")),
      sales: amount(n("sales")),
    }),
  refundProduct: (n, _p, _rule, reason) =>
    phrase("diagnosis.evidence.refundProduct", {
      rate: pct(n("rate")),
      shop: pct(n("shop")),
      orders: amount(n("orders")),
      period: span([n("from"), n("to")]),
      reason: reason || "–",
      kept: amount(n("kept")),
    }),
  refundReasonRising: (n) =>
    phrase("diagnosis.evidence.refundReasonRising", {
      now: n("now"),
      before: n("before"),
      period: span([n("from"), n("to")]),
      more: amount(n("more")),
    }),
  customersLost: (n, p) =>
    phrase("diagnosis.evidence.lost", {
      ...rivalChanges(n, p),
      measure: phrase(n("popularity") === 1 ? "diagnosis.measure.lossPopularity" : "diagnosis.measure.lossIndex"),
      estimated: n("estimated") === 1 ? "" : phrase("diagnosis.evidence.notEstimated"),
    }),
};

function evidence(finding: Finding, latest: number): Phrase<DiagnosisKey> {
  if (finding.said) return phrase("diagnosis.said", { text: finding.said.evidence });
  const f = finding.facts as Record<string, number>;
  const worded = EVIDENCE[finding.rule as Exclude<RuleId, SaidRule>];
  return worded
    ? worded((key) => f[key] ?? 0, periods(latest), finding.rule, finding.reason ?? "")
    : phrase("diagnosis.said", { text: "" });
}

/** The growth point a finding suggests: for a product, its detail page by name. */
export function suggestedPoint(finding: Finding): Phrase<DiagnosisKey> {
  if (finding.said) return phrase("diagnosis.said", { text: finding.said.point });
  if (COMPETITOR_RULES.has(finding.rule)) return phrase("diagnosis.respond", { rival: finding.subject ?? "" });
  // A product refunded too often: what its commonest reason asks for.
  if (finding.rule === "refundProduct" || finding.rule === "refundReasonRising") {
    const kind = REASON_KINDS[finding.facts["kind"] ?? 0] ?? "other";
    return phrase("diagnosis.suggestion", {
      name: phrase(`diagnosis.refundPoint.${kind}`),
      subject: finding.subject ?? "",
    });
  }
  const point = phrase(`diagnosis.point.${finding.rule}` as const);
  return finding.subject === undefined
    ? point
    : phrase("diagnosis.suggestion", { name: point, subject: finding.subject });
}

/** The Diagnosis sheet's rows, in its column order. */
export function findingRows(diagnosis: Diagnosis, language: Language): (DiagnosisText | number)[][] {
  return diagnosis.findings.map((f) => {
    const rule = phrase(`diagnosis.rule.${f.rule}` as const);
    return rowInOrder<keyof typeof DIAGNOSIS_OUTPUT.columns, DiagnosisText | number>(DIAGNOSIS_OUTPUT.columns, {
      finding: f.subject === undefined ? rule : phrase("diagnosis.finding", { name: rule, subject: f.subject }),
      metric: metricName(f.metric, language),
      evidence: evidence(f, diagnosis.latest),
      growthPoint: suggestedPoint(f),
      growthRate: f.growthRate,
      // Blank without a week of profit on the Profit sheet: never a guess from GMV alone.
      profitGrowth: f.profitGrowth ?? "",
    });
  });
}

/** Each rule's line under the findings: what it found, or the data it lacked. */
export function checkRows(checks: readonly Check[]): [DiagnosisText, DiagnosisText][] {
  return checks.map((c) => [
    phrase(`diagnosis.rule.${c.rule}` as const),
    c.outcome === "found"
      ? c.count === 1
        ? phrase("diagnosis.check.foundOne")
        : phrase("diagnosis.check.found", { count: c.count })
      : c.outcome === "clear"
        ? phrase("diagnosis.check.clear")
        : c.outcome === "waiting"
          ? phrase("diagnosis.check.waiting", {
              from: day(c.openFrom),
              window: c.window,
              days: c.adDays,
              until: day(c.until),
            })
          : phrase("diagnosis.check.notEnough", {
              need: phrase(`diagnosis.sample.${c.need}` as const),
              min: amount(c.min),
              have: c.have.map(amount).join(" / "),
            }),
  ]);
}

/** Points: about 70 characters of Calibri 11, so the growth point beside the evidence stays in view. */
const EVIDENCE_WIDTH = 380;

/**
 * The Diagnosis sheet: the findings as a table (so "Add suggestions to growth points" and the operator's own
 * formulas find them by name), the period the rules looked at, then each rule's check.
 */
export function planDiagnosisSheet(
  diagnosis: Diagnosis,
  language: Language,
  tablesTaken: readonly string[]
): SheetDescription<DiagnosisText> {
  const columns = columnLooks(DIAGNOSIS_OUTPUT.columns, language, {
    finding: "@",
    metric: "@",
    evidence: { format: "@", width: EVIDENCE_WIDTH, wrap: true },
    growthPoint: "@",
    growthRate: "0.0%",
    profitGrowth: "0.0%",
  });
  const rows = findingRows(diagnosis, language);
  const dates = {
    latest: isoDay(fromDateSerial(diagnosis.latest)),
    from: isoDay(fromDateSerial(periods(diagnosis.latest).recent[0])),
  };
  return {
    blocks: [
      // A table needs a body row: with no findings it keeps one empty row, so the next run's shape is the same.
      {
        kind: "table",
        tableName: freeTableName(DIAGNOSIS_OUTPUT.tableName, tablesTaken),
        columns,
        rows: rows.length > 0 ? rows : [columns.map(() => "")],
        fitRows: true,
      },
      {
        kind: "lines",
        style: "italic",
        lines: [[phrase(rows.length > 0 ? "diagnosis.note" : "diagnosis.noteNone", dates)]],
      },
      {
        kind: "list",
        title: DIAGNOSIS_OUTPUT.checksTitle[language],
        headers: columnNames(DIAGNOSIS_OUTPUT.checksColumns, language),
        rows: checkRows(diagnosis.checks),
      },
    ],
    freezeHeader: true,
    activate: true,
  };
}
