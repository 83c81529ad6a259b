/** Watch competitors on the emulator: the Competition sheet from Competitors and Store Metrics, its refusals, the report's line. */
import { copyDailyReport, generateDailySchedule } from "../../src/commands/dailySchedule";
import { importStoreData } from "../../src/commands/importStoreData";
import { watchCompetitors } from "../../src/commands/watchCompetitors";
import { blobChunks } from "../../src/csv/chunks";
import type { SheetJson } from "../../src/emulator";
import { displayText } from "../../src/emulator/display";
import { LATEST, competitionFixture, competitorsSheet, ourShopAndRivals } from "../fixtures/generators/competition";
import { storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { TODAY, emulatedEnvironment } from "../helpers";

const fixture = competitionFixture(ourShopAndRivals(), 28, LATEST);
const sheetNamed = (dump: { sheets: SheetJson[] }, name: string) => dump.sheets.find((s) => s.name === name);

describe("Watch competitors", () => {
  it("writes each subject's week, the calibration, the chart and every day's estimates, in three round trips (layout, inputs, write)", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", {
      sheets: [storeMetricsSheet(fixture.metrics, LATEST, true), competitorsSheet(fixture.rows)],
    });
    const outcome = await watchCompetitors(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toBe("“竞争分析”对比了 3 个主体截至 2026-11-23 的近7天与前7天。");
    expect(outcome.details[0]).toMatch(/^最大变动：竞店A，预估支付金额较前7天 \+4\d\.\d%。$/);
    const sheet = sheetNamed(excel.dump(), "竞争分析");
    expect(sheet?.tables?.map((t) => t.name)).toEqual([
      "CompetitionSummary",
      "CompetitionCalibration",
      "CompetitionDays",
    ]);
    const values = sheet?.values ?? [];
    expect(values[0]?.slice(0, 3)).toEqual(["主体", "类型", "预估支付金额（近7天）"]);
    expect(values.slice(1, 4).map((r) => [r[0], r[1], r[10]])).toEqual([
      ["本店", "本店", null],
      ["竞店A", "竞店", "▲ 最大变动"],
      ["竞店B", "竞店", null],
    ]);
    // Our estimated GMV over the week is near what Store Metrics says it was.
    const ours = fixture.metrics.slice(-7).reduce((t, d) => t + d.gmv, 0);
    expect(Math.abs((values[1]?.[2] as number) / ours - 1)).toBeLessThan(0.1);
    const calibration = values.findIndex((r) => r[0] === "指数");
    expect(values.slice(calibration + 1, calibration + 5).map((r) => [r[0], r[1], r[2], r[9]])).toEqual([
      ["交易指数", "支付金额", 28, "已用本店数据拟合"],
      ["流量指数", "访客数", 28, "已用本店数据拟合"],
      ["客群指数", "支付买家数", 28, "已用本店数据拟合"],
      ["支付转化指数", "支付转化率", 28, "已用本店数据拟合"],
    ]);
    // Each fit's a, from 0.07 to 0.0002, shows four significant figures; the cell keeps the whole value.
    const model = excel.model.findSheet("竞争分析");
    for (let row = calibration + 1; row < calibration + 5; row++) {
      const shown = displayText(model?.value(row, 5), model?.numberFormat(row, 5) ?? "General");
      expect(shown.replace(/[.,]/g, "").replace(/^0+/, "")).toMatch(/^\d{4}$/);
      expect(Math.abs(Number(shown) / (values[row]?.[5] as number) - 1)).toBeLessThan(5e-4);
    }
    expect(sheet?.charts).toEqual([{ type: "Line", title: "预估日支付金额", series: 3 }]);
    const days = sheet?.tables?.find((t) => t.name === "CompetitionDays");
    // 28 days of 3 subjects, raw indices beside the estimates.
    expect(days?.address).toMatch(/^A\d+:[A-Z]+\d+$/);
    const header = values.find((r) => r[0] === "日期" && r[1] === "主体");
    expect(header?.slice(3, 8)).toEqual(["交易指数", "流量指数", "支付转化指数", "客群指数", "预估支付金额"]);
    expect(excel.stats().syncs).toBe(3);
  });

  it("refuses text in an index, a repeated day and a subject on both sides with their cells, and writes nothing", async () => {
    const rows = fixture.rows.map((r) => [...r]);
    (rows[2] as unknown[])[3] = "约两万";
    rows.push([LATEST, "竞店B", "竞店", 1, 1, 1, 1]);
    rows.push([LATEST - 40, "竞店A", "本店", 1, 1, 1, 1]);
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [storeMetricsSheet(fixture.metrics, LATEST), competitorsSheet(rows, "Competitors")],
    });
    const before = excel.dump();
    const outcome = await watchCompetitors(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe("The competition was not watched and nothing was written:");
    expect(outcome.details).toEqual([
      "Competitors!D3: Trade index: “约两万” is not a number.",
      `Competitors!B${rows.length - 1}: “竞店B” has a second row for 2026-11-23 (the first is B${rows.length - 2}). Keep one row per day and subject, then run it again.`,
      `Competitors!B${rows.length}: “竞店A” is marked as a rival here and as ours at B6 (or the other way round). Mark each subject one way, then run it again.`,
    ]);
    expect(outcome.locations?.[0]).toEqual({ sheet: "Competitors", address: "D3" });
    expect(excel.dump()).toEqual(before);
  });

  it("keeps the last watch's curves when Store Metrics no longer has the days to fit them, and says so", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [storeMetricsSheet(fixture.metrics, LATEST), competitorsSheet(fixture.rows, "Competitors")],
    });
    const first = await watchCompetitors(env);
    expect(first.ok).toBe(true);
    const firstValues = sheetNamed(excel.dump(), "Competition")?.values ?? [];
    // Store Metrics cut to its last 5 days, as after a Replace import of one short download.
    const metrics = excel.model.findSheet("Store Metrics");
    for (let r = 1; r <= fixture.metrics.length - 5; r++)
      for (let c = 0; c < 15; c++) metrics?.setValue(r, c, undefined);
    excel.resetStats();
    const second = await watchCompetitors(env);
    expect(second.ok).toBe(true);
    expect(second.details.some((d) => d.startsWith("Not calibrated"))).toBe(false);
    const values = sheetNamed(excel.dump(), "Competition")?.values ?? [];
    const calibration = values.findIndex((r) => r[0] === "Index");
    expect(values.slice(calibration + 1, calibration + 5).map((r) => [r[0], r[2], r[9]])).toEqual(
      ["Trade index", "Traffic index", "Buyer index", "Conversion index"].map((name) => [
        name,
        28,
        expect.stringMatching(/^Kept from the last watch: /),
      ])
    );
    // The curve is the same one: a, b and the band read back as written; estimates at the middle of the range equal.
    const firstCalibration = firstValues.findIndex((r) => r[0] === "Index");
    expect(values.slice(calibration + 1, calibration + 5).map((r) => r.slice(3, 9))).toEqual(
      firstValues.slice(firstCalibration + 1, firstCalibration + 5).map((r) => r.slice(3, 9))
    );
    expect(values[2]?.[2]).toBeCloseTo(firstValues[2]?.[2] as number, 0);
    // The layout is remembered now: one read, the kept table with the inputs, and one write.
    expect(excel.stats().syncs).toBe(2);
  });

  it("does not take a table the operator named CompetitionCalibration on a sheet of their own for a kept curve", async () => {
    const own: SheetJson = {
      name: "My notes",
      values: [
        ["Index", "Value", "Days", "Index from", "Index to", "a", "b", "R²", "Band ±", "Note"],
        ["Trade index", "GMV", 30, 1, 100000, 1, 1, 1, 0.1, ""],
      ],
      tables: [{ name: "CompetitionCalibration", address: "A1:J2" }],
    };
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [competitorsSheet(fixture.rows, "Competitors"), own],
    });
    const outcome = await watchCompetitors(env);
    expect(outcome.ok).toBe(true);
    expect(sheetNamed(excel.dump(), "Competition")?.values.flat()).toContain(
      "Not fitted: 0 of our days have both the index and the value; needs 14"
    );
  });

  it("without Store Metrics writes the raw indices and says nothing was calibrated", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [competitorsSheet(fixture.rows, "Competitors")] });
    const outcome = await watchCompetitors(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.details).toEqual([
      expect.stringMatching(/^Biggest move: 竞店A, est\. trade index \+\d+\.\d% against the 7 days before\.$/),
      "There is no Store Metrics yet, so no index is calibrated: the sheet shows the raw indices. Import the shop's Sycm overview, then watch again.",
    ]);
    const sheet = sheetNamed(excel.dump(), "Competition");
    expect(sheet?.charts ?? []).toEqual([]);
    expect(sheet?.values.flat()).toContain("No trade index is calibrated, so there is no chart of estimated GMV.");
    expect(sheet?.values.flat()).toContain("Not fitted: 0 of our days have both the index and the value; needs 14");
  });

  it("says where to put competition data when there is none", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [storeMetricsSheet(fixture.metrics, LATEST)] });
    const before = excel.dump();
    const outcome = await watchCompetitors(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.details).toEqual([
      "There is no competition data yet. Import Sycm's competition downloads (监控店铺, 竞品分析 …) in Store data, or paste a table copied from Sycm's 竞争 pages onto a sheet named “Competitors” with Date, Subject and the index columns.",
    ]);
    expect(excel.dump()).toEqual(before);
  });

  it("imports the wide 竞品分析 download into Competitors, then watches it", async () => {
    const lines = [
      "竞品分析,,,,",
      "统计日期：2026-10-27~2026-11-23,,,,",
      "日期,本店商品名称,本店商品交易指数,竞品1名称,竞品1交易指数",
    ];
    for (let d = 0; d < 28; d++) {
      const day = new Date(Date.UTC(2026, 9, 27 + d)).toISOString().slice(0, 10);
      lines.push(`${day},连衣裙A,"${(10000 + d * 100).toLocaleString("en-US")}",竞品连衣裙,${d > 24 ? 20000 : 12000}`);
    }
    const { excel, env } = emulatedEnvironment("zh-CN");
    const file = {
      name: "竞品分析.csv",
      chunks: () => blobChunks(new Blob([new TextEncoder().encode(lines.join("\n"))])),
    };
    const imported = await importStoreData(env, [file], {
      replace: false,
      clock: () => 0,
      now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }),
    });
    expect(imported).toMatchObject({ ok: true });
    expect(imported.details.at(-1)).toBe(
      "已导入竞争数据：点“监控竞争对手”（店铺数据）即可在“竞争分析”工作表中得到预估。"
    );
    const table = sheetNamed(excel.dump(), "竞争数据");
    expect(table?.values[0]).toEqual(["日期", "主体", "类型", "交易指数"]);
    expect(table?.values.slice(1, 3)).toEqual([
      [46322, "连衣裙A", "本店商品", 10000],
      [46322, "竞品连衣裙", "竞品", 12000],
    ]);
    expect(table?.values).toHaveLength(57);
    const outcome = await watchCompetitors(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.details[0]).toMatch(/^最大变动：竞品连衣裙，预估交易指数较前7天 \+\d+\.\d%。$/);
  });

  it("gives the daily report the week's biggest competitor move", async () => {
    const tasks: SheetJson = {
      name: "Daily Tasks",
      values: [
        ["Task", "Minutes", "Priority", "Fixed start", "Days", "Category"],
        ["Check data", 30, "High", "09:00", "Daily", "Data"],
      ],
    };
    const { env } = emulatedEnvironment("en-US", {
      sheets: [tasks, storeMetricsSheet(fixture.metrics, LATEST), competitorsSheet(fixture.rows, "Competitors")],
    });
    await generateDailySchedule(env);
    const without = await copyDailyReport(env);
    expect(without.report).not.toMatch(/Competitors:/);
    await watchCompetitors(env);
    const report = await copyDailyReport(env);
    expect(report.report).toMatch(
      /\nCompetitors: biggest move this week 竞店A, est\. GMV \+4\d\.\d% against the week before\n/
    );
  });
});
