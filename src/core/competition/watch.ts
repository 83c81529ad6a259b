/**
 * The competition watch: our shop's own days calibrate each index (calibration.ts), every subject's indices become
 * estimated values with their bands, and each subject's last 7 days are set against the 7 before. Estimates come
 * first and ratios after (客单价 = estimated GMV ÷ estimated buyers, UV价值 = estimated GMV ÷ estimated visitors),
 * never a ratio of indices; a conversion over several days is estimated buyers over estimated visitors, summed.
 */
import type { Metric } from "../import/metrics";
import type { DailyFigures } from "../storeMetricLookup";
import type { CalibratedIndex, Estimate, Fit, NoFit } from "./calibration";
import { CALIBRATED, CALIBRATED_INDICES, estimate, fitPowerLaw, isFit } from "./calibration";
import type { CompetitorDay, SubjectKind } from "./competitors";

export type Calibrations = Readonly<Record<CalibratedIndex, Fit | NoFit>>;

/**
 * Each calibrated index's curve from our shop's days that have both the index and its Store Metrics value; where
 * those days cannot give one, the curve the last watch kept (a shorter Store Metrics, a Replace that dropped days).
 */
export function calibrate(
  days: readonly CompetitorDay[],
  figures: DailyFigures | null,
  kept: Readonly<Partial<Record<CalibratedIndex, Fit>>> = {}
): Calibrations {
  const ours = days.filter((d) => d.ours && d.kind === "shop");
  const fits = CALIBRATED.map((index) => {
    const metric: Metric = CALIBRATED_INDICES[index];
    const pairs = ours.flatMap((d) => {
      const x = d.indices[index],
        y = figures?.get(d.date)?.[metric];
      return x === undefined || y === undefined ? [] : [[x, y] as const];
    });
    const fresh = fitPowerLaw(pairs);
    const last = kept[index];
    return [index, !isFit(fresh) && last ? last : fresh] as const;
  });
  return Object.fromEntries(fits) as unknown as Calibrations;
}

/** A day of one subject with its estimates: by index, or why there is none. */
export interface DayEstimate {
  readonly day: CompetitorDay;
  readonly estimates: Readonly<Partial<Record<CalibratedIndex, Estimate>>>;
  /** The figures the estimates give, derived only from estimated values. */
  readonly gmv: number | null;
  readonly visitors: number | null;
  readonly buyers: number | null;
  readonly conversion: number | null;
  readonly aov: number | null;
  readonly uvValue: number | null;
}

const valueOf = (e: Estimate | undefined): number | null => (e && "value" in e ? e.value : null);
const ratio = (n: number | null, d: number | null) => (n === null || d === null || d === 0 ? null : n / d);

export function estimateDay(day: CompetitorDay, calibrations: Calibrations): DayEstimate {
  const estimates: Partial<Record<CalibratedIndex, Estimate>> = {};
  for (const index of CALIBRATED) {
    const fit = calibrations[index],
      value = day.indices[index];
    if (value !== undefined && isFit(fit)) estimates[index] = estimate(fit, value);
  }
  const gmv = valueOf(estimates.tradeIndex),
    visitors = valueOf(estimates.uvIndex),
    buyers = valueOf(estimates.buyerIndex);
  // The conversion index has its own curve; without it, estimated buyers over estimated visitors.
  const conversion = valueOf(estimates.payRateIndex) ?? ratio(buyers, visitors);
  return { day, estimates, gmv, visitors, buyers, conversion, aov: ratio(gmv, buyers), uvValue: ratio(gmv, visitors) };
}

/** A figure over a stretch of days, with how many days had it. */
export interface StretchFigure {
  readonly value: number;
  readonly days: number;
}

/** The sum of a figure over the days from..to that have it; null when none has. */
export function stretchSum(
  days: readonly DayEstimate[],
  figure: (d: DayEstimate) => number | null,
  from: number,
  to: number
): StretchFigure | null {
  let total = 0,
    count = 0;
  for (const d of days) {
    const v = d.day.date >= from && d.day.date <= to ? figure(d) : null;
    if (v === null) continue;
    total += v;
    count++;
  }
  return count === 0 ? null : { value: total, days: count };
}

/** A figure's average per day over from..to. */
export function stretchAverage(
  days: readonly DayEstimate[],
  figure: (d: DayEstimate) => number | null,
  from: number,
  to: number
): StretchFigure | null {
  const s = stretchSum(days, figure, from, to);
  return s && { value: s.value / s.days, days: s.days };
}

/** Conversion over a stretch: estimated buyers (conversion × visitors each day) over estimated visitors, both summed. */
export function stretchConversion(days: readonly DayEstimate[], from: number, to: number): number | null {
  const buyers = stretchSum(
    days,
    (d) => (d.conversion === null || d.visitors === null ? null : d.conversion * d.visitors),
    from,
    to
  );
  const visitors = stretchSum(days, (d) => (d.conversion === null ? null : d.visitors), from, to);
  return buyers && visitors ? ratio(buyers.value, visitors.value) : null;
}

export interface SubjectWeek {
  readonly subject: string;
  readonly kind: SubjectKind;
  readonly ours: boolean;
  /** Estimated GMV summed over the days that have it, and its change per day against the 7 days before. */
  readonly gmv: StretchFigure | null;
  readonly gmvBefore: StretchFigure | null;
  readonly gmvChange: number | null;
  readonly visitors: StretchFigure | null;
  readonly visitorsChange: number | null;
  readonly conversion: number | null;
  /** In percentage points. */
  readonly conversionChange: number | null;
  /** The subject's share of its kind's estimated GMV over the last 7 days. */
  readonly share: number | null;
  /** Without estimates, the change of the raw 交易指数 per day: a move is still seen, its size not. */
  readonly tradeIndexChange: number | null;
}

export interface CompetitionWatch {
  /** The latest day of the competition data: the weeks end on it. */
  readonly latest: number;
  readonly calibrations: Calibrations;
  readonly days: readonly DayEstimate[];
  readonly subjects: readonly SubjectWeek[];
  /** The rival whose estimated GMV (else visitors, else 交易指数) changed most; null when no change is known. */
  readonly mover: {
    readonly subject: string;
    readonly measure: "gmv" | "visitors" | "tradeIndex";
    readonly change: number;
  } | null;
}

const change = (now: StretchFigure | null, before: StretchFigure | null) =>
  now && before && before.value > 0 ? now.value / before.value - 1 : null;

/** The whole watch from the Competitors days and Store Metrics. Null when there are no days. */
export function competitionWatch(
  input: readonly CompetitorDay[],
  figures: DailyFigures | null,
  kept: Readonly<Partial<Record<CalibratedIndex, Fit>>> = {}
): CompetitionWatch | null {
  if (input.length === 0) return null;
  const calibrations = calibrate(input, figures, kept);
  const days = input
    .map((d) => estimateDay(d, calibrations))
    .sort((a, b) => a.day.date - b.day.date || a.day.subject.localeCompare(b.day.subject));
  const latest = days.reduce((m, d) => Math.max(m, d.day.date), -Infinity);
  const [from, to, beforeFrom, beforeTo] = [latest - 6, latest, latest - 13, latest - 7];
  const bySubject = new Map<string, DayEstimate[]>();
  for (const d of days) bySubject.set(d.day.subject, [...(bySubject.get(d.day.subject) ?? []), d]);
  const weeks = [...bySubject].map(([subject, own]) => {
    const first = (own[0] as DayEstimate).day;
    const gmvPerDay = [
      stretchAverage(own, (d) => d.gmv, from, to),
      stretchAverage(own, (d) => d.gmv, beforeFrom, beforeTo),
    ] as const;
    const visitors = [
      stretchAverage(own, (d) => d.visitors, from, to),
      stretchAverage(own, (d) => d.visitors, beforeFrom, beforeTo),
    ] as const;
    const conversion = [stretchConversion(own, from, to), stretchConversion(own, beforeFrom, beforeTo)] as const;
    const trade = (a: number, b: number) => stretchAverage(own, (d) => d.day.indices.tradeIndex ?? null, a, b);
    return {
      subject,
      kind: first.kind,
      ours: first.ours,
      gmv: stretchSum(own, (d) => d.gmv, from, to),
      gmvBefore: stretchSum(own, (d) => d.gmv, beforeFrom, beforeTo),
      gmvChange: change(...gmvPerDay),
      visitors: visitors[0],
      visitorsChange: change(...visitors),
      conversion: conversion[0],
      conversionChange: conversion[0] !== null && conversion[1] !== null ? conversion[0] - conversion[1] : null,
      share: null as number | null,
      tradeIndexChange: change(trade(from, to), trade(beforeFrom, beforeTo)),
    };
  });
  for (const w of weeks) {
    const group = weeks.filter((o) => o.kind === w.kind && o.gmv !== null);
    const total = group.reduce((t, o) => t + (o.gmv?.value ?? 0), 0);
    w.share = w.gmv && total > 0 ? w.gmv.value / total : null;
  }
  return { latest, calibrations, days, subjects: weeks, mover: biggestMover(weeks) };
}

/** The rival with the largest change, by the best measure any rival has. */
function biggestMover(weeks: readonly SubjectWeek[]): CompetitionWatch["mover"] {
  const rivals = weeks.filter((w) => !w.ours);
  for (const measure of ["gmv", "visitors", "tradeIndex"] as const) {
    const of = (w: SubjectWeek) =>
      measure === "gmv" ? w.gmvChange : measure === "visitors" ? w.visitorsChange : w.tradeIndexChange;
    const best = rivals
      .filter((w) => of(w) !== null)
      .sort((a, b) => Math.abs(of(b) as number) - Math.abs(of(a) as number) || a.subject.localeCompare(b.subject))[0];
    if (best) return { subject: best.subject, measure, change: of(best) as number };
  }
  return null;
}

/** Each rival's days by subject (our own rows left out). */
export function rivalDaysBySubject(days: readonly DayEstimate[]): Map<string, DayEstimate[]> {
  const by = new Map<string, DayEstimate[]>();
  for (const d of days) if (!d.day.ours) by.set(d.day.subject, [...(by.get(d.day.subject) ?? []), d]);
  return by;
}
