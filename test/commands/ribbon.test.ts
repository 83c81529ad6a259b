import type { Outcome } from "../../src/commands/outcome";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { ribbonCommands, ribbonHandler } from "../../src/commands/ribbon";
import { emulatedEnvironment } from "../helpers";

function shell() {
  const shown: Outcome[] = [];
  let revealed = 0;
  return {
    shown,
    revealed: () => revealed,
    show: (outcome: Outcome) => void shown.push(outcome),
    revealPane: async () => void revealed++,
    describeFailure: (error: unknown) => `failed: ${(error as Error).message}`,
  };
}

describe("ribbon commands (ExecuteFunction)", () => {
  it("shows a success without opening the pane, and completes the event", async () => {
    const s = shell();
    const completed = jest.fn();
    await ribbonHandler(async () => ({ ok: true, message: "done", details: [] }), s)({ completed });
    expect(s.shown).toEqual([{ ok: true, message: "done", details: [] }]);
    expect(s.revealed()).toBe(0);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("opens the pane for a failure so the user sees it, and completes the event", async () => {
    const s = shell();
    const completed = jest.fn();
    await ribbonHandler(async () => ({ ok: false, message: "no", details: [] }), s)({ completed });
    expect(s.revealed()).toBe(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("turns a thrown error into a shown failure and still completes the event", async () => {
    const s = shell();
    const completed = jest.fn();
    await ribbonHandler(async () => {
      throw new Error("boom");
    }, s)({ completed });
    expect(s.shown).toEqual([{ ok: false, message: "failed: boom", details: [] }]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the pane cannot be opened", async () => {
    const completed = jest.fn();
    const s = { ...shell(), revealPane: () => Promise.reject(new Error("no pane")) };
    await ribbonHandler(async () => ({ ok: false, message: "no", details: [] }), s)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

it.each([
  ["rankGrowthPoints", "Nothing was ranked and nothing was written. Fix these problems, then try again:"],
  ["updateGoalStatus", "No goal status was written. Fix these problems, then try again:"],
  ["generateDailySchedule", "No schedule was written. Fix these problems, then try again:"],
  ["logDailyReport", "Nothing was logged:"],
] as const)("binds %s on the ribbon to the real command", async (name, message) => {
  const { env } = emulatedEnvironment("en-US");
  const outcome = await ribbonCommands(env)[name]();
  expect(outcome.message).toBe(message);
});

describe("ribbon commands during a cell edit", () => {
  it("waits for the user to finish editing a cell, then runs (Excel.RunOptions.delayForCellEdit)", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    excel.cellEditMode = true;
    let settled = false;
    const running = ribbonCommands(env)
      .rankGrowthPoints()
      .then((outcome) => {
        settled = true;
        return outcome;
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    excel.cellEditMode = false;
    const outcome = await running;
    expect(outcome.message).not.toMatch(/editing a cell/i);
  });

  it("a command run from the pane during a cell edit fails at once with the cell-edit sentence", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    excel.cellEditMode = true;
    const outcome = await rankGrowthPoints(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/cell/i);
  });
});
