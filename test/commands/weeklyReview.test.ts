/** Write weekly review and Copy weekly report on the emulator, with three generated weeks whose changes are known. */
import { addNextGoals, planNextWeek } from "../../src/commands/planNextWeek";
import { copyWeeklyReport, writeWeeklyReview } from "../../src/commands/weeklyReview";
import type { SheetJson } from "../../src/emulator";
import { monthOf, weekOf } from "../../src/core/review/period";
import { REVIEW_MAX_CHARS } from "../../src/core/review/reviewText";
import { CARRY_PROPERTY } from "../../src/core/scheduleSheet";
import { REVIEW_GOALS, W47_MONDAY, W47_SUNDAY, reviewWorkbook } from "../fixtures/generators/review";
import { PSEUDO_LOCALE, pseudoLocalize } from "../../src/core/language";
import { emulatedEnvironment } from "../helpers";
import { LAYOUT_OUTPUT } from "../../src/core/contract";

const W47 = weekOf(W47_MONDAY);
const sheetNamed = (dump: { sheets: SheetJson[] }, name: string) => dump.sheets.find((s) => s.name === name);
const workbook = reviewWorkbook;

/** A Products sheet as Review products writes it, marked with the week it covers. */
function productsSheet(excel: ReturnType<typeof emulatedEnvironment>["excel"], week: string) {
  const values = [
    ["Product", "GMV", "Tier", "Last week's tier"],
    ["Dress C1", 420, "Traffic", "Core"],
    ["Dress B1", 210, "Core", "Potential"],
    ["Dress E1", 210, "Observe", "Observe"],
  ];
  excel.load({
    ...excel.dump(),
    sheets: [
      ...excel.dump().sheets,
      { name: "Products", values, tables: [{ name: "ProductLayout", address: "A1:D4" }] },
    ],
  });
  excel.model.findSheet("Products")?.customProperties.set(LAYOUT_OUTPUT.weekProperty, week);
}

describe("Write weekly review", () => {
  it("names the products whose tier moved, from a Products sheet of the period's week, and none from another week's", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: workbook(false) });
    productsSheet(excel, `${W47_SUNDAY - 6}:${W47_SUNDAY}`);
    await writeWeeklyReview(env, W47);
    const line =
      "Tiers on the Products sheet (2026-11-16 – 2026-11-22): Dress C1 Core → Traffic and Dress B1 Potential → Core";
    const flat = (name: string) => sheetNamed(excel.dump(), name)?.values.flat() ?? [];
    expect(flat("Weekly Review 2026-W47")).toContain(line);
    expect((await copyWeeklyReport(env, W47)).report?.split("\n")).toContain(line);
    const other = emulatedEnvironment("en-US", { sheets: workbook(false) });
    productsSheet(other.excel, `${W47_SUNDAY + 1}:${W47_SUNDAY + 7}`);
    await writeWeeklyReview(other.env, W47);
    expect(
      sheetNamed(other.excel.dump(), "Weekly Review 2026-W47")
        ?.values.flat()
        .some((v) => String(v).startsWith("Tiers"))
    ).toBe(false);
  });

  it("writes 周报 2026-W47 in Chinese: results, drivers, movers, goals, execution, risks and next week", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets: workbook(true) });
    excel.model.findSheet("日程 2026-11-17")?.customProperties.set(CARRY_PROPERTY, JSON.stringify({ "Task 1": 3 }));
    const outcome = await writeWeeklyReview(env, W47);
    expect(outcome).toMatchObject({
      ok: true,
      message: "“周报 2026-W47”复盘了 2026-11-16 至 2026-11-22：2 个目标到期，2 个需要关注，0 项风险。",
    });
    const values = sheetNamed(excel.dump(), "周报 2026-W47")?.values ?? [];
    const row = (first: string) => values.find((r) => r[0] === first) ?? [];
    expect(values[0]?.[0]).toBe("周报 2026-W47：2026-11-16 至 2026-11-22，对比 2026-11-09 至 2026-11-15");
    // 2026-11-20 is missing: six days of 3,850 against seven of 3,000 are compared a day, named so, and marked partial.
    expect(row("支付金额").length).toBe(0);
    expect(row("支付金额（日均）").slice(1, 5)).toEqual([
      3850,
      3000,
      expect.closeTo(3850 / 3000 - 1, 10),
      "6/7 · 7/7 数据不全",
    ]);
    // Visitors a day, never summed, and labelled as a daily average.
    expect(row("访客数（日均）").slice(1, 3)).toEqual([1100, 1000]);
    // A rate's change in percentage points, worded as the daily report words it.
    expect(row("支付转化率")[3]).toBe(`+${((35 / 1100 - 0.03) * 100).toFixed(2)}个百分点`);
    expect(values.flat().some((v) => typeof v === "string" && v.startsWith("标为数据不全的行"))).toBe(true);
    // Each result row and goal row carries its metric's format in its own cells, and only there.
    const sheet = excel.model.findSheet("周报 2026-W47");
    const formatsOf = (first: string) => values.findIndex((r) => r[0] === first);
    const formats = (r: number, from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => sheet?.numberFormat(r, from + i) ?? "");
    expect(formats(formatsOf("支付转化率"), 1, 3).map((f) => f.includes("%"))).toEqual([true, true]);
    expect(formats(formatsOf("支付金额（日均）"), 1, 3).some((f) => f.includes("%"))).toBe(false);
    expect(formats(formatsOf("转化率到 6%"), 3, 7).every((f) => f.includes("%"))).toBe(true);
    expect(formats(formatsOf("转化率到 6%"), 7, 8).some((f) => f.includes("%"))).toBe(false);
    expect(formats(formatsOf("客单价到 120"), 3, 7).some((f) => f.includes("%"))).toBe(false);
    expect(values.flat()).toContain("店铺指标缺少 2026-11-20 的数据：合计和平均只按已有的天数计算。");
    const split = values.findIndex((r) => r[0] === "支付金额变化的原因");
    expect(values.slice(split + 2, split + 6).map((r) => r[0])).toEqual([
      "有数据天数",
      "日均访客数",
      "支付转化率",
      "客单价",
    ]);
    const drivers = values.slice(split + 2, split + 6).map((r) => r[3] as number);
    expect(drivers.reduce((t, s) => t + s, 0)).toBeCloseTo(6 * 3850 - 21000, 6);
    expect(values.findIndex((r) => r[0] === "连衣裙A")).toBeLessThan(values.findIndex((r) => r[0] === "T恤B"));
    expect(row("连衣裙A").slice(1, 4)).toEqual([
      expect.closeTo(7000, 6),
      expect.closeTo(14000, 6),
      expect.closeTo(7000, 6),
    ]);
    expect(values.some((r) => r[0] === "裤子C")).toBe(false);
    expect(row("手淘搜索").slice(1, 4)).toEqual([
      expect.closeTo(3500, 6),
      expect.closeTo(4900, 6),
      expect.closeTo(1400, 6),
    ]);
    // Goals: the two ended this week, then those behind (the one ending on Monday is next week's, and behind), then the one without data.
    const names: string[] = REVIEW_GOALS.map((g) => g.zh[0]);
    expect(values.filter((r) => names.includes(String(r[0]))).map((r) => [r[0], r[2], r[7]])).toEqual([
      ["日均支付金额到 3,500", "已达成", "达成 1/1"],
      ["访客数到 1,500", "未达成", "达成 0/1"],
      ["客单价到 120", "落后", null],
      ["转化率到 6%", "落后", null],
      ["收藏到 500", "无数据", null],
    ]);
    expect(row(String(W47_MONDAY) as never).length).toBe(0);
    const days = values.filter(
      (r) =>
        typeof r[0] === "number" &&
        r[0] >= W47_MONDAY &&
        r[0] <= W47_SUNDAY &&
        r.length >= 5 &&
        typeof r[4] === "string"
    );
    expect(days.map((r) => [r[1], r[2], r[4]])).toEqual([
      [8, 6, "日程"],
      [10, 4, "日程"],
      [12, 6, "运营日志"],
      [null, null, "无日程"],
      [null, null, "无日程"],
      [null, null, "无日程"],
      [null, null, "无日程"],
    ]);
    expect(values.flat()).toContain(
      "顺延三次及以上：Task 1 (3)。每项都需要做决定（优先完成、交给他人或放弃），而不是再排一个时段。"
    );
    // The missed goal first; then the focus point whose goal was achieved and has none open (Live stream's is open).
    expect(values.slice(-3).map((r) => r[0])).toEqual([
      "下周",
      "按已达到的进度重新设定“访客数到 1,500”，或放弃（计划下周）。",
      "为重点增长点“主图优化”设定目标。",
    ]);
  });

  it("in English, with no Store Metrics, still writes the goals and execution and says what is missing", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: workbook(false, false) });
    const outcome = await writeWeeklyReview(env, W47);
    expect(outcome.ok).toBe(true);
    const values = sheetNamed(excel.dump(), "Weekly Review 2026-W47")?.values ?? [];
    expect(values.flat()).toContain(
      "No Store Metrics for this period or the one before: import the shop's Sycm overview for the results, what moved them and the risks. Goals and execution below are complete."
    );
    expect(values.flat()).toContain("What moved GMV needs GMV, visitors and paying buyers in both periods.");
    expect(values.find((r) => r[0] === "Favourites to 500")?.[2]).toBe("No data");
    expect(values.filter((r) => r[4] === "Schedule")).toHaveLength(2);
  });

  it("refuses a week that has not begun, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: workbook(false) });
    const before = excel.dump();
    const outcome = await writeWeeklyReview(env, weekOf(W47_MONDAY + 14));
    expect(outcome).toEqual({
      ok: false,
      message: "No review was written:",
      details: ["2026-W49 has not begun yet (2026-11-30): pick a period that has, then write its review."],
    });
    expect(excel.dump()).toEqual(before);
    expect(excel.stats().syncs).toBe(0);
  });

  it("refuses a period the workbook holds nothing about, in both commands, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [{ name: "Sheet1", values: [[null]] }] });
    const before = excel.dump();
    const refusal = {
      ok: false,
      message: "No review was written:",
      details: [expect.stringMatching(/^The workbook holds nothing about 2026-W47 or the period before: /)],
    };
    expect(await writeWeeklyReview(env, W47)).toEqual(refusal);
    expect(await copyWeeklyReport(env, W47)).toMatchObject({ ...refusal, report: null });
    expect(excel.dump()).toEqual(before);
  });

  it("writes a month as 月报 against the month before", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets: workbook(true) });
    const outcome = await writeWeeklyReview(env, monthOf({ year: 2026, month: 11, day: 1 }));
    expect(outcome.ok).toBe(true);
    const values = sheetNamed(excel.dump(), "月报 2026-11")?.values ?? [];
    expect(values[0]?.[0]).toBe("月报 2026-11：2026-11-01 至 2026-11-30，对比 2026-10-01 至 2026-10-31");
  });

  it("reads in one round trip with the layout known, and writes in one", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: workbook(false) });
    await writeWeeklyReview(env, W47);
    excel.resetStats();
    await writeWeeklyReview(env, W47);
    expect(excel.stats().syncs).toBe(2);
  });
});

describe("Copy weekly report", () => {
  it("gives the same review as a message within 1,500 characters in both languages, writing nothing", async () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const { excel, env } = emulatedEnvironment(language, { sheets: workbook(language === "zh-CN") });
      const before = excel.dump();
      const outcome = await copyWeeklyReport(env, W47);
      expect(outcome.ok).toBe(true);
      expect(outcome.report?.length).toBeLessThanOrEqual(REVIEW_MAX_CHARS);
      expect(excel.dump()).toEqual(before);
      if (language === "zh-CN") {
        expect(outcome.report?.split("\n")[0]).toBe(
          "周报 2026-W47：2026-11-16 至 2026-11-22，对比 2026-11-09 至 2026-11-15"
        );
        // The headline compares a day (six days against seven) and says the week lacks a day.
        expect(outcome.report).toMatch(/\n支付金额（日均） 3,850\.00（\+28\.3%；数据不全，有数据天数 6\/7 · 7\/7）\n/);
        expect(outcome.report).toMatch(/\n支付转化率 3\.18%（\+0\.18个百分点；数据不全/);
        expect(outcome.report).toMatch(/\n商品：连衣裙A \+7,000\.00、T恤B −3,500\.00、帽子D \+700\.00\n/);
        expect(outcome.report).toMatch(/\n执行：3\/7 天有日程，完成 16\/30 个时段。/);
      } else {
        expect(outcome.report).toMatch(/\nGMV, a day 3,850\.00 \(\+28\.3%; partial, days with data 6\/7 · 7\/7\)\n/);
      }
    }
  });
});

describe("Plan next week", () => {
  it("lists proposals without writing, then adds only the ticked ones under Goals, leaving the rest as they were", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: reviewWorkbook(false) });
    const before = excel.dump();
    const plan = await planNextWeek(env, W47);
    expect(plan.ok).toBe(true);
    expect(excel.dump()).toEqual(before);
    // The missed visitors goal re-set at its pace; the achieved GMV goal raised by Main image's 30 %.
    expect(plan.proposals.map((p) => [p.text.replace(/ by \d{4}-\d{2}-\d{2}$/, ""), p.writable])).toEqual([
      ["Raise “GMV to 3,500 a day” by its growth point's rate: GMV 3,850 → 5,005", true],
      [expect.stringMatching(/^Re-set “Visitors to 1,500” at the pace it reached: Visitors 1,100 → 1,154$/), true],
    ]);
    const outcome = await addNextGoals(env, W47, [plan.proposals[1]?.id ?? ""]);
    expect(outcome).toEqual({
      ok: true,
      message: "Added 1 goal to “Goals”. Existing goals did not change.",
      details: [],
    });
    const goals = excel.dump().sheets.find((s) => s.name === "Goals")?.values ?? [];
    expect(goals.slice(0, 6)).toEqual(before.sheets.find((s) => s.name === "Goals")?.values);
    expect(goals[6]?.slice(1, 5)).toEqual(["Search terms", "Visitors", 1100, expect.closeTo(1100 + (100 / 13) * 7, 9)]);
    expect(excel.dump().sheets.find((s) => s.name === "Goals")?.tables?.[0]?.address).toBe("A1:H7");
  });

  it("words its proposals and the goals it adds through the catalogues (the pseudo-locale shows no plain word)", async () => {
    // Operators' own names without words of any language, so only what the add-in says can show as plain text.
    const named = reviewWorkbook(false).map((sheet) =>
      sheet.name === "Goals" || sheet.name === "Growth Points"
        ? {
            ...sheet,
            values: sheet.values.map((r, i) =>
              i === 0
                ? r
                : r.map((v, c) =>
                    c === 0 && sheet.name === "Goals"
                      ? `G${i}`
                      : (sheet.name === "Goals" ? c === 1 : c === 0)
                        ? (["", "P1", "P2", "P3", "P4", "P5"][i] ?? v)
                        : v
                  )
            ),
          }
        : sheet
    );
    // A workbook set up in the pseudo-locale: its sheets under their pseudo names, as the add-in would have named them.
    const pseudoName = (name: string) => {
      const [, base = name, day = ""] = /^(.*?)( \d{4}-\d{2}-\d{2})?$/.exec(name) ?? [];
      return pseudoLocalize(base) + day;
    };
    const sheets = named.map((sheet) => ({ ...sheet, name: pseudoName(sheet.name) }));
    const { excel, env } = emulatedEnvironment(PSEUDO_LOCALE, { sheets });
    const plan = await planNextWeek(env, W47);
    expect(plan.proposals).toHaveLength(2);
    const added = await addNextGoals(
      env,
      W47,
      plan.proposals.map((p) => p.id)
    );
    expect(added.ok).toBe(true);
    const newRows = (excel.dump().sheets.find((s) => s.name === pseudoName("Goals"))?.values ?? [])
      .slice(6)
      .flat()
      .filter((v): v is string => typeof v === "string");
    const plain = /[A-Za-z]{2,}|[\u3400-\u9fff]/;
    expect(
      [plan.message, ...plan.proposals.map((p) => p.text), added.message, ...newRows].filter((text) =>
        plain.test(text.replace(/“[^”]*”/g, ""))
      )
    ).toEqual([]);
  });

  it("refuses ticks the workbook no longer proposes, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: reviewWorkbook(false) });
    const before = excel.dump();
    const outcome = await addNextGoals(env, W47, ["missed:9:gone"]);
    expect(outcome).toEqual({
      ok: false,
      message: "The workbook has changed since the plan was made, so nothing was added: plan next week again.",
      details: [],
    });
    expect(await addNextGoals(env, W47, [])).toEqual({
      ok: false,
      message: "Tick the goals to add first.",
      details: [],
    });
    expect(excel.dump()).toEqual(before);
  });
});
