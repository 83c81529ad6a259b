/**
 * Where 万相台's spend goes, word by word and crowd by crowd: each one's figures over the days whose attribution has
 * closed, the spend it wastes (money with no sale; an ROI under both its item's break-even and its peers' lower
 * quartile), words rolled up to their roots so the roots add up to the words, and whether the listed rows account
 * for the plans' spend in the product report. The rules operators follow by hand with the two reports.
 */
import { provisionalFrom } from "../import/attribution";
import { percentile } from "../layout/tiers";
import { nameKey } from "../names";

/** What a word or crowd did: the report's own figures, added up over its rows. */
export interface AdFigures {
  /** The word (词名字 / 词包名字) or the crowd (人群名字). */
  readonly name: string;
  readonly impressions: number;
  readonly clicks: number;
  readonly spend: number;
  readonly gmv: number;
  readonly orders: number;
}

/** A row of the keyword or crowd report, as read from its table. */
export interface AdDetailRow extends AdFigures {
  readonly day: number;
  readonly planId: string;
  readonly itemId: string;
}

/** Rows whose spend differs from the plans' spend in the product report by more than this share are not ranked. */
export const RECONCILE_TOLERANCE = 0.01;

export interface AdAnalysisInput {
  readonly rows: readonly AdDetailRow[];
  /** The report's attribution window in days (one window: two files with different ones are refused before). */
  readonly windowDays: number;
  /** Spend with no sale at or over this is waste. */
  readonly wasteSpend: number;
  /** Break-even ROI by item ID where the profit work gives one; `breakEvenRoi` otherwise. */
  readonly itemBreakEven: ReadonlyMap<string, number>;
  readonly breakEvenRoi: number;
  /** The product report's spend by plan ID over the days given; null without the product report. */
  readonly planSpend: ((from: number, to: number) => ReadonlyMap<string, number>) | null;
}

export interface AdLine extends AdFigures {
  readonly cpc: number | null;
  readonly ctr: number | null;
  readonly conversion: number | null;
  readonly roi: number | null;
  /** The break-even of the item it spent most on. */
  readonly breakEven: number;
  /** Its spend on the report's latest day (open or not): what a daily report says a waste still costs. */
  readonly latestSpend: number;
  readonly waste: "noSale" | "underBreakEven" | null;
}

export interface PlanCheck {
  readonly planId: string;
  readonly listed: number;
  readonly report: number;
}

export interface AdAnalysis {
  /** The closed days judged, and the open ones left out (null when none). */
  readonly closed: { readonly from: number; readonly to: number } | null;
  readonly open: { readonly from: number; readonly to: number } | null;
  /** By spend, the largest first. */
  readonly lines: readonly AdLine[];
  readonly wasted: number;
  /** The peers' lower quartile of ROI; null with fewer than 4 lines that sold. */
  readonly roiP25: number | null;
  /** Plans whose listed spend is off the product report's by more than RECONCILE_TOLERANCE; null without it. */
  readonly unreconciled: readonly PlanCheck[] | null;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Each name's rows added up over `from`–`to`, with the item it spent most on. */
function totalsByName(rows: readonly AdDetailRow[], from: number, to: number) {
  const byName = new Map<
    string,
    { line: Omit<AdDetailRow, "day" | "planId" | "itemId">; items: Map<string, number> }
  >();
  for (const r of rows) {
    if (r.day < from || r.day > to) continue;
    const key = nameKey(r.name);
    const found = byName.get(key) ?? {
      line: { name: r.name, impressions: 0, clicks: 0, spend: 0, gmv: 0, orders: 0 },
      items: new Map<string, number>(),
    };
    const l = found.line as { -readonly [K in keyof typeof found.line]: (typeof found.line)[K] };
    l.impressions += r.impressions;
    l.clicks += r.clicks;
    l.spend += r.spend;
    l.gmv += r.gmv;
    l.orders += r.orders;
    found.items.set(r.itemId, (found.items.get(r.itemId) ?? 0) + r.spend);
    byName.set(key, found);
  }
  return [...byName.values()];
}

/** Listed spend against the product report's, plan by plan, over the closed days: the plans more than 1 % off. */
function reconcile(input: AdAnalysisInput, from: number, to: number): PlanCheck[] | null {
  if (!input.planSpend) return null;
  const inReport = input.planSpend(from, to);
  const listed = new Map<string, number>();
  for (const r of input.rows)
    if (r.day >= from && r.day <= to) listed.set(r.planId, (listed.get(r.planId) ?? 0) + r.spend);
  return [...listed].flatMap(([planId, spend]) => {
    const report = inReport.get(planId) ?? 0;
    return Math.abs(spend - report) > RECONCILE_TOLERANCE * Math.max(report, spend)
      ? [{ planId, listed: spend, report }]
      : [];
  });
}

/** The analysis of the report's closed days; null for a report with no row. */
export function analyzeAds(input: AdAnalysisInput): AdAnalysis | null {
  if (input.rows.length === 0) return null;
  const first = Math.min(...input.rows.map((r) => r.day));
  const latest = Math.max(...input.rows.map((r) => r.day));
  const openFrom = Math.max(first, provisionalFrom(latest, input.windowDays));
  const open = { from: openFrom, to: latest };
  if (openFrom <= first)
    return { closed: null, open, lines: [], wasted: 0, roiP25: null, unreconciled: reconcile(input, 1, 0) };
  const to = openFrom - 1;
  const totals = totalsByName(input.rows, first, to);
  const onLatest = new Map<string, number>();
  for (const r of input.rows)
    if (r.day === latest) onLatest.set(nameKey(r.name), (onLatest.get(nameKey(r.name)) ?? 0) + r.spend);
  const sold = totals.flatMap(({ line }) => (line.gmv > 0 && line.spend > 0 ? [line.gmv / line.spend] : []));
  const roiP25 = sold.length >= 4 ? percentile(sold, 0.25) : null;
  const lines: AdLine[] = totals.map(({ line, items }) => {
    const item = [...items].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    const breakEven = input.itemBreakEven.get(item) ?? input.breakEvenRoi;
    const roi = ratio(line.gmv, line.spend);
    const noSale = line.gmv === 0 && line.spend >= input.wasteSpend;
    const under = roi !== null && roi > 0 && roiP25 !== null && roi < breakEven && roi < roiP25;
    return {
      ...line,
      cpc: ratio(line.spend, line.clicks),
      ctr: ratio(line.clicks, line.impressions),
      conversion: ratio(line.orders, line.clicks),
      roi,
      breakEven,
      latestSpend: onLatest.get(nameKey(line.name)) ?? 0,
      waste: noSale ? "noSale" : under ? "underBreakEven" : null,
    };
  });
  lines.sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name));
  const wasted = lines.reduce((a, l) => a + (l.waste ? l.spend : 0), 0);
  return { closed: { from: first, to }, open, lines, wasted, roiP25, unreconciled: reconcile(input, first, to) };
}
