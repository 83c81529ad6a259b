/** Plan promotion: an event's work into Daily Tasks, its GMV goal into Goals, the template written when missing. */
import { generateDailySchedule } from "../../src/commands/dailySchedule";
import { insertSampleData } from "../../src/commands/insertSampleData";
import { listPromotions, planPromotion } from "../../src/commands/planPromotion";
import type { SheetJson } from "../../src/emulator";
import type { PhaseRow } from "../fixtures/generators/promotions";
import { TWELVE, dailyTasksSheet, promotionsSheet, templateSheet } from "../fixtures/generators/promotions";
import { days, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { emulatedEnvironment } from "../helpers";
import { clientHost } from "../fixtures/officeClient";

const METRICS = storeMetricsSheet(days(14), 46349);
const GOALS: SheetJson = {
  name: "Goals",
  // A table made with its headers only has one empty row.
  values: [
    ["Goal", "Growth point", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
    Array(8).fill(null),
  ],
  tables: [{ name: "Goals", address: "A1:H2" }],
};

const workbook = (promotions = promotionsSheet(TWELVE, "zh-CN"), more: SheetJson[] = []) => ({
  sheets: [promotions, dailyTasksSheet(["写日报"]), GOALS, METRICS, ...more],
});

describe("Plan promotion", () => {
  it("adds the event's tasks on their deadline days, its goal as a pace, and the default template to edit", async () => {
    const { excel, env } = emulatedEnvironment("en-US", workbook());
    await expect(listPromotions(env)).resolves.toEqual(["双12"]);
    const outcome = await planPromotion(env, "双12");
    expect(outcome).toMatchObject({
      ok: true,
      message:
        "7 tasks of 双12 added to Daily Tasks, each on its deadline day. Its GMV goal is on Goals: 20000 a day across the event.",
    });
    // No template on the workbook: the default one, in the workbook's language (English: Daily Tasks, Goals).
    expect(outcome.details).toEqual([
      "The tasks came from the default template, now on Promotion Tasks: edit it there and plan the next event from it.",
      "The stock task names no units: import Sycm's product report (商品排行) first, and it will say how many each top product needs.",
    ]);
    const dump = excel.dump();
    const tasks = dump.sheets.find((s) => s.name === "Daily Tasks")?.values ?? [];
    expect(tasks[1]?.[0]).toBe("写日报");
    expect(tasks.slice(2).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]])).toEqual([
      ["双12 · Stock up", 60, 1, 46350, "双12", 46348],
      ["双12 · Update main images and detail pages", 120, 2, 46350, "双12", 46350],
      ["双12 · Sign up for the event", 60, 1, 46352, "双12", 46352],
      ["双12 · Set prices and coupons", 90, 1, 46352, "双12", 46352],
      ["双12 · Warm-up ads", 60, 2, 46354, "双12", 46354],
      ["双12 · Customer service scripts", 60, 3, 46366, "双12", 46366],
      ["双12 · Review the event", 90, 2, 46370, "双12", 46370],
    ]);
    const goals = dump.sheets.find((s) => s.name === "Goals")?.values ?? [];
    // Store Metrics' GMV is 3,000 a day; the goal of 320,000 over 16 days is 20,000 a day.
    expect(goals[1]).toEqual(["GMV 3,000 → 20,000 by 2026-12-14", "双12", "GMV", 3000, 20000, null, 46355, 46370]);
    expect(dump.sheets.find((s) => s.name === "Promotion Tasks")?.values.length).toBe(8);
  });

  it("gives the stock task each top seller's units from the product report's last 28 days and the Stock input", async () => {
    // 连衣裙A sells 10 a day, 衬衫B 2; a day before the 28 (46321) is left out of the rate.
    const body = [46321, ...Array.from({ length: 28 }, (_, i) => 46322 + i)].flatMap((day) => [
      [day, "1001", "连衣裙A", day === 46321 ? 500 : 10],
      [day, "1002", "衬衫B", 2],
    ]);
    const report: SheetJson = {
      name: "Sycm Products",
      values: [["统计日期", "商品ID", "商品名称", "支付件数"], ...body],
      tables: [{ name: "SycmProducts", address: `A1:D${body.length + 1}` }],
    };
    const stock: SheetJson = {
      name: "Stock",
      values: [
        ["Product ID", "Units in stock"],
        ["1001", 100],
      ],
      tables: [{ name: "Stock", address: "A1:B2" }],
    };
    const { excel, env } = emulatedEnvironment("en-US", workbook(undefined, [report, stock]));
    const outcome = await planPromotion(env, "双12");
    expect(outcome.ok).toBe(true);
    const tasks = excel.dump().sheets.find((s) => s.name === "Daily Tasks")?.values ?? [];
    // 16 days × 3: 连衣裙A 10 × 48 = 480 less 100 in stock; 衬衫B 2 × 48 = 96, no stock row.
    expect(tasks[2]?.[0]).toBe(
      "双12 · Stock up — 连衣裙A needs 480 (in stock 100, order 380) and 衬衫B needs 96 (in stock —, order 96)"
    );
  });

  it("adds nothing twice when planned again, in two round trips warm", async () => {
    const { excel, env } = emulatedEnvironment("en-US", workbook());
    const warm = { ...env, host: clientHost(excel) };
    await planPromotion(warm, "双12");
    const before = JSON.stringify(excel.dump());
    excel.resetStats();
    const again = await planPromotion(warm, "双12");
    expect(excel.stats().syncs).toBe(2);
    expect(again.ok).toBe(true);
    expect(again.message).toBe("Every task of 双12 is in Daily Tasks already: nothing was added to it.");
    expect(again.details).toEqual([
      "7 tasks were in Daily Tasks already and were not added again.",
      "The stock task names no units: import Sycm's product report (商品排行) first, and it will say how many each top product needs.",
      "Goals has a goal for 双12 already; it was left as it is.",
    ]);
    expect(JSON.stringify(excel.dump())).toBe(before);
  });

  it("plans today's schedule with the late stock task first, and a task of a later day not at all", async () => {
    const { excel, env } = emulatedEnvironment("en-US", workbook());
    await planPromotion(env, "双12");
    const schedule = await generateDailySchedule(env);
    expect(schedule.ok).toBe(true);
    const sheet = excel.dump().sheets.find((s) => s.name.startsWith("Schedule"));
    const values = sheet?.values ?? [];
    const header = values.findIndex((r) => r.includes("Task"));
    const column = values[header]?.indexOf("Task") ?? -1;
    const planned = values.slice(header + 1).map((r) => String(r[column] ?? ""));
    // Overdue (due 11-22) before due today (main images, 11-24), both before the everyday task.
    const order = [...new Set(planned.filter((task) => task !== "" && !/^Lunch|^Break/.test(task)))];
    expect(order.slice(0, 3)).toEqual(["双12 · Stock up", "双12 · Update main images and detail pages", "写日报"]);
    // The stock task is past its deadline: the schedule names it, with the day it was due.
    expect(JSON.stringify(values)).toContain("双12 · Stock up (due 2026-11-22)");
    // Sign-up is due on 11-26: it is planned on that day, not before.
    expect(planned.some((task) => task.includes("Sign up"))).toBe(false);
  });

  it.each<[string, PhaseRow[], string]>([
    [
      "a phase that ends before it starts",
      [TWELVE[0], ["双12", "预热", 46355, 46351, null, null], TWELVE[2], TWELVE[3]] as PhaseRow[],
      "D3",
    ],
    [
      "phases that overlap",
      [TWELVE[0], TWELVE[1], ["双12", "正式", 46360, 46368, null, null], TWELVE[3]] as PhaseRow[],
      "B4",
    ],
    ["an event with no sale phase", [TWELVE[0], TWELVE[1], TWELVE[3]] as PhaseRow[], "A2"],
  ])("refuses %s with its cell, and writes nothing", async (_, rows, address) => {
    const { excel, env } = emulatedEnvironment("en-US", workbook(promotionsSheet(rows, "zh-CN")));
    const before = JSON.stringify(excel.dump());
    const outcome = await planPromotion(env, "双12");
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe("The promotion was not planned and nothing was written:");
    expect(outcome.details).toHaveLength(1);
    expect(outcome.locations?.[0]).toEqual({ sheet: "大促", address });
    expect(JSON.stringify(excel.dump())).toBe(before);
  });

  it("refuses a template task leading to a phase the event lacks, at its Phase cell, and writes nothing", async () => {
    const template = templateSheet([
      ["Sign up", "报名截止", 2, 30, "High"],
      ["Deposit reminder", "Deposit", 1, 30, null],
    ]);
    const { excel, env } = emulatedEnvironment("en-US", workbook(undefined, [template]));
    const before = JSON.stringify(excel.dump());
    const outcome = await planPromotion(env, "双12");
    expect(outcome.ok).toBe(false);
    expect(outcome.details).toEqual([
      "'Promotion Tasks'!B3: Phase: “Deposit” is not a phase of 双12, so the task has no day to lead to. Add the phase to 双12 on Promotions, or point the task at a phase it has.",
    ]);
    expect(JSON.stringify(excel.dump())).toBe(before);
  });

  it("says in Chinese what it did, and names an event it cannot find", async () => {
    const { env } = emulatedEnvironment("zh-CN", workbook());
    const outcome = await planPromotion(env, "双12");
    expect(outcome.message).toBe(
      "已把双12的 7 个任务加入“Daily Tasks”，每个任务排在它的截止日。活动的 GMV 目标已写入“Goals”：活动期间每天 20000。"
    );
    await expect(planPromotion(env, "")).resolves.toMatchObject({
      ok: false,
      message: "请先选择一个活动。如果列表是空的，请先在“大促”里填写活动的各个阶段。",
    });
    const missing = await planPromotion(env, "618");
    expect(missing).toMatchObject({
      ok: false,
      message: "“618”不是“大促”里的活动。请从列表中选择活动，或先在那里填写它的各个阶段。",
    });
  });

  it("gets an event ahead from Insert sample data, in the pane's language", async () => {
    const { env } = emulatedEnvironment("zh-CN");
    await insertSampleData(env);
    await expect(listPromotions(env)).resolves.toEqual(["年货节"]);
    const outcome = await planPromotion(env, "年货节");
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/^已把年货节的 7 个任务加入“每日任务”/);
  });
});
