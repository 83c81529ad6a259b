/** Update goal status on the emulator: only the written columns change, Store Metrics fills a blank Current. */
import { runOn } from "../fixtures/officeClient";
import { importStoreData } from "../../src/commands/importStoreData";
import { insertSampleData } from "../../src/commands/insertSampleData";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import type { JsonCell, SheetJson } from "../../src/emulator";
import { blobChunks } from "../../src/csv/chunks";
import { emulatedEnvironment, TODAY } from "../helpers";

/** A Store Metrics table with one metric (CTR) on the given days. */
function storeMetricsRows(rows: readonly (readonly [number, number])[]): SheetJson {
  const values: JsonCell[][] = [["Date", "CTR"], ...rows.map(([d, v]) => [d, v]), ["Total", null]];
  return { name: "Store Metrics", values, tables: [{ name: "StoreMetrics", address: `A1:B${values.length}` }] };
}

// Today is 2026-11-24 (serial 46350). Goals run from 2026-11-22 (46348) to 2026-11-29 (46355).
const HEADER = ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"];
const GOALS: JsonCell[][] = [
  ["Main image CTR to 6%", "CTR", 0.048, 0.06, 0.0535, 46348, 46355],
  ["Refund rate to 3%", "Refund rate", 0.05, 0.03, 0.049, 46348, 46355],
  ["Broken", null, 0.1, 0.1, 0.1, 46348, 46355],
];

const goalsSheet = (rows = GOALS, extra: Partial<SheetJson> = {}): SheetJson => ({
  name: "Goals",
  values: [HEADER, ...rows],
  tables: [{ name: "Goals", address: `A1:G${rows.length + 1}` }],
  ...extra,
});

describe("Update goal status", () => {
  it("adds the written columns at the right of the Goals table and fills them, in three round trips", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet()] });
    const outcome = await updateGoalStatus(env);
    expect(outcome).toMatchObject({
      ok: true,
      message:
        "Updated 3 goals on “Goals”: On track 1, Behind 1 and Invalid 1. Projected: 2 at their pace since start.",
      details: ["Goal Trends: a chart for each of 2 goals with a store metric, on “Goal Trends”."],
    });
    const sheet = excel.dump().sheets[0];
    expect(excel.dump().sheets.map((s) => s.name)).toEqual(["Goals", "Goal Trends"]);
    expect(sheet?.tables).toEqual([{ name: "Goals", address: "A1:N4" }]);
    expect(sheet?.values[0]?.slice(7)).toEqual([
      "Progress",
      "Time elapsed",
      "Status",
      "Days left",
      "Projected",
      "Needed per day",
      "Note",
    ]);
    const [ctr, refund, broken] = [sheet?.values[1], sheet?.values[2], sheet?.values[3]];
    expect(ctr?.[7]).toBeCloseTo(0.0055 / 0.012, 12);
    // Excel keeps 15 significant digits of 2/7.
    expect(ctr?.slice(8, 11)).toEqual([0.285714285714286, "On track", 5]);
    expect(refund?.slice(9, 11)).toEqual(["Behind", 5]);
    expect(broken?.slice(9)).toEqual([
      "Invalid",
      null,
      null,
      null,
      "Target equals baseline: there is nothing to progress towards.",
    ]);
    expect(excel.model.sheets[0]?.shownFill(1, 9)).toBe("#E2F0D9");
    expect(excel.model.sheets[0]?.shownFill(2, 9)).toBe("#FFC7CE");
    expect(excel.stats().syncs).toBe(3);
  });

  it("colours statuses by a rule a status, so an edited status takes its colour; a second run replaces the rules and clears fills of old", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet()] });
    await updateGoalStatus(env);
    const model = excel.model.sheets[0];
    expect(
      model?.conditionalFormats.map((f) => [
        f.address,
        f.settings["cellValue/rule"],
        f.settings["cellValue/format/fill/color"],
      ])
    ).toEqual([
      ["Goals!J2:J4", { formula1: '="Achieved"', operator: "EqualTo" }, "#C6EFCE"],
      ["Goals!J2:J4", { formula1: '="On track"', operator: "EqualTo" }, "#E2F0D9"],
      ["Goals!J2:J4", { formula1: '="At risk"', operator: "EqualTo" }, "#FFEB9C"],
      ["Goals!J2:J4", { formula1: '="Behind"', operator: "EqualTo" }, "#FFC7CE"],
      ["Goals!J2:J4", { formula1: '="Missed"', operator: "EqualTo" }, "#F4B084"],
      ["Goals!J2:J4", { formula1: '="Not started"', operator: "EqualTo" }, "#EDEDED"],
      ["Goals!J2:J4", { formula1: '="Invalid"', operator: "EqualTo" }, "#D9D9D9"],
    ]);
    // The operator marks a goal achieved by hand: its colour follows, with no command run.
    model?.setValue(2, 9, "achieved");
    expect(model?.shownFill(2, 9)).toBe("#C6EFCE");
    // An older version's colour, written into the cell itself, is cleared by the next run; the rules stay seven.
    model?.updateFormat(1, 9, { fill: "#123456" });
    await updateGoalStatus(env);
    expect(model?.format(1, 9)?.fill).toBeUndefined();
    expect(model?.shownFill(1, 9)).toBe("#E2F0D9");
    expect(model?.conditionalFormats).toHaveLength(7);
  });

  it("leaves every input cell of the table and everything beside and below it exactly as it was", async () => {
    const below: JsonCell[][] = [
      ...GOALS,
      [null, null, null, null, null, null, null],
      ["note under the table", null, null, null, null, null, null],
    ];
    const sheet: SheetJson = {
      name: "Goals",
      values: [HEADER, ...below],
      tables: [{ name: "Goals", address: "A1:G4" }],
    };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [sheet, { name: "Other", values: [["x", 1]] }] });
    await updateGoalStatus(env);
    const after = excel.dump().sheets;
    expect(after[0]?.values.map((r) => r.slice(0, 7))).toEqual(sheet.values);
    expect(after[0]?.values[5]).toEqual([
      "note under the table",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(after[1]).toEqual({ name: "Other", values: [["x", 1]] });
    await updateGoalStatus(env);
    expect(excel.dump().sheets[0]?.tables).toEqual([{ name: "Goals", address: "A1:N4" }]);
  });

  it("rewrites only its columns on a second run, in the language the workbook was written in whatever the pane speaks", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet()] });
    await updateGoalStatus(env);
    const zh = emulatedEnvironment("zh-CN");
    const outcome = await updateGoalStatus({ ...env, language: zh.env.language });
    expect(outcome.message).toMatch(/^已更新“Goals”中的 3 个目标/);
    const sheet = excel.dump().sheets[0];
    expect(sheet?.values[0]).toEqual([
      ...HEADER,
      "Progress",
      "Time elapsed",
      "Status",
      "Days left",
      "Projected",
      "Needed per day",
      "Note",
    ]);
    // An English workbook keeps English statuses beside its English headers; the pane speaks Chinese.
    expect(sheet?.values[1]?.[9]).toBe("On track");
  });

  it("refuses to add columns over the user's cells beside the table, and writes nothing", async () => {
    const values: JsonCell[][] = [[...HEADER, null, "my notes"], ...GOALS.map((r) => [...r, null, null])];
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [{ name: "Goals", values, tables: [{ name: "Goals", address: "A1:G4" }] }],
    });
    const before = excel.dump();
    const outcome = await updateGoalStatus(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.details[0]).toMatch(/^Goals!H1:BE4: The cells right of the table Goals/);
    expect(excel.dump()).toEqual(before);
  });

  it("takes a blank Current as the 7-day figure up to Store Metrics' latest date, as the baseline is measured, and says so", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [goalsSheet([["CTR to 6%", "点击率", 0.048, 0.06, null, 46348, 46355]])],
    });
    const csv = "日期,展现量,点击量,花费,总成交金额\n2026-11-22,1000,50,10,20\n2026-11-23,1000,54,10,20\n";
    await importStoreData(
      env,
      [{ name: "ads.csv", chunks: () => blobChunks(new Blob([new TextEncoder().encode(csv)])) }],
      {
        replace: false,
        clock: () => 0,
        now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }),
      }
    );
    await runOn(excel, async (context) => context.workbook.worksheets.getItem("Goals").activate());
    const outcome = await updateGoalStatus(env);
    expect(outcome.ok).toBe(true);
    const row = excel.dump().sheets.find((s) => s.name === "Goals")?.values[1];
    expect(row?.[4]).toBeNull();
    // CTR over the 7 days to 11-23 from summed parts: 104 clicks of 2,000 impressions, not the last day's 5.4%.
    expect(row?.[7]).toBeCloseTo((0.052 - 0.048) / 0.012, 12);
    expect(row?.[13]).toBe("Current: 7 days to 2026-11-23 (2 with data).");
    // The pace of the 7-day figure: 5.0% on 11-22, 5.2% on 11-23; 5 days are left to the deadline.
    expect(row?.[11]).toBeCloseTo(0.052 + 0.002 * 5, 12);
    expect(row?.[12]).toBeCloseTo((0.06 - 0.052) / 5, 12);
    expect(outcome.message).toMatch(/Projected: 1 on the 7-day trend\.$/);
  });

  it("marks a goal with no current value and no store metric as Invalid, saying why", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [goalsSheet([["Reviews", "Good reviews", 10, 20, null, 46348, 46355]])],
    });
    await updateGoalStatus(env);
    expect(excel.dump().sheets[0]?.values[1]?.slice(9)).toEqual([
      "Invalid",
      null,
      null,
      null,
      "No current value: fill in Current, or name a store metric in Metric and import store data.",
    ]);
  });

  it("writes a row's reading problem as its note and lists it in the pane", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [goalsSheet([["Typo", "CTR", 0.048, 0.06, 0.05, "someday", 46355]])],
    });
    const outcome = await updateGoalStatus(env);
    expect(outcome.details).toEqual([
      "Goals!F2: Start: “someday” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
    ]);
    expect(excel.dump().sheets[0]?.values[1]?.slice(9)).toEqual([
      "Invalid",
      null,
      null,
      null,
      "Start: “someday” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
    ]);
  });

  it("writes nothing when a required column is missing", async () => {
    const workbook = {
      sheets: [
        {
          name: "Goals",
          values: [
            ["Goal", "Target"],
            ["x", 1],
          ],
        },
      ],
    };
    const { excel, env } = emulatedEnvironment("en-US", workbook);
    const outcome = await updateGoalStatus(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.details).toHaveLength(3);
    expect(excel.dump().sheets).toEqual(workbook.sheets);
  });

  it("works on a Goals sheet that is not a table, adding the columns after its header in the sheet's language", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [
        {
          name: "目标",
          values: [
            ["目标", "基准值", "目标值", "当前值", "开始日期", "截止日期"],
            ["退款率降到3%", "5%", "3%", "4%", "2026-11-22", "2026/11/29"],
          ],
        },
      ],
    });
    const outcome = await updateGoalStatus(env);
    expect(outcome.ok).toBe(true);
    // The sheet is 目标: a Chinese workbook gets Chinese columns and statuses though the pane is in English.
    expect(outcome.message).toMatch(/^Updated 1 goal on “目标”/);
    expect(excel.dump().sheets[0]?.values[0]?.slice(6)).toEqual([
      "进度",
      "时间进度",
      "状态",
      "剩余天数",
      "预计到期值",
      "每日需提升",
      "说明",
    ]);
    expect(excel.dump().sheets[0]?.values[1]?.slice(6, 9)).toEqual([0.5, 0.285714285714286, "正常"]);
    // No Store Metrics: the pace since the start (−1 point in 2 days) projects 4% − 2.5 points = 1.5% at the deadline.
    expect(excel.dump().sheets[0]?.values[1]?.[10]).toBeCloseTo(0.015, 12);
    expect(excel.dump().sheets[0]?.values[1]?.[11]).toBeCloseTo(-0.01 / 5, 12);
  });

  it("updates the sample goals", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN");
    await insertSampleData(env);
    const outcome = await updateGoalStatus(env);
    expect(outcome.ok).toBe(true);
    expect(
      excel
        .dump()
        .sheets.find((s) => s.name === "目标")
        ?.values[0]?.slice(8)
    ).toEqual(["进度", "时间进度", "状态", "剩余天数", "预计到期值", "每日需提升", "说明"]);
  });

  // On a workbook never seen, 3 round trips (names; inputs; write) while the goals fit their first read and one
  // request, then one more per further 4 MB block read or written.
  it.each([
    [10, 3],
    [1_000, 3],
    [5_000, 4],
    [100_000, 8],
  ])(
    "updates %i goals in %i round trips, every request and response under 5 MB",
    async (count, syncs) => {
      const rows: JsonCell[][] = Array.from({ length: count }, (_, i) => [
        `Goal ${i}`,
        "CTR",
        0.04,
        0.06,
        0.04 + (i % 20) / 1000,
        46348,
        46355,
      ]);
      const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet(rows)] });
      expect((await updateGoalStatus(env)).ok).toBe(true);
      const stats = excel.stats();
      expect(stats.syncs).toBe(syncs);
      expect(stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
      expect(excel.model.sheets[0]?.value(count, 9)).toBe(
        ["Behind", "Behind", "At risk", "At risk", "At risk", "At risk"][(count - 1) % 20] ?? "On track"
      );
    },
    60_000
  );
});

it("adds Projected and Needed per day at the right of a Goals table made before they existed", async () => {
  const old: SheetJson = {
    name: "Goals",
    values: [
      [...HEADER, "Progress", "Time elapsed", "Status", "Days left", "Note"],
      ...GOALS.map((r) => [...r, null, null, null, null, null]),
    ],
    tables: [{ name: "Goals", address: "A1:L4" }],
  };
  const { excel, env } = emulatedEnvironment("en-US", { sheets: [old] });
  await updateGoalStatus(env);
  const sheet = excel.dump().sheets[0];
  expect(sheet?.values[0]?.slice(7)).toEqual([
    "Progress",
    "Time elapsed",
    "Status",
    "Days left",
    "Note",
    "Projected",
    "Needed per day",
  ]);
  expect(sheet?.values[1]?.[9]).toBe("On track");
});

describe("Goal Trends", () => {
  const history = storeMetricsRows([
    [46348, 0.049],
    [46349, 0.051],
  ]);

  it("draws each goal with a store metric: its metric per day against the line from baseline to target", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet(GOALS.slice(0, 1)), history] });
    await updateGoalStatus(env);
    const trends = excel.dump().sheets.find((s) => s.name === "Goal Trends");
    expect(trends?.values.slice(0, 3)).toEqual([
      ["Main image CTR to 6% (2026-11-22 – 2026-11-29)", null, null],
      ["Date", "Actual", "Plan"],
      [46348, 0.049, 0.048],
    ]);
    // Excel keeps 15 significant digits of the plan's 0.048 + 0.012 / 7.
    expect(trends?.values[3]?.slice(0, 2)).toEqual([46349, 0.051]);
    expect(trends?.values[3]?.[2]).toBeCloseTo(0.048 + 0.012 / 7, 14);
    // Days to come have a plan and no actual yet; the last is the target.
    expect(trends?.values[9]).toEqual([46355, null, 0.06]);
    const charts = excel.model.sheets.find((s) => s.name === "Goal Trends")?.charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: "Line",
      source: "'Goal Trends'!B2:C10",
      seriesCount: 2,
      title: "Main image CTR to 6% (2026-11-22 – 2026-11-29)",
    });
    expect(charts[0]?.settings["series/0/xAxisValues"]).toBe("'Goal Trends'!A3:A10");
    expect(excel.model.sheets.find((s) => s.name === "Goal Trends")?.numberFormat(2, 1)).toBe("0.00%");
    // Still one write: the Goals columns and the trends go together.
    expect(excel.stats().syncs).toBe(3);
  });

  it("replaces its own sheet on the next run, and never touches a sheet of the user's with that name", async () => {
    const mine: SheetJson = { name: "Goal Trends", values: [["my own chart data"]] };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet(GOALS.slice(0, 1)), history, mine] });
    const first = await updateGoalStatus(env);
    expect(first.details).toContain(
      "“Goal Trends” is a sheet of yours and was left as it is; the output went to “Goal Trends (2)”."
    );
    await updateGoalStatus(env);
    expect(excel.dump().sheets.map((s) => s.name)).toEqual([
      "Goals",
      "Store Metrics",
      "Goal Trends",
      "Goal Trends (2)",
    ]);
    expect(excel.dump().sheets[2]).toEqual(mine);
  });

  it("writes no trends sheet when no goal names a store metric", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [goalsSheet(GOALS.slice(2))] });
    const outcome = await updateGoalStatus(env);
    expect(outcome.details).toEqual([]);
    expect(excel.dump().sheets.map((s) => s.name)).toEqual(["Goals"]);
  });
});
