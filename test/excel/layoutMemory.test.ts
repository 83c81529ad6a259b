/**
 * One read and one write: once the pane has read the workbook (it does when it opens), a command reads its inputs
 * in its first round trip, planned on the layout last seen and checked against the names read beside them. When
 * the layout has changed, the command reads again and its result is the same as on a workbook never seen.
 */
import { runOn } from "../fixtures/officeClient";
import { generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import type { CommandEnvironment } from "../../src/commands/environment";
import type { Outcome } from "../../src/commands/outcome";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { setGoalsForFocus } from "../../src/commands/setGoals";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import { readWorkbookState } from "../../src/commands/workbookSetup";
import type { JsonCell, SheetJson, WorkbookJson } from "../../src/emulator";
import { days, ordersSheet, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { clientHost } from "../fixtures/officeClient";
import { emulatedEnvironment } from "../helpers";

const LATEST = 46349;
const METRICS = storeMetricsSheet(days(17), LATEST);

const pointsSheet = (n: number): SheetJson => ({
  name: "Growth Points",
  values: [
    ["Growth point", "Success rate", "Growth rate", "Owner"],
    ...Array.from({ length: n }, (_, i): JsonCell[] => [
      `Main image ${i}`,
      ((i * 37) % 100) / 100,
      ((i * 53) % 200) / 100,
      `Owner ${i % 7}`,
    ]),
  ],
  tables: [{ name: "GrowthPoints", address: `A1:D${n + 1}` }],
});
const goalsSheet = (n: number): SheetJson => ({
  name: "Goals",
  values: [
    ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
    ...Array.from({ length: n }, (_, i): JsonCell[] => [
      `Goal ${i}`,
      "CTR",
      0.04,
      0.06,
      0.04 + (i % 20) / 1000,
      46348,
      46355,
    ]),
  ],
});
const tasksSheet = (n: number): SheetJson => ({
  name: "Daily Tasks",
  values: [
    ["Task", "Minutes", "Priority"],
    ...Array.from({ length: n }, (_, i): JsonCell[] => [`Task ${i}`, 30, (i % 5) + 1]),
  ],
});

type Command = (env: CommandEnvironment) => Promise<Outcome>;

/** Each command with a workbook of n input rows, and what runs before it (the log needs the day's schedule). */
const COMMANDS: [string, (n: number) => WorkbookJson, Command, Command | null][] = [
  ["Rank growth points", (n) => ({ sheets: [pointsSheet(n)] }), rankGrowthPoints, null],
  ["Update goal status", (n) => ({ sheets: [goalsSheet(n)] }), updateGoalStatus, null],
  ["Generate daily schedule", (n) => ({ sheets: [tasksSheet(n)] }), (env) => generateDailySchedule(env), null],
  [
    "Log daily report",
    (n) => ({ sheets: [tasksSheet(n)] }),
    (env) => logDailyReport(env),
    (env) => generateDailySchedule(env),
  ],
  ["Diagnose store data", () => ({ sheets: [METRICS] }), diagnoseStoreData, null],
  [
    "Diagnose store data with an order list",
    (n) => ({ sheets: [METRICS, ordersSheet(n, Math.round(n * 0.6), LATEST)] }),
    diagnoseStoreData,
    null,
  ],
  ["Set goals for focus points", (n) => ({ sheets: [METRICS, pointsSheet(n)] }), setGoalsForFocus, null],
];

/**
 * The command on a fresh workbook after `before`, with the pane's opening read, or by a host that has seen nothing
 * of the workbook: its outcome, workbook and round trips.
 */
async function run(workbook: WorkbookJson, command: Command, before: Command | null, paneRead: boolean) {
  const { excel, env } = emulatedEnvironment("en-US", workbook);
  if (before) await before(env);
  if (paneRead) await readWorkbookState(env);
  excel.resetStats();
  const outcome = await command(paneRead ? env : { ...env, host: clientHost(excel) });
  return { outcome, dump: excel.dump(), syncs: excel.stats().syncs };
}

describe("Round trips once the pane has read the workbook", () => {
  describe.each(COMMANDS)("%s", (_name, workbook, command, before) => {
    it.each([10, 1_000])(
      "at %i rows: one read and one write, with the same result as on a workbook never seen",
      async (n) => {
        const warm = await run(workbook(n), command, before, true);
        const cold = await run(workbook(n), command, before, false);
        expect(warm.outcome.ok).toBe(true);
        expect(warm.syncs).toBe(2);
        expect(cold.syncs).toBe(3);
        expect(warm.outcome).toEqual(cold.outcome);
        expect(warm.dump).toEqual(cold.dump);
      }
    );
  });

  it("reads again, and ranks the same, when a remembered table is gone", async () => {
    const book = { sheets: [pointsSheet(10)] };
    const { excel, env } = emulatedEnvironment("en-US", book);
    await readWorkbookState(env);
    // The operator converts the table back to a range: the remembered GrowthPoints is no longer there.
    await runOn(excel, async (context) => {
      context.workbook.tables.getItem("GrowthPoints").convertToRange();
    });
    excel.resetStats();
    const outcome = await rankGrowthPoints(env);
    const untouched = await run({ sheets: [{ ...pointsSheet(10), tables: [] }] }, rankGrowthPoints, null, false);
    // The guess fails as a whole (nothing in it writes), then names, inputs, write.
    expect(excel.stats().syncs).toBe(4);
    expect(outcome).toEqual(untouched.outcome);
    expect(excel.dump()).toEqual(untouched.dump);
  });

  it("reads again when the input would now come from another sheet", async () => {
    const ideas: SheetJson = { name: "Ideas", values: pointsSheet(3).values };
    const notes: SheetJson = { name: "Notes", values: [["my notes"]] };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [notes, ideas] });
    await readWorkbookState(env);
    // The layout is the same, but the growth points are on the active sheet, and that has changed.
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Ideas").activate();
    });
    excel.resetStats();
    const outcome = await rankGrowthPoints(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/^Ranked 3 growth points/);
    // The guess (with the old active sheet's bounds), then as on a workbook never seen: names, bounds, first rows, write.
    expect(excel.stats().syncs).toBe(1 + 4);
  });

  it("reads again, and finds the marks of the new sheets, when a sheet was added since", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [pointsSheet(10)] });
    await rankGrowthPoints(env);
    // The operator adds a sheet: the layout last seen no longer holds, and the ranking's own sheet is still found by its mark.
    await runOn(excel, async (context) => {
      context.workbook.worksheets.add("Scratch");
    });
    excel.resetStats();
    await rankGrowthPoints(env);
    expect(excel.stats().syncs).toBe(4);
    expect(excel.dump().sheets.map((s) => s.name)).toEqual(["Growth Points", "Growth Ranking", "Scratch"]);
  });

  it("runs a second time in one read and one write: the first run's write noted the layout it left", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [pointsSheet(10)] });
    await rankGrowthPoints(env);
    excel.resetStats();
    await rankGrowthPoints(env);
    expect(excel.stats().syncs).toBe(2);
  });

  it("reads a large input in fewer round trips once the pane has looked at its size", async () => {
    const book = () => ({ sheets: [tasksSheet(100_000)] });
    const warm = await run(book(), (env) => generateDailySchedule(env), null, true);
    const cold = await run(book(), (env) => generateDailySchedule(env), null, false);
    // The first read takes most of the list in one block: first read and one more, then the write.
    expect(warm.syncs).toBe(3);
    expect(cold.syncs).toBe(5);
    expect(warm.dump).toEqual(cold.dump);
  }, 60_000);

  it("reads again, and succeeds, when an input's rows grew longer than the size the pane saw", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [tasksSheet(60_000)] });
    await readWorkbookState(env);
    // The operator pastes long task names over the list: the remembered size now asks for far too much at once.
    const sheet = excel.model.sheets[0];
    for (let r = 1; r <= 60_000; r++) sheet?.setValue(r, 0, `Task ${r} ${"详细说明".repeat(30)}`);
    excel.resetStats();
    const outcome = await generateDailySchedule(env);
    if (!outcome.ok) throw new Error(outcome.message + " " + outcome.details.join(" "));
    const stats = excel.stats();
    // The first read was refused whole (it held only reads), then the names, the inputs in blocks, the write.
    expect(stats.responseBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
    expect(stats.responseBytes.slice(1).every((b) => b < 5 * 1024 * 1024)).toBe(true);
  }, 60_000);
});
