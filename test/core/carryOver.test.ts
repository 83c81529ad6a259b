import { toDateSerial } from "../../src/core/excelDate";
import {
  carriedAsTasks,
  latestEarlierSchedule,
  parseCarryRecord,
  recurringMissed,
  scheduleDate,
  undoneTasks,
} from "../../src/core/carryOver";
import type { DailyTask } from "../../src/core/schedule";

const HEADER = ["Time", "Task", "Category", "Done", "Notes"];

describe("carrying the undone part of a schedule over", () => {
  it("finds the latest earlier schedule, in either language, and only schedules", () => {
    expect(scheduleDate("日程 2026-11-23")).toBe(46349);
    expect(scheduleDate("Schedule 2026-02-31")).toBeNull();
    expect(scheduleDate("Orders 2026-11-23")).toBeNull();
    expect(
      latestEarlierSchedule(
        ["Schedule 2026-11-20", "日程 2026-11-23", "Schedule 2026-11-24", "Schedule 2026-11-25"],
        46350
      )
    ).toBe("日程 2026-11-23");
    expect(latestEarlierSchedule(["Schedule 2026-11-24"], 46350)).toBeNull();
  });

  it("counts undone slots at the sheet's own slot length, and the Unscheduled list's missing minutes", () => {
    const rows = [
      HEADER,
      [0.375, "上新", "", "", ""],
      [0.3958333333, "上新", "", "✓", ""],
      [0.4166666667, "↻ 复盘", "", false, ""],
      [0.4375, "Break", "", "", ""],
      [0.4583333333, "", "", "", ""],
      ["", "", "", "", ""],
      ["summary", "", "", "", ""],
      ["", "", "", "", ""],
      ["Unscheduled", "", ""],
      ["Task", "Missing minutes", "Reason"],
      ["直播", 90, "not enough free time"],
    ];
    expect(undoneTasks(rows, 15, { 复盘: 2 })).toEqual([
      { name: "上新", minutes: 30, times: 1 },
      { name: "复盘", minutes: 30, times: 3 },
      { name: "直播", minutes: 90, times: 1 },
    ]);
  });

  it("makes them flexible tasks of any day, with today's priority for the same task, ahead of the list", () => {
    const today = [
      {
        name: "复盘",
        minutes: 30,
        priority: 1,
        fixedStart: 600,
        days: new Set([1 as const]),
        category: "Report",
        order: 0,
        deadline: 46300,
      },
    ];
    const tasks = carriedAsTasks(
      [
        { name: "复盘", minutes: 45, times: 1 },
        { name: "直播", minutes: 90, times: 2 },
      ],
      today
    );
    expect(tasks.map((t) => [t.name, t.minutes, t.priority, t.fixedStart, t.days.size, t.category, t.order])).toEqual([
      ["↻ 复盘", 45, 1, null, 7, "Report", -2],
      ["↻ 直播", 90, 3, null, 7, "", -1],
    ]);
    // A carried task keeps the deadline today's list gives it: past it, the schedule names it.
    expect(tasks.map((t) => t.deadline)).toEqual([46300, null]);
  });

  it("reads a carry record it wrote, and treats anything else as empty", () => {
    expect(parseCarryRecord('{"上新":2}')).toEqual({ 上新: 2 });
    expect(parseCarryRecord("not json")).toEqual({});
    expect(parseCarryRecord('{"a":"x","b":-1,"c":3}')).toEqual({ c: 3 });
    expect(parseCarryRecord(null)).toEqual({});
  });
});

describe("recurring tasks missed yesterday", () => {
  const TUESDAY = toDateSerial({ year: 2026, month: 11, day: 24 });
  const task = (name: string, days: number[]) =>
    ({
      name,
      minutes: 30,
      priority: 3,
      fixedStart: null,
      days: new Set(days),
      category: "",
      order: 0,
      deadline: null,
    }) as DailyTask;

  it("are not carried when today's list plans them; the rest are", () => {
    const undone = [
      { name: "回复评价", minutes: 30, times: 1 },
      { name: "周报", minutes: 60, times: 2 },
    ];
    // 2026-11-24 is a Tuesday: 回复评价 runs daily; 周报 is a Monday task.
    expect(recurringMissed(undone, [task("回复评价", [1, 2, 3, 4, 5, 6, 7]), task("周报", [1])], TUESDAY)).toEqual({
      carry: [{ name: "周报", minutes: 60, times: 2 }],
      missed: ["回复评价"],
    });
    // On a day the recurring task does not run, it is carried like any other.
    expect(recurringMissed(undone, [task("回复评价", [1, 3, 5])], TUESDAY).carry.map((c) => c.name)).toEqual([
      "回复评价",
      "周报",
    ]);
  });

  it("carries a one-day task (a date in Days) from its day, and names none as missed", () => {
    const undone = [{ name: "618 · 报名", minutes: 60, times: 1 }];
    const dated = { ...task("618 · 报名", [1, 2, 3, 4, 5, 6, 7]), on: TUESDAY - 1 };
    expect(recurringMissed(undone, [dated], TUESDAY)).toEqual({ carry: undone, missed: [] });
    expect(recurringMissed(undone, [{ ...dated, on: TUESDAY }], TUESDAY).missed).toEqual(["618 · 报名"]);
  });
});
