/**
 * The diagnosis' refund rule, judged on the Refunds sheet as Analyze refunds last wrote it: a product whose refunds
 * take a clearly larger share of its sales than the shop's do, on enough orders, with its commonest reason and the
 * growth point that reason calls for (a size chart for sizes, a check before shipping for quality, ...).
 */
import type { Finding, RuleJudging, RuleOutcome } from "../diagnosis";
import { MAX_PRODUCT_FINDINGS, capGrowth } from "../diagnosisThresholds";
import type { RefundsBack } from "./refundSheet";

export type RefundRuleId = "refundProduct";

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

export const REFUND_RULES: Readonly<
  Record<RefundRuleId, (j: RuleJudging, refunds: RefundsBack | null | undefined) => RuleOutcome>
> = { refundProduct };
