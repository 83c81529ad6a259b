/**
 * Review promotion: an event's GMV and profit per phase against its goal's pace, the gap to the goal along the
 * driver tree, and what the event added against the shop's usual day (a pricing analyst's rule: never count the
 * event period's GMV as the event's increment without a baseline). The baseline is the median day of the 14 days
 * before the event's first selling day; the dip (the 3 days before it, when buyers wait) and the hangover (the 7
 * days after it) are measured against the same median day.
 */
import { median } from "../ranking";
import type { Metric } from "../import/metrics";
import type { ProductDay } from "../layout/facts";
import type { DailyFigures } from "../storeMetricLookup";
import type { Phase, PromotionEvent } from "./events";
import { eventDays } from "./events";

/** The days the baseline's median day is taken over, and the fewest of them with data it needs. */
export const BASELINE_DAYS = 14;
export const MIN_BASELINE_DAYS = 7;
/** The days before the event whose shortfall is its dip, and after it whose shortfall is its hangover. */
export const DIP_DAYS = 3;
export const HANGOVER_DAYS = 7;
/** The products and traffic sources the review names, at most. */
export const TOP_CARRIERS = 5;

/** GMV against the median day over some days: the days with data, their GMV, and the baseline for as many days. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
  /** Days in the stretch with GMV in Store Metrics (a stretch still running has fewer than its length). */
  readonly days: number;
  readonly length: number;
  readonly gmv: number;
  readonly baseline: number | null;
  /** GMV − baseline; null without a baseline. */
  readonly change: number | null;
}

export interface PhaseResult extends Stretch {
  /** The phase's name; "" for the event's days between its phases. */
  readonly name: string;
  readonly kind: Phase["kind"];
  readonly visitors: number;
  readonly buyers: number;
  readonly profit: number | null;
  /** The goal's pace over the phase's days with data; null without a goal. */
  readonly pace: number | null;
}

/** The gap to the goal along GMV = visitors × conversion × AOV, by the logarithmic mean (LMDI): the parts add up. */
export interface GapSplit {
  readonly goal: number;
  readonly actual: number;
  readonly visitors: { readonly goal: number; readonly actual: number; readonly effect: number };
  readonly conversion: { readonly goal: number; readonly actual: number; readonly effect: number };
  readonly aov: { readonly goal: number; readonly actual: number; readonly effect: number };
}

export interface Carrier {
  readonly name: string;
  /** GMV (products) or visitors (sources) over the event's days. */
  readonly value: number;
  readonly share: number;
  /** The same figure on the median day of the baseline's days, times the event's days with data. */
  readonly baseline: number;
  readonly change: number;
}

export interface EventTask {
  readonly name: string;
  readonly deadline: number;
  /** The first day a schedule marked it done; null when none has. */
  readonly done: number | null;
}

export type LessonKind = "visitors" | "conversion" | "aov" | "shifted" | "tasks" | "goalMet";

export interface Lesson {
  readonly kind: LessonKind;
  /** The money it is about (the driver's effect, the dip and hangover, the gap), for its sentence. */
  readonly amount: number;
  readonly names?: readonly string[];
}

export interface PromotionReview {
  readonly event: PromotionEvent;
  readonly today: number;
  readonly phases: readonly PhaseResult[];
  readonly total: PhaseResult;
  /** The median day's GMV and the days it was taken over; null when fewer than MIN_BASELINE_DAYS had data. */
  readonly baseline: { readonly from: number; readonly to: number; readonly days: number; readonly day: number } | null;
  readonly dip: Stretch;
  readonly hangover: Stretch;
  /** Event change + dip + hangover: what the event added over the shop's usual days; null without a baseline. */
  readonly net: number | null;
  readonly pace: number | null;
  readonly gap: GapSplit | null;
  readonly products: readonly Carrier[] | null;
  readonly sources: readonly Carrier[] | null;
  readonly tasks: { readonly late: readonly EventTask[]; readonly missed: readonly EventTask[]; readonly all: number };
  readonly lessons: readonly Lesson[];
}

/** A metric added up over some days (serials), and how many of them hold it. */
const sumOn = (days: DailyFigures, metric: Metric, on: readonly number[]) => {
  let sum = 0;
  let count = 0;
  for (const d of on) {
    const value = days.get(d)?.[metric];
    if (value === undefined) continue;
    sum += value;
    count++;
  }
  return { sum, count };
};
const daysFrom = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
const sumOver = (days: DailyFigures, metric: Metric, from: number, to: number) =>
  sumOn(days, metric, daysFrom(from, to));

/** The logarithmic mean of two positive numbers: (a − b) ÷ (ln a − ln b), a when they are equal. */
export function logMean(a: number, b: number): number {
  return a === b ? a : (a - b) / (Math.log(a) - Math.log(b));
}

/**
 * The gap between actual and goal GMV split into visitors, conversion and AOV effects that add up to it: the goal's
 * conversion and AOV are the baseline days' (summed parts), its visitors what those needed to reach the goal.
 * @example splitGap(1000, 1200, { visitors: 100, buyers: 5, gmv: 1000 }, { conversion: 0.05, aov: 200 })
 */
export function splitGap(
  actual: { readonly visitors: number; readonly buyers: number; readonly gmv: number },
  goal: number,
  usual: { readonly conversion: number; readonly aov: number }
): GapSplit | null {
  const { visitors, buyers, gmv } = actual;
  if (visitors <= 0 || buyers <= 0 || gmv <= 0 || goal <= 0 || usual.conversion <= 0 || usual.aov <= 0) return null;
  const conversion = buyers / visitors;
  const aov = gmv / buyers;
  const goalVisitors = goal / (usual.conversion * usual.aov);
  const weight = logMean(gmv, goal);
  const effect = (a: number, g: number) => weight * Math.log(a / g);
  return {
    goal,
    actual: gmv,
    visitors: { goal: goalVisitors, actual: visitors, effect: effect(visitors, goalVisitors) },
    conversion: { goal: usual.conversion, actual: conversion, effect: effect(conversion, usual.conversion) },
    aov: { goal: usual.aov, actual: aov, effect: effect(aov, usual.aov) },
  };
}

/** The figures of some days up to today (a phase's, or the days between phases), with the pace over those with GMV. */
function phaseResult(
  days: DailyFigures,
  p: { name: string; kind: Phase["kind"]; on: readonly number[] },
  today: number,
  day: number | null,
  pace: number | null
): PhaseResult {
  const on = p.on.filter((d) => d <= today);
  const gmv = sumOn(days, "gmv", on);
  const profit = sumOn(days, "profit", on);
  return {
    from: p.on[0] ?? 0,
    to: p.on[p.on.length - 1] ?? 0,
    days: gmv.count,
    length: p.on.length,
    gmv: gmv.sum,
    baseline: day === null ? null : day * gmv.count,
    change: day === null ? null : gmv.sum - day * gmv.count,
    name: p.name,
    kind: p.kind,
    visitors: sumOn(days, "visitors", on).sum,
    buyers: sumOn(days, "payingBuyers", on).sum,
    profit: profit.count > 0 ? profit.sum : null,
    pace: pace === null ? null : pace * gmv.count,
  };
}

/** Each name's figure over the event against its median day of the baseline's days (a day without a row is 0). */
export function carriers(
  rows: readonly { readonly day: number; readonly name: string; readonly value: number }[],
  event: { readonly from: number; readonly to: number; readonly days: number },
  baseline: { readonly from: number; readonly to: number }
): Carrier[] {
  const byName = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const days = byName.get(r.name) ?? new Map<number, number>();
    days.set(r.day, (days.get(r.day) ?? 0) + r.value);
    byName.set(r.name, days);
  }
  const all = [...byName].map(([name, days]) => {
    let value = 0;
    for (let d = event.from; d <= event.to; d++) value += days.get(d) ?? 0;
    const usual = Array.from({ length: baseline.to - baseline.from + 1 }, (_, i) => days.get(baseline.from + i) ?? 0);
    const usualDay = median(usual);
    return { name, value, baseline: usualDay * event.days, change: value - usualDay * event.days };
  });
  const total = all.reduce((s, c) => s + c.value, 0);
  return all
    .filter((c) => c.value > 0)
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
    .slice(0, TOP_CARRIERS)
    .map((c) => ({ ...c, share: total > 0 ? c.value / total : 0 }));
}

/** At most two lessons, the largest first: the driver that fell shortest, the sales moved, the tasks let slip. */
export function lessonsOf(r: Pick<PromotionReview, "gap" | "net" | "total" | "dip" | "hangover" | "tasks">): Lesson[] {
  const found: Lesson[] = [];
  if (r.gap && r.gap.actual < r.gap.goal) {
    const parts = (["visitors", "conversion", "aov"] as const).map((k) => ({
      kind: k,
      amount: r.gap?.[k].effect ?? 0,
    }));
    const worst = parts.reduce((a, b) => (b.amount < a.amount ? b : a));
    if (worst.amount < 0) found.push(worst);
  }
  const shifted = (r.dip.change ?? 0) + (r.hangover.change ?? 0);
  // The dip and hangover took back a fifth or more of what the event period gained: sales were moved, not added.
  if (r.total.change !== null && r.total.change > 0 && shifted < -0.2 * r.total.change)
    found.push({ kind: "shifted", amount: shifted });
  const slipped = [...r.tasks.missed, ...r.tasks.late];
  if (slipped.length > 0) found.push({ kind: "tasks", amount: slipped.length, names: slipped.map((t) => t.name) });
  if (r.gap && r.gap.actual >= r.gap.goal) found.push({ kind: "goalMet", amount: r.gap.actual - r.gap.goal });
  return found.slice(0, 2);
}

export interface ReviewInput {
  readonly event: PromotionEvent;
  readonly days: DailyFigures;
  readonly today: number;
  readonly products: readonly ProductDay[] | null;
  readonly traffic: readonly { readonly day: number; readonly source: string; readonly visitors: number }[] | null;
  readonly tasks: readonly EventTask[];
}

export function reviewPromotion(input: ReviewInput): PromotionReview {
  const { event, days, today } = input;
  const [from, to] = [event.start - BASELINE_DAYS, event.start - 1];
  const usual = [];
  for (let d = from; d <= to; d++) {
    const gmv = days.get(d)?.gmv;
    if (gmv !== undefined) usual.push(gmv);
  }
  const day = usual.length >= MIN_BASELINE_DAYS ? median(usual) : null;
  const pace = event.gmvGoal === null ? null : event.gmvGoal / eventDays(event);
  const selling = event.phases.filter((p) => p.start >= event.start);
  const phases = selling.map((p) => phaseResult(days, { ...p, on: daysFrom(p.start, p.end) }, today, day, pace));
  // Days of the event no phase covers (a pause between warm-up and sale): a row of their own, so the rows add up.
  const between = daysFrom(event.start, event.end).filter((d) => !selling.some((p) => d >= p.start && d <= p.end));
  if (between.length > 0) phases.push(phaseResult(days, { name: "", kind: "own", on: between }, today, day, pace));
  const whole = { name: event.name, kind: "own" as const, on: daysFrom(event.start, event.end) };
  const total = phaseResult(days, whole, today, day, pace);
  // The dip and the hangover measured as the event is, against the same usual day (no pace: the goal is the event's).
  const around = (from: number, to: number): Stretch =>
    phaseResult(days, { name: "", kind: "own", on: daysFrom(from, to) }, today, day, null);
  const dip = around(event.start - DIP_DAYS, event.start - 1);
  const hangover = around(event.end + 1, event.end + HANGOVER_DAYS);
  const net = day === null || total.change === null ? null : total.change + (dip.change ?? 0) + (hangover.change ?? 0);
  const base = { visitors: sumOver(days, "visitors", from, to), buyers: sumOver(days, "payingBuyers", from, to) };
  const baseGmv = sumOver(days, "gmv", from, to).sum;
  const gap =
    total.pace === null || base.visitors.sum <= 0 || base.buyers.sum <= 0
      ? null
      : splitGap(total, total.pace, {
          conversion: base.buyers.sum / base.visitors.sum,
          aov: baseGmv / base.buyers.sum,
        });
  const span = { from: event.start, to: Math.min(event.end, today), days: total.days };
  const products = input.products
    ? carriers(
        input.products.map((p) => ({ day: p.day, name: p.name, value: p.gmv })),
        span,
        { from, to }
      )
    : null;
  const sources = input.traffic
    ? carriers(
        input.traffic.map((t) => ({ day: t.day, name: t.source, value: t.visitors })),
        span,
        { from, to }
      )
    : null;
  const late = input.tasks.filter((t) => t.done !== null && t.done > t.deadline);
  const missed = input.tasks.filter((t) => t.done === null && t.deadline < today);
  const tasks = { late, missed, all: input.tasks.length };
  const review = { event, today, phases, total, baseline: day === null ? null : { from, to, days: usual.length, day } };
  const rest = { dip, hangover, net, pace, gap, products, sources, tasks };
  return { ...review, ...rest, lessons: lessonsOf({ ...rest, total }) };
}
