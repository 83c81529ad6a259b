/** Update goal status planned as data (core/goalStatusPlan.ts): places, values, units and notes, without Excel. */
import type { GoalRow } from "../../src/core/goals";
import { planGoalStatus, wordGoalCells } from "../../src/core/goalStatusPlan";
import type { InputCells } from "../../src/core/records";

const block: InputCells = {
  sheet: "Goals",
  firstRow: 2,
  firstColumn: 1,
  values: [
    ["Growth point", "Baseline", "Target", "Deadline", "Status"],
    ["CTR", 0.04, 0.06, 46400, ""],
    ["", "", "", "", ""],
    ["GMV", 1000, 2000, 46400, ""],
    ["Bad", "x", 3, 46400, ""],
  ],
  numberFormats: [
    ["@", "@", "@", "@", "@"],
    ["@", "0%", "0.0%", "yyyy-mm-dd", "@"],
    ["@", "@", "@", "@", "@"],
    ["@", "0", "#,##0", "yyyy-mm-dd", "@"],
    ["@", "@", "0", "@", "@"],
  ],
};
const goal = (status: "onTrack" | "behind", note: Extract<GoalRow, { kind: "goal" }>["note"]): GoalRow => ({
  kind: "goal",
  result: { status, progress: 1 / 7, timeElapsed: 0.5, daysLeft: 3, projected: 0.05, neededPerDay: 0.001, note },
  note,
});
const rows: GoalRow[] = [
  goal("onTrack", { kind: "currentFromMetrics", date: 46349 }),
  { kind: "blank" },
  goal("behind", { kind: "none" }),
  { kind: "problem", problem: { code: "notNumber", sheet: "Goals", address: "C7", value: "x", field: "Baseline" } },
];

describe("the goal status plan", () => {
  const plan = planGoalStatus({ block, tableName: null, headerRow: 2, rows, language: "en-US" });

  it("writes where an earlier run did, and lays the missing columns out at the input's right", () => {
    expect(plan.layout).toMatchObject({
      sheet: "Goals",
      headerRow: 2,
      firstColumn: 1,
      width: 5,
      bodyRows: 4,
      existing: { status: 5 },
    });
  });

  it("gives each body row its cells: blank rows blank, a row that could not be read Invalid with its problem as the note", () => {
    expect(plan.cells.values.status).toEqual(["On track", "", "Behind", "Invalid"]);
    expect(plan.cells.values.progress[0]).toBe(0.142857142857143);
    expect(plan.cells.values.note).toEqual([
      { key: "goals.note.fromMetrics", params: { date: "2026-11-23", days: 1 } },
      "",
      "",
      { key: "problem.notNumber", params: { field: "Baseline", value: "x", address: "C7" } },
    ]);
  });

  it("keeps the pace in the goal's own unit: percent where its Target cell is a percent", () => {
    expect(plan.cells.rowFormats.projected).toEqual(["0.00%", "#,##0.00", "#,##0.00", "#,##0.00"]);
  });

  it("counts the statuses for the message, and colours every status", () => {
    expect(
      (plan.message.params["parts"] as readonly { params: Record<string, unknown> }[])[0]?.params["summary"]
    ).toEqual([
      { key: "goals.statusCount", params: { status: "On track", count: 1 } },
      { key: "goals.statusCount", params: { status: "Behind", count: 1 } },
      { key: "goals.statusCount", params: { status: "Invalid", count: 1 } },
    ]);
    expect((plan.message.params["parts"] as readonly { params: Record<string, unknown> }[])[0]?.params["count"]).toBe(
      3
    );
    expect(plan.cells.statusColours.map((c) => c.text)).toContain("At risk");
  });

  it("words the notes only, and leaves numbers as numbers", () => {
    const worded = wordGoalCells(plan.cells, (t) => (typeof t === "string" ? t : `<${t.key}>`));
    expect(worded.values.note).toEqual(["<goals.note.fromMetrics>", "", "", "<problem.notNumber>"]);
    expect(worded.values.daysLeft).toEqual([3, "", 3, ""]);
  });
});
