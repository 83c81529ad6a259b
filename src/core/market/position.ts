/**
 * The market position from what the workbook holds: each part (growth against the category, the ranking, price
 * bands, crowd, search) where its tables are, why not where they are not, and the findings the market rules draw
 * from them. Pure: the command reads the tables and hands them here.
 */
import type { Fit } from "../competition/calibration";
import type { DailyFigures } from "../storeMetricLookup";
import type { CrowdDimension } from "./crowd";
import { crowdPositions } from "./crowd";
import type { CrowdRow } from "./crowd";
import type { GrowthComparison, MarketShare } from "./growth";
import { marketGrowth, marketShare } from "./growth";
import type { MarketFinding, MarketJudgement, MarketSample } from "./marketRules";
import { crowdLeaks, marketOutgrowing, missingTerms, priceBandGaps } from "./marketRules";
import type { BandPosition, DemandMeasure, PriceBandRead } from "./priceBands";
import { bandPositions } from "./priceBands";
import type { RankingPosition, RankingRow } from "./ranking";
import { rankingPosition } from "./ranking";
import type { SearchTerm, TermOpportunity } from "./search";
import { risingTerms, searchOpportunities } from "./search";

export type Lacking = { readonly lacking: MarketSample };

export interface MarketPosition {
  readonly findings: readonly MarketFinding[];
  readonly judged: MarketJudgement;
  readonly growth:
    | {
        readonly category: string | null;
        readonly latest: number;
        readonly comparisons: readonly GrowthComparison[];
        readonly share: MarketShare;
        readonly b: number;
      }
    | Lacking;
  readonly ranking: { readonly position: RankingPosition; readonly estimated: boolean } | null;
  readonly bands: { readonly measure: DemandMeasure; readonly positions: readonly BandPosition[] } | Lacking;
  readonly crowd: { readonly day: number | null; readonly dimensions: readonly CrowdDimension[] } | null;
  readonly search: {
    readonly day: number | null;
    readonly opportunities: readonly TermOpportunity[];
    readonly rising: readonly SearchTerm[];
  } | null;
}

/** What Position in market read: each table as the market facts give it, null where the workbook has none. */
export interface MarketFacts {
  readonly figures: DailyFigures | null;
  /** The competition watch's curves as its calibration table keeps them. */
  readonly tradeFit: Fit | null;
  readonly uvFit: Fit | null;
  readonly shop: string | null;
  readonly trend: { readonly category: string | null; readonly days: ReadonlyMap<number, number> } | null;
  readonly ranking: readonly RankingRow[] | null;
  readonly bands: PriceBandRead | null;
  readonly lines: readonly { readonly price: number; readonly units: number }[] | null;
  readonly crowd: { readonly day: number | null; readonly rows: readonly CrowdRow[] } | null;
  readonly search: { readonly day: number | null; readonly terms: readonly SearchTerm[] } | null;
  /** Our product titles; null without the product report. */
  readonly titles: readonly string[] | null;
}

/** The span our share is read over: the last 28 days. */
const SHARE_DAYS = 28;

function growthPart(f: MarketFacts): MarketPosition["growth"] {
  if (!f.trend || f.trend.days.size === 0) return { lacking: "marketTrend" };
  if (!f.tradeFit) return { lacking: "calibration" };
  if (!f.figures || f.figures.size === 0) return { lacking: "storeMetrics" };
  const latest = Math.max(...f.trend.days.keys());
  return {
    category: f.trend.category,
    latest,
    comparisons: marketGrowth(f.trend.days, f.figures, f.tradeFit, latest),
    share: marketShare(f.trend.days, f.figures, f.tradeFit, latest - SHARE_DAYS + 1, latest),
    b: f.tradeFit.b,
  };
}

function bandsPart(f: MarketFacts): MarketPosition["bands"] {
  if (!f.bands || ("bands" in f.bands && f.bands.bands.length === 0)) return { lacking: "priceBands" };
  if ("lacking" in f.bands) return { lacking: f.bands.lacking === "fit" ? "calibration" : "bandShares" };
  if (!f.lines || f.lines.length === 0) return { lacking: "orderLines" };
  return { measure: f.bands.measure, positions: bandPositions(f.bands.bands, f.lines, f.bands.measure) };
}

export function marketPosition(f: MarketFacts): MarketPosition {
  const growth = growthPart(f);
  const bands = bandsPart(f);
  const dimensions = f.crowd ? crowdPositions(f.crowd.rows) : null;
  const opportunities = f.search ? searchOpportunities(f.search.terms, f.titles) : null;
  const gmvOn = (day: number) => f.figures?.get(day)?.gmv ?? null;
  const ranking = f.ranking ? rankingPosition(f.ranking, f.tradeFit, f.shop, gmvOn) : null;
  const sales = (f.lines ?? []).reduce((s, l) => ({ units: s.units + l.units, value: s.value + l.units * l.price }), {
    units: 0,
    value: 0,
  });
  const latest = f.figures && f.figures.size > 0 ? Math.max(...f.figures.keys()) : null;
  const findings: MarketFinding[] = [
    ...("lacking" in growth || !f.tradeFit ? [] : marketOutgrowing(growth.comparisons, f.tradeFit)),
    ...("lacking" in bands ? [] : priceBandGaps(bands.positions, bands.measure, sales)),
    ...(dimensions ? crowdLeaks(dimensions) : []),
    ...(opportunities && f.search ? missingTerms(opportunities, f.search.terms, f.uvFit, f.figures, latest) : []),
  ];
  const judged: MarketJudgement = {
    marketOutgrowing: "lacking" in growth ? growth.lacking : "judged",
    priceBandGap: "lacking" in bands ? bands.lacking : "judged",
    crowdLeaking: dimensions ? "judged" : "crowd",
    searchTermMissing: !f.search ? "searchTerms" : f.titles === null ? "titles" : "judged",
  };
  return {
    findings,
    judged,
    growth,
    ranking: ranking ? { position: ranking, estimated: f.tradeFit !== null } : null,
    bands,
    crowd: f.crowd && dimensions ? { day: f.crowd.day, dimensions } : null,
    search:
      f.search && opportunities ? { day: f.search.day, opportunities, rising: risingTerms(f.search.terms) } : null,
  };
}
