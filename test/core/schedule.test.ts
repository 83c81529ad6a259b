import type { DailyTask, Weekday } from "../../src/core/schedule";
import { buildSchedule, overdueOn, parseDays, parsePriority, weekdayOf } from "../../src/core/schedule";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const TUESDAY = { year: 2026, month: 11, day: 24 };
const SATURDAY = { year: 2026, month: 11, day: 28 };
const ALL = new Set<Weekday>([1, 2, 3, 4, 5, 6, 7]);
let order = 0;
const task = (name: string, minutes = 30, extra: Partial<DailyTask> = {}): DailyTask => ({
  name,
  minutes,
  priority: 3,
  fixedStart: null,
  days: ALL,
  category: "",
  order: order++,
  deadline: null,
  ...extra,
});
const at = (h: number, m = 0) => h * 60 + m;
const taskSlots = (s: ReturnType<typeof buildSchedule>) =>
  s.slots
    .filter((x) => x.kind === "task")
    .map((x) => `${Math.floor(x.start / 60)}:${String(x.start % 60).padStart(2, "0")} ${x.task}`);

beforeEach(() => (order = 0));

describe("weekdays and priorities as operators write them", () => {
  it("knows 2026-11-24 is a Tuesday", () => {
    expect(weekdayOf(TUESDAY)).toBe(2);
    expect(weekdayOf(SATURDAY)).toBe(6);
  });

  it.each([
    ["", [1, 2, 3, 4, 5, 6, 7]],
    ["Daily", [1, 2, 3, 4, 5, 6, 7]],
    ["每天", [1, 2, 3, 4, 5, 6, 7]],
    ["Weekdays", [1, 2, 3, 4, 5]],
    ["工作日", [1, 2, 3, 4, 5]],
    ["周末", [6, 7]],
    ["Mon,Wed", [1, 3]],
    ["Mon, Wed, Fri", [1, 3, 5]],
    ["周一、周三", [1, 3]],
    ["星期二，星期四", [2, 4]],
    ["周一至周五", [1, 2, 3, 4, 5]],
    ["Mon-Fri", [1, 2, 3, 4, 5]],
    ["周五~周一", [5, 6, 7, 1]],
    ["周日", [7]],
  ])("%j means %j", (text, days) => {
    expect([...(parseDays(text) ?? [])].sort()).toEqual([...days].sort());
  });

  it.each([["someday"], ["Mon-Funday"]])("cannot read %j", (text) => {
    expect(parseDays(text)).toBeNull();
  });

  it.each([
    [1, 1],
    [5, 5],
    ["High", 1],
    ["高", 1],
    ["Medium", 3],
    ["中", 3],
    ["低", 5],
    ["low", 5],
    ["2", 2],
    [undefined, 3],
    ["", 3],
    [9, null],
    ["soon", null],
  ] as const)("priority %j is %j", (value, priority) => {
    expect(parsePriority(value)).toBe(priority);
  });
});

describe("deadlines in the day", () => {
  // 2026-11-24 is serial 46350.
  const TODAY = 46350;
  it("plans a task due today or overdue before higher priorities, and names the overdue one", () => {
    const s = buildSchedule(
      [
        task("上新", 30, { priority: 1 }),
        task("报名 双12", 30, { priority: 5, deadline: TODAY }),
        task("主图更新", 30, { priority: 4, deadline: TODAY - 2 }),
        task("库存备货", 30, { priority: 2, deadline: TODAY + 3 }),
      ],
      DEFAULT_SETTINGS,
      TUESDAY
    );
    // The two due ones first, by their own priorities; then the rest by priority.
    expect(taskSlots(s).slice(0, 4)).toEqual(["9:00 主图更新", "9:30 报名 双12", "10:00 上新", "10:30 库存备货"]);
    // Due today is not late; two days ago is.
    expect(overdueOn(s.deadlines, TODAY)).toEqual([{ task: "主图更新", deadline: TODAY - 2 }]);
  });

  it("leaves a task of another weekday out, deadline or not", () => {
    const s = buildSchedule(
      [task("周报", 30, { days: new Set<Weekday>([5]), deadline: TODAY - 1 })],
      DEFAULT_SETTINGS,
      TUESDAY
    );
    expect(taskSlots(s)).toEqual([]);
    expect(overdueOn(s.deadlines, TODAY)).toEqual([]);
  });
});

describe("building the day", () => {
  it("sits fixed tasks at their time, then fills by priority and list order in consecutive slots", () => {
    const schedule = buildSchedule(
      [
        task("Report", 30, { fixedStart: at(17, 30) }),
        task("Low", 30, { priority: 5 }),
        task("Ads", 60, { priority: 1 }),
        task("Data", 30, { fixedStart: at(9) }),
        task("Mid", 30),
      ],
      DEFAULT_SETTINGS,
      TUESDAY
    );
    expect(taskSlots(schedule)).toEqual([
      "9:00 Data",
      "9:30 Ads",
      "10:00 Ads",
      "10:30 Mid",
      "11:00 Low",
      "17:30 Report",
    ]);
    expect(schedule.slots.filter((s) => s.kind === "break").map((s) => s.start)).toEqual([at(12), at(12, 30)]);
    expect(schedule.unscheduled).toEqual([]);
  });

  it("splits a task across the earliest free slots when no run is long enough", () => {
    const settings = { ...DEFAULT_SETTINGS, dayStart: at(9), dayEnd: at(11), breaks: [] };
    const schedule = buildSchedule([task("Fixed", 30, { fixedStart: at(9, 30) }), task("Long", 90)], settings, TUESDAY);
    expect(taskSlots(schedule)).toEqual(["9:00 Long", "9:30 Fixed", "10:00 Long", "10:30 Long"]);
  });

  it("puts what does not fit under Unscheduled with its missing minutes: a task longer than the day", () => {
    const settings = { ...DEFAULT_SETTINGS, dayStart: at(9), dayEnd: at(10), breaks: [] };
    const schedule = buildSchedule([task("Whole day", 150)], settings, TUESDAY);
    expect(taskSlots(schedule)).toEqual(["9:00 Whole day", "9:30 Whole day"]);
    expect(schedule.unscheduled).toEqual([{ task: "Whole day", missingMinutes: 90, reason: "doesNotFit" }]);
  });

  it("gives a day with no tasks only free slots and breaks", () => {
    const schedule = buildSchedule([], DEFAULT_SETTINGS, TUESDAY);
    expect(schedule.slots).toHaveLength(18);
    expect(new Set(schedule.slots.map((s) => s.kind))).toEqual(new Set(["free", "break"]));
  });

  it("reports a fixed task inside a break, and the later of two overlapping fixed tasks", () => {
    const schedule = buildSchedule(
      [
        task("Lunch call", 30, { fixedStart: at(12, 15) }),
        task("First", 60, { fixedStart: at(10) }),
        task("Second", 30, { fixedStart: at(10, 30) }),
      ],
      DEFAULT_SETTINGS,
      TUESDAY
    );
    expect(taskSlots(schedule)).toEqual(["10:00 First", "10:30 First"]);
    expect(schedule.unscheduled).toEqual([
      { task: "Lunch call", missingMinutes: 30, reason: "inBreak" },
      { task: "Second", missingMinutes: 30, reason: "overlapsFixed", other: "First" },
    ]);
  });

  it("reports a fixed task outside the working day", () => {
    expect(buildSchedule([task("Late", 30, { fixedStart: at(20) })], DEFAULT_SETTINGS, TUESDAY).unscheduled).toEqual([
      { task: "Late", missingMinutes: 30, reason: "outsideDay" },
    ]);
  });

  it("plans only the tasks of that weekday", () => {
    const tasks = [
      task("Weekdays only", 30, { days: new Set<Weekday>([1, 2, 3, 4, 5]) }),
      task("Saturday", 30, { days: new Set<Weekday>([6]) }),
    ];
    expect(taskSlots(buildSchedule(tasks, DEFAULT_SETTINGS, TUESDAY))).toEqual(["9:00 Weekdays only"]);
    expect(taskSlots(buildSchedule(tasks, DEFAULT_SETTINGS, SATURDAY))).toEqual(["9:00 Saturday"]);
  });

  it.each([
    [15, 36, ["9:00 A", "9:15 A", "9:30 A", "9:45 A"]],
    [60, 9, ["9:00 A"]],
  ])("works with %i-minute slots", (slotMinutes, slots, placed) => {
    const schedule = buildSchedule([task("A", 60)], { ...DEFAULT_SETTINGS, slotMinutes }, TUESDAY);
    expect(schedule.slots).toHaveLength(slots);
    expect(taskSlots(schedule)).toEqual(placed);
  });
});
