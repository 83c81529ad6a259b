/**
 * Two coauthors on one workbook (src/emulator/coauthoring.ts): each session reads before either writes. Appending a
 * row where the table stands when the write runs keeps both sessions' rows; appending at an address worked out
 * from the read, as the control shows, loses one.
 */
import { generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import type { CommandEnvironment } from "../../src/commands/environment";
import type { SheetJson } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";
import { TODAY, emulatedEnvironment } from "../helpers";
import { coauthorHosts } from "../fixtures/officeClient";
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const TASKS: SheetJson = {
  name: "Daily Tasks",
  values: [
    ["Task", "Minutes", "Priority"],
    ["Check data", 30, "High"],
    ["Adjust bids", 60, 1],
  ],
};
const [MONDAY, TUESDAY, WEDNESDAY] = [23, 24, 25].map((day) => ({ year: 2026, month: 11, day }));

/** Two sessions' environments on the emulator's workbook, and how to run a command in each at once. */
function coauthors(excel: ExcelEmulator) {
  const { hosts, done } = coauthorHosts(excel, 2);
  const envs = hosts.map((host): CommandEnvironment => ({ host, language: () => "en-US", today: () => TODAY }));
  const together = <T>(...runs: ((env: CommandEnvironment) => Promise<T>)[]) =>
    Promise.all(runs.map((run, i) => run(envs[i] as CommandEnvironment).finally(() => done(i))));
  return { envs, together };
}

describe("two coauthors on one workbook", () => {
  it("each log their day's report at once, and the Operation Log keeps both rows", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] });
    for (const day of [MONDAY, TUESDAY, WEDNESDAY]) await generateDailySchedule(env, day);
    await logDailyReport(env, MONDAY);
    const { together } = coauthors(excel);
    const outcomes = await together(
      (e) => logDailyReport(e, TUESDAY),
      (e) => logDailyReport(e, WEDNESDAY)
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    const log = excel.dump().sheets.find((s) => s.name === "Operation Log");
    expect(log?.values.map((r) => r[0])).toEqual(["Date", 46349, 46350, 46351]);
    expect(log?.tables?.[0]?.address).toBe("A1:G4");
    // Rows written below a table do not take its columns' formats: each comes with its own, as the first had.
    expect(log?.numberFormats?.slice(1).map((r) => [r[0], r[3], r[6]])).toEqual(
      [1, 2, 3].map(() => ["yyyy-mm-dd", "0%", "@"])
    );
  });

  it("(the control) lose a row when each appends at the address its own read gave: the turns do bite", async () => {
    const excel = new ExcelEmulator({
      sheets: [{ name: "Log", values: [["Date"], [1]], tables: [{ name: "Log", address: "A1:A2" }] }],
    });
    const { hosts, done } = coauthorHosts(excel, 2);
    const naive = (date: number) => async (context: Excel.RequestContext) => {
      const range = context.workbook.tables.getItem("Log").getRange().load("rowCount");
      await context.sync();
      context.workbook.worksheets.getItem("Log").getRangeByIndexes(range.rowCount, 0, 1, 1).values = [[date]];
      await context.sync();
    };
    await Promise.all(hosts.map((host, i) => host.run(naive(2 + i)).finally(() => done(i))));
    // Both read a two-row table and wrote row 3: the second wrote over the first.
    expect(excel.dump().sheets[0]?.values.map((r) => r[0])).toEqual(["Date", 1, 3]);
  });
});

describe("the add-in's own code", () => {
  it("adds no table row with TableRowCollection.add, which Microsoft names as a coauthoring conflict risk", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const src = join(__dirname, "..", "..", "src");
    // The emulator models the API the add-in might call; the conformance suite checks that API against Excel.
    const ours = files(src).filter(
      (f) =>
        f.endsWith(".ts") && !f.includes(`${join("src", "emulator")}`) && !f.includes(`${join("src", "conformance")}`)
    );
    expect(ours.filter((f) => /\brows\.add\(/.test(readFileSync(f, "utf8")))).toEqual([]);
    expect(ours.length).toBeGreaterThan(50);
  });
});
