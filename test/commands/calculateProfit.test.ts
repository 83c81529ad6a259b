/**
 * Calculate profit on the emulator: a shop's exports imported as an operator imports them, Costs and Settings typed,
 * then the Profit sheet checked day by day against figures worked out by hand.
 */
import { calculateProfit, refreshProfit } from "../../src/commands/calculateProfit";
import { copyDailyReport, generateDailySchedule } from "../../src/commands/dailySchedule";
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { copyWeeklyReport, writeWeeklyReview } from "../../src/commands/weeklyReview";
import { weekOf } from "../../src/core/review/period";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import type { ImportOptions, StoreFile } from "../../src/commands/importStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { blobChunks } from "../../src/csv/chunks";
import type { ExcelEmulator, SheetJson } from "../../src/emulator";
import type { Language } from "../../src/core/language";
import {
  NO_STATEMENT_DAY,
  PROFIT_FIRST_SERIAL,
  costsSheet,
  orderId,
  profitExports,
} from "../fixtures/generators/profitMonth";
import { TODAY, emulatedEnvironment } from "../helpers";
import { workbookOfSheets } from "../fixtures/generators/workbooks";
import { clientHost } from "../fixtures/officeClient";

const OPTIONS: ImportOptions = {
  replace: false,
  clock: () => 0,
  now: () => ({ ...TODAY, hour: 10, minute: 30, second: 0 }),
};
const file = (name: string, text: string): StoreFile => ({
  name,
  chunks: () => blobChunks(new Blob([new TextEncoder().encode(text)])),
});

async function shop(
  days: number,
  language: Language = "en-US",
  files?: (f: Record<string, string>) => Record<string, string>,
  sheets?: SheetJson[]
) {
  const exports = profitExports(days);
  const { excel, env } = emulatedEnvironment(language, { sheets: sheets ?? exports.sheets });
  const chosen = files ? files(exports.files) : exports.files;
  const imported = await importStoreData(
    env,
    Object.entries(chosen).map(([name, text]) => file(name, text)),
    OPTIONS
  );
  expect(imported.details.filter((d) => /not imported/.test(d))).toEqual([]);
  return { excel, env, expected: exports.expected };
}

const sheetOf = (excel: ExcelEmulator, name: string) => excel.dump().sheets.find((s) => s.name === name);

/** The days table's rows by header: what the operator reads on the sheet. */
function dayRows(excel: ExcelEmulator, sheet: string) {
  const found = sheetOf(excel, sheet);
  const table = found?.tables?.find((t) => t.name === "ProfitDays");
  const top = Number(/\d+/.exec(table?.address ?? "")?.[0] ?? 0) - 1;
  const values = found?.values ?? [];
  const header = (values[top] ?? []).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = top + 1; r < values.length && typeof values[r]?.[0] === "number"; r++)
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[r]?.[i]])));
  return rows;
}

describe("Calculate profit", () => {
  it("matches every day's net sales, cost of goods, fees, ad spend and profit to the fen, on a month imported from its exports", async () => {
    const { excel, env, expected } = await shop(10);
    const outcome = await calculateProfit(env);
    expect(outcome.ok).toBe(true);
    const total = expected.reduce((a, d) => a + d.profit, 0);
    const net = expected.reduce((a, d) => a + d.netSales, 0);
    expect(outcome.message).toBe(
      `Profit 2026-11-01 – 2026-11-10 on “Profit”: ${total.toFixed(2)} on net sales of ${net.toFixed(2)}, margin ${((total / net) * 100).toFixed(2)}%.`
    );
    const rows = dayRows(excel, "Profit");
    expect(
      rows.map((r) => [r["Day"], r["Net sales"], r["Cost of goods"], r["Platform fees"], r["Ad spend"], r["Profit"]])
    ).toEqual(expected.map((e) => [e.day, e.netSales, e.goodsCost, e.fees, e.adSpend, e.profit]));
    expect(rows.map((r) => r["Fees estimated"])).toEqual(
      expected.map((e) => (e.day === PROFIT_FIRST_SERIAL + NO_STATEMENT_DAY ? "Estimated" : null))
    );
    // The scarf has no cost: named with its share, the statement's unknown deduction listed and not counted.
    expect(outcome.details).toEqual([
      "1 day has no Alipay statement line: its fees are estimated at the Settings' rate (Fees estimated).",
      `Careful: 10 orders have a product without a cost, ${((200 / net) * 100).toFixed(2)}% of net sales: this profit is too high until Costs has them (see “Products without a cost”).`,
      "40.00 of ad spend went to 1 item no Costs row ties to a product (600000009999): give its Product ID beside the Merchant code in Costs to see its products' profit after ads.",
      "9 statement lines no rule knows (-27.00 in all) are listed on the sheet and not counted.",
    ]);
    const flat = sheetOf(excel, "Profit")?.values.flat() ?? [];
    expect(flat).toContain("Products without a cost (counted at no cost)");
    expect(flat).toContain("其它扣款");
  });

  it("writes the products by profit after their own ads, the loss-makers first, each with its break-even ROI beside its ad ROI", async () => {
    // A 3-day attribution window, as the report's file name says: the days before the last three are final.
    const { excel, env } = await shop(10, "en-US", (f) => {
      const { ["ads.csv"]: ads = "", ...rest } = f;
      return { ...rest, "万相台_3天累计.csv": ads };
    });
    const outcome = await calculateProfit(env);
    const values = sheetOf(excel, "Profit")?.values ?? [];
    const title = values.findIndex((r) => r[0] === "Products by profit after their own ads, loss-makers first");
    const header = (values[title + 1] ?? []).map(String);
    const products = values.slice(title + 2, title + 5).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(products.map((p) => p["Product"]).sort()).toEqual(["Dress A", "Dress B", "Scarf"]);
    expect(values[title + 5]?.[0] ?? null).toBeNull();
    const profits = products.map((p) => p["Profit"] as number);
    expect(profits).toEqual([...profits].sort((a, b) => a - b));
    for (const p of products) {
      const beforeAds = ((p["Profit"] as number) + (p["Ad spend"] as number)) / (p["Net sales"] as number);
      if (beforeAds > 0) expect(p["Break-even ROI"]).toBeCloseTo(1 / beforeAds, 9);
      // A product losing money before ads has no ROI at which ads pay: the cell is left empty.
      else expect(p["Break-even ROI"]).toBeNull();
    }
    // Dress A's item spent 6 + d a day, all in the period, at ROI 2 on every final day; the others had no item tied.
    const dressA = products.find((p) => p["Product"] === "Dress A");
    expect(dressA?.["Ad spend"]).toBe(Array.from({ length: 10 }, (_, d) => 6 + d).reduce((a, b) => a + b, 0));
    expect(dressA?.["Ad ROI (final days)"]).toBeCloseTo(2, 12);
    expect(products.find((p) => p["Product"] === "Dress B")?.["Ad ROI (final days)"]).toBeNull();
    // The other item's 4 a day is the shop's: in the days' ad spend, named in the summary.
    expect(outcome.details).toContain(
      "40.00 of ad spend went to 1 item no Costs row ties to a product (600000009999): give its Product ID beside the Merchant code in Costs to see its products' profit after ads."
    );
    // Under the default 15-day window none of ten days is final: no ROI to judge by yet.
    const { excel: young, env: youngEnv } = await shop(10);
    await calculateProfit(youngEnv);
    const youngValues = sheetOf(young, "Profit")?.values ?? [];
    const at = youngValues.findIndex((r) => r[0] === "Dress A");
    expect(youngValues[at]?.[header.indexOf("Ad ROI (final days)")]).toBeNull();
    expect(youngValues[at]?.[header.indexOf("Ad spend")]).toBe(dressA?.["Ad spend"]);
  });

  it("lets the diagnosis judge a product's own ads against its own break-even, naming it", async () => {
    // Dress A's 105 of spend judged: the threshold lowered under it, as a small shop would.
    const [costs, settings] = profitExports(10).sheets as [SheetJson, SheetJson];
    const lowered = {
      ...settings,
      values: [...settings.values, ["Ad spend threshold", 100]],
      tables: [{ name: "Settings", address: `A1:B${settings.values.length + 1}` }],
    };
    const { excel, env } = await shop(
      10,
      "en-US",
      (f) => {
        const { ["ads.csv"]: ads = "", ...rest } = f;
        return { ...rest, "万相台_3天累计.csv": ads };
      },
      [costs, lowered]
    );
    await calculateProfit(env);
    const outcome = await diagnoseStoreData(env);
    expect(outcome.ok).toBe(true);
    const rows = sheetOf(excel, "Diagnosis")?.values ?? [];
    const found = rows.find((r) => String(r[0]).includes("Dress A"));
    expect(String(found?.[0])).toBe("Ad ROI under break-even: Dress A");
    expect(String(found?.[2])).toMatch(
      /^its ad ROI 2\.00 on the final days of 11\/1–11\/10 against its own break-even \d+\.\d\d/
    );
  });

  it("reads the statement as 账务组合查询's .xlsx, split over numbered sheets, to the same fen as the CSV", async () => {
    const exports = profitExports(10);
    // The newer export's own headings: 入账时间, 收入（+元）, 支出（-元）, 账务类型; half the lines on each sheet.
    const header = ["账务流水号", "入账时间", "对方账号", "收入（+元）", "支出（-元）", "账务类型", "备注"];
    const half = Math.ceil(exports.statement.rows.length / 2);
    const sheet = (rows: readonly (readonly (string | number)[])[]) => [["#账务组合查询"], header, ...rows];
    const xlsx = workbookOfSheets(
      [
        { name: "账务组合查询1", rows: sheet(exports.statement.rows.slice(0, half)) },
        { name: "账务组合查询2", rows: sheet(exports.statement.rows.slice(half)) },
      ],
      "xlsx"
    );
    const { excel, env } = emulatedEnvironment("en-US", { sheets: exports.sheets });
    const files = [
      ...Object.entries(exports.files)
        .filter(([name]) => name !== "alipay.csv")
        .map(([name, text]) => file(name, text)),
      { name: "账务组合查询.xlsx", chunks: () => blobChunks(new Blob([new Uint8Array(xlsx)])) },
    ];
    await importStoreData(env, files, OPTIONS);
    const statement = sheetOf(excel, "Alipay Statement");
    expect((statement?.values.length ?? 0) - 1).toBe(exports.statement.rows.length);
    await calculateProfit(env);
    const rows = dayRows(excel, "Profit");
    expect(rows.map((r) => [r["Day"], r["Net sales"], r["Platform fees"], r["Profit"]])).toEqual(
      exports.expected.map((e) => [e.day, e.netSales, e.fees, e.profit])
    );
  });

  it("says in Chinese what it calculated, on 利润, in a workbook whose sheets are not English", async () => {
    // The Costs sheet named and headed in Chinese: the workbook's sheets are Chinese, and so is the Profit sheet.
    const costs = costsSheet();
    const zh = {
      ...costs,
      name: "成本",
      values: [["商家编码", "SKU", "成本价", "单件包装费", "商品ID"], ...costs.values.slice(1)],
    };
    const { excel, env } = await shop(3, "zh-CN", undefined, [zh]);
    const outcome = await calculateProfit(env);
    expect(outcome.message).toMatch(/^2026-11-01 – 2026-11-03 的利润已写入“利润”：利润 /);
    expect(sheetOf(excel, "利润")?.values.flat()).toContain("推广ROI（归因已定的天）");
  });

  it.each([10, 1_000])(
    "reads names, inputs, tables and Store Metrics' state, then writes the sheet and Store Metrics: three round trips, two with the layout remembered (%i days)",
    async (days) => {
      const { excel, env } = await shop(days);
      // A fresh pane knows nothing of the layout; the import's own pane remembered it.
      const cold = { ...env, host: clientHost(excel) };
      excel.resetStats();
      await calculateProfit(cold);
      const first = excel.stats().syncs;
      excel.resetStats();
      await calculateProfit(cold);
      const stats = excel.stats();
      // 1,000 days hold 3,000 detail lines: past the first 1,000 rows, profit's columns take one block more.
      // Store Metrics' refresh reads with the command's first read and writes with its last: none of its own.
      expect([first, stats.syncs]).toEqual(days > 500 ? [4, 3] : [3, 2]);
      expect(stats.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
      // Both sheets' writes share a request: still under Excel on the web's 5 MB.
      expect(stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    }
  );

  it("names a detail line whose order is not in the order list, and a fee naming an unknown order, at their cells", async () => {
    const stray = "999999999999999999";
    const { excel, env, expected } = await shop(3, "en-US", (f) => ({
      ...f,
      "order-details.csv": `${f["order-details.csv"]}\n${stray},Dress A,30,1,,A01`,
      "alipay.csv": `${f["alipay.csv"]}\n20261199,2026-11-02 09:00:00,tmall,,7,交易,天猫佣金{T200P${stray}}`,
    }));
    const outcome = await calculateProfit(env);
    expect(outcome.ok).toBe(true);
    const said = outcome.details.join("\n");
    expect(said).toMatch(new RegExp(`Order ${stray} is not in the imported order list: this detail line is left out`));
    expect(said).toMatch(/names order .*, which is not in the imported order list: it counts on its own day/);
    expect(outcome.locations?.filter(Boolean)).toHaveLength(2);
    // The stray commission counts on its own day; the stray line adds nothing.
    const rows = dayRows(excel, "Profit");
    expect(rows[1]?.["Platform fees"]).toBeCloseTo((expected[1]?.fees ?? 0) + 7, 9);
    expect(rows[0]?.["Net sales"]).toBe(expected[0]?.netSales);
    expect(orderId(0, 1)).toHaveLength(18);
  });

  it("stops with a clear sentence, writing nothing, without an order list or with a cost that is text", async () => {
    const none = emulatedEnvironment("en-US", { sheets: [costsSheet()] });
    const outcome = await calculateProfit(none.env);
    expect(outcome).toMatchObject({ ok: false, message: "No profit was calculated and nothing was written:" });
    expect(outcome.details[0]).toMatch(/Profit is worked out from the Qianniu order list, and none is imported yet/);
    expect(sheetOf(none.excel, "Profit")).toBeUndefined();

    const exports = profitExports(2);
    const bad = emulatedEnvironment("en-US", {
      sheets: [costsSheet([["C01", "", "cheap", ""]]), ...exports.sheets.slice(1)],
    });
    await importStoreData(
      bad.env,
      Object.entries(exports.files).map(([n, t]) => file(n, t)),
      OPTIONS
    );
    const refused = await calculateProfit(bad.env);
    expect(refused.ok).toBe(false);
    expect(refused.details.join("\n")).toMatch(/Costs!C5.*cheap/);
    expect(sheetOf(bad.excel, "Profit")).toBeUndefined();
  });

  it("calculates again after an import that changes its rows, only where the operator keeps a Profit sheet", async () => {
    const { excel, env } = await shop(3);
    expect(await refreshProfit(env, ["qianniuOrders"])).toBeNull();
    expect(sheetOf(excel, "Profit")).toBeUndefined();
    await calculateProfit(env);
    const before = dayRows(excel, "Profit").length;
    const later = profitExports(4);
    await importStoreData(env, [file("orders.csv", later.files["orders.csv"] ?? "")], OPTIONS);
    await importStoreData(env, [file("order-details.csv", later.files["order-details.csv"] ?? "")], OPTIONS);
    expect(await refreshProfit(env, ["sycmOverview"])).toBeNull();
    const refreshed = await refreshProfit(env, ["qianniuOrders", "qianniuOrderItems"]);
    expect(refreshed?.message).toMatch(/^Profit 2026-11-01 – 2026-11-04 on “Profit”/);
    expect(dayRows(excel, "Profit")).toHaveLength(before + 1);
  });

  it("gives the diagnosis its days: the profit rule is judged once there is a Profit sheet", async () => {
    const { excel, env } = await shop(14);
    const checkOf = async () => {
      await diagnoseStoreData(env);
      const values = sheetOf(excel, "Diagnosis")?.values ?? [];
      return values.find((r) => r[0] === "GMV up while profit fell")?.[1];
    };
    expect(await checkOf()).toMatch(/needs a Profit sheet \(Calculate profit\)/);
    await calculateProfit(env);
    // GMV held over the two weeks: judged, and clear.
    expect(await checkOf()).toBe("Nothing found");
  });

  it("gives the daily report the latest day's profit and margin once there is a Profit sheet", async () => {
    const tasks = {
      name: "Daily Tasks",
      values: [
        ["Task", "Minutes", "Priority"],
        ["Reply to buyers", 30, 1],
      ],
    };
    const { env, expected } = await shop(3, "en-US", undefined, [...profitExports(3).sheets, tasks]);
    expect((await generateDailySchedule(env, { year: 2026, month: 11, day: 4 })).ok).toBe(true);
    await calculateProfit(env);
    const copied = await copyDailyReport(env, { year: 2026, month: 11, day: 4 });
    const last = expected[2] as (typeof expected)[number];
    expect(copied.report?.split("\n")).toContain(
      `Profit 2026-11-03: ${last.profit.toFixed(2)}, margin ${((last.profit / last.netSales) * 100).toFixed(2)}%`
    );
  });

  it("gives the weekly review what moved profit, adding up to its change, and the copied report its line", async () => {
    const { excel, env, expected } = await shop(15);
    await calculateProfit(env);
    // The week of Monday 2026-11-09 against the week before: the fixture's days 1–7 and 8–14.
    const week = weekOf(PROFIT_FIRST_SERIAL + 8);
    expect((await writeWeeklyReview(env, week)).ok).toBe(true);
    const values = excel.dump().sheets.find((s) => /^Weekly Review/.test(s.name))?.values ?? [];
    const title = values.findIndex((r) => r[0] === "What moved profit");
    const parts = values.slice(title + 2, title + 5).map((r) => [r[0], r[3]]);
    expect(parts.map((p) => p[0])).toEqual(["Paid orders", "Profit per order before ads", "Ad spend"]);
    const sum = (from: number) => expected.slice(from, from + 7).reduce((a, d) => a + d.profit, 0);
    const change = sum(8) - sum(1);
    expect(parts.reduce((a, p) => a + (p[1] as number), 0)).toBeCloseTo(change, 6);
    // Ads grew by 7 a day each day of the week: 49 less profit, all of it the ads' part.
    expect(parts[2]?.[1]).toBeCloseTo(-49, 9);
    const said = values.slice(title).find((r) => /^Profit [\d,.]/.test(String(r[0])));
    expect(String(said?.[0])).toMatch(
      /^Profit [-\d,.]+ → [-\d,.]+ \([+−][\d,.]+\), margin [-\d.]+% → [-\d.]+% \(the Profit sheet\)/
    );
    const copied = await copyWeeklyReport(env, week);
    expect(copied.report?.split("\n").some((l) => l.startsWith("Profit "))).toBe(true);
  });

  it("gives Store Metrics each day's net sales, profit and margin, kept after the next import, for goals on profit", async () => {
    const { excel, env, expected } = await shop(10);
    await calculateProfit(env);
    const metrics = () => {
      const values = sheetOf(excel, "Store Metrics")?.values ?? [];
      const header = (values[0] ?? []).map(String);
      const column = (name: string) => header.indexOf(name);
      return values
        .slice(1)
        .flatMap((r) => (typeof r[0] === "number" ? [[r[0], r[column("Profit")], r[column("Margin")]]] : []));
    };
    const want = expected.map((e) => [e.day, e.profit, expect.closeTo(e.profit / e.netSales, 12)]);
    expect(metrics()).toEqual(want);
    // An import of another export rebuilds Store Metrics from the sums kept: the Profit sheet's days stay.
    const later = profitExports(10);
    await importStoreData(env, [file("ads.csv", later.files["ads.csv"] ?? "")], { ...OPTIONS, replace: true });
    expect(metrics()).toEqual(want);
  });

  it("lets a goal be set on margin: Update goal status reads its current value from Store Metrics", async () => {
    const goals = {
      name: "Goals",
      values: [
        ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
        ["Margin to 10%", "利润率", 0.05, 0.1, null, PROFIT_FIRST_SERIAL, PROFIT_FIRST_SERIAL + 20],
      ],
    };
    const { excel, env, expected } = await shop(10, "en-US", undefined, [...profitExports(10).sheets, goals]);
    await calculateProfit(env);
    expect((await updateGoalStatus(env)).ok).toBe(true);
    const row = sheetOf(excel, "Goals")?.values[1] ?? [];
    // The last 7 days' margin: their profit over their net sales, never an average of daily margins.
    const week = expected.slice(3);
    const margin = week.reduce((a, d) => a + d.profit, 0) / week.reduce((a, d) => a + d.netSales, 0);
    // Current stays the operator's blank cell; Progress is measured from the margin Store Metrics gives.
    expect(row[4]).toBeNull();
    expect(0.05 + (row[7] as number) * 0.05).toBeCloseTo(margin, 9);
    expect(row[13]).toBe("Current: 7 days to 2026-11-10 (7 with data).");
  });
});
