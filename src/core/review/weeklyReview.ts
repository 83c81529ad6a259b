/**
 * The weekly (or monthly) review as data: what the period did against the one before, what moved it, how the goals
 * ended, how the days' plans were kept, the risks the store's data shows, and at most two actions for next week.
 * Every figure is made here from the workbook's own rows; the sheet (reviewSheet.ts) and the message
 * (reviewText.ts) only word it.
 */
import type { CellValue } from "../cellValues";
import type { CompetitorMove } from "../dailyReport";
import { scheduleReport } from "../dailyReport";
import { parseCarryRecord } from "../carryOver";
import type { Diagnosis } from "../diagnosis";
import type { ProductFact } from "../shopFacts";
import { diagnose } from "../diagnosis";
import type { Metric } from "../import/metrics";
import { nameKey } from "../names";
import type { DailyFigures } from "../storeMetricLookup";
import type { Comparison } from "../compare/comparison";
import { compare, isRate } from "../compare/comparison";
import type { ReviewPeriod } from "./period";
import type { DayProfitBack } from "../profit/profitSheet";
import type { ProfitSplit } from "./profitSplit";
import { profitSplit } from "./profitSplit";
import type { TierChanges } from "./tierChanges";
import { tierChanges } from "./tierChanges";
import type { ProductLayoutBack } from "../layout/productsSheet";
import type { RefundsBack } from "../refunds/refundsBack";

type Rows = readonly (readonly CellValue[])[];

/** The results the review compares, in the order a 周报 lists them. */
export const RESULT_METRICS = [
  "gmv",
  "gsv",
  "visitors",
  "conversion",
  "aov",
  "refunds",
  "refundRate",
  "adSpend",
  "roi",
  "adCostRatio",
] as const satisfies readonly Metric[];
export type ResultMetric = (typeof RESULT_METRICS)[number];
/** Rates: their change is in percentage points, not a percent of a percent. */
export const POINT_METRICS: ReadonlySet<Metric> = new Set(RESULT_METRICS.filter(isRate));
/** A task carried over this many times or more needs a decision, not another slot (the schedule names it too). */
export const CARRIED_TOO_OFTEN = 3;
/** The products and traffic sources the review names as having moved most. */
export const TOP_MOVERS = 3;
/** The actions the review proposes for next week: a review that lists ten is a list, not a plan. */
export const MAX_NEXT_ACTIONS = 2;

/**
 * A result of the period against the one before, compared like with like (core/compare). The refund rate is by
 * payment day where the Refunds sheet gives one (`byPaymentDay`, provisional while the period's days are young).
 */
export type ResultRow = Comparison & {
  readonly metric: ResultMetric;
  readonly byPaymentDay?: { readonly provisional: boolean };
};

/** Store Metrics' days with GSV worked out as GMV less refunds where the sheet has no GSV column. */
function withGsv(days: DailyFigures): DailyFigures {
  const out = new Map<number, Readonly<Partial<Record<Metric, number>>>>();
  for (const [day, f] of days)
    out.set(day, f.gsv === undefined && f.gmv !== undefined ? { ...f, gsv: f.gmv - (f.refunds ?? 0) } : f);
  return out;
}

/**
 * The period's results against the period before's: visitors a day (a visitor on two days counts twice), ratios
 * from summed parts, amounts summed over equal days and otherwise compared a day.
 */
export function resultRows(
  days: DailyFigures,
  period: ReviewPeriod,
  refunds?: RefundsBack["days"] | null
): ResultRow[] {
  const all = withGsv(days);
  const now = { from: period.from, to: period.to },
    before = { from: period.beforeFrom, to: period.beforeTo };
  // Refunds set against the sales they came from, so the rate can never pass 100 %: the orders of each payment day.
  const cohorts: DailyFigures = new Map(
    [...(refunds ?? [])].map(([d, c]) => [d, { refunds: c.refunded, gmv: c.paid }])
  );
  const cohortOf = (metric: ResultMetric) =>
    metric === "refundRate" && [...cohorts.keys()].some((d) => d >= period.beforeFrom && d <= period.to);
  return RESULT_METRICS.map((metric) => {
    if (!cohortOf(metric)) return { ...compare(all, metric, now, before, { perDay: metric === "visitors" }), metric };
    let provisional = false;
    for (let d = period.from; d <= period.to; d++) provisional ||= refunds?.get(d)?.provisional === true;
    return { ...compare(cohorts, metric, now, before), metric, byPaymentDay: { provisional } };
  });
}

/** GMV's factors: days with sales data × visitors a day × conversion × AOV. */
export type Driver = "days" | "visitors" | "conversion" | "aov";

export type DriverSplit =
  | {
      readonly gmvBefore: number;
      readonly gmvNow: number;
      readonly shares: readonly {
        readonly driver: Driver;
        readonly before: number;
        readonly now: number;
        readonly share: number;
      }[];
    }
  | { readonly lacking: "figures" | "zero" };

/**
 * GMV's change split along the driver tree, GMV = days × visitors a day × conversion × AOV, by the logarithmic mean
 * (LMDI): each factor's share is L(GMV now, GMV before) × ln(factor now ÷ factor before), so the shares add up to
 * the change exactly, whatever order the factors moved in. Only days with GMV, visitors and paying buyers count, so
 * the factors multiply back to the GMV they split. The days factor is shown only when the counts differ.
 */
export function driverSplit(days: DailyFigures, period: ReviewPeriod): DriverSplit {
  const side = (from: number, to: number) => {
    let gmv = 0,
      visitors = 0,
      buyers = 0,
      count = 0;
    for (let d = from; d <= to; d++) {
      const f = days.get(d);
      if (f?.gmv === undefined || f.visitors === undefined || f.payingBuyers === undefined) continue;
      gmv += f.gmv;
      visitors += f.visitors;
      buyers += f.payingBuyers;
      count++;
    }
    return { gmv, visitors, buyers, count };
  };
  const [now, before] = [side(period.from, period.to), side(period.beforeFrom, period.beforeTo)];
  if (now.count === 0 || before.count === 0) return { lacking: "figures" };
  if ([now.gmv, now.visitors, now.buyers, before.gmv, before.visitors, before.buyers].some((v) => !(v > 0)))
    return { lacking: "zero" };
  const factors = (s: typeof now): Record<Driver, number> => ({
    days: s.count,
    visitors: s.visitors / s.count,
    conversion: s.buyers / s.visitors,
    aov: s.gmv / s.buyers,
  });
  const [f1, f0] = [factors(now), factors(before)];
  // The logarithmic mean of the two GMVs; equal GMVs make it that GMV (its limit).
  const weight = now.gmv === before.gmv ? now.gmv : (now.gmv - before.gmv) / Math.log(now.gmv / before.gmv);
  const drivers: Driver[] =
    now.count === before.count ? ["visitors", "conversion", "aov"] : ["days", "visitors", "conversion", "aov"];
  return {
    gmvBefore: before.gmv,
    gmvNow: now.gmv,
    shares: drivers.map((driver) => ({
      driver,
      before: f0[driver],
      now: f1[driver],
      share: weight * Math.log(f1[driver] / f0[driver]),
    })),
  };
}

/** A traffic source's visitors on a day, from the imported Sycm traffic table. */
export interface TrafficFact {
  readonly source: string;
  readonly day: number | null;
  readonly visitors: number;
}

export interface Mover {
  readonly name: string;
  readonly before: number;
  readonly now: number;
  /** now − before, in the measure's unit. */
  readonly change: number;
  readonly measure: "gmv" | "visitors";
  /** Sums when both periods hold the same number of days of the report, else daily averages (core/compare). */
  readonly basis: "sum" | "dailyAverage";
}

/**
 * The `TOP_MOVERS` names whose figure changed most between the periods, by size of change: products by GMV (their
 * visitors when no product's GMV moved), sources by visitors. Rows without a day are left out: a multi-day total
 * cannot be put in either period. When the report holds more days in one period than the other, each name's
 * figures are daily averages over the days the report holds, so a week is never set against two days.
 */
export function topMovers<T extends { readonly day: number | null }>(
  facts: readonly T[],
  period: ReviewPeriod,
  name: (f: T) => string,
  measures: readonly ("gmv" | "visitors")[],
  value: (f: T, m: "gmv" | "visitors") => number
): Mover[] {
  const sideOf = (day: number) =>
    day >= period.from && day <= period.to
      ? "now"
      : day >= period.beforeFrom && day <= period.beforeTo
        ? "before"
        : null;
  const daysHeld = { now: new Set<number>(), before: new Set<number>() };
  for (const f of facts) {
    const side = f.day === null ? null : sideOf(f.day);
    if (side) daysHeld[side].add(f.day as number);
  }
  const basis: Mover["basis"] = daysHeld.now.size === daysHeld.before.size ? "sum" : "dailyAverage";
  const per = (side: "now" | "before") => (basis === "sum" ? 1 : Math.max(1, daysHeld[side].size));
  for (const measure of measures) {
    const sums = new Map<string, { name: string; before: number; now: number }>();
    for (const f of facts) {
      const side = f.day === null ? null : sideOf(f.day);
      if (!side) continue;
      const key = nameKey(name(f)) || name(f);
      const sum = sums.get(key) ?? { name: name(f), before: 0, now: 0 };
      sum[side] += value(f, measure);
      sums.set(key, sum);
    }
    const moved = [...sums.values()]
      .map((s) => {
        const [now, before] = [s.now / per("now"), s.before / per("before")];
        return { name: s.name, before, now, change: now - before, measure, basis };
      })
      .filter((m) => m.change !== 0);
    if (moved.length > 0)
      return moved
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name))
        .slice(0, TOP_MOVERS);
  }
  return [];
}

/** A goal as the review sees it, evaluated the day after the period with Store Metrics up to its last day. */
export interface ReviewGoal {
  readonly name: string;
  readonly growthPoint: string;
  readonly metric: Metric | null;
  readonly status: "achieved" | "missed" | "onTrack" | "atRisk" | "behind" | "notStarted" | "noData" | "invalid";
  readonly start: number;
  readonly deadline: number;
  readonly baseline: number;
  readonly target: number;
  readonly current: number | null;
  readonly projected: number | null;
  readonly neededPerDay: number | null;
  /** The growth point's record over every goal that has ended by then (this one included). */
  readonly record: { readonly achieved: number; readonly ended: number } | null;
}

export interface ExecutionDay {
  readonly date: number;
  /** Where the day's figures came from: its schedule sheet, else its Operation Log row, else none was made. */
  readonly source: "schedule" | "log" | "none";
  readonly planned: number;
  readonly done: number;
}

export interface ScheduleRead {
  readonly date: number;
  readonly values: Rows;
  readonly carryRecord: string | null;
}

/** Each day's slots done of planned, from its schedule sheet or its Operation Log row; and the tasks that kept slipping. */
export function execution(
  period: ReviewPeriod,
  schedules: readonly ScheduleRead[],
  log: readonly { readonly date: number; readonly planned: number; readonly done: number }[]
): { days: ExecutionDay[]; carried: { task: string; times: number }[] } {
  const days: ExecutionDay[] = [];
  for (let d = period.from; d <= period.to; d++) {
    const sheet = schedules.find((s) => s.date === d);
    const logged = log.find((l) => Math.floor(l.date) === d);
    if (sheet) days.push({ date: d, source: "schedule", ...pick(scheduleReport(sheet.values)) });
    else if (logged) days.push({ date: d, source: "log", planned: logged.planned, done: logged.done });
    else days.push({ date: d, source: "none", planned: 0, done: 0 });
  }
  const most = new Map<string, number>();
  for (const s of schedules) {
    if (s.date < period.from || s.date > period.to) continue;
    for (const [task, times] of Object.entries(parseCarryRecord(s.carryRecord)))
      most.set(task, Math.max(most.get(task) ?? 0, times));
  }
  const carried = [...most]
    .filter(([, times]) => times >= CARRIED_TOO_OFTEN)
    .map(([task, times]) => ({ task, times }))
    .sort((a, b) => b.times - a.times || a.task.localeCompare(b.task));
  return { days, carried };
}

const pick = ({ planned, done }: { planned: number; done: number }) => ({ planned, done });

export type NextAction =
  | { readonly kind: "resetGoal"; readonly goal: string; readonly growthPoint: string }
  | { readonly kind: "setGoal"; readonly growthPoint: string }
  | { readonly kind: "catchUp"; readonly goal: string; readonly neededPerDay: number; readonly metric: Metric | null };

/**
 * At most two actions: the week's missed goals first (re-set at the pace reached, or drop), then focus points that
 * have no open goal, then open goals that are behind.
 */
export function nextActions(
  goals: readonly ReviewGoal[],
  ended: readonly ReviewGoal[],
  focus: readonly string[]
): NextAction[] {
  const actions: NextAction[] = ended
    .filter((g) => g.status === "missed")
    .map((g) => ({ kind: "resetGoal", goal: g.name, growthPoint: g.growthPoint }));
  const open = new Set(
    goals
      .filter((g) => g.status !== "achieved" && g.status !== "missed" && g.status !== "invalid")
      .map((g) => nameKey(g.growthPoint))
  );
  for (const point of focus) if (!open.has(nameKey(point))) actions.push({ kind: "setGoal", growthPoint: point });
  for (const g of goals)
    if (g.status === "behind" && g.neededPerDay !== null)
      actions.push({ kind: "catchUp", goal: g.name, neededPerDay: g.neededPerDay, metric: g.metric });
  return actions.slice(0, MAX_NEXT_ACTIONS);
}

export interface ReviewInput {
  readonly period: ReviewPeriod;
  /** Store Metrics' days; null when the workbook has none. */
  readonly days: DailyFigures | null;
  readonly products: readonly ProductFact[] | null;
  readonly traffic: readonly TrafficFact[] | null;
  readonly goals: readonly ReviewGoal[];
  readonly schedules: readonly ScheduleRead[];
  readonly log: readonly { readonly date: number; readonly planned: number; readonly done: number }[];
  /** The focus points, as Rank growth points marks them. */
  readonly focus: readonly string[];
  readonly competitorMove: CompetitorMove | null;
  readonly breakEvenRoi: number;
  readonly adSpendThreshold: number;
  /** The Profit sheet's days (profit/profitSheet.ts); null when the operator keeps none. */
  readonly profit?: ReadonlyMap<number, DayProfitBack> | null;
  /** The Refunds sheet read back (refunds/refundSheet.ts): the refund rate by payment day; null without one. */
  readonly refunds?: RefundsBack | null;
  /** The Products sheet read back, and the week it covers; null without one. */
  readonly layout?: {
    readonly rows: readonly ProductLayoutBack[];
    readonly week: { from: number; to: number } | null;
  } | null;
}

export interface Review {
  readonly period: ReviewPeriod;
  /** Null when Store Metrics has no day in either period: the review says so and goes on. */
  readonly results: readonly ResultRow[] | null;
  /** Days of the period without a Store Metrics row. */
  readonly missingDays: readonly number[];
  readonly drivers: DriverSplit;
  /** What moved profit, beside what moved GMV. */
  readonly profit: ProfitSplit;
  readonly products: readonly Mover[] | null;
  /** The products whose tier moved on the Products sheet, when its week is the period's. */
  readonly tiers: TierChanges | null;
  readonly traffic: readonly Mover[] | null;
  readonly competitorMove: CompetitorMove | null;
  readonly ended: readonly ReviewGoal[];
  readonly attention: readonly ReviewGoal[];
  readonly noData: readonly ReviewGoal[];
  readonly execution: ReturnType<typeof execution>;
  /** The diagnosis of the store's data as it stood on the period's last day. */
  readonly risks: Diagnosis | null;
  readonly next: readonly NextAction[];
}

/**
 * A review with nothing to say: no Store Metrics in either period, no goal to report, no day planned or logged. It
 * is refused with a sentence rather than written as a sheet of "no data" lines.
 */
export function isEmptyReview(review: Review): boolean {
  const goals = review.ended.length + review.attention.length + review.noData.length;
  return review.results === null && goals === 0 && review.execution.days.every((d) => d.source === "none");
}

/** Store Metrics up to a day: what the store's data said when the period ended. */
export function daysUpTo(days: DailyFigures, to: number): DailyFigures {
  return new Map([...days].filter(([d]) => d <= to));
}

export function weeklyReview(input: ReviewInput): Review {
  const { period } = input;
  const days = input.days ?? new Map();
  const results = resultRows(days, period, input.refunds?.days ?? null);
  const anyFigure = results.some((r) => r.now !== null || r.before !== null);
  const missingDays: number[] = [];
  for (let d = period.from; d <= period.to; d++) if (!days.has(d)) missingDays.push(d);
  const ended = input.goals.filter(
    (g) => g.deadline >= period.from && g.deadline <= period.to && (g.status === "achieved" || g.status === "missed")
  );
  const product = (f: ProductFact, m: "gmv" | "visitors") => f[m];
  const move = input.competitorMove;
  return {
    period,
    results: anyFigure ? results : null,
    missingDays,
    drivers: driverSplit(days, period),
    profit: profitSplit(input.profit ?? null, period),
    tiers: tierChanges(input.layout?.rows ?? null, input.layout?.week ?? null, period),
    products: input.products ? topMovers(input.products, period, (f) => f.name, ["gmv", "visitors"], product) : null,
    traffic: input.traffic
      ? topMovers(
          input.traffic,
          period,
          (f) => f.source,
          ["visitors"],
          (f) => f.visitors
        )
      : null,
    competitorMove: move && move.latest >= period.from && move.latest <= period.to ? move : null,
    ended,
    attention: input.goals.filter((g) => g.status === "behind" || g.status === "atRisk"),
    noData: input.goals.filter((g) => g.status === "noData"),
    execution: execution(period, input.schedules, input.log),
    risks: anyFigure
      ? diagnose({
          days: daysUpTo(days, period.to),
          orders: null,
          products: input.products?.filter((f) => f.day === null || f.day <= period.to) ?? null,
          breakEvenRoi: input.breakEvenRoi,
          adSpendThreshold: input.adSpendThreshold,
          profit: input.profit ? new Map([...input.profit].filter(([d]) => d <= period.to)) : null,
        })
      : null,
    next: nextActions(input.goals, ended, input.focus),
  };
}
