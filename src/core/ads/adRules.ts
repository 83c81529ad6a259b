/**
 * The diagnosis' ad rules, judged on the Ad Analysis sheet as Analyze ads last wrote it: the words and crowds it
 * found wasting, to pause or add as negative words (否词), with the profit that saves; and the ones well above their
 * break-even, to move budget to, with the ad sales their own ROI says the step would bring. Each against the shop's
 * GMV over the same closed days, from Store Metrics.
 */
import type { Finding, RuleJudging, RuleOutcome } from "../diagnosis";
import { MAX_PRODUCT_FINDINGS, capGrowth } from "../diagnosisThresholds";
import type { AdLineBack, AdsBack } from "./adSheet";

export type { AdsBack } from "./adSheet";

export type AdRuleId = "adWaste" | "adHeadroom";

/** An ROI this far above break-even leaves room for dearer clicks: a step of budget still pays. */
export const HEADROOM = 1.25;
/** Orders below which an ROI is one or two lucky sales, not a rate to move money on. */
export const MIN_HEADROOM_ORDERS = 3;
/** The step of budget suggested: a fifth more, what a bid or budget raise usually starts with. */
export const BUDGET_STEP = 0.2;
/** Wasted words named in the growth point; the rest are on the Ad Analysis sheet. */
const NAMED = 3;

const noSheet = { need: "adAnalysisTable" as const, min: 1, have: [0] };

/**
 * The profit a waste line gives back when paused: its spend, less what its sales kept before ads (sales ÷ its
 * break-even ROI, since at break-even the sales' margin before ads pays exactly for the ads).
 * @example spend 460, sales 230, break-even 2 → 460 − 230 ÷ 2 = 345
 */
export const savedByPausing = (l: Pick<AdLineBack, "spend" | "gmv" | "breakEven">) =>
  Math.max(0, l.spend - (l.breakEven > 0 ? l.gmv / l.breakEven : 0));

/**
 * The words and crowds the sheet marks as waste: one finding, the largest spenders named. Its growth is the profit
 * saved in GMV terms (× break-even, as the ROI rule counts), against the shop's GMV over the same days.
 */
function adWaste(j: RuleJudging, ads: AdsBack | null | undefined): RuleOutcome {
  if (!ads) return noSheet;
  const waste = ads.lines.filter((l) => l.waste).sort((a, b) => b.spend - a.spend);
  if (waste.length === 0) return { findings: [] };
  const { from, to } = ads.period;
  const gmv = j.sum("gmv", [from, to]);
  const saved = waste.reduce((a, l) => a + savedByPausing(l), 0);
  const inGmv = waste.reduce((a, l) => a + savedByPausing(l) * l.breakEven, 0);
  const wasted = waste.reduce((a, l) => a + l.spend, 0);
  const subject = waste
    .slice(0, NAMED)
    .map((l) => l.name)
    .join(" / ");
  const facts = { count: waste.length, wasted, saved, from, to };
  const growthRate = capGrowth(gmv > 0 ? inGmv / gmv : 0);
  return { findings: [{ rule: "adWaste", metric: "adSpend", facts, subject, growthRate }] };
}

/**
 * Words and crowds returning at least HEADROOM × their break-even on enough orders, the best first: a BUDGET_STEP
 * more of their spend at their own ROI is the ad sales to gain, an upper bound (more budget buys dearer clicks).
 */
function adHeadroom(j: RuleJudging, ads: AdsBack | null | undefined): RuleOutcome {
  if (!ads) return noSheet;
  const { from, to } = ads.period;
  const gmv = j.sum("gmv", [from, to]);
  const findings = ads.lines
    .filter((l) => l.roi !== null && l.breakEven > 0 && l.roi >= l.breakEven * HEADROOM)
    .filter((l) => l.orders >= MIN_HEADROOM_ORDERS && !l.waste)
    .sort((a, b) => (b.roi ?? 0) - (a.roi ?? 0) || b.spend - a.spend)
    .slice(0, MAX_PRODUCT_FINDINGS)
    .map((l): Finding => {
      const more = l.spend * BUDGET_STEP;
      const sales = more * (l.roi ?? 0);
      const facts = { roi: l.roi ?? 0, breakEven: l.breakEven, spend: l.spend, more, sales, from, to };
      return {
        rule: "adHeadroom",
        metric: "roi",
        facts,
        subject: l.name,
        growthRate: capGrowth(gmv > 0 ? sales / gmv : 0),
      };
    });
  return { findings };
}

export const AD_RULES: Readonly<Record<AdRuleId, (j: RuleJudging, ads: AdsBack | null | undefined) => RuleOutcome>> = {
  adWaste,
  adHeadroom,
};
