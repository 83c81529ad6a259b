/**
 * Property tests over random workbooks: no command changes any input cell (the Goals table's written columns
 * aside), and a command that fails at any of its round trips leaves the workbook exactly as it was.
 */
import fc from "fast-check";
import type { CommandEnvironment } from "../../src/commands/environment";
import { generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import { insertSampleData } from "../../src/commands/insertSampleData";
import type { Outcome } from "../../src/commands/outcome";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import type { JsonCell, SheetJson, WorkbookJson } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";
import { clientHost } from "../fixtures/officeClient";
import { TODAY } from "../helpers";

const cell: fc.Arbitrary<JsonCell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ min: -2, max: 3, noNaN: true }),
  fc.boolean(),
  fc.constantFrom(
    "#N/A",
    "#DIV/0!",
    "60%",
    "６０％",
    "2026-11-24",
    "9:30",
    "=1+1",
    "-A",
    "@x",
    "High",
    "周一、周三",
    "median",
    "",
    " "
  ),
  // Values that make rows valid, so that commands also succeed and write.
  fc.constantFrom(0.5, 0.2, 0.05, 30, 46348, 46355, "Task", "Goal")
);

const INPUT_SHEETS: readonly [string, readonly string[]][] = [
  ["Growth Points", ["Growth point", "Success rate", "Growth rate", "Owner", "Deadline"]],
  ["增长点", ["增长点", "成功率", "增长率"]],
  ["Goals", ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"]],
  ["Daily Tasks", ["Task", "Minutes", "Priority", "Fixed start", "Days", "Category"]],
  ["Settings", ["Setting", "Value"]],
  ["Growth Ranking", ["my", "own", "sheet"]],
  ["Notes", ["anything", "else"]],
];

const sheet: fc.Arbitrary<SheetJson> = fc
  .tuple(
    fc.constantFrom(...INPUT_SHEETS),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }),
    fc.boolean()
  )
  .map(([[name, headers], rows, asTable]) => {
    const width = headers.length;
    const values: JsonCell[][] = [
      [...headers],
      ...rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
    ];
    const json: SheetJson = { name, values };
    // Text cells only: a table header must be text, as Excel makes it.
    if (asTable && rows.length > 0)
      json.tables = [
        {
          name: name.replace(/\s/g, "") === "增长点" ? "GrowthPoints" : name.replace(/\s/g, ""),
          address: `A1:${String.fromCharCode(64 + width)}${values.length}`,
        },
      ];
    return json;
  });

const randomWorkbook: fc.Arbitrary<WorkbookJson> = fc
  .uniqueArray(sheet, { minLength: 1, maxLength: 5, selector: (s) => s.name })
  .map((sheets) => {
    const seen = new Set<string>();
    // Table names are unique across a workbook: drop a repeat.
    return {
      sheets: sheets.map((s) =>
        s.tables && !seen.has(s.tables[0]!.name) ? (seen.add(s.tables[0]!.name), s) : { name: s.name, values: s.values }
      ),
    };
  });

/** Inputs that every command can use, each with random rows added: so that runs that write are always sampled. */
const VALID_ROWS: Readonly<Record<string, JsonCell[]>> = {
  "Growth Points": ["Main image CTR", 0.7, 0.25, "Wang", 46357],
  Goals: ["CTR to 6%", "CTR", 0.048, 0.06, 0.05, 46348, 46355],
  "Daily Tasks": ["Check data", 30, "High", null, "Daily", "Data"],
  Settings: ["Focus limit", 2],
};

const validWorkbook: fc.Arbitrary<WorkbookJson> = fc
  .tuple(
    ...Object.keys(VALID_ROWS).map(() => fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 3 }))
  )
  .map((extras) => ({
    sheets: Object.entries(VALID_ROWS).map(([name, row], i) => {
      const headers = (INPUT_SHEETS.find(([n]) => n === name) as [string, readonly string[]])[1];
      const random = (extras[i] ?? []).map((r) => Array.from({ length: headers.length }, (_, c) => r[c] ?? null));
      return { name, values: [[...headers], row, ...random] };
    }),
  }));

const workbook: fc.Arbitrary<WorkbookJson> = fc.oneof(randomWorkbook, validWorkbook);

const COMMANDS: readonly [string, (env: CommandEnvironment) => Promise<Outcome>][] = [
  ["rank growth points", rankGrowthPoints],
  ["update goal status", updateGoalStatus],
  ["generate daily schedule", (env) => generateDailySchedule(env)],
  ["log daily report", (env) => logDailyReport(env)],
  ["insert sample data", insertSampleData],
];

function environment(json: WorkbookJson) {
  const excel = new ExcelEmulator(json);
  const env: CommandEnvironment = { host: clientHost(excel), language: () => "en-US", today: () => TODAY };
  return { excel, env };
}

/** The cells a sheet had, compared cell by cell; Goals' written columns (right of the input) are allowed to appear. */
function sameInputCells(before: SheetJson, after: SheetJson | undefined): boolean {
  if (!after) return false;
  return before.values.every((row, r) => row.every((v, c) => (after.values[r]?.[c] ?? null) === (v === "" ? null : v)));
}

describe("no command loses or changes the user's data", () => {
  it.each(COMMANDS)("%s leaves every input cell as it was", async (name, command) => {
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(workbook, async (json) => {
        const { excel, env } = environment(json);
        const before = excel.dump();
        if ((await command(env)).ok) succeeded++;
        const after = excel.dump();
        for (const sheetBefore of before.sheets) {
          expect(
            sameInputCells(
              sheetBefore,
              after.sheets.find((s) => s.name === sheetBefore.name)
            )
          ).toBe(true);
        }
      }),
      { numRuns: 60 }
    );
    // The property must also have been tried on runs that wrote something.
    if (name !== "log daily report") expect(succeeded).toBeGreaterThan(0);
  });

  it.each(COMMANDS)("%s, failing at any round trip, leaves the workbook exactly as it was", async (_name, command) => {
    await fc.assert(
      fc.asyncProperty(
        workbook,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("GeneralException", "InvalidOperationInCellEditMode"),
        async (json, sync, code) => {
          const { excel, env } = environment(json);
          const before = excel.dump();
          excel.failOnSync = { sync, code };
          const outcome = await command(env);
          if (excel.stats().syncs >= sync) {
            expect(outcome.ok).toBe(false);
            expect(excel.dump()).toEqual(before);
          }
        }
      ),
      { numRuns: 40 }
    );
  });
});
