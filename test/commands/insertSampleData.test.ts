import { insertSampleData } from "../../src/commands/insertSampleData";
import { INPUTS } from "../../src/core/contract";
import { toDateSerial } from "../../src/core/excelDate";
import { emulatedEnvironment, TODAY } from "../helpers";

describe("Insert sample data", () => {
  it("adds the four input sheets and an event on Promotions as Excel tables with the contract's headers, in two round trips", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const outcome = await insertSampleData(env);

    expect(outcome).toEqual({
      ok: true,
      message: "Sample data added: Growth Points, Goals, Daily Tasks, Settings and Promotions.",
      details: [],
    });
    const dump = excel.dump();
    expect(dump.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Growth Points",
      "Goals",
      "Daily Tasks",
      "Settings",
      "Promotions",
    ]);
    expect(dump.activeSheet).toBe("Growth Points");
    for (const input of Object.values(INPUTS)) {
      const sheet = dump.sheets.find((s) => s.name === input.sheetName["en-US"]);
      expect(sheet?.values[0]).toEqual(Object.values(input.columns).map((c) => c["en-US"]));
      expect(sheet?.tables).toEqual([{ name: input.tableName, address: expect.stringMatching(/^A1:[A-Z]\d+$/) }]);
    }
    // One event a few days ahead: its sign-up deadline, warm-up, sale and return days, its goal and multiplier.
    const today = toDateSerial(TODAY);
    expect(dump.sheets.find((s) => s.name === "Promotions")?.values).toEqual([
      ["Event", "Phase", "Start", "End", "GMV goal", "Stock multiplier"],
      ["Year-end sale", "Sign-up deadline", today + 2, today + 2, 300000, 3],
      ["Year-end sale", "Warm-up", today + 5, today + 9, null, null],
      ["Year-end sale", "Sale", today + 10, today + 12, null, null],
      ["Year-end sale", "Return", today + 13, today + 14, null, null],
    ]);
    expect(excel.stats().syncs).toBe(2);
  });

  it("writes rates as numbers with a percent format and dates as serials relative to today", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    await insertSampleData(env);
    const points = excel.dump().sheets.find((s) => s.name === "Growth Points");
    const first = points?.values[1];
    expect(first?.[1]).toBe(0.7);
    expect(points?.numberFormats?.[1]?.[1]).toBe("0%");
    expect(first?.[4]).toBe(toDateSerial(TODAY) + 7);
    const tasks = excel.dump().sheets.find((s) => s.name === "Daily Tasks");
    // Typed into Excel, "Mon,Wed,Fri" would stay text anyway; the text format guarantees it for any value.
    expect(tasks?.values.map((row) => row[4])).toContain("Mon,Wed,Fri");
  });

  it("writes Chinese sheet names, headers and data when the UI is Chinese", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN");
    const outcome = await insertSampleData(env);
    expect(outcome.message).toBe("已添加示例数据：增长点、目标、每日任务、设置、大促。");
    const dump = excel.dump();
    expect(dump.sheets.map((s) => s.name)).toEqual(["Sheet1", "增长点", "目标", "每日任务", "设置", "大促"]);
    expect(dump.sheets[5]?.values[1]?.slice(0, 2)).toEqual(["年货节", "报名截止"]);
    expect(dump.sheets[1]?.values[0]).toEqual(["增长点", "成功率", "增长率", "负责人", "截止日期"]);
    expect(dump.sheets[1]?.values[1]?.[0]).toBe("主图点击率（新主图A/B测试）");
  });

  it("leaves a user's sheet of the same name untouched and writes to “Name (2)”, saying so", async () => {
    const mine = { name: "Goals", values: [["my own goal", 42]], tables: [] };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [mine] });
    const outcome = await insertSampleData(env);

    expect(outcome.ok).toBe(true);
    expect(outcome.details).toEqual([
      "A sheet named “Goals” already exists and was left as it is; the sample went to “Goals (2)”.",
    ]);
    const dump = excel.dump();
    expect(dump.sheets[0]).toEqual({ name: "Goals", values: [["my own goal", 42]] });
    expect(dump.sheets.map((s) => s.name)).toContain("Goals (2)");
  });

  it("names its table GrowthPoints2 when the workbook already has a GrowthPoints table", async () => {
    const theirs = { name: "Ideas", values: [["Idea"], ["x"]], tables: [{ name: "GrowthPoints", address: "A1:A2" }] };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [theirs] });
    const outcome = await insertSampleData(env);
    expect(outcome.details).toEqual([
      "A table named “GrowthPoints” already exists, so the sample table is “GrowthPoints2”.",
    ]);
    expect(excel.dump().sheets[0]).toEqual(theirs);
  });

  it("reports Excel's cell-edit mode as a sentence saying what to do, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    excel.cellEditMode = true;
    const before = excel.dump();
    const outcome = await insertSampleData(env);
    expect(outcome).toEqual({
      ok: false,
      message: "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
      details: [],
    });
    expect(excel.dump()).toEqual(before);
  });
});
