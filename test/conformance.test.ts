/**
 * The conformance suite through Microsoft's Office.js client (its web and Windows desktop builds) against the
 * emulator as the workbook host, case by case: the same cases conformance.html runs against a real Excel. Every
 * case must pass here; a real Excel that differs is recorded in docs/conformance/.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { CASES } from "../src/conformance/cases";
import { conformanceRecord, runConformance } from "../src/conformance/run";
import type { ExcelLike } from "../src/conformance/types";
import { ExcelEmulator } from "../src/emulator";
import type { ClientBuild } from "./fixtures/officeClient";
import { officeClient } from "./fixtures/officeClient";

/** The global `Excel` a page would have, its requests answered by this workbook. */
function through(build: ClientBuild, excel: ExcelEmulator): ExcelLike {
  const client = officeClient(build);
  return {
    run: <T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>) =>
      client.run(
        excel,
        (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<T>,
        typeof first === "function" ? {} : (first as { delayForCellEdit?: boolean })
      ),
  };
}

it("has at least 30 cases, each with a source, and each quotes its page's sentence or is marked undocumented", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
  expect(CASES.every((c) => c.source.length > 10)).toBe(true);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  expect(
    CASES.filter((c) => !(c.undocumented === true || (c.quote ?? "").split(" ").length >= 6)).map((c) => c.id)
  ).toEqual([]);
  expect(CASES.filter((c) => c.undocumented === true && c.quote !== undefined).map((c) => c.id)).toEqual([]);
});

describe.each(["excel-web-16.00", "excel-win32-16.01"] as const)(
  "the conformance suite through Microsoft's client (%s)",
  (build) => {
    it.each(CASES.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
      const excel = through(build, new ExcelEmulator());
      await excel.run(async (context) => {
        context.workbook.worksheets.add("Case");
        await context.sync();
      });
      await expect(c.run(excel, "Case")).resolves.toBe(c.expected);
    });
  }
);

describe("the whole suite, as conformance.html runs it", () => {
  it("runs whole, leaving the workbook as it found it, and its record is docs/conformance/emulator.md", async () => {
    const emulator = new ExcelEmulator({ sheets: [{ name: "Mine", values: [["keep", 1]] }] });
    const before = emulator.dump();
    const run = await runConformance(through("excel-web-16.00", emulator), true);
    expect(run.failed).toBe(0);
    expect(run.passed).toBe(CASES.length);
    expect(emulator.dump()).toEqual(before);
    const record = conformanceRecord("Growth Ops emulator", run);
    const path = join(__dirname, "..", "docs", "conformance", "emulator.md");
    if (process.env.UPDATE_DOCS === "1") writeFileSync(path, record);
    expect(readFileSync(path, "utf8")).toBe(record);
  });

  it("skips the limits of Excel on the web on other hosts", async () => {
    const run = await runConformance(through("excel-web-16.00", new ExcelEmulator()), false);
    expect(run.skipped).toBe(CASES.filter((c) => c.webOnly).length);
  });
});
