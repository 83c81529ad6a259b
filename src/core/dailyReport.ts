/**
 * Reading a day's schedule sheet back: what the operator ticked and noted. Generate daily schedule keeps those
 * marks when it rebuilds the sheet; Log daily report sums them into the Operation Log. Columns are found by their
 * names (either language), so a schedule made in English is read by a pane in Chinese.
 */
import type { CellValue } from "./cellValues";
import type { OPERATION_LOG } from "./contract";
import { SCHEDULE_OUTPUT } from "./contract";
import { fromDateSerial, isoDay } from "./excelDate";
import type { Phrase } from "./phrases";
import { phrase, sentences } from "./phrases";
import { isNamed } from "./names";
import { readListBack, readTableBack } from "./sheetDescription";
import { DEFAULT_ATTRIBUTION_DAYS } from "./import/attribution";
import { changeBetween } from "./compare/comparison";
import { changeWords, figureText, metricText, shareText } from "./figures";
import type { DayProfitBack } from "./profit/profitSheet";
import type { AdLineBack } from "./ads/adSheet";
import { CARRY_MARK } from "./carryOver";

type Rows = readonly (readonly CellValue[])[];

/** Anything in Done counts as done: a ticked checkbox, the ✓ the list offers, or x, yes, 1, TRUE typed by hand. */
export function isDone(value: CellValue | null | undefined): boolean {
  return value !== "" && value !== null && value !== undefined && value !== false && value !== 0;
}

const text = (value: CellValue | undefined) => String(value ?? "").trim();

/** A slot of a schedule sheet as read back. */
export interface SlotRow {
  /** A day fraction, as Time holds it; null when the cell is not a time. */
  readonly time: number | null;
  readonly task: string;
  readonly isBreak: boolean;
  readonly done: boolean;
  readonly notes: string;
}

/** A schedule sheet read back: its slots, where its table ends, and its Unscheduled list. */
export interface ScheduleBack {
  readonly slots: readonly SlotRow[];
  readonly unscheduled: readonly { readonly task: string; readonly minutes: number }[];
}

/**
 * The one reader of a schedule sheet's cells (its table starts in the first row, core/scheduleSheet.ts plans it):
 * the slots up to the first blank row and the Unscheduled list under them. Columns are found by their names in
 * either language; a column the operator deleted reads as empty.
 */
export function readScheduleBack(rows: Rows): ScheduleBack {
  const { records, end } = readTableBack(rows, SCHEDULE_OUTPUT.columns);
  const slots = records.map((r): SlotRow => {
    const task = text(r.task);
    return {
      time: typeof r.time === "number" ? r.time : null,
      task,
      isBreak: isNamed(task, SCHEDULE_OUTPUT.breakLabel),
      done: isDone(r.done),
      notes: text(r.notes),
    };
  });
  const unscheduled = readListBack(rows, end, SCHEDULE_OUTPUT.unscheduledTitle).flatMap((row) => {
    const missing = Number(row[1]);
    const task = text(row[0]);
    return task === "" ? [] : [{ task, minutes: Number.isFinite(missing) ? missing : 0 }];
  });
  return { slots, unscheduled };
}

/** A previous schedule's marks, by task in slot order: a regenerated schedule gives them back to the same task's slots. */
export function keptMarks(rows: Rows | undefined): Map<string, { done: boolean; notes: string }[]> {
  const kept = new Map<string, { done: boolean; notes: string }[]>();
  for (const slot of readScheduleBack(rows ?? []).slots) {
    if (slot.task === "") continue;
    const list = kept.get(slot.task) ?? [];
    list.push({ done: slot.done, notes: slot.notes });
    kept.set(slot.task, list);
  }
  return kept;
}

export interface DayReport {
  /** Task slots planned (breaks and free slots not counted) and done. */
  readonly planned: number;
  readonly done: number;
  readonly unscheduled: readonly string[];
  readonly notes: readonly string[];
}

/**
 * What the day came to, from its schedule sheet's cells.
 * @example scheduleReport([["Time","Task","Category","Done","Notes"], [0.375,"上新","", "✓",""], [0.396,"","","",""]]) → { planned: 1, done: 1, … }
 */
export function scheduleReport(rows: Rows): DayReport {
  const { slots, unscheduled } = readScheduleBack(rows);
  const tasks = slots.filter((s) => s.task !== "" && !s.isBreak);
  return {
    planned: tasks.length,
    done: tasks.filter((s) => s.done).length,
    unscheduled: unscheduled.map((u) => u.task),
    notes: slots.map((s) => s.notes).filter((n) => n !== ""),
  };
}

/** An Operation Log row by column. */
export type LogEntry = Readonly<Record<keyof typeof OPERATION_LOG.columns, string | number>>;

/** The Operation Log row for a day (date as an Excel serial), with the day's report text as its Summary. */
export function logEntry(date: number, report: DayReport, say: SayReport, summary: string): LogEntry {
  return {
    date,
    plannedSlots: report.planned,
    doneSlots: report.done,
    completion: report.planned === 0 ? "" : report.done / report.planned,
    unscheduled: report.unscheduled.join(say(phrase("report.itemSeparator"))),
    notes: report.notes.join(say(phrase("report.notesSeparator"))),
    summary,
  };
}

/** The figures the report compares: a metric on the day, the day before, and the same weekday a week before. */
export interface ReportMetric {
  readonly metric: "gmv" | "visitors" | "conversion" | "aov" | "roi";
  readonly today: number | null;
  readonly dayBefore: number | null;
  readonly weekBefore: number | null;
  /** The latest day Store Metrics holds this figure for, or null when it never has: says why a day lacks it. */
  readonly reaches?: number | null;
}

export interface ReportInput {
  /** The day, as an Excel serial. */
  readonly date: number;
  /** Null when the workbook has no Store Metrics yet. */
  readonly metrics: readonly ReportMetric[] | null;
  /** Goals behind or at risk, with their status as the operator reads it. */
  readonly goals: readonly { readonly name: string; readonly status: string }[];
  readonly report: DayReport;
  /** Tasks with slots left undone. */
  readonly unfinished: readonly string[];
  /** The ad report's attribution window in days: the day's ROI is provisional within it (import/attribution.ts). */
  readonly attributionDays?: number | null;
  /** The biggest competitor move the last Watch competitors found (`competitorMove`). */
  readonly competitorMove?: CompetitorMove | null;
  /** The Profit sheet's days (profit/profitSheet.ts); null when the operator keeps none. */
  readonly profit?: ReadonlyMap<number, DayProfitBack> | null;
  /** Products the Products sheet says run out before more stock arrives, with their days of cover. */
  readonly stockOuts?: readonly { readonly product: string; readonly cover: number | null }[];
  /** Daily Tasks' deadlines: an unfinished task due by the report's day is named as missed. */
  readonly deadlines?: readonly { readonly task: string; readonly deadline: number }[];
  /** The Ad Analysis sheet back: its latest day, and its lines (the waste marked, each one's spend that day). */
  readonly ads?: { readonly latest: number; readonly lines: readonly AdLineBack[] } | null;
}

export interface CompetitorMove {
  readonly subject: string;
  readonly measure: "gmv" | "visitors" | "tradeIndex";
  readonly change: number;
  /** The last day of the week it was found in (Excel serial). */
  readonly latest: number;
}

/**
 * The move the Competition sheet keeps (its custom property, JSON), or null when there is none or it is not one: a
 * property edited by hand is ignored rather than trusted.
 */
export function competitorMove(mark: string | null): CompetitorMove | null {
  if (!mark) return null;
  try {
    const m = JSON.parse(mark) as Partial<CompetitorMove>;
    const measures: readonly string[] = ["gmv", "visitors", "tradeIndex"];
    if (
      typeof m.subject !== "string" ||
      typeof m.change !== "number" ||
      typeof m.latest !== "number" ||
      !measures.includes(String(m.measure))
    )
      return null;
    return { subject: m.subject, measure: m.measure as CompetitorMove["measure"], change: m.change, latest: m.latest };
  } catch {
    return null;
  }
}

/** A WeChat or DingTalk message is read on a phone: the report keeps to this many characters. */
export const REPORT_MAX_CHARS = 800;

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type ReportKey =
  | "report.title"
  | "report.noMetrics"
  | `report.metric.${ReportMetric["metric"]}`
  | "report.figure"
  | "report.figureVersus"
  | "report.roiProvisional"
  | "report.dayBefore"
  | "report.weekBefore"
  | "figure.points"
  | "report.figureNever"
  | "report.figureMissing"
  | `report.weekday.${Weekday}`
  | "report.competitorMove"
  | "report.profit"
  | "report.adWaste"
  | "report.missedDeadlines"
  | "report.missedDeadline"
  | "report.stockOut"
  | "report.stockOutItem"
  | `report.measure.${CompetitorMove["measure"]}`
  | "report.goals"
  | "report.goal"
  | "report.slots"
  | "report.unfinished"
  | "report.notes"
  | "report.itemSeparator"
  | "report.notesSeparator"
  | "sentences";
/** Words a phrase of the report: the catalogues' (src/i18n), handed in, since the report is cut to length once worded. */
export type SayReport = (said: Phrase<ReportKey>) => string;

/**
 * A figure's line: its value, against the day before and the same weekday a week before where those are known. The
 * day's ROI is still being attributed (its sales arrive for the whole window), so it is marked provisional and
 * never compared: it would always look worse than a day whose window has had longer. A figure the day lacks says
 * how far Store Metrics reaches instead of leaving its line out.
 */
function figureLine(m: ReportMetric, date: number, weekday: Weekday, say: SayReport, attributionDays: number): string {
  const metric = phrase(`report.metric.${m.metric}` as const);
  if (m.today === null) {
    if (m.reaches === null || m.reaches === undefined) return say(phrase("report.figureNever", { metric }));
    return say(
      phrase("report.figureMissing", {
        metric,
        date: isoDay(fromDateSerial(date)),
        reaches: isoDay(fromDateSerial(m.reaches)),
      })
    );
  }
  const value = metricText(m.metric, m.today);
  if (m.metric === "roi") return say(phrase("report.roiProvisional", { metric, value, days: attributionDays }));
  // One day against one day: like with like; points for a rate, a percent otherwise (core/figures.ts).
  const dayBefore = changeWords(changeBetween(m.metric, m.today, m.dayBefore));
  const weekBefore = changeWords(changeBetween(m.metric, m.today, m.weekBefore));
  const versus = [
    ...(dayBefore === null ? [] : [say(phrase("report.dayBefore", { change: dayBefore }))]),
    ...(weekBefore === null
      ? []
      : [say(phrase("report.weekBefore", { weekday: phrase(`report.weekday.${weekday}`), change: weekBefore }))]),
  ];
  return say(
    versus.length === 0
      ? phrase("report.figure", { metric, value })
      : phrase("report.figureVersus", { metric, value, versus: versus.join(say(phrase("report.itemSeparator"))) })
  );
}

/**
 * The profit of the report's day, else of the latest day before it the Profit sheet holds (yesterday's, when the
 * report is written in the morning), named by its date: a day's profit is final only once its statement is in.
 */
function profitLine(input: ReportInput): Phrase<ReportKey> | null {
  if (!input.profit) return null;
  let latest: number | null = null;
  for (const day of input.profit.keys()) if (day <= input.date && (latest === null || day > latest)) latest = day;
  const found = latest === null ? undefined : input.profit.get(latest);
  if (latest === null || !found) return null;
  return phrase("report.profit", {
    date: isoDay(fromDateSerial(latest)),
    profit: figureText(found.profit, "money"),
    margin: found.netSales > 0 ? figureText(found.profit / found.netSales, "rate") : "—",
  });
}

/**
 * The tasks the day left undone that were due by it: missed deadlines, said in the report rather than carried on in
 * silence (a carried task is the same task, its mark aside).
 */
function missedLine(input: ReportInput): Phrase<ReportKey> | null {
  const undone = new Set(
    input.unfinished.map((u) => (u.startsWith(CARRY_MARK) ? u.slice(CARRY_MARK.length) : u).trim())
  );
  // The longest overdue first.
  const missed = (input.deadlines ?? [])
    .filter((d) => d.deadline <= input.date && undone.has(d.task))
    .sort((a, b) => a.deadline - b.deadline);
  if (missed.length === 0) return null;
  return phrase("report.missedDeadlines", {
    tasks: missed.map((m) =>
      phrase("report.missedDeadline", { task: m.task, deadline: isoDay(fromDateSerial(m.deadline)) })
    ),
  });
}

/** Stock that runs out before more arrives is the day's to act on: named with its days of cover. */
function stockOutLine(input: ReportInput): Phrase<ReportKey> | null {
  const stockOuts = (input.stockOuts ?? []).map((s) =>
    phrase("report.stockOutItem", { product: s.product, cover: s.cover === null ? "—" : s.cover.toFixed(1) })
  );
  return stockOuts.length > 0 ? phrase("report.stockOut", { products: stockOuts }) : null;
}

/** Wasted words named in the report; the rest are on the Ad Analysis sheet. */
const WASTE_NAMED = 3;

/**
 * What the words and crowds Ad Analysis found wasting still spent on the ad report's latest day, while that day is
 * within the week before the report's: the money to stop today, the largest spenders named.
 */
function adWasteLine(input: ReportInput): Phrase<ReportKey> | null {
  const ads = input.ads;
  if (!ads || ads.latest > input.date || ads.latest <= input.date - 7) return null;
  const spending = ads.lines.filter((l) => l.waste && l.latestSpend > 0).sort((a, b) => b.latestSpend - a.latestSpend);
  if (spending.length === 0) return null;
  return phrase("report.adWaste", {
    day: isoDay(fromDateSerial(ads.latest)),
    spend: figureText(
      spending.reduce((a, l) => a + l.latestSpend, 0),
      "money"
    ),
    count: spending.length,
    names: spending.slice(0, WASTE_NAMED).map((l) => l.name),
  });
}

/**
 * The day's report as a message for WeChat or DingTalk, in the operator's language, at most 800 characters:
 * the date; GMV, visitors, conversion and AOV against the day before and the same weekday a week before;
 * goals behind or at risk; slots done of planned and the unfinished tasks; the day's notes. When it would be
 * longer, the notes are cut first, then the lists.
 */
export function reportText(input: ReportInput, say: SayReport): string {
  const weekday = ((((input.date + 5) % 7) + 7) % 7) + 1;
  const lines: string[] = [say(phrase("report.title", { date: isoDay(fromDateSerial(input.date)) }))];
  if (!input.metrics) lines.push(say(phrase("report.noMetrics")));
  else
    for (const m of input.metrics)
      lines.push(figureLine(m, input.date, weekday as Weekday, say, input.attributionDays ?? DEFAULT_ATTRIBUTION_DAYS));
  const profit = profitLine(input);
  if (profit) lines.push(say(profit));
  for (const line of [missedLine(input), stockOutLine(input), adWasteLine(input)]) if (line) lines.push(say(line));
  // The week's move is named while its week is the report's: found within the 7 days up to the report's day.
  const move = input.competitorMove;
  if (move && move.latest <= input.date && move.latest > input.date - 7) {
    lines.push(
      say(
        phrase("report.competitorMove", {
          subject: move.subject,
          measure: phrase(`report.measure.${move.measure}`),
          change: shareText(move.change),
        })
      )
    );
  }
  const separator = say(phrase("report.itemSeparator"));
  const items = (list: readonly string[], keep: number) =>
    `${list.slice(0, keep).join(separator)}${list.length > keep ? "…" : ""}`;
  const compose = (keep: number, notesChars: number) => {
    const notes = input.report.notes.join(separator);
    const goals = input.goals.map((g) => say(phrase("report.goal", { name: g.name, status: g.status })));
    return [
      ...lines,
      goals.length === 0 ? null : say(phrase("report.goals", { goals: items(goals, keep) })),
      say(
        sentences(
          phrase("report.slots", { done: input.report.done, planned: input.report.planned }),
          input.unfinished.length === 0 ? "" : phrase("report.unfinished", { tasks: items(input.unfinished, keep) })
        )
      ),
      notes === ""
        ? null
        : say(phrase("report.notes", { notes: notes.length > notesChars ? `${notes.slice(0, notesChars)}…` : notes })),
    ]
      .filter((l): l is string => l !== null)
      .join("\n");
  };
  for (const [keep, notesChars] of [
    [Infinity, Infinity],
    [Infinity, 200],
    [10, 100],
    [5, 40],
    [3, 0],
  ] as const) {
    const text = compose(keep, notesChars);
    if (text.length <= REPORT_MAX_CHARS) return text;
  }
  return `${compose(3, 0).slice(0, REPORT_MAX_CHARS - 1)}…`;
}

/** The report's figures on a day, the day before and the same weekday a week before; null without Store Metrics. */
export function reportMetrics(
  on: ((metric: ReportMetric["metric"], date: number) => number | null) | null,
  date: number,
  reaches: (metric: ReportMetric["metric"]) => number | null = () => null
): ReportMetric[] | null {
  if (!on) return null;
  return (["gmv", "visitors", "conversion", "aov", "roi"] as const).map((metric) => ({
    metric,
    today: on(metric, date),
    dayBefore: on(metric, date - 1),
    weekBefore: on(metric, date - 7),
    reaches: reaches(metric),
  }));
}
