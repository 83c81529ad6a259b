/**
 * The conformance suite against the emulator, case by case: the same cases conformance.html runs against a real
 * Excel. Every case must pass here; a real Excel that differs is recorded in docs/conformance/.
 */
import type { ExcelLike } from "../src/conformance/types";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { CASES } from "../src/conformance/cases";
import { conformanceRecord, runConformance } from "../src/conformance/run";
import { ExcelEmulator } from "../src/emulator";
import { excelNamespace } from "../src/emulator/namespace";
import { officeClient } from "./fixtures/officeClient";

const emulated = (): ExcelLike => excelNamespace(new ExcelEmulator()) as unknown as ExcelLike;

describe("the conformance suite on the emulator", () => {
  it("has at least 30 cases, each with a source", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.every((c) => c.source.length > 10)).toBe(true);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const excel = emulated();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("Case");
      await context.sync();
    });
    await expect(c.run(excel, "Case")).resolves.toBe(c.expected);
  });

  it("runs whole, leaving the workbook as it found it, and its record is docs/conformance/emulator.md", async () => {
    const emulator = new ExcelEmulator({ sheets: [{ name: "Mine", values: [["keep", 1]] }] });
    const before = emulator.dump();
    const run = await runConformance(excelNamespace(emulator) as unknown as ExcelLike, true);
    expect(run.failed).toBe(0);
    expect(run.passed).toBe(CASES.length);
    expect(emulator.dump()).toEqual(before);
    const record = conformanceRecord("Growth Ops emulator", run);
    const path = join(__dirname, "..", "docs", "conformance", "emulator.md");
    if (process.env.UPDATE_DOCS === "1") writeFileSync(path, record);
    expect(readFileSync(path, "utf8")).toBe(record);
  });

  it("skips the limits of Excel on the web on other hosts", async () => {
    const run = await runConformance(emulated(), false);
    expect(run.skipped).toBe(CASES.filter((c) => c.webOnly).length);
  });
});

describe.each(["excel-web-16.00", "excel-win32-16.01"] as const)("the conformance suite through Microsoft's client (%s) against the emulator as its host", (build) => {
  const client = officeClient(build);
  const through = (excel: ExcelEmulator): ExcelLike => ({
    run: <T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>) =>
      client.run(excel, (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<T>, typeof first === "function" ? {} : (first as { delayForCellEdit?: boolean })),
  });

  it.each(CASES.filter((c) => !c.clientRule).map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const excel = new ExcelEmulator();
    const excelLike = through(excel);
    await excelLike.run(async (context) => {
      context.workbook.worksheets.add("Case");
      await context.sync();
    });
    await expect(c.run(excelLike, "Case")).resolves.toBe(c.expected);
  });
});
