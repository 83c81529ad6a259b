import { createInputSheets, readWorkbookState, saveSetting } from "../../src/commands/workbookSetup";
import { insertSampleData } from "../../src/commands/insertSampleData";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { emulatedEnvironment } from "../helpers";

describe("what the pane knows of the workbook", () => {
  it("sees an empty workbook, then the inputs and settings the sample brings", async () => {
    const { env } = emulatedEnvironment("en-US");
    expect(await readWorkbookState(env)).toEqual({
      inputs: { growthPoints: false, goals: false, dailyTasks: false, settings: false },
      settings: DEFAULT_SETTINGS,
      events: [],
    });
    await insertSampleData(env);
    const state = await readWorkbookState(env);
    expect(state.inputs).toEqual({
      growthPoints: true,
      goals: true,
      dailyTasks: true,
      settings: true,
    });
    // The sample's event ahead, for the pane's picker, read in the same round trip as Settings.
    expect(state.events).toEqual(["Year-end sale"]);
  });

  it("lists the events on Promotions for the picker: those ahead soonest first, then those over within 60 days", async () => {
    const rows = [
      ["Event", "Phase", "Start", "End"],
      ["Old", "Sale", 46200, 46201],
      ["Past", "Sale", 46300, 46301],
      ["Later", "Sale", 46400, 46402],
      ["Soon", "Warm-up", 46351, 46355],
      ["Soon", "Sale", 46356, null],
    ];
    const { env } = emulatedEnvironment("en-US", {
      sheets: [{ name: "Promotions", values: rows, tables: [{ name: "Promotions", address: "A1:D6" }] }],
    });
    // Today is 46350: Past ended 49 days ago, Old 149.
    expect((await readWorkbookState(env)).events).toEqual(["Soon", "Later", "Past"]);
  });

  it("creates input sheets with their headers only, as tables, leaving a user's sheet of the name alone", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets: [{ name: "目标", values: [["mine"]] }] });
    const outcome = await createInputSheets(env, ["growthPoints", "goals"]);
    expect(outcome.message).toBe("已创建增长点、目标 (2)，只有表头。请填写你自己的数据。");
    const dump = excel.dump();
    expect(dump.sheets[0]).toEqual({ name: "目标", values: [["mine"]] });
    expect(dump.sheets[1]).toMatchObject({
      name: "增长点",
      values: [["增长点", "成功率", "增长率", "负责人", "截止日期"]],
      tables: [{ name: "GrowthPoints", address: "A1:E2" }],
    });
    expect(excel.model.findSheet("增长点")?.numberFormat(1, 1)).toBe("0%");
  });
});

describe("saving a setting from the pane", () => {
  it("updates the setting's row in the Settings table", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    await insertSampleData(env);
    expect(await saveSetting(env, "focusLimit", "3")).toMatchObject({
      ok: true,
      message: "Saved Focus limit = 3 in the Settings sheet.",
    });
    expect((await readWorkbookState(env)).settings.focusLimit).toBe(3);
    const rows = excel.dump().sheets.find((s) => s.name === "Settings")?.values;
    expect(rows?.filter((r) => r[0] === "Focus limit")).toEqual([["Focus limit", 3]]);
  });

  it("adds a row for a setting not yet in the table, typed as the setting needs", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [
        {
          name: "Settings",
          values: [
            ["Setting", "Value"],
            ["Focus limit", 2],
          ],
          tables: [{ name: "Settings", address: "A1:B2" }],
        },
      ],
    });
    await saveSetting(env, "dayStart", "08:30");
    await saveSetting(env, "successThreshold", "60%");
    const sheet = excel.dump().sheets[0];
    expect(sheet?.values).toEqual([
      ["Setting", "Value"],
      ["Focus limit", 2],
      ["Day start", expect.closeTo(8.5 / 24, 12)],
      ["Success threshold", 0.6],
    ]);
    expect((await readWorkbookState(env)).settings).toMatchObject({ dayStart: 510, successThreshold: 0.6 });
  });

  it("creates the Settings sheet when there is none", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN");
    await saveSetting(env, "breaks", "12:00-13:30");
    expect(excel.dump().sheets[1]).toMatchObject({
      name: "设置",
      values: [
        ["设置", "值"],
        ["休息时间", "12:00-13:30"],
      ],
      tables: [{ name: "Settings", address: "A1:B2" }],
    });
    expect((await readWorkbookState(env)).settings.breaks).toEqual([{ start: 720, end: 810 }]);
  });

  it("refuses a value it cannot read, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const before = excel.dump();
    const outcome = await saveSetting(env, "focusLimit", "9");
    expect(outcome).toMatchObject({
      ok: false,
      message: "The setting was not saved:",
      details: ["Focus limit: “9” is out of range. Allowed: 1–5."],
    });
    expect(excel.dump()).toEqual(before);
  });
});
