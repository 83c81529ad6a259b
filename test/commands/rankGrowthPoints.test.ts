/** Rank growth points on the emulator: inputs found as Excel users keep them, the output sheet, ownership, round trips. */
import { runOn } from "../fixtures/officeClient";
import { insertSampleData } from "../../src/commands/insertSampleData";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import type { JsonCell, SheetJson, WorkbookJson } from "../../src/emulator";
import { readWorkbookState } from "../../src/commands/workbookSetup";
import { emulatedEnvironment } from "../helpers";

const HEADER = ["Growth point", "Success rate", "Growth rate", "Owner"];
const POINTS: JsonCell[][] = [
  ["Main image CTR", 0.7, 0.25, "Wang"],
  ["Detail page", 0.6, 0.15, "Li"],
  ["Live streaming", 0.2, 0.6, "Chen"],
];

function pointsSheet(extra: Partial<SheetJson> = {}, rows = POINTS): SheetJson {
  return { name: "Growth Points", values: [HEADER, ...rows], ...extra };
}

async function rank(workbook: WorkbookJson, language: "en-US" | "zh-CN" = "en-US") {
  const { excel, env } = emulatedEnvironment(language, workbook);
  const outcome = await rankGrowthPoints(env);
  const dump = excel.dump();
  const output = dump.sheets.find((s) => s.tables?.some((t) => t.name.startsWith("GrowthRanking")));
  return { excel, env, outcome, dump, output };
}

describe("Rank growth points", () => {
  it("writes the ranking as a table sorted by score, with the focus marked, from a GrowthPoints table", async () => {
    const { outcome, output, excel } = await rank({
      sheets: [pointsSheet({ tables: [{ name: "GrowthPoints", address: "A1:D4" }] })],
    });
    expect(outcome).toMatchObject({
      ok: true,
      message: "Ranked 3 growth points on “Growth Ranking”. Focus: Main image CTR and Live streaming.",
      details: [],
    });
    expect(output?.name).toBe("Growth Ranking");
    expect(output?.tables).toEqual([{ name: "GrowthRanking", address: "A1:J4" }]);
    expect(output?.values.slice(0, 4)).toEqual([
      [
        "Rank",
        "Growth point",
        "Success rate",
        "Growth rate",
        "Score",
        "Quadrant",
        "Focus",
        "Owner",
        "Deadline",
        "Track record",
      ],
      [1, "Main image CTR", 0.7, 0.25, 0.175, "Quick win", "★", "Wang", null, null],
      [2, "Live streaming", 0.2, 0.6, 0.12, "Long shot", "★", "Chen", null, null],
      [3, "Detail page", 0.6, 0.15, 0.09, "Safe bet", null, "Li", null, null],
    ]);
    expect(excel.model.activeSheet?.name).toBe("Growth Ranking");
  });

  it("formats rates and score as percents, puts a data bar on Score, highlights the focus rows and draws the labelled scatter", async () => {
    const { excel } = await rank({ sheets: [pointsSheet()] });
    const sheet = excel.model.findSheet("Growth Ranking");
    expect([sheet?.numberFormat(1, 2), sheet?.numberFormat(1, 3), sheet?.numberFormat(1, 4)]).toEqual([
      "0%",
      "0%",
      "0.0%",
    ]);
    expect(sheet?.conditionalFormats).toEqual([{ type: "DataBar", address: "'Growth Ranking'!E2:E4", settings: {} }]);
    // The top two (focus limit 2) are highlighted across the whole row; the third is not.
    expect(sheet?.format(1, 0)).toMatchObject({ fill: "#FFF4CE", bold: true });
    expect(sheet?.format(2, 8)).toMatchObject({ fill: "#FFF4CE" });
    expect(sheet?.format(3, 0)?.fill).toBeUndefined();
    expect(sheet?.charts).toHaveLength(1);
    expect(sheet?.charts[0]).toMatchObject({
      type: "XYScatter",
      source: "'Growth Ranking'!C2:D4",
      title: "Success rate × growth rate",
      legendVisible: false,
    });
    expect(sheet?.charts[0]?.settings).toMatchObject({
      "axes/categoryAxis/title/text": "Success rate",
      "axes/valueAxis/title/text": "Growth rate",
      "series/0/points/0/hasDataLabel": true,
      "series/0/points/0/dataLabel/text": "Main image CTR",
      "series/0/points/2/dataLabel/text": "Detail page",
    });
  });

  it("reads a sheet named 增长点 with Chinese headers, and writes Chinese output", async () => {
    const { outcome, output } = await rank(
      {
        sheets: [
          {
            name: "增长点",
            values: [
              ["增长点", "成功率", "增长率"],
              ["主图", "70%", "25%"],
              ["直播", "20%", "60%"],
            ],
          },
        ],
      },
      "zh-CN"
    );
    expect(outcome.message).toBe("已在“增长点排名”中给 2 个增长点排名。重点：主图、直播。");
    expect(output?.name).toBe("增长点排名");
    expect(output?.values[0]).toEqual([
      "排名",
      "增长点",
      "成功率",
      "增长率",
      "得分",
      "象限",
      "重点",
      "负责人",
      "截止日期",
      "过往战绩",
    ]);
    // 主图's 25% growth is under the median (42.5%), so it is a safe bet rather than a quick win.
    expect(output?.values[1]?.slice(1, 7)).toEqual(["主图", 0.7, 0.25, 0.175, "稳步推进", "★"]);
  });

  it("ranks a Chinese workbook in Chinese when the pane speaks English, and an English one in English when it speaks Chinese", async () => {
    const chinese = await rank(
      {
        sheets: [
          {
            name: "增长点",
            values: [
              ["增长点", "成功率", "增长率"],
              ["主图", "70%", "25%"],
              ["直播", "20%", "60%"],
            ],
          },
        ],
      },
      "en-US"
    );
    expect(chinese.outcome.message).toBe("Ranked 2 growth points on “增长点排名”. Focus: 主图 and 直播.");
    expect(chinese.output?.values[0]?.slice(0, 3)).toEqual(["排名", "增长点", "成功率"]);
    expect(chinese.output?.values[1]?.slice(5, 7)).toEqual(["稳步推进", "★"]);
    const english = await rank(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              ["增长点", "成功率", "增长率"],
              ["主图", "70%", "25%"],
            ],
          },
        ],
      },
      "zh-CN"
    );
    expect(english.outcome.message).toMatch(/^已在“Growth Ranking”中/);
    expect(english.output?.values[0]?.slice(0, 3)).toEqual(["Rank", "Growth point", "Success rate"]);
  });

  it("falls back to the active sheet when its headers match", async () => {
    const { outcome } = await rank({
      sheets: [
        { name: "Other", values: [["x"]] },
        {
          name: "My ideas",
          values: [
            ["Idea", "Probability", "Lift"],
            ["a", 0.5, 0.5],
          ],
        },
      ],
      activeSheet: "My ideas",
    });
    expect(outcome.ok).toBe(true);
  });

  it("says where it looked when there is no input, and writes nothing", async () => {
    const workbook = { sheets: [{ name: "Notes", values: [["hello"]] }] };
    const { outcome, dump } = await rank(workbook);
    expect(outcome).toMatchObject({
      ok: false,
      message: "Nothing was ranked and nothing was written. Fix these problems, then try again:",
      details: [
        "No Growth Points found: the workbook has no table named GrowthPoints, no sheet with that name, and the active sheet “Notes” does not have its headers. “Insert sample data” shows the layout.",
      ],
    });
    expect(dump).toEqual({ activeSheet: "Notes", ...workbook });
  });

  it("names both sheets when English and Chinese inputs exist side by side", async () => {
    const { outcome } = await rank({
      sheets: [
        pointsSheet(),
        {
          name: "增长点",
          values: [
            ["增长点", "成功率", "增长率"],
            ["a", 0.5, 0.5],
          ],
        },
      ],
    });
    expect(outcome.details).toEqual([
      "Several sheets could be the Growth Points: Growth Points and 增长点. Keep one, or make the input an Excel table named GrowthPoints.",
    ]);
  });

  it("ranks the good rows and lists the others under the table with their cells, in the pane too", async () => {
    const rows: JsonCell[][] = [...POINTS, ["Typo", 60, 0.1, null], ["Broken", "#N/A", 0.2, null]];
    const { outcome, output } = await rank({ sheets: [pointsSheet({}, rows)] });
    expect(outcome.ok).toBe(true);
    expect(outcome.details).toEqual([
      "2 rows were not ranked; they are listed under the table with their problems.",
      "'Growth Points'!B5: Success rate: 60 is more than 100%. Did you mean 60%? A success rate is at most 100%.",
      "'Growth Points'!B6: Success rate holds the Excel error #N/A. Fix the formula or type the value.",
    ]);
    // Each problem carries its cell, so the pane can select it.
    expect(outcome.locations).toEqual([
      null,
      { sheet: "Growth Points", address: "B5" },
      { sheet: "Growth Points", address: "B6" },
    ]);
    const below = output?.values
      .slice(5)
      .filter((r) => r.some((v) => v !== null))
      .map((r) => r.slice(0, 3));
    expect(below).toEqual([
      [
        "Success threshold 50%; growth threshold 25% (the median); focus: the top 2 with a positive score. Score = success rate × growth rate.",
        null,
        null,
      ],
      ["Not ranked: 2 rows with problems", null, null],
      ["Cell", "Value", "Problem"],
      [
        "'Growth Points'!B5",
        "60",
        "Success rate: 60 is more than 100%. Did you mean 60%? A success rate is at most 100%.",
      ],
      ["'Growth Points'!B6", "#N/A", "Success rate holds the Excel error #N/A. Fix the formula or type the value."],
    ]);
  });

  it.each(["en-US", "zh-CN"] as const)(
    "fits the problem list's cell references in their column; the note above and the problem text do not widen theirs (%s)",
    async (language) => {
      const sheetName = language === "zh-CN" ? "增长点" : "Growth Points";
      const header = language === "zh-CN" ? ["增长点", "成功率", "增长率"] : HEADER.slice(0, 3);
      const { excel, output } = await rank(
        { sheets: [{ name: sheetName, values: [header, ["a", 0.6, 0.3], ["b", 60, 0.2]] }] },
        language
      );
      const column = output?.values.map((r) => r[0]).filter((v): v is string => typeof v === "string") ?? [];
      const reference = column.find((v) => v.includes("!B3")) ?? "";
      const note = column.reduce((a, b) => (b.length > a.length ? b : a), "");
      // The emulator fits about 7 points a Latin character and twice that a Chinese one.
      const points = (text: string) => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 14 : 7), 0);
      const widths = excel.model.findSheet(output?.name ?? "")?.columnWidths;
      const width = widths?.get(0) ?? 0;
      expect(reference).not.toBe("");
      expect(width).toBeGreaterThanOrEqual(points(reference));
      expect(width).toBeLessThan(points(note));
      // The problem sentence runs on to the right: the Success rate column above it keeps its own width.
      const problem = String(output?.values.find((r) => r[0] === reference)?.[2] ?? "");
      expect(widths?.get(2) ?? 0).toBeLessThan(points(problem) / 2);
    }
  );

  it("writes nothing when no row can be ranked, and reports every problem", async () => {
    const workbook = {
      sheets: [
        pointsSheet({}, [
          ["a", 150, 0.1, null],
          ["b", "x", -1, null],
        ]),
      ],
    };
    const { outcome, dump } = await rank(workbook);
    expect(outcome.ok).toBe(false);
    expect(outcome.details).toHaveLength(3);
    expect(dump.sheets).toEqual(workbook.sheets);
  });

  it("stops on a bad ranking setting instead of silently using the default", async () => {
    const settings = {
      name: "Settings",
      values: [
        ["Setting", "Value"],
        ["Focus limit", 9],
      ],
    };
    const { outcome, dump } = await rank({ sheets: [pointsSheet(), settings] });
    expect(outcome.details).toEqual(["Settings!B2: Focus limit: “9” is out of range. Allowed: 1–5."]);
    expect(dump.sheets.map((s) => s.name)).toEqual(["Growth Points", "Settings"]);
  });

  it("uses the Settings sheet's focus limit and thresholds", async () => {
    const settings = {
      name: "设置",
      values: [
        ["设置", "值"],
        ["重点数量", 1],
        ["增长率阈值", "50%"],
      ],
    };
    const { output } = await rank({ sheets: [pointsSheet(), settings] });
    expect(output?.values.slice(1, 4).map((r) => [r[1], r[5], r[6]])).toEqual([
      ["Main image CTR", "Safe bet", "★"],
      ["Live streaming", "Long shot", null],
      ["Detail page", "Safe bet", null],
    ]);
  });

  it("keeps growth point names that look like formulas as text", async () => {
    const { output } = await rank({
      sheets: [
        pointsSheet({}, [
          ['=HYPERLINK("x")', 0.5, 0.2, "-owner"],
          ["+86 hotline", 0.4, 0.1, "@me"],
        ]),
      ],
    });
    expect(output?.values.slice(1, 3).map((r) => [r[1], r[7]])).toEqual([
      ['=HYPERLINK("x")', "-owner"],
      ["+86 hotline", "@me"],
    ]);
    expect(output?.formulas).toBeUndefined();
  });

  it("replaces its own sheet on a rerun and keeps its place; once the user renames it, it is theirs and a new one is written", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [pointsSheet(), { name: "Later", values: [["x"]] }],
    });
    await rankGrowthPoints(env);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Growth Ranking").position = 1;
      context.workbook.worksheets.getItem("Growth Points").getRange("B2").values = [[0.1]];
    });
    const outcome = await rankGrowthPoints(env);
    expect(outcome.message).toMatch(/on “Growth Ranking”/);
    let dump = excel.dump();
    expect(dump.sheets.map((s) => s.name)).toEqual(["Growth Points", "Growth Ranking", "Later"]);
    expect(dump.sheets[1]?.values[1]?.slice(0, 2)).toEqual([1, "Live streaming"]);
    expect(excel.model.findSheet("Growth Ranking")?.charts).toHaveLength(1);
    expect(dump.sheets[1]?.tables).toEqual([{ name: "GrowthRanking", address: "A1:J4" }]);

    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Growth Ranking").name = "My ranking";
    });
    const kept = excel.dump().sheets.find((s) => s.name === "My ranking");
    expect((await rankGrowthPoints(env)).message).toMatch(/on “Growth Ranking”/);
    dump = excel.dump();
    expect(dump.sheets.map((s) => s.name)).toEqual(["Growth Points", "My ranking", "Later", "Growth Ranking"]);
    expect(dump.sheets.find((s) => s.name === "My ranking")).toEqual(kept);
  });

  it("leaves a user's sheet named Growth Ranking untouched and writes to “Growth Ranking (2)”", async () => {
    const mine: SheetJson = { name: "Growth Ranking", values: [["my notes", 1]] };
    const { outcome, dump } = await rank({ sheets: [pointsSheet(), mine] });
    expect(outcome.details).toEqual([
      "“Growth Ranking” is a sheet of yours and was left as it is; the output went to “Growth Ranking (2)”.",
    ]);
    expect(dump.sheets[1]).toEqual(mine);
    expect(dump.sheets[2]?.name).toBe("Growth Ranking (2)");
  });

  it("leaves the input cells exactly as they were", async () => {
    const formats = [HEADER, ...POINTS].map((row, r) => row.map((_, c) => (r > 0 && c === 1 ? "0%" : null)));
    const input = pointsSheet({ numberFormats: formats });
    const { dump } = await rank({ sheets: [input] });
    expect(dump.sheets[0]).toEqual(input);
  });

  it("ranks the sample data end to end", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    await insertSampleData(env);
    const outcome = await rankGrowthPoints(env);
    expect(outcome).toMatchObject({ ok: true, details: [] });
    expect(outcome.message).toMatch(/^Ranked 8 growth points on “Growth Ranking”\. Focus: /);
    expect(excel.dump().sheets.map((s) => s.name)).toContain("Growth Ranking");
  });

  // On a workbook never seen, 3 round trips (names; inputs; the sheet) while the input fits its first read, then
  // one per further 4 MB block read or written.
  it.each([
    [10, 3],
    [1_000, 3],
    [10_000, 4],
    [100_000, 6],
  ])(
    "ranks %i growth points in %i round trips, every request and response under 5 MB",
    async (count, syncs) => {
      const rows: JsonCell[][] = Array.from({ length: count }, (_, i) => [
        `Point ${i}`,
        ((i * 37) % 100) / 100,
        ((i * 53) % 200) / 100,
        `Owner ${i % 7}`,
      ]);
      const { excel, outcome } = await rank({ sheets: [pointsSheet({}, rows)] });
      expect(outcome.ok).toBe(true);
      const stats = excel.stats();
      expect(stats.syncs).toBe(syncs);
      expect(stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
      const ranking = excel.model.sheets.find((s) => s.name === "Growth Ranking");
      expect(ranking?.usedBlock(true)?.lastRow).toBeGreaterThanOrEqual(count);
    },
    60_000
  );
});

describe("Rank growth points: what it sends", () => {
  // Measured on the request bodies Microsoft's client sends: 110 bytes a point. The values are about 61 of them;
  // the rest is the package's framing: object paths and instantiations (each data label of the chart is a path
  // of its own), and the row chunks it splits any values array of over 1,500 cells into. The emulator's own
  // client sent 68.
  it("sends at most 115 bytes a point at 1,000 points, and no cells for a column empty in every row", async () => {
    const rows: JsonCell[][] = Array.from({ length: 1_000 }, (_, i) => [
      `Point ${i}`,
      ((i * 37) % 100) / 100,
      ((i * 53) % 200) / 100,
      `Owner ${i % 7}`,
    ]);
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [pointsSheet({}, rows)] });
    await readWorkbookState(env);
    excel.resetStats();
    expect((await rankGrowthPoints(env)).ok).toBe(true);
    expect(excel.stats().requestBytes.reduce((a, b) => a + b, 0) / 1_000).toBeLessThanOrEqual(115);
    // No deadline and no track record anywhere: those columns stay empty, under their headers.
    const ranking = excel.dump().sheets.find((s) => s.name === "Growth Ranking");
    expect(ranking?.values[0]?.slice(8, 10)).toEqual(["Deadline", "Track record"]);
    expect(ranking?.values.slice(1, 1_001).every((r) => r[8] === null && r[9] === null)).toBe(true);
  });
});

describe("Rank growth points on an unknown active sheet", () => {
  const orders = (rows: number): JsonCell[][] =>
    Array.from({ length: rows }, (_, i) => [`order ${i}`, i, "2026-11-24", "paid", "杭州市西湖区"]);

  it("reads only the first rows of an active sheet whose header does not match", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [{ name: "Orders", values: [["Order", "Amount", "Date", "Status", "City"], ...orders(40_000)] }],
    });
    const outcome = await rankGrowthPoints(env);
    expect(outcome.details.join(" ")).toMatch(/No Growth Points found/);
    expect(excel.stats().maxResponseBytes).toBeLessThan(20_000);
  });
});

it("shows each growth point's track record from the goals that named it and have ended", async () => {
  const goals: SheetJson = {
    name: "Goals",
    values: [
      ["Goal", "Growth point", "Baseline", "Target", "Current", "Start", "Deadline"],
      ["CTR to 6%", "main image ctr", 0.048, 0.06, 0.061, 46330, 46337],
      ["CTR to 6.5%", "Main image CTR", 0.05, 0.065, 0.055, 46338, 46345],
      ["CTR to 7%", "Main image CTR", 0.055, 0.07, 0.058, 46346, 46360],
      ["Detail page 3%", "Detail page", 0.025, 0.03, 0.031, 46340, 46360],
    ],
  };
  const { output } = await rank({ sheets: [pointsSheet(), goals] });
  const record = (name: string) => output?.values.find((r) => r[1] === name)?.[9];
  // Achieved once, missed once; the third is still open and does not count yet. Names match as headers do.
  expect(record("Main image CTR")).toBe("1/2 achieved");
  expect(record("Detail page")).toBe("1/1 achieved");
  expect(record("Live streaming")).toBeNull();
});
