/** Diagnose store data on the emulator: the Diagnosis sheet from Store Metrics and the imported tables. */
import { countFindings, diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { days, ordersSheet, productsSheet, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { emulatedEnvironment } from "../helpers";
import { runOn } from "../fixtures/officeClient";

// Today is 2026-11-24 (serial 46350); Store Metrics runs up to yesterday.
const LATEST = 46349;
const FALLING = [...days(14), ...days(3, { buyers: 20, gmv: 2000 })];

describe("Diagnose store data", () => {
  it("writes each finding with its evidence, growth point and estimate, and each check under them, in three round trips", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [storeMetricsSheet(FALLING, LATEST)] });
    const outcome = await diagnoseStoreData(env);
    expect(outcome).toMatchObject({
      ok: true,
      message:
        "1 finding on “Diagnosis” from the store's data up to 2026-11-23. Each suggests a growth point: add them with “Add suggestions to growth points”.",
    });
    // Store Metrics holds 17 days: with 万相台's 15-day attribution (no ad report says otherwise) ROI has no closed week.
    expect(outcome.details).toEqual([
      "3 checks had too little data to judge; “Checks” on the sheet says what each needs.",
    ]);
    const sheet = excel.dump().sheets.find((s) => s.name === "Diagnosis");
    expect(sheet?.values.slice(0, 2)).toEqual([
      ["Finding", "Metric", "Evidence", "Suggested growth point", "Estimated growth rate", "Estimated profit growth"],
      [
        "Conversion falling while visitors hold",
        "Conversion rate",
        "2.00% on 11/21–11/23 vs 3.00% the 7 days before (−1.00 pt) and 3.00% the same days a week earlier (−1.00 pt); visitors 1,000 a day vs 1,000",
        "Detail page and payment reminders",
        0.166666666666667,
        // No Profit sheet: left blank.
        null,
      ],
    ]);
    expect(sheet?.tables).toEqual([{ name: "Diagnosis", address: "A1:F2" }]);
    const flat = sheet?.values.flat() ?? [];
    expect(flat).toContain("Checks");
    expect(flat).toContain("Not enough data: needs an imported Qianniu order list: 1; has 0");
    expect(excel.stats().syncs).toBe(3);
  });

  it("reads the imported tables' first rows with the other inputs: no more round trips while they fit", async () => {
    const products = [
      { name: "连衣裙 A", visitors: 1200, buyers: 2 },
      { name: "连衣裙 B", visitors: 800, buyers: 30 },
    ];
    const sheets = [
      storeMetricsSheet(days(17), LATEST, true),
      ordersSheet(90, 50, LATEST, true),
      productsSheet(products, LATEST, true),
    ];
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets });
    const outcome = await diagnoseStoreData(env);
    expect(outcome.ok).toBe(true);
    const rows = excel.dump().sheets.find((s) => s.name === "诊断建议")?.values ?? [];
    expect(rows.slice(1, 3).map((r) => r.slice(0, 2))).toEqual([
      ["下单多、付款少", "订单数"],
      ["商品转化率远低于全店: 连衣裙 A", "支付转化率"],
    ]);
    expect(rows[2]?.[3]).toBe("详情页优化：连衣裙 A");
    expect(excel.stats().syncs).toBe(3);
    expect(await countFindings(env)).toBe(2);
  });

  it("reads a 200,000-order list in blocks whose responses stay far under 5 MB", async () => {
    const sheets = [storeMetricsSheet(days(17), LATEST), ordersSheet(200_000, 150_000, LATEST)];
    const { excel, env } = emulatedEnvironment("en-US", { sheets });
    const outcome = await diagnoseStoreData(env);
    expect(outcome.ok).toBe(true);
    const stats = excel.stats();
    // Past the first 1,000 rows, two columns of 199,000 rows (about 5 MB as JSON) in blocks under 4 MB: two.
    expect(stats.syncs).toBe(3 + 2);
    expect(stats.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
    expect(excel.dump().sheets.find((s) => s.name === "Diagnosis")?.values[1]?.[0]).toBe(
      "Many orders placed but not paid"
    );
  });

  it("replaces its own sheet and never one of the user's", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [storeMetricsSheet(FALLING, LATEST), { name: "Diagnosis", values: [["my notes"]] }],
    });
    const first = await diagnoseStoreData(env);
    expect(first.details[0]).toBe(
      "“Diagnosis” is a sheet of yours and was left as it is; the output went to “Diagnosis (2)”."
    );
    await diagnoseStoreData(env);
    const names = excel.dump().sheets.map((s) => s.name);
    expect(names).toEqual(["Store Metrics", "Diagnosis", "Diagnosis (2)"]);
    expect(excel.dump().sheets[1]?.values).toEqual([["my notes"]]);
  });

  it("leaves a Diagnosis the operator renamed to keep it, and writes a new one under its own name", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [storeMetricsSheet(FALLING, LATEST)] });
    await diagnoseStoreData(env);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Diagnosis").name = "Diagnosis 11-24 kept";
    });
    const kept = excel.dump().sheets.find((s) => s.name === "Diagnosis 11-24 kept");
    const again = await diagnoseStoreData(env);
    expect(again.ok).toBe(true);
    expect(excel.dump().sheets.map((s) => s.name)).toEqual(["Store Metrics", "Diagnosis 11-24 kept", "Diagnosis"]);
    expect(excel.dump().sheets.find((s) => s.name === "Diagnosis 11-24 kept")).toEqual(kept);
    // From then on the new sheet is the one replaced.
    await diagnoseStoreData(env);
    expect(excel.dump().sheets.map((s) => s.name)).toEqual(["Store Metrics", "Diagnosis 11-24 kept", "Diagnosis"]);
  });

  it("with no findings still writes its checks, so the operator sees what was looked at", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [storeMetricsSheet(days(17), LATEST)] });
    const outcome = await diagnoseStoreData(env);
    expect(outcome.message).toBe(
      "No findings in the store's data up to 2026-11-23: “Diagnosis” lists each check and what it looked at."
    );
    expect(
      excel
        .dump()
        .sheets.find((s) => s.name === "Diagnosis")
        ?.values.flat()
    ).toContain("Nothing found");
  });

  it("writes nothing and says what to do without Store Metrics, or with a Settings value it cannot read", async () => {
    const none = emulatedEnvironment("en-US", { sheets: [{ name: "Sheet1", values: [["x"]] }] });
    const outcome = await diagnoseStoreData(none.env);
    expect(outcome).toMatchObject({ ok: false, message: "Nothing was diagnosed and nothing was written:" });
    expect(outcome.details[0]).toContain("There is no Store Metrics yet. Import the store's exports");
    expect(none.excel.dump().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(await countFindings(none.env)).toBeNull();

    const settings = {
      name: "Settings",
      values: [
        ["Setting", "Value"],
        ["Break-even ROI", "two"],
      ],
    };
    const bad = emulatedEnvironment("en-US", { sheets: [storeMetricsSheet(FALLING, LATEST), settings] });
    const refused = await diagnoseStoreData(bad.env);
    expect(refused.ok).toBe(false);
    expect(refused.details[0]).toMatch(/^Settings!B2: /);
    expect(bad.excel.dump().sheets.map((s) => s.name)).toEqual(["Store Metrics", "Settings"]);
  });
});

describe("Diagnose store data after importing an ad report whose attribution has not closed", () => {
  const iso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  // 30 days of ads: ROI 3 while attribution has closed, 0.5 on the last 5 days, whose sales are still arriving.
  const report = (attribution: string) =>
    [
      `日期,花费,展现量,点击量,总成交金额${attribution ? ",归因周期" : ""}`,
      ...Array.from({ length: 30 }, (_, i) => {
        const day = LATEST - 29 + i;
        return `${iso(day)},200,10000,400,${i >= 25 ? 100 : 600}${attribution ? `,${attribution}` : ""}`;
      }),
    ].join("\n");
  const overview = [
    "统计日期,访客数,支付金额,支付买家数",
    ...Array.from({ length: 30 }, (_, i) => `${iso(LATEST - 29 + i)},1000,3000,30`),
  ].join("\n");
  const file = (name: string, text: string) => ({
    name,
    chunks: async function* () {
      yield new TextEncoder().encode(text);
    },
  });
  const run = async (name: string, attribution: string) => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [{ name: "Sheet1", values: [] }] });
    await importStoreData(env, [file("overview.csv", overview), file(name, report(attribution))], {
      replace: false,
      clock: () => 0,
      now: () => ({ year: 2026, month: 11, day: 24, hour: 9, minute: 0, second: 0 }),
    });
    await diagnoseStoreData(env);
    const diagnosis = excel.dump().sheets.find((s) => s.name === "Diagnosis")?.values ?? [];
    const end = diagnosis.findIndex((r, i) => i > 0 && (r[0] === null || r[0] === ""));
    return {
      excel,
      findings: diagnosis.slice(1, end).map((r) => String(r[0])),
      checks: diagnosis
        .slice(end)
        .filter((r) => r[0] === "Ad ROI under break-even")
        .map((r) => String(r[1])),
    };
  };

  it("does not judge the days a 15-day report is still attributing, and keeps the window on the report's sheet", async () => {
    const { excel, findings, checks } = await run("万相台无界_15天累计数据.csv", "");
    expect(findings).not.toContain("Ad ROI under break-even");
    expect(checks).toEqual(["Nothing found"]);
    expect(excel.model.findSheet("Ad Report")?.customProperties.get("GrowthOps.AttributionDays")).toBe("15");
  });

  it("judges the same days once the report says its window is one day, and finds the ROI under break-even", async () => {
    const { findings } = await run("ads.csv", "1天");
    expect(findings).toContain("Ad ROI under break-even");
  });
});
