/** Review promotion and Copy promotion review on a generated 双12 with a known uplift, in both languages. */
import { copyPromotionReview, writePromotionReview } from "../../src/commands/reviewPromotion";
import type { CommandEnvironment } from "../../src/commands/environment";
import type { JsonCell, SheetJson } from "../../src/emulator";
import { TWELVE, promotionsSheet } from "../fixtures/generators/promotions";
import { twelveDays } from "../fixtures/generators/promotionDays";
import { storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { emulatedEnvironment } from "../helpers";
import { clientHost } from "../fixtures/officeClient";

/** 2026-12-30: the event (11-29 to 12-14) and its 7 days of hangover are over. */
const AFTER = { year: 2026, month: 12, day: 30 };
const LAST_DAY = 46385;

const tasks: SheetJson = {
  name: "Daily Tasks",
  values: [
    ["Task", "Minutes", "Priority", "Fixed start", "Days", "Category", "Deadline"],
    ["写日报", 30, null, null, null, null, null],
    ["双12 · Sign up for the event", 60, 1, null, 46352, "双12", 46352],
    ["双12 · Stock up — 连衣裙A needs 480 (in stock 100, order 380)", 60, 1, null, 46350, "双12", 46348],
    ["双12 · Customer service scripts", 60, 3, null, 46366, "双12", 46366],
  ],
  tables: [{ name: "DailyTasks", address: "A1:G5" }],
};
const schedule = (date: string, rows: [string, boolean][]): SheetJson => ({
  name: `Schedule ${date}`,
  values: [
    ["Time", "Task", "Category", "Done", "Notes"],
    ...rows.map(([task, done], i): JsonCell[] => [0.375 + i / 48, task, null, done ? "✓" : null, null]),
  ],
});
const SCHEDULES = [
  schedule("2026-11-24", [["↻ 双12 · Stock up", true]]),
  schedule("2026-11-26", [["双12 · Sign up for the event", true]]),
  schedule("2026-12-10", [["双12 · Customer service scripts", false]]),
];

function shop(language: "en-US" | "zh-CN" = "en-US") {
  const { excel, env } = emulatedEnvironment(language, {
    sheets: [
      promotionsSheet(TWELVE, "zh-CN"),
      storeMetricsSheet(twelveDays(46300, LAST_DAY), LAST_DAY),
      tasks,
      ...SCHEDULES,
    ],
  });
  const after: CommandEnvironment = { ...env, today: () => AFTER };
  return { excel, env: after };
}

describe("Review promotion", () => {
  it("writes the review sheet: the goal, the usual day, what the event added, the gap by driver, the tasks", async () => {
    const { excel, env } = shop();
    const outcome = await writePromotionReview(env, "双12");
    expect(outcome).toMatchObject({ ok: true, message: "双12 reviewed on “Promotion Review 2026-双12”." });
    const sheet = excel.dump().sheets.find((s) => s.name === "Promotion Review 2026-双12");
    const text = (sheet?.values ?? []).map((r) => r.filter((c) => c !== null && c !== "").join(" | "));
    expect(text.slice(0, 4)).toEqual([
      "双12: 2026-11-29 to 2026-12-14, 16 days",
      "GMV 84,500 against the goal's 320,000 for the same 16 days: 26.4% of it.",
      "Usual day: GMV 3,000, the median day of the 14 days with data from 2026-11-15 to 2026-11-28, the 14 before the event's first selling day. A median, so a dip or a spike among them does not move it.",
      "Against 48,000 on as many usual days the event added +36,500; the dip in the 3 days before it −3,000, the hangover in the 7 days after it −3,500: +30,000 in all.",
    ]);
    // The gap's three parts and their total, which is the gap. Visitors 22,100 against the 114,872 the goal needed at
    // the usual 2.79% and 100: L(84,500, 320,000) × ln(22,100 ÷ 114,872) = 176,859 × −1.6482; conversion (3.82%
    // against 2.79%) gave back 56,006 of it, AOV (100 both) nothing.
    const gapAt = text.findIndex((line) => line.startsWith("The gap to the goal by driver"));
    const parts = (sheet?.values ?? []).slice(gapAt + 2, gapAt + 5).map((r) => Number(r[3]));
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(-235500, 6);
    expect(parts.map(Math.round)).toEqual([-291506, 56006, 0]);
    expect(sheet?.values[gapAt + 5]?.[3]).toBe(-235500);
    // Stock up was done 2 days late (carried, ticked on 11-24); customer service never ticked: missed.
    expect(text).toContain("双12 · Customer service scripts | 46366 | Missed");
    expect(text).toContain(
      "双12 · Stock up — 连衣裙A needs 480 (in stock 100, order 380) | 46348 | 46350 | 2 days late"
    );
    expect(text.slice(-2)).toEqual([
      "Traffic fell shortest, 291,506 of the gap: start the warm-up ads and content earlier, and sign up for the event's venues.",
      "2 tasks were late or missed (双12 · Customer service scripts and 双12 · Stock up — 连衣裙A needs 480 (in stock 100, order 380)): plan them earlier next time.",
    ]);
  });

  it("names the products and traffic sources that carried it, from Sycm's reports, against their usual day", async () => {
    const days = Array.from({ length: 46385 - 46300 + 1 }, (_, i) => 46300 + i);
    const inEvent = (d: number) => d >= 46355 && d <= 46370;
    const products: SheetJson = {
      name: "Sycm Products",
      values: [
        ["统计日期", "商品ID", "商品名称", "支付金额"],
        ...days.flatMap((d): JsonCell[][] => [
          [d, "1001", "连衣裙A", inEvent(d) ? 3000 : 1000],
          [d, "1002", "衬衫B", 500],
        ]),
      ],
      tables: [{ name: "SycmProducts", address: `A1:D${days.length * 2 + 1}` }],
    };
    const traffic: SheetJson = {
      name: "Sycm Traffic",
      values: [
        ["统计日期", "流量来源", "来源明细", "访客数"],
        ...days.flatMap((d): JsonCell[][] => [
          [d, "手淘搜索", "", 600],
          [d, "付费流量", "万相台", inEvent(d) ? 700 : 200],
          [d, "付费流量", "直通车", 100],
        ]),
      ],
      tables: [{ name: "SycmTraffic", address: `A1:D${days.length * 3 + 1}` }],
    };
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [
        promotionsSheet(TWELVE, "zh-CN"),
        storeMetricsSheet(twelveDays(46300, LAST_DAY), LAST_DAY),
        products,
        traffic,
      ],
    });
    const outcome = await writePromotionReview({ ...env, today: () => AFTER }, "双12");
    expect(outcome.ok).toBe(true);
    const values = excel.dump().sheets.find((s) => s.name.startsWith("Promotion Review"))?.values ?? [];
    // Each row: during the event, share, usual days, change (Excel keeps 15 digits: shares are compared to 12).
    const rowOf = (name: string) => {
      const row = values.find((r) => r[0] === name) ?? [];
      return { figures: [row[1], row[3], row[4]], share: Number(row[2]) };
    };
    // 16 event days: 连衣裙A 48,000 against 16 usual days of 1,000; 衬衫B steady.
    expect(rowOf("连衣裙A").figures).toEqual([48000, 16000, 32000]);
    expect(rowOf("连衣裙A").share).toBeCloseTo(48000 / 56000, 12);
    expect(rowOf("衬衫B").figures).toEqual([8000, 8000, 0]);
    // Paid traffic's two details added up: 800 a day in the event against 300.
    expect(rowOf("付费流量").figures).toEqual([12800, 4800, 8000]);
    expect(rowOf("付费流量").share).toBeCloseTo(12800 / 22400, 12);
    expect(rowOf("手淘搜索").figures).toEqual([9600, 9600, 0]);
  });

  it("replaces its own sheet when run again, in two round trips warm", async () => {
    const { excel, env } = shop();
    const warm = { ...env, host: clientHost(excel) };
    await writePromotionReview(warm, "双12");
    excel.resetStats();
    await writePromotionReview(warm, "双12");
    expect(excel.stats().syncs).toBe(2);
    expect(excel.dump().sheets.filter((s) => s.name.startsWith("Promotion Review"))).toHaveLength(1);
  });

  it("copies the same review as one message within 1,500 characters, in Chinese", async () => {
    const { env } = shop("zh-CN");
    const copied = await copyPromotionReview(env, "双12");
    expect(copied.ok).toBe(true);
    expect(copied.text?.length).toBeLessThanOrEqual(1500);
    expect(copied.text?.split("\n").slice(0, 2)).toEqual([
      "双12：2026-11-29 至 2026-12-14，共 16 天",
      "GMV 84,500，同样 16 天的目标进度为 320,000：完成 26.4%。",
    ]);
    expect(copied.text).toContain("最大因素：访客数");
    expect(copied.message).toBe(`双12的复盘已可复制（${copied.text?.length} 个字符）。`);
  });

  it("refuses an event that has not started, and one without Store Metrics, writing nothing", async () => {
    const early = emulatedEnvironment("en-US", { sheets: [promotionsSheet(TWELVE, "zh-CN")] });
    const before = JSON.stringify(early.excel.dump());
    await expect(writePromotionReview(early.env, "双12")).resolves.toMatchObject({
      ok: false,
      message: "双12 starts on 2026-11-29: there is nothing to review yet.",
    });
    const noMetrics = await writePromotionReview({ ...early.env, today: () => AFTER }, "双12");
    expect(noMetrics.message).toBe(
      "Store Metrics has no GMV yet: import the shop's data (Sycm's overview) for the event's days first."
    );
    expect(JSON.stringify(early.excel.dump())).toBe(before);
  });
});
