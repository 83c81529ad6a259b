/**
 * The diagnosis' product-layout rules, judged on the Products sheet as Review products last wrote it: a core product
 * about to run out, a potential product worth more traffic, slow stock tying up much of the stock's value, and a
 * core product that fell a tier. Each growth rate is the product's own numbers against the week's GMV.
 */
import type { Finding, Sample } from "../diagnosis";
import type { ProductLayoutBack } from "./productsSheet";
import { TIERS } from "./tiers";
import { percentile } from "./tiers";
import { capGrowth } from "../diagnosisThresholds";
import { DEFAULT_SETTINGS } from "../settings";

/** Slow stock above this share of the stock's value is a finding. */
export const SLOW_STOCK_SHARE = 0.3;
/** Slow stock is worth its value sold over about a month: a clearance, not a week's sales. */
const CLEARANCE_WEEKS = 4;

export type LayoutRuleId = "coreStockOut" | "potentialProduct" | "slowStock" | "coreFalling";
type LayoutOutcome = { findings: Finding[] } | { need: Sample; min: number; have: readonly number[] };

export interface LayoutJudging {
  readonly layout: readonly ProductLayoutBack[] | null | undefined;
  /** Settings' lead time and safety days; their defaults when the caller does not say. */
  readonly leadPlusSafety?: number | undefined;
}

/** Settings' defaults, for a diagnosis whose caller does not say. */
const DEFAULT_LEAD_PLUS_SAFETY = DEFAULT_SETTINGS.leadTimeDays + DEFAULT_SETTINGS.safetyDays;
const capped = capGrowth;

const weekGmv = (layout: readonly ProductLayoutBack[]) => layout.reduce((a, p) => a + p.gmv, 0);
const noSheet = { need: "layoutTable" as const, min: 1, have: [0] };

/**
 * A core product whose stock runs out before more can arrive: the week's share of GMV it carries, for the days short
 * of the lead time and safety days (at most the week).
 */
function coreStockOut(j: LayoutJudging): LayoutOutcome {
  if (!j.layout) return noSheet;
  const gmv = weekGmv(j.layout);
  const findings = j.layout.flatMap((p): Finding[] => {
    if (p.tier !== "core" || !p.stockOut || p.cover7 === null) return [];
    const needed = j.leadPlusSafety ?? DEFAULT_LEAD_PLUS_SAFETY;
    const short = Math.min(7, Math.max(0, needed - p.cover7));
    const share = gmv > 0 ? p.gmv / gmv : 0;
    const facts = { cover: p.cover7, needed, share };
    return [
      { rule: "coreStockOut", metric: "gmv", facts, subject: p.product, growthRate: capped((share * short) / 7) },
    ];
  });
  return { findings };
}

/**
 * A potential product (high conversion, few visitors): brought to the core products' median visitors at its own
 * conversion and price (its GMV per visitor), it would add that much GMV.
 */
function potentialProduct(j: LayoutJudging): LayoutOutcome {
  if (!j.layout) return noSheet;
  const core = j.layout.filter((p) => p.tier === "core").map((p) => p.visitors);
  if (core.length === 0) return { findings: [] };
  const coreVisitors = percentile(core, 0.5);
  const gmv = weekGmv(j.layout);
  const findings = j.layout.flatMap((p): Finding[] => {
    if (p.tier !== "potential" || p.visitors <= 0 || p.visitors >= coreVisitors) return [];
    const perVisitor = p.gmv / p.visitors;
    const more = (coreVisitors - p.visitors) * perVisitor;
    const facts = { visitors: p.visitors, coreVisitors, perVisitor, more };
    const growthRate = capped(gmv > 0 ? more / gmv : 0);
    return [{ rule: "potentialProduct", metric: "visitors", facts, subject: p.product, growthRate }];
  });
  return { findings };
}

/** Slow stock holding more than SLOW_STOCK_SHARE of the stock's value: cleared over a month, it is sales. */
function slowStock(j: LayoutJudging): LayoutOutcome {
  if (!j.layout) return noSheet;
  const value = j.layout.reduce((a, p) => a + p.stockValue, 0);
  if (value <= 0) return { need: "layoutStock", min: 1, have: [0] };
  const slow = j.layout.filter((p) => p.slow);
  const tied = slow.reduce((a, p) => a + p.stockValue, 0);
  if (!(tied / value > SLOW_STOCK_SHARE)) return { findings: [] };
  const gmv = weekGmv(j.layout);
  const facts = { tied, value, share: tied / value, products: slow.length };
  const growthRate = capped(gmv > 0 ? tied / (gmv * CLEARANCE_WEEKS) : 0);
  return { findings: [{ rule: "slowStock", metric: "gmv", facts, growthRate }] };
}

/** A core product last week that is not this week: back to the lowest core product's GMV is its gap. */
function coreFalling(j: LayoutJudging): LayoutOutcome {
  if (!j.layout) return noSheet;
  const core = j.layout.filter((p) => p.tier === "core").map((p) => p.gmv);
  const bar = core.length > 0 ? Math.min(...core) : 0;
  const gmv = weekGmv(j.layout);
  const findings = j.layout.flatMap((p): Finding[] => {
    if (p.lastTier !== "core" || p.tier === null || p.tier === "core") return [];
    const gap = Math.max(0, bar - p.gmv);
    const facts = { tier: TIERS.indexOf(p.tier), gmv: p.gmv, bar };
    return [
      { rule: "coreFalling", metric: "gmv", facts, subject: p.product, growthRate: capped(gmv > 0 ? gap / gmv : 0) },
    ];
  });
  return { findings };
}

export const LAYOUT_RULES: Readonly<Record<LayoutRuleId, (j: LayoutJudging) => LayoutOutcome>> = {
  coreStockOut,
  potentialProduct,
  slowStock,
  coreFalling,
};
