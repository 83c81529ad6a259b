/**
 * Plan promotion: an event's work, planned backwards from its phases by the Promotion Tasks template (each task
 * leads to a phase, so many calendar days before that phase starts: shops sell on weekends, so days are calendar
 * days), and its GMV goal as a daily pace across the event's days.
 */
import { PROMOTION_TASKS } from "../contract";
import { nameKey } from "../names";
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import type { InputCells } from "../records";
import { fieldCell, fieldsFor, readRecords } from "../records";
import { parsePriority } from "../schedule";
import type { PromotionEvent } from "./events";
import { eventDays, phaseKind } from "./events";

const field = fieldsFor(PROMOTION_TASKS.columns);
const PHASE_FIELD = field("phase", "text", true, { aliases: ["Leads to", "对应阶段"] });
const PRIORITY_FIELD = field("priority", "raw", false);
export const PROMOTION_TASK_FIELDS = [
  field("task", "text", true, { aliases: ["事项"] }),
  PHASE_FIELD,
  field("daysBefore", "wholeNumber", true, { aliases: ["Days ahead", "提前"], min: -60, max: 365 }),
  field("minutes", "wholeNumber", false, { aliases: ["分钟", "Duration"], min: 1, max: 24 * 60 }),
  PRIORITY_FIELD,
];

export interface TemplateTask {
  readonly task: string;
  readonly phase: string;
  readonly daysBefore: number;
  readonly minutes: number | null;
  readonly priority: string | number | null;
  /** The Phase cell and its header, for the problem of a phase the event lacks. */
  readonly phaseAddress: string;
  readonly phaseHeader: string;
}

/** The template's tasks and every problem with its cell. */
export function readPromotionTasks(block: InputCells): { tasks: TemplateTask[]; problems: Problem[] } {
  const read = readRecords(block, PROMOTION_TASK_FIELDS);
  const problems: Problem[] = [...read.problems];
  const tasks = read.records.flatMap((r): TemplateTask[] => {
    const cell = fieldCell(block, read.headerRow, PHASE_FIELD, r.row);
    const priority = r.fields.priority;
    const shown = typeof priority?.value === "number" ? priority.value : String(priority?.value ?? "").trim();
    // The priority goes to Daily Tasks as it is written: one the schedule could not read is refused here.
    if (priority && shown !== "" && parsePriority(shown) === null) {
      problems.push(
        problemAt("notPriority", {
          sheet: block.sheet,
          address: priority.address,
          value: String(shown),
          field: fieldCell(block, read.headerRow, PRIORITY_FIELD, r.row)?.header ?? "",
        })
      );
      return [];
    }
    return [
      {
        task: r.fields.task.trim(),
        phase: r.fields.phase.trim(),
        daysBefore: r.fields.daysBefore,
        minutes: r.fields.minutes ?? null,
        priority: shown === "" ? null : shown,
        phaseAddress: cell?.address ?? "",
        phaseHeader: cell?.header ?? "",
      },
    ];
  });
  return { tasks, problems };
}

/** Words that make a template task the stock task: it is given each top product's units for the event. */
const STOCK_WORDS = ["备货", "库存", "stock", "inventory"];
export const isStockTask = (task: string): boolean => STOCK_WORDS.some((w) => task.toLowerCase().includes(w));

/** The products whose units the stock task names, at most. */
export const STOCK_PRODUCTS = 3;

/** A product's units for the event: its last 28 days' sales rate × the event's days × the multiplier, less stock. */
export interface StockNeed {
  readonly product: string;
  /** Units sold a day over the last 28 days. */
  readonly perDay: number;
  readonly forEvent: number;
  /** Units in stock, where the Stock input gives them; null otherwise. */
  readonly inStock: number | null;
  /** Units to order: never below 0. */
  readonly toOrder: number;
}

/** A product's last 28 days, as the stock task reads them. */
export interface RecentSales {
  readonly product: string;
  readonly units: number;
  readonly inStock: number | null;
}

/** The days a sales rate is taken over. */
export const SALES_RATE_DAYS = 28;

/** The top sellers' needs for an event, by units sold, most first. */
export function stockNeeds(event: PromotionEvent, recent: readonly RecentSales[]): StockNeed[] {
  return [...recent]
    .filter((r) => r.units > 0)
    .sort((a, b) => b.units - a.units || a.product.localeCompare(b.product))
    .slice(0, STOCK_PRODUCTS)
    .map((r) => {
      const perDay = r.units / SALES_RATE_DAYS;
      const forEvent = Math.ceil(perDay * eventDays(event) * event.stockMultiplier);
      return {
        product: r.product,
        perDay,
        forEvent,
        inStock: r.inStock,
        toOrder: Math.max(0, forEvent - (r.inStock ?? 0)),
      };
    });
}

/** A task of the event as Daily Tasks gets it. */
export interface PlannedTask {
  /** `618 · 报名`: the event's name and the template's task, so planning again finds it. */
  readonly name: string;
  readonly minutes: number | null;
  readonly priority: string | number | null;
  /** The day the schedule plans it on: its deadline, or today when that has passed (serials). */
  readonly day: number;
  readonly deadline: number;
  readonly phase: string;
  /** The stock task's products; absent for every other task. */
  readonly stock?: readonly StockNeed[];
}

/** The name a task of an event has in Daily Tasks. */
export const eventTaskName = (event: string, task: string): string => `${event} · ${task}`;

export interface PromotionPlan {
  readonly tasks: readonly PlannedTask[];
  /** Tasks Daily Tasks already has (planned before): not added again. */
  readonly already: readonly string[];
  /** The default template's tasks whose phase the event lacks: left out, not refused (the operator wrote none). */
  readonly skipped: readonly string[];
  /** The GMV the event needs a day to reach its goal, spread evenly over its days; null without a goal. */
  readonly pace: number | null;
  readonly problems: readonly Problem[];
}

/**
 * The event's tasks from the template, each due `daysBefore` calendar days before its phase starts. A task of the
 * operator's template leading to a phase the event lacks is a problem at its Phase cell (nothing is planned then);
 * one of the default template is left out and named (`fromDefault`). A task already in Daily Tasks (by name, the
 * stock task by the name before its units) is left out.
 */
export function planPromotion(input: {
  readonly event: PromotionEvent;
  readonly template: readonly TemplateTask[];
  readonly templateSheet: string;
  readonly existingTasks: readonly string[];
  readonly today: number;
  readonly recent: readonly RecentSales[];
  readonly fromDefault?: boolean;
}): PromotionPlan {
  const { event, template, today } = input;
  const problems: Problem[] = [];
  const planned: PlannedTask[] = [];
  const existing = new Set(input.existingTasks.map((t) => nameKey(t.split(" — ")[0] ?? t)));
  const already: string[] = [];
  const skipped: string[] = [];
  for (const t of template) {
    const phase =
      event.phases.find((p) => nameKey(p.name) === nameKey(t.phase)) ??
      (phaseKind(t.phase) === "own" ? undefined : event.phases.find((p) => p.kind === phaseKind(t.phase)));
    if (!phase && input.fromDefault) {
      skipped.push(t.task);
      continue;
    }
    if (!phase) {
      problems.push(
        problemAt(
          { code: "phaseNotInEvent", facts: { event: event.name } },
          { sheet: input.templateSheet, address: t.phaseAddress, value: t.phase, field: t.phaseHeader }
        )
      );
      continue;
    }
    const name = eventTaskName(event.name, t.task);
    if (existing.has(nameKey(name))) {
      already.push(name);
      continue;
    }
    const deadline = phase.start - t.daysBefore;
    planned.push({
      name,
      minutes: t.minutes,
      priority: t.priority,
      day: Math.max(deadline, today),
      deadline,
      phase: phase.name,
      ...(isStockTask(t.task) ? { stock: stockNeeds(event, input.recent) } : {}),
    });
  }
  return {
    tasks: problems.length > 0 ? [] : planned.sort((a, b) => a.deadline - b.deadline),
    already,
    skipped,
    pace: event.gmvGoal === null ? null : event.gmvGoal / eventDays(event),
    problems,
  };
}
