/** The day's schedule sheet planned as data (core/scheduleSheet.ts): rows by the contract's columns, phrases unworded. */
import { SCHEDULE_OUTPUT } from "../../src/core/contract";
import type { Schedule } from "../../src/core/schedule";
import { planScheduleSheet } from "../../src/core/scheduleSheet";

const DAY = { year: 2026, month: 11, day: 24 };
const schedule: Schedule = {
  slots: [
    { start: 540, end: 570, kind: "task", task: "Check data", category: "Data" },
    { start: 570, end: 600, kind: "task", task: "Check data", category: "Data" },
    { start: 600, end: 630, kind: "break", task: "", category: "" },
    { start: 630, end: 660, kind: "free", task: "", category: "" },
  ],
  unscheduled: [{ task: "Live stream", missingMinutes: 60, reason: "doesNotFit" }],
};
const base = {
  day: DAY,
  language: "en-US" as const,
  schedule,
  kept: new Map([["Check data", [{ done: true, notes: "early" }]]]),
  carried: [],
  carriedFrom: null,
  checkboxes: false,
  tablesTaken: [],
  settings: { slotMinutes: 30, dayStart: 540, dayEnd: 660 },
};

describe("the schedule sheet's plan", () => {
  it("makes one row a slot in the contract's columns, a kept tick on the first slot of its task, and the break labelled", () => {
    const { sheet, counts } = planScheduleSheet(base);
    expect(sheet.headers).toEqual(Object.values(SCHEDULE_OUTPUT.columns).map((c) => c["en-US"]));
    expect(sheet.rows).toEqual([
      [540 / 1440, "Check data", "Data", "✓", "early"],
      [570 / 1440, "Check data", "Data", "", ""],
      [600 / 1440, "Break", "", "", ""],
      [630 / 1440, "", "", "", ""],
    ]);
    expect([sheet.taskRows, sheet.breakRows]).toEqual([[0, 1], [2]]);
    expect(counts).toEqual({ tasks: 1, slots: 2, free: 1 });
    // The plan is the caller's to use again: the kept marks it was given are not used up.
    expect(base.kept.get("Check data")).toHaveLength(1);
  });

  it("gives Done as Booleans where the host has checkboxes, and a free table name beside a taken one", () => {
    const { sheet } = planScheduleSheet({ ...base, checkboxes: true, tablesTaken: ["schedule_20261124"] });
    expect(sheet.rows.map((r) => r[3])).toEqual([true, false, "", ""]);
    expect(sheet.tableName).toBe("Schedule_20261124_2");
  });

  it("leaves every sentence a phrase for the catalogues to word: the summary, the reasons and the carried tasks", () => {
    const { sheet, details } = planScheduleSheet({ ...base, carried: [{ name: "Report", minutes: 30, times: 3 }], carriedFrom: "Schedule 2026-11-23" });
    expect(sheet.summary.map((p) => p.key)).toEqual(["schedule.summary", "schedule.carriedThird"]);
    expect(sheet.summary[0]?.params).toMatchObject({ tasks: 1, slots: 2, free: 1, unscheduled: 1, from: "09:00", to: "11:00" });
    expect(sheet.unscheduled?.rows).toEqual([["Live stream", 60, { key: "schedule.reason.doesNotFit", params: { other: "" } }]]);
    expect(details.map((p) => p.key)).toEqual(["schedule.carried", "schedule.carriedThird", "schedule.unscheduledLine"]);
    expect(details[0]?.params["tasks"]).toEqual([{ key: "schedule.carriedTask", params: { task: "Report", minutes: 30 } }]);
    expect(JSON.parse(sheet.carryRecord)).toEqual({ Report: 3 });
  });
});
