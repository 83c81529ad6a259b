/**
 * "Set goals for focus points": each focus point (★ in the ranking) without an open goal gets one, measured by the
 * store metric its words name, starting from where that metric stood over the last 7 days and moved by the point's
 * growth rate in the metric's good direction. Goals already written are never changed.
 */
import { GOAL_OUTPUT, INPUTS } from "./contract";
import { addDays, fromDateSerial, isoDay, toDateSerial } from "./excelDate";
import type { Metric } from "./import/metrics";
import type { Language } from "./language";
import { shownValue } from "./cellValues";
import { indexOfName, nameKey } from "./names";
import type { GoalRow } from "./goals";
import { GOAL_FIELDS } from "./goals";
import type { InputCells } from "./records";
import { rowByHeaders } from "./records";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import { DATE_FORMAT } from "./sampleData";
import type { DailyFigures } from "./storeMetricLookup";
import { metricFormat, metricName } from "./storeMetricLookup";
import { GOAL_DAYS, LOWER_IS_BETTER, bestLevel, goalFigure } from "./goalMeasure";

/**
 * Words in a growth point's name and the metric they mean, checked in this order (a point about the detail page's
 * conversion says 详情 before it says anything else).
 */
const METRIC_WORDS: readonly (readonly [Metric, readonly string[]])[] = [
  ["refundRate", ["退款", "refund"]],
  ["ctr", ["主图", "点击", "main image", "ctr", "click", "title", "标题"]],
  ["conversion", ["详情", "转化", "催付", "付款", "detail", "conversion", "payment"]],
  ["aov", ["客单", "搭配", "满减", "套餐", "aov", "bundle", "order value"]],
  ["roi", ["直通车", "万相台", "推广", "roi", "出价", "ads", "ad bid", "bids", "keyword"]],
  ["visitors", ["访客", "流量", "visitor", "traffic"]],
];

/** The store metric a growth point's words name, or null. */
export function metricFromWords(point: string): Metric | null {
  const text = point.toLowerCase();
  return METRIC_WORDS.find(([, words]) => words.some((w) => text.includes(w)))?.[0] ?? null;
}

export { GOAL_DAYS };

export interface FocusPoint {
  readonly name: string;
  readonly growthRate: number;
  /** Excel serial, or null. */
  readonly deadline: number | null;
}

/**
 * How a target stands against the best level the shop held in its data: held back to it ("capped"), or set past
 * it because the shop stands at its best already ("beyond"); absent when the target is within it.
 */
export interface TargetLevel {
  readonly kind: "capped" | "beyond";
  readonly level: number;
  /** The last day of the 7 days that held it. */
  readonly date: number;
}

export type NewGoal =
  | {
      readonly kind: "goal";
      readonly point: string;
      readonly metric: Metric;
      readonly baseline: number;
      readonly target: number;
      readonly start: number;
      readonly deadline: number;
      readonly level?: TargetLevel;
    }
  | { readonly kind: "noMetric"; readonly point: string; readonly start: number; readonly deadline: number }
  | {
      readonly kind: "noData";
      readonly point: string;
      readonly metric: Metric;
      readonly start: number;
      readonly deadline: number;
    };

/**
 * Growth points (by nameKey) that have a goal still open: any goal naming them that is not Achieved or Missed. A
 * row the operator has yet to finish (no baseline yet) is open too, so it is never set a second time.
 */
export function pointsWithOpenGoals(
  block: InputCells | null,
  headerRow: number,
  rows: readonly GoalRow[]
): Set<string> {
  const open = new Set<string>();
  if (!block || headerRow < 0) return open;
  const headers = (block.values[headerRow - block.firstRow] ?? []).map(shownValue);
  const at = indexOfName(
    headers,
    INPUTS.goals.columns.growthPoint,
    GOAL_FIELDS.find((f) => f.key === "growthPoint")?.aliases ?? []
  );
  if (at < 0) return open;
  rows.forEach((row, i) => {
    const point = shownValue(block.values[headerRow - block.firstRow + 1 + i]?.[at] ?? "").trim();
    if (point === "" || row.kind === "blank") return;
    const ended = row.kind === "goal" && (row.result.status === "achieved" || row.result.status === "missed");
    if (!ended) open.add(nameKey(point));
  });
  return open;
}

/**
 * A goal for each focus point without an open one: its metric, 7-day baseline, target and dates. The target moves
 * the baseline by the point's growth rate, but no further than the best 7-day level the shop has held in its data
 * (a diagnosis that estimates conversion "back to its level" thus sets the level, not past it); a shop already at
 * its best gets the growth-rate target, marked as beyond anything its data shows.
 */
export function goalsForFocus(
  focus: readonly FocusPoint[],
  open: ReadonlySet<string>,
  days: DailyFigures,
  today: number
): NewGoal[] {
  const latest = [...days.keys()].reduce((m, d) => Math.max(m, d), -Infinity);
  return focus.flatMap((point): NewGoal[] => {
    if (open.has(nameKey(point.name))) return [];
    const start = today;
    const deadline =
      point.deadline !== null && point.deadline > today
        ? point.deadline
        : toDateSerial(addDays(fromDateSerial(today), GOAL_DAYS));
    const metric = metricFromWords(point.name);
    if (!metric) return [{ kind: "noMetric", point: point.name, start, deadline }];
    const baseline = Number.isFinite(latest) ? goalFigure(days, metric, latest)?.value : undefined;
    if (baseline === undefined || baseline === 0)
      return [{ kind: "noData", point: point.name, metric, start, deadline }];
    const lower = LOWER_IS_BETTER.has(metric);
    const wanted = Math.max(0, baseline * (1 + (lower ? -point.growthRate : point.growthRate)));
    const best = bestLevel(days, metric);
    const goal = { kind: "goal" as const, point: point.name, metric, baseline, start, deadline };
    if (!best || wanted === baseline) return [{ ...goal, target: wanted }];
    const pastBest = lower ? wanted < best.value : wanted > best.value;
    const bestAhead = lower ? best.value < baseline : best.value > baseline;
    if (!pastBest) return [{ ...goal, target: wanted }];
    if (bestAhead)
      return [{ ...goal, target: best.value, level: { kind: "capped", level: best.value, date: best.date } }];
    return [{ ...goal, target: wanted, level: { kind: "beyond", level: best.value, date: best.date } }];
  });
}

const shown = (metric: Metric, value: number) => {
  const format = metricFormat(metric);
  if (format.includes("%")) return `${(value * 100).toFixed(2)}%`;
  return value.toLocaleString("en-US", { maximumFractionDigits: format.includes(".") ? 2 : 0 });
};

type GoalKey =
  | "goal.name.dated"
  | "goal.name.move"
  | "goal.note.noMetric"
  | "goal.note.noData"
  | "goal.note.capped"
  | "goal.note.beyond";
/** Words of a new goal's row: the operator's (names, figures) as they are, sentences as phrases for the catalogues. */
export type GoalSettingText = string | Phrase<GoalKey>;

/** The goal's name as an operator writes it: "CTR 3.50% → 4.20% by 2026-12-01". */
export function goalName(goal: NewGoal, language: Language): Phrase<GoalKey> {
  const by = isoDay(fromDateSerial(goal.deadline));
  if (goal.kind !== "goal") return phrase("goal.name.dated", { point: goal.point, by });
  return phrase("goal.name.move", {
    metric: metricName(goal.metric, language),
    from: shown(goal.metric, goal.baseline),
    to: shown(goal.metric, goal.target),
    by,
  });
}

/** The Goals' Note for a goal the add-in could not fill in; "" for one it could. */
export function goalNote(goal: NewGoal, language: Language): GoalSettingText {
  if (goal.kind === "noMetric") return phrase("goal.note.noMetric");
  if (goal.kind === "noData") return phrase("goal.note.noData", { metric: metricName(goal.metric, language) });
  if (goal.level)
    return phrase(`goal.note.${goal.level.kind}`, {
      level: shown(goal.metric, goal.level.level),
      date: isoDay(fromDateSerial(goal.level.date)),
    });
  return "";
}

/**
 * A new goal as cells under the Goals input's headers, each with its format (figures in the metric's own unit,
 * dates as dates, text as text); the note goes in `noteColumn` when there is one.
 */
export function goalInputRow(
  goal: NewGoal,
  headers: readonly string[],
  noteColumn: number,
  width: number,
  language: Language
): { row: (GoalSettingText | number)[]; formats: string[] } {
  const values = {
    goal: goalName(goal, language),
    growthPoint: goal.point,
    start: goal.start,
    deadline: goal.deadline,
    ...(goal.kind === "noMetric" ? {} : { metric: metricName(goal.metric, language) }),
    ...(goal.kind === "goal" ? { baseline: goal.baseline, target: goal.target } : {}),
  };
  const row: (GoalSettingText | number)[] = rowByHeaders<(typeof GOAL_FIELDS)[number], GoalSettingText | number>(
    headers,
    GOAL_FIELDS,
    values,
    width
  );
  if (noteColumn >= 0) row[noteColumn] = goalNote(goal, language);
  const unit = goal.kind === "noMetric" ? "General" : metricFormat(goal.metric);
  const formatOf = (key: string) =>
    key === "baseline" || key === "target" || key === "current"
      ? unit
      : key === "start" || key === "deadline"
        ? DATE_FORMAT
        : "@";
  const formats = row.map(() => "General");
  for (const field of GOAL_FIELDS) {
    const at = indexOfName(headers, field.name, field.aliases);
    if (at >= 0) formats[at] = formatOf(field.key);
  }
  if (noteColumn >= 0) formats[noteColumn] = "@";
  return { row, formats };
}

export const NOTE_HEADER = GOAL_OUTPUT.columns.note;
