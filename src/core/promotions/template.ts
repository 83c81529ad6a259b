/**
 * The default Promotion Tasks template (报名, 价格与优惠设置, 主图/详情更新, 库存备货, 客服话术, 预热投放, 复盘), the sample
 * event Insert sample data adds, and the rows Plan promotion appends to Daily Tasks. Task names are phrases the
 * catalogues word in the workbook's language; the phases are named by the contract's own words.
 */
import { PROMOTIONS, PROMOTION_PHASES, PROMOTION_TASKS, columnNames } from "../contract";
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import { rowByHeaders } from "../records";
import { DATE_FORMAT } from "../sampleData";
import { TASK_FIELDS } from "../schedule";
import { indexOfName } from "../names";
import type { PromotionWordKey } from "../language";
import type { PhaseKind } from "./events";
import type { PlannedTask, StockNeed } from "./plan";

type TemplateWord = "signUp" | "prices" | "images" | "stock" | "service" | "warmupAds" | "review";

/** What a template or sample cell holds: a number, the operator's text, or a phrase to word. */
export type PromotionCell = number | string | Phrase<PromotionWordKey>;

/** task word, the phase it leads to, days before that phase starts, minutes, priority (1 highest … 5). */
const DEFAULT_TEMPLATE: readonly [TemplateWord, Exclude<PhaseKind, "own">, number, number, number][] = [
  ["signUp", "signup", 2, 60, 1],
  ["prices", "warmup", 3, 90, 1],
  ["images", "warmup", 5, 120, 2],
  ["stock", "warmup", 7, 60, 1],
  ["warmupAds", "warmup", 1, 60, 2],
  ["service", "sale", 2, 60, 3],
  // The day after the sale's last day: the return phase starts then.
  ["review", "returns", -1, 90, 2],
];

export interface PlainSheet {
  readonly sheetName: string;
  readonly tableName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly PromotionCell[])[];
  readonly columnFormats: readonly string[];
}

/** The default template as the Promotion Tasks sheet, in a language. */
export function defaultTemplateSheet(language: Language): PlainSheet {
  return {
    sheetName: PROMOTION_TASKS.sheetName[language],
    tableName: PROMOTION_TASKS.tableName,
    headers: columnNames(PROMOTION_TASKS.columns, language),
    rows: DEFAULT_TEMPLATE.map(([word, kind, before, minutes, priority]) => [
      phrase(`promotion.template.${word}`),
      PROMOTION_PHASES[kind][language],
      before,
      minutes,
      priority,
    ]),
    columnFormats: ["General", "General", "0", "0", "0"],
  };
}

/**
 * A sample event a few days ahead, so Plan promotion has something to plan: sign-up in 2 days, a 5-day warm-up,
 * 3 sale days and 2 return days (serials from `today`).
 */
export function sampleEventSheet(language: Language, today: number): PlainSheet {
  const name = phrase("promotion.sample.event");
  const phases: [Exclude<PhaseKind, "own">, number, number][] = [
    ["signup", 2, 2],
    ["warmup", 5, 9],
    ["sale", 10, 12],
    ["returns", 13, 14],
  ];
  return {
    sheetName: PROMOTIONS.sheetName[language],
    tableName: PROMOTIONS.tableName,
    headers: columnNames(PROMOTIONS.columns, language),
    rows: phases.map(([kind, from, to], i) => [
      name,
      PROMOTION_PHASES[kind][language],
      today + from,
      today + to,
      ...(i === 0 ? [300000, 3] : ["", ""]),
    ]),
    columnFormats: ["General", "General", DATE_FORMAT, DATE_FORMAT, "#,##0", "0.0"],
  };
}

/**
 * The stock task's name with each top product's units after it: "双12 · 库存备货 — 连衣裙A 需 360 件…". Its words
 * start with the task's name and " — ", which is how planning again knows the task (planPromotion).
 */
export function stockTaskName(task: string, needs: readonly StockNeed[]): string | Phrase<PromotionWordKey> {
  if (needs.length === 0) return task;
  return phrase("promotion.stockNeed", {
    task,
    products: needs.map((n) =>
      phrase("promotion.stockUnits", {
        product: n.product,
        units: n.forEvent,
        order: n.toOrder,
        stock: n.inStock === null ? "—" : n.inStock,
      })
    ),
  });
}

/** A planned task as cells under Daily Tasks' headers, each with its format; the stock task's units follow its name. */
export function taskRow(
  task: PlannedTask,
  event: string,
  headers: readonly string[],
  width: number
): { row: PromotionCell[]; formats: string[] } {
  const values = {
    task: task.stock ? stockTaskName(task.name, task.stock) : task.name,
    ...(task.minutes === null ? {} : { minutes: task.minutes }),
    ...(task.priority === null ? {} : { priority: task.priority }),
    days: task.day,
    category: event,
    deadline: task.deadline,
  };
  const row = rowByHeaders<(typeof TASK_FIELDS)[number], PromotionCell>(headers, TASK_FIELDS, values, width);
  const formats = row.map(() => "General");
  const formatOf: Partial<Record<(typeof TASK_FIELDS)[number]["key"], string>> = {
    task: "@",
    category: "@",
    days: DATE_FORMAT,
    deadline: DATE_FORMAT,
    minutes: "0",
  };
  for (const field of TASK_FIELDS) {
    const at = indexOfName(headers, field.name, field.aliases);
    if (at >= 0) formats[at] = formatOf[field.key] ?? "General";
  }
  return { row, formats };
}
