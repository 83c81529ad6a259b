/**
 * The Market sheet read back by the diagnosis: its findings table (each row's rule told by the finding's words in
 * either language) and which rules were judged, from the sheet's mark. The findings were judged when Position in
 * market ran, in the sheet's language; the diagnosis carries their evidence and growth points as written.
 */
import { finiteNumber } from "../cellValues";
import { MARKET_OUTPUT } from "../contract";
import { indexOfName, isNamed } from "../names";
import type { MarketRuleId, MarketSample } from "./marketRules";
import { MARKET_RULES, MARKET_SAMPLES } from "./marketRules";
import type { Finding, RuleOutcome, Sample } from "../diagnosis";
import { MAX_PRODUCT_FINDINGS, capGrowth } from "../diagnosisThresholds";
import type { Metric } from "../import/metrics";

export interface MarketFindingBack {
  readonly rule: MarketRuleId;
  readonly subject: string;
  readonly evidence: string;
  readonly point: string;
  readonly growth: number;
}

export interface MarketBack {
  /** Each rule's state when the sheet was written; a rule the mark does not name was not judged. */
  readonly judged: Readonly<Partial<Record<MarketRuleId, "judged" | MarketSample>>>;
  readonly findings: readonly MarketFindingBack[];
}

/** The sheet's mark, `rule=state;…`, read; anything else in it is passed over. */
function judgedOf(mark: string | null): MarketBack["judged"] {
  const judged: Partial<Record<MarketRuleId, "judged" | MarketSample>> = {};
  for (const part of (mark ?? "").split(";")) {
    const [rule, state] = part.split("=");
    const known = MARKET_RULES.find((r) => r === rule);
    const said = state === "judged" ? state : MARKET_SAMPLES.find((s) => s === state);
    if (known && said) judged[known] = said;
  }
  return judged;
}

/** The findings table's rows, header first, and the sheet's mark. */
export function marketBack(rows: readonly (readonly unknown[])[], mark: string | null): MarketBack {
  const header = (rows[0] ?? []).map((h) => String(h ?? ""));
  const at = Object.fromEntries(
    Object.entries(MARKET_OUTPUT.columns).map(([k, names]) => [k, indexOfName(header, names)])
  ) as Record<keyof typeof MARKET_OUTPUT.columns, number>;
  const text = (r: readonly unknown[], i: number) => String(r[i] ?? "").trim();
  const findings = rows.slice(1).flatMap((r) => {
    const rule = MARKET_RULES.find((id) => isNamed(text(r, at.finding), MARKET_OUTPUT.findings[id]));
    const growth = finiteNumber(r[at.growthRate]);
    if (!rule || growth === null) return [];
    return [
      { rule, subject: text(r, at.subject), evidence: text(r, at.evidence), point: text(r, at.growthPoint), growth },
    ];
  });
  return { judged: judgedOf(mark), findings };
}

/** What the diagnosis says a market rule lacked, by what Position in market found missing. */
const SAMPLE_OF: Readonly<Record<MarketSample, Sample>> = {
  marketTrend: "marketTrend",
  calibration: "marketCalibration",
  storeMetrics: "marketStoreMetrics",
  priceBands: "priceBands",
  bandShares: "bandShares",
  orderLines: "orderLines",
  crowd: "crowdPortraits",
  searchTerms: "searchTerms",
  titles: "productTitles",
};

/** The metric each market rule's growth is of. */
const METRIC_OF: Readonly<Record<MarketRuleId, Metric>> = {
  marketOutgrowing: "gmv",
  priceBandGap: "gmv",
  crowdLeaking: "conversion",
  searchTermMissing: "visitors",
};

/**
 * A market rule as the diagnosis runs it: the Market sheet's findings of that rule, or what it lacked. Growth is
 * capped as every rule's is; a finding's words stay as the sheet wrote them.
 */
function judgeFromSheet(rule: MarketRuleId, market: MarketBack | null | undefined): RuleOutcome {
  if (!market) return { need: "marketTable", min: 1, have: [0] };
  const state = market.judged[rule];
  if (state === undefined) return { need: "marketTable", min: 1, have: [0] };
  if (state !== "judged") return { need: SAMPLE_OF[state], min: 1, have: [0] };
  const findings = market.findings
    .filter((f) => f.rule === rule)
    .slice(0, MAX_PRODUCT_FINDINGS)
    .map((f): Finding => ({
      rule,
      metric: METRIC_OF[rule],
      facts: {},
      ...(f.subject === "" ? {} : { subject: f.subject }),
      said: { evidence: f.evidence, point: f.point },
      growthRate: capGrowth(f.growth),
    }));
  return { findings };
}

export const MARKET_DIAGNOSIS: Readonly<Record<MarketRuleId, (market: MarketBack | null | undefined) => RuleOutcome>> =
  Object.fromEntries(
    MARKET_RULES.map((rule) => [rule, (m: MarketBack | null | undefined) => judgeFromSheet(rule, m)])
  ) as Record<MarketRuleId, (market: MarketBack | null | undefined) => RuleOutcome>;
