/**
 * The diagnosis' refund rule, judged on the Refunds sheet as Analyze refunds last wrote it: a product whose refunds
 * take a clearly larger share of its sales than the shop's do, on enough orders, with its commonest reason and the
 * growth point that reason calls for (a size chart for sizes, a check before shipping for quality, ...).
 */
import type { Finding, RuleJudging, RuleOutcome } from "../diagnosis";
import { MAX_PRODUCT_FINDINGS, capGrowth } from "../diagnosisThresholds";
import type { RefundsBack } from "./refundsBack";

export type RefundRuleId = "refundProduct" | "refundReasonRising";

/** A product's rate at least this many times the shop's, */
export const REFUND_RATIO = 1.5;
/** and at least this many points above it: 3 % against a shop's 2 % is no finding. */
export const REFUND_POINTS = 0.05;

/** What a reason asks of the shop, by its words: the kinds a suggested growth point is worded by. */
export const REASON_KINDS = ["other", "size", "quality", "description", "delivery"] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];
const REASON_WORDS: readonly [ReasonKind, RegExp][] = [
  ["size", /尺码|尺寸|大小|偏大|偏小|码数|不合身/],
  ["quality", /质量|做工|破损|瑕疵|开线|掉色|起球|污渍|少件|坏/],
  ["description", /描述|不符|色差|图片|实物|材质|假货|商品信息/],
  ["delivery", /物流|快递|发货|未收到|没收到|配送|延迟/],
];

/** The kind of a refund reason as buyers pick it in Taobao's list. */
export const reasonKind = (reason: string): ReasonKind => REASON_WORDS.find(([, w]) => w.test(reason))?.[0] ?? "other";

/**
 * The products whose refund rate is over REFUND_RATIO × the shop's and REFUND_POINTS above it, the highest first:
 * back to the shop's rate, the money they would keep, against the sales of the same payment days.
 */
function refundProduct(_j: RuleJudging, refunds: RefundsBack | null | undefined): RuleOutcome {
  if (!refunds) return { need: "refundTable", min: 1, have: [0] };
  if (!(refunds.paid > 0)) return { findings: [] };
  const shop = refunds.refunded / refunds.paid;
  const findings = refunds.products
    .filter((p) => p.rate >= shop * REFUND_RATIO && p.rate - shop >= REFUND_POINTS)
    .sort((a, b) => b.rate - a.rate)
    .slice(0, MAX_PRODUCT_FINDINGS)
    .map((p): Finding => {
      const kept = (p.rate - shop) * p.paid;
      const facts = {
        rate: p.rate,
        shop,
        orders: p.orders,
        kept,
        kind: REASON_KINDS.indexOf(reasonKind(p.reason)),
        from: refunds.from,
        to: refunds.to,
      };
      const growthRate = capGrowth(kept / refunds.paid);
      return { rule: "refundProduct", metric: "refundRate", facts, subject: p.product, reason: p.reason, growthRate };
    });
  return { findings };
}

/** Asks a week below which a reason's rise is a few buyers, not a change. */
export const MIN_REASON_ASKS = 5;
/** A reason rising by half or more, */
export const REASON_RISE = 1.5;
/** and by this many asks at least. */
export const MIN_REASON_MORE = 3;

/**
 * A reason asked for MIN_REASON_ASKS times or more in the sheet's last 7 days, REASON_RISE × and MIN_REASON_MORE
 * more than the 7 before: the money asked for beyond last week's, against the last 7 payment days' sales.
 */
function refundReasonRising(_j: RuleJudging, refunds: RefundsBack | null | undefined): RuleOutcome {
  if (!refunds) return { need: "refundTable", min: 1, have: [0] };
  const to = refunds.week;
  if (to === null || refunds.reasons.length === 0) return { need: "refundTable", min: 1, have: [0] };
  let paid = 0;
  for (const [day, d] of refunds.days) if (day > to - 7 && day <= to) paid += d.paid;
  const findings = refunds.reasons
    .filter((r) => r.reason !== "" && r.now >= MIN_REASON_ASKS)
    .filter((r) => r.now >= r.before * REASON_RISE && r.now - r.before >= MIN_REASON_MORE)
    .sort((a, b) => b.now - b.before - (a.now - a.before))
    .slice(0, MAX_PRODUCT_FINDINGS)
    .map((r): Finding => {
      const more = Math.max(0, r.amountNow - r.amountBefore);
      const facts = {
        now: r.now,
        before: r.before,
        more,
        kind: REASON_KINDS.indexOf(reasonKind(r.reason)),
        from: to - 6,
        to,
      };
      const growthRate = capGrowth(paid > 0 ? more / paid : 0);
      return { rule: "refundReasonRising", metric: "refundRate", facts, subject: r.reason, growthRate };
    });
  return { findings };
}

export const REFUND_RULES: Readonly<
  Record<RefundRuleId, (j: RuleJudging, refunds: RefundsBack | null | undefined) => RuleOutcome>
> = { refundProduct, refundReasonRising };
