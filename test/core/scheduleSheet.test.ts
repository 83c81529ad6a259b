/** The day's schedule sheet planned as data (core/scheduleSheet.ts): rows by the contract's columns, phrases unworded. */
import { SCHEDULE_OUTPUT } from "../../src/core/contract";
import type { Schedule } from "../../src/core/schedule";
import { BREAK_FILL, CARRY_PROPERTY, planScheduleSheet } from "../../src/core/scheduleSheet";
import type { LinesBlock, ListBlock, OutputBlock, TableBlock } from "../../src/core/sheetDescription";

const DAY = { year: 2026, month: 11, day: 24 };
const schedule: Schedule = {
  slots: [
    { start: 540, end: 570, kind: "task", task: "Check data", category: "Data" },
    { start: 570, end: 600, kind: "task", task: "Check data", category: "Data" },
    { start: 600, end: 630, kind: "break", task: "", category: "" },
    { start: 630, end: 660, kind: "free", task: "", category: "" },
  ],
  unscheduled: [{ task: "Live stream", missingMinutes: 60, reason: "doesNotFit" }],
  deadlines: [],
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

function blocks<T>(all: readonly OutputBlock<T>[]): {
  table: TableBlock<T>;
  summary: LinesBlock<T>;
  unscheduled: ListBlock<T> | undefined;
} {
  const [table, summary, unscheduled] = all;
  if (table?.kind !== "table" || summary?.kind !== "lines" || (unscheduled && unscheduled.kind !== "list"))
    throw new Error(`unexpected blocks: ${all.map((b) => b.kind).join(", ")}`);
  return { table, summary, unscheduled };
}

describe("the schedule sheet's plan", () => {
  it("makes one row a slot in the contract's columns, a kept tick on the first slot of its task, and the break labelled", () => {
    const { sheet, counts } = planScheduleSheet(base);
    const { table } = blocks(sheet.blocks);
    expect(table.columns.map((c) => c.header)).toEqual(Object.values(SCHEDULE_OUTPUT.columns).map((c) => c["en-US"]));
    expect(table.rows).toEqual([
      [540 / 1440, "Check data", "Data", "✓", "early"],
      [570 / 1440, "Check data", "Data", "", ""],
      [600 / 1440, "Break", "", "", ""],
      [630 / 1440, "", "", "", ""],
    ]);
    expect(table.rowLooks).toEqual([{ rows: [2], fill: BREAK_FILL, italic: true }]);
    expect(table.ticks).toEqual({ column: "done", mark: "✓" });
    expect(table.columns.map((c) => c.format)).toEqual(["hh:mm", "@", "@", "@", "@"]);
    expect(counts).toEqual({ tasks: 1, slots: 2, free: 1 });
    // The plan is the caller's to use again: the kept marks it was given are not used up.
    expect(base.kept.get("Check data")).toHaveLength(1);
  });

  it("gives Done as Booleans in a General column, checkboxes on task rows only, where the host has them; a free table name beside a taken one", () => {
    const { table } = blocks(
      planScheduleSheet({ ...base, checkboxes: true, tablesTaken: ["schedule_20261124"] }).sheet.blocks
    );
    expect(table.rows.map((r) => r[3])).toEqual([true, false, "", ""]);
    expect(table.ticks).toEqual({ column: "done", checkboxRows: [0, 1] });
    expect(table.columns.find((c) => c.key === "done")).toMatchObject({ format: "General", center: true });
    expect(table.tableName).toBe("Schedule_20261124_2");
  });

  it("leaves every sentence a phrase for the catalogues to word: the summary, the reasons and the carried tasks", () => {
    const { sheet, details } = planScheduleSheet({
      ...base,
      carried: [{ name: "Report", minutes: 30, times: 3 }],
      carriedFrom: "Schedule 2026-11-23",
    });
    const { summary, unscheduled } = blocks(sheet.blocks);
    const keys = summary.lines.map((l) => (typeof l[0] === "string" ? l[0] : l[0]?.key));
    expect(keys).toEqual(["schedule.summary", "schedule.carriedThird"]);
    expect(summary.lines[0]?.[0]).toMatchObject({
      params: { tasks: 1, slots: 2, free: 1, unscheduled: 1, from: "09:00", to: "11:00" },
    });
    expect(unscheduled?.rows).toEqual([
      ["Live stream", 60, { key: "schedule.reason.doesNotFit", params: { other: "" } }],
    ]);
    expect(details.map((p) => p.key)).toEqual([
      "schedule.carried",
      "schedule.carriedThird",
      "schedule.unscheduledLine",
    ]);
    expect(details[0]?.params["tasks"]).toEqual([
      { key: "schedule.carriedTask", params: { task: "Report", minutes: 30 } },
    ]);
    expect(JSON.parse(sheet.properties?.[CARRY_PROPERTY] ?? "")).toEqual({ Report: 3 });
  });

  it("says a reason once at the top of the run of tasks it holds for", () => {
    const long: Schedule = {
      ...schedule,
      unscheduled: [
        { task: "A", missingMinutes: 30, reason: "doesNotFit" },
        { task: "B", missingMinutes: 60, reason: "doesNotFit" },
        { task: "C", missingMinutes: 30, reason: "overlapsFixed", other: "A" },
      ],
    };
    const { unscheduled } = blocks(planScheduleSheet({ ...base, schedule: long }).sheet.blocks);
    expect(unscheduled?.rows.map((r) => (typeof r[2] === "object" ? r[2].key : r[2]))).toEqual([
      "schedule.reason.doesNotFit",
      "",
      "schedule.reason.overlapsFixed",
    ]);
    expect(unscheduled?.formats).toEqual(["@", "0", "@"]);
  });
});
