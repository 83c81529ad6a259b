/**
 * Search terms from Sycm's 搜索分析 / 搜索排行: rising terms, and opportunity, 搜索人气 × 支付转化率 ÷ 在线商品数 (how many
 * would buy for each listing competing for them). Figures may be ranges: opportunity is then a range too, its low
 * from the lows and the high of the listings, its high the other way, never a made-up point. A term our product
 * titles lack is named, where our titles are known.
 */
import { nameKey } from "../names";
import type { Bounds } from "./ranges";
import { middle } from "./ranges";

export interface SearchTerm {
  readonly term: string;
  readonly popularity: Bounds;
  /** Against the same term's popularity over the previous period; null when the export has no such figure. */
  readonly growth: Bounds | null;
  readonly conversion: Bounds | null;
  readonly listings: Bounds | null;
}

export interface TermOpportunity {
  readonly term: string;
  readonly opportunity: Bounds;
  /** No title of ours holds the term (spaces and case aside); null when our titles are not known. */
  readonly missing: boolean | null;
}

/** The terms by opportunity, most first (by the middle of their ranges), with those our titles lack marked. */
export function searchOpportunities(terms: readonly SearchTerm[], titles: readonly string[] | null): TermOpportunity[] {
  const ours = titles?.map((t) => nameKey(t).replace(/\s+/g, "")) ?? null;
  return terms
    .flatMap((t) => {
      const { conversion, listings } = t;
      if (!conversion || !listings || listings.low <= 0) return [];
      const opportunity = {
        low: (t.popularity.low * conversion.low) / listings.high,
        high: (t.popularity.high * conversion.high) / listings.low,
      };
      const key = nameKey(t.term).replace(/\s+/g, "");
      const missing = ours === null ? null : key !== "" && !ours.some((title) => title.includes(key));
      return [{ term: t.term, opportunity, missing }];
    })
    .sort((a, b) => middle(b.opportunity) - middle(a.opportunity) || a.term.localeCompare(b.term));
}

/** Terms whose popularity rose by at least `least` (a fraction) on their lowest reading, most risen first. */
export function risingTerms(terms: readonly SearchTerm[], least = 0.3): SearchTerm[] {
  return terms
    .filter((t) => t.growth !== null && t.growth.low >= least)
    .sort((a, b) => middle(b.growth as Bounds) - middle(a.growth as Bounds) || a.term.localeCompare(b.term));
}
