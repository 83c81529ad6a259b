/** Generate daily schedule and Log daily report on the emulator. */
import { runOn } from "../fixtures/officeClient";
import { copyDailyReport, generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import { insertSampleData } from "../../src/commands/insertSampleData";
import type { JsonCell, SheetJson } from "../../src/emulator";
import type { ExcelEmulator } from "../../src/emulator";
import { readWorkbookState } from "../../src/commands/workbookSetup";
import { emulatedEnvironment } from "../helpers";

const TASKS: SheetJson = {
  name: "Daily Tasks",
  values: [
    ["Task", "Minutes", "Priority", "Fixed start", "Days", "Category"],
    ["Check data", 30, "High", "09:00", "Daily", "Data"],
    ["Adjust bids", 60, 1, null, "Weekdays", "Ads"],
    ["Review images", 30, "Low", null, "周一、周三", "Creative"],
    ["Write report", 30, "High", "17:30", "每天", "Report"],
    ["Too long", 600, 5, null, null, "Other"],
  ],
  tables: [{ name: "DailyTasks", address: "A1:F6" }],
};

describe("Generate daily schedule", () => {
  it("writes the day's slots as a table with breaks, the Unscheduled list and a summary, in three round trips", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    const outcome = await generateDailySchedule(env);
    expect(outcome.message).toBe("Planned “Schedule 2026-11-24”: 4 tasks in 16 slots, 0 slots free.");
    expect(outcome.details).toEqual(["Unscheduled: Too long, 240 minutes short (not enough free time)."]);
    expect(excel.stats().syncs).toBe(3);
    const sheet = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24");
    expect(sheet?.tables).toEqual([{ name: "Schedule_20261124", address: "A1:E19" }]);
    expect(sheet?.values[0]).toEqual(["Time", "Task", "Category", "Done", "Notes"]);
    expect(sheet?.values.slice(1, 4).map((r) => r.slice(0, 3))).toEqual([
      // Times are day fractions, kept to Excel's 15 significant digits.
      [0.375, "Check data", "Data"],
      [expect.closeTo(9.5 / 24, 12), "Adjust bids", "Ads"],
      [expect.closeTo(10 / 24, 12), "Adjust bids", "Ads"],
    ]);
    expect(sheet?.values[7]?.[1]).toBe("Break");
    expect(sheet?.values[18]?.[1]).toBe("Write report");
    expect(
      sheet?.values
        .slice(20)
        .filter((r) => r[0] !== null)
        .map((r) => r.slice(0, 3))
    ).toEqual([
      ["4 tasks in 16 slots of 30 minutes from 09:00 to 18:00; 0 slots free; 1 unscheduled.", null, null],
      ["Unscheduled", null, null],
      ["Task", "Missing minutes", "Reason"],
      ["Too long", 240, "not enough free time"],
    ]);
    const model = excel.model.findSheet("Schedule 2026-11-24");
    expect(model?.dataValidations).toEqual([
      { address: "D2:D19", rule: { list: { inCellDropDown: true, source: "✓" } } },
    ]);
    expect(model?.format(7, 0)?.fill).toBe("#F2F2F2");
  });

  it("keeps the user's Done and Notes for tasks still planned when the same date is generated again", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    await generateDailySchedule(env);
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Schedule 2026-11-24");
      sheet.getRange("D2:E3").values = [
        ["✓", "done early"],
        ["✓", "bids -10%"],
      ];
      const tasks = context.workbook.tables.getItem("DailyTasks").getDataBodyRange();
      tasks.getCell(0, 1).values = [[60]];
    });
    await generateDailySchedule(env);
    const sheet = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24");
    expect(sheet?.values.slice(1, 5).map((r) => r.slice(1, 5))).toEqual([
      ["Check data", "Data", "✓", "done early"],
      ["Check data", "Data", null, null],
      ["Adjust bids", "Ads", "✓", "bids -10%"],
      ["Adjust bids", "Ads", null, null],
    ]);
    expect(excel.dump().sheets.filter((s) => s.name.startsWith("Schedule"))).toHaveLength(1);
  });

  it("puts checkboxes on the task rows where the host has them, keeping ticks on regeneration", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    // Range.control (ExcelApi 1.18) is newer than the package's client: the test client adds it (fixtures/officeClient.ts).
    const withBoxes = { ...env, capabilities: { checkboxes: true } };
    await generateDailySchedule(withBoxes);
    const model = () => excel.model.findSheet("Schedule 2026-11-24");
    expect(model()?.dataValidations).toEqual([]);
    expect(model()?.hasCheckbox(1, 3)).toBe(true);
    expect(model()?.hasCheckbox(7, 3)).toBe(false);
    expect(model()?.value(1, 3)).toBe(false);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Schedule 2026-11-24").getRange("D2").values = [[true]];
    });
    await generateDailySchedule(withBoxes);
    expect(model()?.value(1, 3)).toBe(true);
    expect((await logDailyReport(withBoxes)).message).toBe("Logged 2026-11-24: 1 of 16 slots done.");
  });

  it("plans another date, in Chinese, with the weekday's tasks", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets: [{ ...TASKS, name: "每日任务" }] });
    const monday = { year: 2026, month: 11, day: 23 };
    const outcome = await generateDailySchedule(env, monday);
    expect(outcome.message).toMatch(/^已排好“日程 2026-11-23”/);
    const sheet = excel.dump().sheets.find((s) => s.name === "日程 2026-11-23");
    expect(sheet?.values[0]).toEqual(["时间", "任务", "类别", "完成", "备注"]);
    expect(sheet?.values.map((r) => r[1])).toContain("Review images");
    expect(sheet?.values[7]?.[1]).toBe("休息");
  });

  it("writes a Chinese workbook's schedule in Chinese after the pane is switched to English, and tells the operator in English", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [
        { ...TASKS, name: "每日任务" },
        { name: "日程 2026-11-23", values: [["时间", "任务"]] },
      ],
    });
    const outcome = await generateDailySchedule(env);
    expect(outcome.message).toMatch(/^Planned “日程 2026-11-24”: 4 tasks/);
    const sheet = excel.dump().sheets.find((s) => s.name === "日程 2026-11-24");
    expect(sheet?.values[0]).toEqual(["时间", "任务", "类别", "完成", "备注"]);
    expect(sheet?.values[7]?.[1]).toBe("休息");
    expect(excel.dump().sheets.some((s) => s.name.startsWith("Schedule"))).toBe(false);
    // The day's log entry is a sheet's too: 运营日志, its summary in Chinese; the copied report is the pane's.
    const logged = await logDailyReport(env);
    expect(logged.message).toMatch(/^Logged 2026-11-24/);
    const log = excel.dump().sheets.find((s) => s.name === "运营日志");
    expect(log?.values[0]?.[0]).toBe("日期");
    expect(String(log?.values[1]?.[6])).toMatch(/^日报 2026-11-24/);
    expect((await copyDailyReport(env)).report).toMatch(/^Daily report 2026-11-24/);
  });

  it("keeps an English workbook's schedule in English when the pane speaks Chinese", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets: [TASKS] });
    const outcome = await generateDailySchedule(env);
    expect(outcome.message).toMatch(/^已排好“Schedule 2026-11-24”/);
    expect(excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24")?.values[0]).toEqual([
      "Time",
      "Task",
      "Category",
      "Done",
      "Notes",
    ]);
  });

  it("reports unreadable Days and Priority at their cells and plans the rest", async () => {
    const values: JsonCell[][] = [
      TASKS.values[0] as JsonCell[],
      ["A", 30, "soon", null, null, null],
      ["B", 30, null, null, "someday", null],
      ["C", 30, null, null, null, null],
    ];
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [{ name: "Daily Tasks", values }] });
    const outcome = await generateDailySchedule(env);
    expect(outcome.details).toEqual([
      "'Daily Tasks'!C2: Priority: “soon” is not a priority. Write 1–5 (1 highest) or High, Medium, Low.",
      "'Daily Tasks'!E3: Days: “someday” is not a set of days. Write Daily, Weekdays, Mon,Wed or 周一、周三.",
    ]);
    expect(excel.dump().sheets[1]?.values[1]?.[1]).toBe("C");
  });

  it("plans a task due today or overdue first, names the overdue one, and the report names it as missed", async () => {
    // 2026-11-24 is serial 46350; the Deadline column is the operator's, added beside the others.
    const values: JsonCell[][] = [
      [...(TASKS.values[0] as JsonCell[]), "Deadline"],
      ["Check data", 30, 1, null, null, null, null],
      ["Sign up for 双12", 30, 5, null, null, null, 46350],
      ["Update main images", 60, 4, null, null, null, 46348],
    ];
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [{ name: "Daily Tasks", values }] });
    const outcome = await generateDailySchedule(env);
    const line =
      "Past the deadline: Update main images (due 2026-11-22). Planned first; finish it today, or change its Deadline or take it off Daily Tasks.";
    expect(outcome.details).toContain(line);
    const sheet = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24");
    expect(sheet?.values.slice(1, 5).map((r) => r[1])).toEqual([
      "Update main images",
      "Update main images",
      "Sign up for 双12",
      "Check data",
    ]);
    expect(sheet?.values.flat()).toContain(line);
    const copied = await copyDailyReport(env);
    // Due today and left undone is missed too: the report is the day's last word.
    expect(copied.report?.split("\n")).toContain(
      "Missed deadlines: Update main images (due 2026-11-22) and Sign up for 双12 (due 2026-11-24)"
    );
  });

  it("writes nothing when the task table has no Task column", async () => {
    const workbook = {
      sheets: [
        {
          name: "Daily Tasks",
          values: [
            ["What", "Minutes"],
            ["x", 30],
          ],
        },
      ],
    };
    const { excel, env } = emulatedEnvironment("en-US", workbook);
    const outcome = await generateDailySchedule(env);
    expect(outcome.ok).toBe(false);
    expect(excel.dump().sheets).toEqual(workbook.sheets);
  });

  it("plans the sample tasks", async () => {
    const { env } = emulatedEnvironment("en-US");
    await insertSampleData(env);
    const outcome = await generateDailySchedule(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/^Planned “Schedule 2026-11-24”: 6 tasks/);
  });
});

describe("Generate daily schedule with more tasks than the day holds", () => {
  const many = (n: number): SheetJson => ({
    name: "Daily Tasks",
    values: [["Task", "Minutes", "Priority"], ...Array.from({ length: n }, (_, i) => [`Task ${i}`, 30, 1])],
  });

  it("writes a reason once for the run of tasks it holds for, and the missing minutes as numbers", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [many(20)] });
    await generateDailySchedule(env);
    const values = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24")?.values ?? [];
    const title = values.findIndex((r) => r[0] === "Unscheduled");
    expect(values.slice(title + 1, title + 6).map((r) => r.slice(0, 3))).toEqual([
      ["Task", "Missing minutes", "Reason"],
      ["Task 16", 30, "not enough free time"],
      ["Task 17", 30, null],
      ["Task 18", 30, null],
      ["Task 19", 30, null],
    ]);
    expect(excel.model.findSheet("Schedule 2026-11-24")?.numberFormat(title + 2, 1)).toBe("0");
  });

  it("writes an Unscheduled list larger than one request in parts, each under 5 MB", async () => {
    const long = (n: number): SheetJson => ({
      name: "Daily Tasks",
      values: [
        ["Task", "Minutes", "Priority"],
        ...Array.from({ length: n }, (_, i) => [`Task ${i} ${"详细说明".repeat(30)}`, 30, 1]),
      ],
    });
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [long(30_000)] });
    const outcome = await generateDailySchedule(env);
    expect(outcome.ok).toBe(true);
    expect(excel.stats().requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 1024 * 1024);
    expect(excel.stats().maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    const values = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24")?.values ?? [];
    expect(values[values.length - 1]?.[0]).toBe(`Task 29999 ${"详细说明".repeat(30)}`);
  }, 60_000);

  it("sends at most 39.5 bytes a task when a thousand tasks are listed", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [many(1_000)] });
    await readWorkbookState(env);
    excel.resetStats();
    await generateDailySchedule(env);
    // Request bodies as Microsoft's client sends them: 34 bytes a task (the emulator's own client sent 22); the rest
    // is the package's object paths and the row chunks it splits a values array of over 1,500 cells into, and the
    // unscheduled list's Reason column written on its own after the columns are fitted (about 2 bytes a task), and
    // each sheet's protection read with the workbook's outline (about 260 bytes in all) and the merged areas of each
    // input sheet read with its cells (about 150 bytes a sheet), fixed costs.
    expect(excel.stats().requestBytes.reduce((a, b) => a + b, 0) / 1_000).toBeLessThanOrEqual(39.5);
  });
});

describe("Log daily report", () => {
  it("adds a row for the date, then updates the same row", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    await generateDailySchedule(env);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Schedule 2026-11-24").getRange("D2:E3").values = [
        ["✓", "data checked"],
        ["✓", ""],
      ];
    });
    excel.resetStats();
    const added = await logDailyReport(env);
    expect(added.message).toBe("Logged 2026-11-24: 2 of 16 slots done.");
    // The schedule's write left the layout known: the inputs come in the first round trip, then the log row.
    expect(excel.stats().syncs).toBe(2);
    const log = () => excel.dump().sheets.find((s) => s.name === "Operation Log");
    expect(log()?.values).toEqual([
      ["Date", "Planned slots", "Done slots", "Completion", "Unscheduled tasks", "Notes", "Summary"],
      [
        46350,
        16,
        2,
        0.125,
        "Too long",
        "data checked",
        [
          "Daily report 2026-11-24",
          "No Store Metrics yet: import Sycm's shop overview to see GMV and visitors here.",
          "Slots done: 2 of 16. Unfinished: Adjust bids, Too long, Write report",
          "Notes: data checked",
        ].join("\n"),
      ],
    ]);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Schedule 2026-11-24").getRange("D4").values = [["x"]];
    });
    const updated = await logDailyReport(env);
    expect(updated.message).toBe("Updated the log for 2026-11-24: 3 of 16 slots done.");
    expect(log()?.values).toHaveLength(2);
    expect(log()?.values[1]?.slice(0, 4)).toEqual([46350, 16, 3, 0.1875]);
  });

  it("leaves the operator's own columns of the day's row exactly as they were when it logs the day again", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    await generateDailySchedule(env);
    await logDailyReport(env);
    // Columns of the operator's own, right of the log: quote-prefixed text, a formula, a phone, a date typed as text.
    const own = ["'00123", "=C2*2", "'+86 139 0000 0000", "'2026-11-24", "'TRUE", "'=1+1"];
    await runOn(excel, async (context) => {
      const table = context.workbook.tables.getItem("OperationLog");
      own.forEach((_, i) => table.columns.add(undefined, undefined, `Mine ${i}`));
      context.workbook.worksheets.getItem("Operation Log").getRange("H2:M2").formulas = [own];
      await context.sync();
    });
    const mine = () => {
      const sheet = excel.dump().sheets.find((s) => s.name === "Operation Log");
      return {
        values: sheet?.values[1]?.slice(7),
        formulas: sheet?.formulas?.[1]?.slice(7),
        formats: sheet?.numberFormats?.[1]?.slice(7),
      };
    };
    const before = mine();
    expect(before.formulas?.[1]).toBe("=C2*2");
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Schedule 2026-11-24").getRange("D2").values = [["✓"]];
    });
    const updated = await logDailyReport(env);
    expect(updated.message).toBe("Updated the log for 2026-11-24: 1 of 16 slots done.");
    // The formula is still the operator's and is worked out again from the day's new Done slots (C2: 0 → 1).
    expect(mine()).toEqual({ ...before, values: before.values?.map((v, i) => (i === 1 ? 2 : v)) });
    expect(before.values?.[1]).toBe(0);
    expect(
      excel
        .dump()
        .sheets.find((s) => s.name === "Operation Log")
        ?.values[1]?.slice(0, 3)
    ).toEqual([46350, 16, 1]);
  });

  it("adds a row per date", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    const monday = { year: 2026, month: 11, day: 23 };
    await generateDailySchedule(env, monday);
    await generateDailySchedule(env);
    await logDailyReport(env, monday);
    await logDailyReport(env);
    expect(
      excel
        .dump()
        .sheets.find((s) => s.name === "Operation Log")
        ?.values.map((r) => r[0])
    ).toEqual(["Date", 46349, 46350]);
  });

  it("says when there is no schedule for the date", async () => {
    const { env } = emulatedEnvironment("en-US");
    const outcome = await logDailyReport(env);
    expect(outcome).toMatchObject({
      ok: false,
      message: "Nothing was logged:",
      details: [
        "There is no schedule sheet for 2026-11-24 (“Schedule 2026-11-24”). Generate the daily schedule first.",
      ],
    });
  });

  it("finds a renamed schedule by the add-in's mark, and never reads a large active sheet", async () => {
    const big: SheetJson = {
      name: "Orders",
      values: Array.from({ length: 40_000 }, (_, i) => [`order ${i}`, i, "2026-11-24", "paid", "杭州市西湖区"]),
    };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS, big] });
    await generateDailySchedule(env);
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Schedule 2026-11-24");
      sheet.name = "Today";
      context.workbook.worksheets.getItem("Orders").activate();
      await context.sync();
    });
    excel.resetStats();
    const outcome = await logDailyReport(env);
    expect(outcome.message).toBe("Logged 2026-11-24: 0 of 16 slots done.");
    // The 40,000-row sheet would be about 2.5 MB of response: nothing of it is read.
    expect(excel.stats().maxResponseBytes).toBeLessThan(20_000);
  });
});

describe("carry over", () => {
  const TODO: SheetJson = {
    name: "Daily Tasks",
    values: [
      ["Task", "Minutes", "Priority", "Fixed start", "Days"],
      ["Check data", 30, "High", "09:00", "Daily"],
      ["Adjust bids", 60, "Medium", null, "Daily"],
      // 2026-11-23 is a Monday: a task planned on Mondays only is carried to Tuesday when left undone.
      ["Review images", 30, "Medium", null, "Mon"],
    ],
  };
  const day = (d: number) => ({ year: 2026, month: 11, day: d });
  const tick = async (excel: ExcelEmulator, sheet: string, task: string) =>
    runOn(excel, async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getUsedRange(true).load("values");
      await context.sync();
      range.values.forEach((row, i) => {
        if (row[1] === task) context.workbook.worksheets.getItem(sheet).getCell(i, 3).values = [["✓"]];
      });
      await context.sync();
    });

  it("puts yesterday's undone tasks first today, with their remaining minutes, marked ↻", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TODO] });
    await generateDailySchedule(env, day(23));
    await tick(excel, "Schedule 2026-11-23", "Check data");
    await tick(excel, "Schedule 2026-11-23", "Adjust bids");
    const outcome = await generateDailySchedule(env, day(24));
    expect(outcome.details).toContain(
      "Carried over from “Schedule 2026-11-23”, first in their priority: Review images (30 min)."
    );
    const rows = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24")?.values ?? [];
    const tasks = rows.slice(1, 6).map((r) => r[1]);
    // Check data is fixed at 09:00; the carried task comes before the day's own medium tasks.
    expect(tasks).toEqual(["Check data", "↻ Review images", "Adjust bids", "Adjust bids", null]);
  });

  it("plans a recurring task missed yesterday once today, in its own slot, and names it as missed", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TODO] });
    await generateDailySchedule(env, day(23));
    await tick(excel, "Schedule 2026-11-23", "Check data");
    await tick(excel, "Schedule 2026-11-23", "Review images");
    // Adjust bids (daily) was left undone on Monday.
    const outcome = await generateDailySchedule(env, day(24));
    expect(outcome.details).toContain("Missed on “Schedule 2026-11-23”: Adjust bids. Planned once today.");
    expect(outcome.details.some((d) => d.startsWith("Carried over"))).toBe(false);
    const rows = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-24")?.values ?? [];
    const tasks = rows.map((r) => r[1]).filter((t) => typeof t === "string" && t.includes("Adjust bids"));
    // Its own two slots of 30 minutes, never a carried copy on top.
    expect(tasks).toEqual(["Adjust bids", "Adjust bids"]);
    expect(rows.some((r) => String(r[0]).startsWith("Missed on “Schedule 2026-11-23”: Adjust bids"))).toBe(true);
  });

  it("names a task carried over a third time in the summary line", async () => {
    // Planned Monday, carried Tuesday, Wednesday and a third time on Thursday; the daily tasks are never carried.
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TODO] });
    for (const d of [23, 24, 25]) await generateDailySchedule(env, day(d));
    const third = await generateDailySchedule(env, day(26));
    expect(third.details).toContain(
      "Carried over a third time: Review images. Decide: do it first, give it to someone, or drop it."
    );
    const rows = excel.dump().sheets.find((s) => s.name === "Schedule 2026-11-26")?.values ?? [];
    expect(rows.some((r) => String(r[0]).includes("Carried over a third time: Review images"))).toBe(true);
  });

  it("carries nothing when everything was done", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TODO] });
    await generateDailySchedule(env, day(23));
    for (const task of ["Check data", "Adjust bids", "Review images"]) await tick(excel, "Schedule 2026-11-23", task);
    const outcome = await generateDailySchedule(env, day(24));
    expect(outcome.details.some((d) => d.startsWith("Carried over"))).toBe(false);
  });
});

describe("Copy daily report", () => {
  const METRICS: SheetJson = {
    name: "Store Metrics",
    values: [
      ["Date", "Visitors", "Conversion rate", "GMV", "AOV"],
      [46343, 1000, 0.03, 3000, 100],
      [46349, 1100, 0.025, 2750, 100],
      [46350, 1210, 0.03, 3630, 100],
    ],
    tables: [{ name: "StoreMetrics", address: "A1:E4" }],
  };
  const GOALS: SheetJson = {
    name: "Goals",
    values: [
      ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
      ["Main image CTR to 6%", "CTR", 0.048, 0.06, 0.049, 46343, 46352],
      ["Refund rate to 3%", "Refund rate", 0.05, 0.03, 0.03, 46343, 46352],
    ],
  };

  it("writes the day's report for WeChat: figures against the day before and last week, goals that need attention, slots, notes", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS, METRICS, GOALS] });
    await generateDailySchedule(env);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Schedule 2026-11-24").getRange("D2:E2").values = [["✓", "主图 A/B 上线"]];
    });
    const before = excel.dump();
    const outcome = await copyDailyReport(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.report).toBe(
      [
        "Daily report 2026-11-24",
        "GMV 3,630.00 (vs the day before +32.0%, vs last Tue +21.0%)",
        "Visitors 1,210 (vs the day before +10.0%, vs last Tue +21.0%)",
        "Conversion 3.00% (vs the day before +0.50 pt, vs last Tue 0.00 pt)",
        "AOV 100.00 (vs the day before 0.0%, vs last Tue 0.0%)",
        // No ad report imported: the line says so rather than vanishing.
        "Ad ROI: not in Store Metrics",
        "Goals behind or at risk: Main image CTR to 6% (Behind)",
        "Slots done: 1 of 16. Unfinished: Adjust bids, Too long, Write report",
        "Notes: 主图 A/B 上线",
      ].join("\n")
    );
    expect(excel.dump()).toEqual(before);
  });

  it("keeps to 800 characters, cutting the notes first", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", { sheets: [{ ...TASKS, name: "每日任务" }] });
    await generateDailySchedule(env);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("日程 2026-11-24").getRange("E2:E9").values = Array.from(
        { length: 8 },
        (_, i) => [`很长的备注 ${i} `.repeat(30)]
      );
    });
    const outcome = await copyDailyReport(env);
    expect(outcome.report?.length).toBeLessThanOrEqual(800);
    expect(outcome.report).toMatch(/^日报 2026-11-24\n还没有店铺指标/);
    expect(outcome.report).toMatch(/备注：很长的备注 0 .*…$/s);
  });

  it("says there is no schedule for the day", async () => {
    const { env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    const outcome = await copyDailyReport(env);
    expect(outcome).toMatchObject({ ok: false, report: null });
  });
});
