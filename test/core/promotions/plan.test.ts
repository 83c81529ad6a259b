/** An event's phases read and checked, its tasks planned backwards from them, its pace and its stock. */
import type { JsonCell } from "../../../src/emulator";
import type { InputCells } from "../../../src/core/records";
import { eventDays, phaseKind, readPromotions } from "../../../src/core/promotions/events";
import type { TemplateTask } from "../../../src/core/promotions/plan";
import { planPromotion, readPromotionTasks, stockNeeds } from "../../../src/core/promotions/plan";
import type { PhaseRow, TemplateRow } from "../../fixtures/generators/promotions";
import { TWELVE, promotionsSheet, templateSheet } from "../../fixtures/generators/promotions";

const TODAY = 46350; // 2026-11-24, a Tuesday
const block = (sheet: { name: string; values: JsonCell[][] }): InputCells => ({
  sheet: sheet.name,
  firstRow: 0,
  firstColumn: 0,
  values: sheet.values.map((r) => r.map((v) => v ?? "")),
  isTable: true,
});
const eventsOf = (rows: readonly PhaseRow[]) => readPromotions(block(promotionsSheet(rows)));
const templateOf = (rows: readonly TemplateRow[]) => readPromotionTasks(block(templateSheet(rows)));

const DEFAULT_LIKE: readonly TemplateRow[] = [
  ["报名", "报名截止", 2, 60, "高"],
  ["价格与优惠设置", "预热", 3, 90, "高"],
  ["主图/详情更新", "预热", 5, 120, 2],
  ["库存备货", "预热", 7, 60, "High"],
  ["预热投放", "预热", 1, 60, null],
  ["客服话术", "正式", 2, 60, "中"],
  ["复盘", "返场", -1, 90, null],
];

const planned = (template: readonly TemplateTask[], existing: string[] = [], fromDefault = false) => {
  const [event] = eventsOf(TWELVE).events;
  if (!event) throw new Error("no event");
  return planPromotion({
    event,
    template,
    templateSheet: "Promotion Tasks",
    existingTasks: existing,
    today: TODAY,
    fromDefault,
    recent: [
      { product: "连衣裙A", units: 280, inStock: 100 },
      { product: "衬衫B", units: 56, inStock: null },
      { product: "半身裙C", units: 28, inStock: 400 },
      { product: "袜子D", units: 14, inStock: 0 },
    ],
  });
};

describe("the Promotions input", () => {
  it("reads an event's phases in date order; its days run from the warm-up to the last return day", () => {
    const { events, problems } = eventsOf([...TWELVE].reverse());
    expect(problems).toEqual([]);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.phases.map((p) => [p.kind, p.start, p.end])).toEqual([
      ["signup", 46354, 46354],
      ["warmup", 46355, 46365],
      ["sale", 46368, 46368],
      ["returns", 46369, 46370],
    ]);
    expect(event).toMatchObject({ name: "双12", gmvGoal: 320000, stockMultiplier: 3, start: 46355, end: 46370 });
    expect(eventDays(event as NonNullable<typeof event>)).toBe(16);
  });

  it("knows the phases by either language's name and by operators' usual words; others are the operator's own", () => {
    expect(["Sign-up deadline", "报名", "蓄水", "Deposit", "付尾款", "现货", "Return"].map(phaseKind)).toEqual([
      "signup",
      "signup",
      "warmup",
      "deposit",
      "finalPayment",
      "sale",
      "returns",
    ]);
    expect(phaseKind("直播日")).toBe("own");
  });

  it("refuses a phase that ends before it starts, at its End cell, and plans nothing of that event", () => {
    const rows: PhaseRow[] = [...TWELVE];
    rows[1] = ["双12", "预热", 46355, 46350, null, null];
    const { events, problems } = eventsOf(rows);
    expect(events).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "phaseEndsBeforeStart", address: "D3", value: "2026-11-24", field: "End" }),
    ]);
    expect(problems[0]?.facts).toEqual({ start: "2026-11-29" });
  });

  it("refuses phases that overlap, at the later one's Phase cell, naming the earlier", () => {
    const rows: PhaseRow[] = [...TWELVE];
    rows[2] = ["双12", "正式", 46365, 46368, null, null];
    const { problems } = eventsOf(rows);
    expect(problems).toEqual([
      expect.objectContaining({ code: "phasesOverlap", address: "B4", value: "正式", field: "Phase" }),
    ]);
    expect(problems[0]?.facts).toEqual({ other: "预热", event: "双12" });
  });

  it("refuses an event with no sale phase, at its first Event cell; other events still read", () => {
    const { events, problems } = eventsOf([
      ["38节", "预热", 46400, 46405, null, null],
      ["38节", "返场", 46406, 46407, null, null],
      ...TWELVE,
    ]);
    expect(problems).toEqual([expect.objectContaining({ code: "noSalePhase", address: "A2", value: "38节" })]);
    expect(events.map((e) => e.name)).toEqual(["双12"]);
  });

  it("refuses a GMV goal given twice with different values, naming the first", () => {
    const rows: PhaseRow[] = [...TWELVE];
    rows[2] = ["双12", "正式", 46368, 46368, 300000, 4];
    const { problems } = eventsOf(rows);
    expect(problems).toEqual([expect.objectContaining({ code: "eventValueTwice", address: "E4", value: "300000" })]);
    expect(problems[0]?.facts).toEqual({ first: "E2", event: "双12" });
  });
});

describe("Plan promotion's tasks", () => {
  const template = templateOf(DEFAULT_LIKE);

  it("puts each task its days before its phase starts, in calendar days, across the month and onto a Saturday", () => {
    expect(template.problems).toEqual([]);
    const plan = planned(template.tasks);
    expect(plan.problems).toEqual([]);
    expect(plan.tasks.map((t) => [t.name, t.deadline, t.day])).toEqual([
      // The warm-up starts on 11-29: its stock task was due on 11-22, two days ago, so it lands today, late.
      ["双12 · 库存备货", 46348, TODAY],
      ["双12 · 主图/详情更新", 46350, 46350],
      ["双12 · 报名", 46352, 46352],
      ["双12 · 价格与优惠设置", 46352, 46352],
      // The sign-up deadline is a Saturday (11-28); the warm-up ads' day is that Saturday too.
      ["双12 · 预热投放", 46354, 46354],
      // The sale day is Saturday 12-12: customer service two days before, on 12-10.
      ["双12 · 客服话术", 46366, 46366],
      // −1: the day after the return phase starts.
      ["双12 · 复盘", 46370, 46370],
    ]);
    expect(plan.tasks.find((t) => t.name.endsWith("报名"))).toMatchObject({ minutes: 60, priority: "高" });
  });

  it("gives the event's GMV goal as a pace: the goal spread evenly over its 16 days", () => {
    expect(planned(template.tasks).pace).toBe(20000);
  });

  it("gives the stock task each top seller's units: 28 days' rate × 16 days × 3, less stock", () => {
    const stock = planned(template.tasks).tasks.find((t) => t.name.endsWith("库存备货"))?.stock;
    expect(stock).toEqual([
      // 280 ÷ 28 = 10 a day; × 16 × 3 = 480; 100 in stock: order 380.
      { product: "连衣裙A", perDay: 10, forEvent: 480, inStock: 100, toOrder: 380 },
      { product: "衬衫B", perDay: 2, forEvent: 96, inStock: null, toOrder: 96 },
      // More in stock than the event needs: nothing to order.
      { product: "半身裙C", perDay: 1, forEvent: 48, inStock: 400, toOrder: 0 },
    ]);
    expect(planned(template.tasks).tasks.filter((t) => t.stock)).toHaveLength(1);
  });

  it("adds a task Daily Tasks has already only once, the stock task known by its name before its units", () => {
    const plan = planned(template.tasks, ["双12 · 报名", "双12 · 库存备货 — 连衣裙A 需 300 件", "写日报"]);
    expect(plan.already).toEqual(["双12 · 报名", "双12 · 库存备货"]);
    expect(plan.tasks.map((t) => t.name)).not.toContain("双12 · 报名");
    expect(plan.tasks).toHaveLength(5);
  });

  it("refuses a template task leading to a phase the event lacks, at its Phase cell, and plans nothing", () => {
    const plan = planned(templateOf([...DEFAULT_LIKE, ["付定金提醒", "定金", 1, 30, null]]).tasks);
    expect(plan.tasks).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({ code: "phaseNotInEvent", sheet: "Promotion Tasks", address: "B9", value: "定金" }),
    ]);
  });

  it("leaves out a default template's task whose phase the event lacks, and names it, rather than refusing", () => {
    const plan = planned(templateOf([...DEFAULT_LIKE, ["付定金提醒", "定金", 1, 30, null]]).tasks, [], true);
    expect(plan.problems).toEqual([]);
    expect(plan.skipped).toEqual(["付定金提醒"]);
    expect(plan.tasks).toHaveLength(7);
  });

  it("refuses a priority the schedule could not read, at its cell", () => {
    const read = templateOf([["报名", "报名截止", 2, 60, "asap"]]);
    expect(read.tasks).toEqual([]);
    expect(read.problems).toEqual([
      expect.objectContaining({ code: "notPriority", address: "E2", value: "asap", field: "Priority" }),
    ]);
  });

  it("names the stock units from the top three sellers only, most sold first", () => {
    const [event] = eventsOf(TWELVE).events;
    const needs = stockNeeds(event as NonNullable<typeof event>, [
      { product: "b", units: 10, inStock: null },
      { product: "a", units: 10, inStock: null },
      { product: "c", units: 0, inStock: null },
    ]);
    expect(needs.map((n) => n.product)).toEqual(["a", "b"]);
  });
});
