/**
 * Analyze refunds on the emulator: a month of orders and refunds imported (generators/refunds.ts), whose cohorts,
 * reasons, product rates and matches are known by construction → the Refunds sheet.
 */
import { analyzeRefunds } from "../../src/commands/analyzeRefunds";
import { REFUNDS_OUTPUT } from "../../src/core/contract";
import { importStoreData } from "../../src/commands/importStoreData";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";
import { clientHost } from "../fixtures/officeClient";
import { REFUND_FIRST, refundCsv, refundOrderLinesCsv, refundOrderListCsv } from "../fixtures/generators/refunds";

const TODAY = { year: 2026, month: 12, day: 5 };

async function shop(language: "en-US" | "zh-CN", files = { refunds: refundCsv(), lines: refundOrderLinesCsv() }) {
  const { excel, env } = emulatedEnvironment(language);
  const today = { ...env, today: () => TODAY };
  await importStoreData(
    today,
    [
      textFile("订单报表.csv", refundOrderListCsv()),
      ...(files.lines ? [textFile("宝贝报表.csv", files.lines)] : []),
      textFile("退款报表.csv", files.refunds),
    ],
    IMPORT_OPTIONS
  );
  return { excel, env: today };
}

const sheetOf = (excel: ReturnType<typeof emulatedEnvironment>["excel"], name: string) =>
  excel.dump().sheets.find((s) => s.name === name)?.values ?? [];

describe("Analyze refunds", () => {
  it("counts refunds by payment day, settled and provisional, in two round trips warm", async () => {
    const { excel, env } = await shop("en-US");
    const outcome = await analyzeRefunds(env);
    expect(outcome.message).toBe(
      "Refunds 2026-11-05 – 2026-12-04 on “Refunds”: the settled payment days gave back 15.00% of their sales."
    );
    const values = sheetOf(excel, "Refunds");
    const flat = values.flat();
    // 30 days × 1,000; 30 refunds of 100 and 25 of 50 matched; 15 closed ones and the stray's 80 left out of it.
    // Completed by 12-04: 28 of the 100s (two days later), the 25 of 50 and the stray's 80: 4,130 ÷ 30,000.
    expect(flat).toContain(
      "2026-11-05 – 2026-12-04: 300 orders paid 30,000.00; 4,250.00 of it came back in 55 refunds. Counted by the day the order was paid, the days 15 days old or more gave back 15.00% of their sales. Refunds completed in these days over their sales make 13.77%: that common figure sets refunds of earlier sales against these days' sales, so it can even pass 100%."
    );
    expect(flat).toContain("55 of 56 money-back refunds (98.21%) match an order in the order list.");
    expect(flat).toContain("1 refund (80.00) matches no order: listed at the end, and counted in no payment day.");
    expect(flat).toContain(
      "Not money back, and not counted: 0 refunds still open (0.00) and 15 closed (退款关闭, 1,500.00)."
    );
    const header = values.find((r) => r[0] === "Payment day") ?? [];
    const col = (name: string) => header.indexOf(name);
    const first = values[values.indexOf(header) + 1] ?? [];
    expect(first[0]).toBe(REFUND_FIRST);
    // The first day: 100 asked the next day, 50 asked five days on.
    expect([col("Refunded 0–1 days"), col("Refunded 4–7 days"), col("Refund rate")].map((c) => first[c])).toEqual([
      100, 50, 0.15,
    ]);
    const last = values[values.indexOf(header) + 30] ?? [];
    expect([last[col("Refunded")], last[col("Provisional")]]).toEqual([100, "Under 15 days old"]);
    // Products: 连衣裙A gave back 3,000 of its 15,000, 半身裙B 1,250.
    const products = values.slice(
      values.findIndex((r) => r[0] === "Product") + 1,
      values.findIndex((r) => r[0] === "Product") + 3
    );
    // The stray refund of 连衣裙A is not counted: its order is not among the sales.
    expect(products.map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      ["连衣裙A", 150, 3000, "尺码偏小"],
      ["半身裙B", 150, 1250, "质量问题"],
    ]);
    expect(products[0]?.[4]).toBeCloseTo(0.2, 12);
    expect(products[1]?.[4]).toBeCloseTo(1250 / 15000, 12);
    // The totals equal the money back of every refund: the cohorts' and the unmatched one.
    const cohorts = values.slice(values.indexOf(header) + 1, values.indexOf(header) + 31);
    const refunded = cohorts.reduce((a, r) => a + (r[col("Refunded")] as number), 0);
    expect(refunded + 80).toBe(4330);
    const reasons = values.slice(
      values.findIndex((r) => r[0] === "Reason") + 1,
      values.findIndex((r) => r[0] === "Reason") + 4
    );
    expect(reasons.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["尺码偏小", 30, 3000],
      ["质量问题", 25, 1250],
      ["不想要了", 1, 80],
    ]);

    // The reasons' weeks end on the latest ask, 12-05 (the last day's order asked the next day), kept on the sheet.
    expect(excel.model.findSheet("Refunds")?.customProperties.get(REFUNDS_OUTPUT.weekProperty)).toBe("46361");
    const asked = values.find((r) => r[0] === "尺码偏小") ?? [];
    // 尺码偏小 asked 11-29 … 12-05: 7 money-back asks and 3 closed ones (every other day), as many the week before.
    expect([asked[4], asked[5]]).toEqual([10, 10]);

    const warm = { ...env, host: clientHost(excel) };
    await analyzeRefunds(warm);
    excel.resetStats();
    await analyzeRefunds(warm);
    expect(excel.stats().syncs).toBe(2);
  });

  it("gives Store Metrics the refund rate by payment day, kept when a later import rebuilds it", async () => {
    const { excel, env } = await shop("en-US");
    await analyzeRefunds(env);
    const metrics = () => sheetOf(excel, "Store Metrics");
    const column = (name: string) => metrics()[0]?.indexOf(name) ?? -1;
    const first = () => metrics().find((r) => r[0] === REFUND_FIRST) ?? [];
    const cohort = () =>
      ["Paid by payment day", "Refunds by payment day", "Refund rate by payment day"].map((n) => first()[column(n)]);
    expect(cohort()).toEqual([1000, 150, 0.15]);
    // Beside it, Store Metrics' own refunds stay by the day they were completed: on 11-07, the 100 of 11-05's order
    // and the stray's 80.
    const third = metrics().find((r) => r[0] === REFUND_FIRST + 2) ?? [];
    expect([third[column("Refund amount")], third[column("Refunds by payment day")]]).toEqual([180, 150]);
    await importStoreData(env, [textFile("订单报表 (1).csv", refundOrderListCsv())], IMPORT_OPTIONS);
    expect(cohort()).toEqual([1000, 150, 0.15]);
  });

  it("speaks Chinese in a Chinese pane", async () => {
    const { excel, env } = await shop("zh-CN");
    expect((await analyzeRefunds(env)).message).toBe(
      "2026-11-05 – 2026-12-04 的退款分析已写入“退款分析”：满期的付款日退回了销售额的 15.00%。"
    );
    const flat = sheetOf(excel, "退款分析").flat();
    expect(flat).toContain("不足15天");
    expect(flat).toContain("售后");
  });

  it("stops with the cell for a refund over its order, one asked before payment, or an amount in words", async () => {
    const none = emulatedEnvironment("en-US");
    const missing = await analyzeRefunds(none.env);
    expect(missing.details.join(" ")).toMatch(/Qianniu refunds \(after-sales\) is not imported yet/);
    const bad = refundCsv()
      .replace(/(R46331000,46331000,[^,]+,连衣裙A,100\.00,)100\.00/, "$1120.00")
      .replace(/(R46332000,46332000,)2026-11-06 10:00:00/, "$12026-11-09 10:00:00")
      .replace(/(R46333000,46333000,[^,]+,连衣裙A,100\.00,)100\.00/, "$1一百");
    const run = await shop("en-US", { refunds: bad, lines: refundOrderLinesCsv() });
    const outcome = await analyzeRefunds(run.env);
    expect(outcome.ok).toBe(false);
    expect(outcome.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^'Qianniu Refunds'!F2: 买家退款金额: the refund of 120\.00 is more than the 100\.00 its order paid/
        ),
        expect.stringMatching(
          /^'Qianniu Refunds'!G\d+: 退款的申请时间: asked for on 2026-11-07, before its order was paid on 2026-11-09/
        ),
        expect.stringMatching(/^'Qianniu Refunds'!F\d+: 买家退款金额: “一百” is not a number/),
      ])
    );
    expect(sheetOf(run.excel, "Refunds")).toEqual([]);
  });
});
