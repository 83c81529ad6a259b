/**
 * A protected sheet a command would write to: the command stops before its first write, names the sheet in a
 * sentence, and the workbook is exactly as it was (no stray new sheet beside a protected output).
 */
import { runOn } from "../fixtures/officeClient";
import { insertSampleData } from "../../src/commands/insertSampleData";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import { generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { writeWeeklyReview } from "../../src/commands/weeklyReview";
import type { CommandEnvironment } from "../../src/commands/environment";
import type { Outcome } from "../../src/commands/outcome";
import { W47_MONDAY, reviewWorkbook } from "../fixtures/generators/review";
import { weekOf } from "../../src/core/review/period";
import { days, ordersSheet, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import type { WorkbookJson } from "../../src/emulator";
import { emulatedEnvironment } from "../helpers";

const LATEST = 46349;
const W47 = weekOf(W47_MONDAY);
type Command = (env: CommandEnvironment) => Promise<Outcome>;

describe.each<[string, WorkbookJson | null, Command, Command | null, string]>([
  ["Rank growth points", null, rankGrowthPoints, null, "Growth Ranking"],
  ["Update goal status", null, updateGoalStatus, null, "Goals"],
  ["Generate daily schedule", null, (env) => generateDailySchedule(env), null, "Schedule 2026-11-24"],
  ["Log daily report", null, (env) => logDailyReport(env), (env) => generateDailySchedule(env), "Operation Log"],
  [
    "Diagnose store data",
    { sheets: [storeMetricsSheet(days(17), LATEST), ordersSheet(90, 50, LATEST)] },
    diagnoseStoreData,
    null,
    "Diagnosis",
  ],
  [
    "Write weekly review",
    { sheets: reviewWorkbook(false) },
    (env) => writeWeeklyReview(env, W47),
    null,
    "Weekly Review 2026-W47",
  ],
])("%s on a protected sheet", (_name, workbook, command, before, sheet) => {
  it(`stops before writing, names “${sheet}”, and changes nothing`, async () => {
    const { excel, env } = emulatedEnvironment("en-US", workbook ?? undefined);
    if (!workbook) await insertSampleData(env);
    if (before) await before(env);
    // Once written, the output is protected by the operator; an input the command writes to likewise.
    expect((await command(env)).ok).toBe(true);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem(sheet).protection.protect();
      await context.sync();
    });
    const kept = excel.dump();
    const outcome = await command(env);
    expect(outcome.ok).toBe(false);
    expect(outcome.details).toContain(
      `The sheet “${sheet}” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.`
    );
    expect(excel.dump()).toEqual(kept);
  });
});
