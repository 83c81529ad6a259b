/** The one input reader, on the emulator: what it reads of an unknown active sheet, and in what pieces. */
import { runOn } from "../fixtures/officeClient";
import type { JsonCell } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";
import { readInputs } from "../../src/excel/inputs";
import { GROWTH_POINT_FIELDS } from "../../src/core/ranking";
import { INPUTS } from "../../src/core/contract";

const WANT = { points: { definition: INPUTS.growthPoints, fields: GROWTH_POINT_FIELDS } } as const;
const run = (excel: ExcelEmulator) =>
  runOn(excel, (context) => readInputs(context as unknown as Excel.RequestContext, WANT, "en-US"));

describe("reading an input from the active sheet", () => {
  it("reads a large matching sheet in blocks, each response under Excel on the web's 5 MB", async () => {
    const rows: JsonCell[][] = Array.from({ length: 100_000 }, (_, i) => [
      `Point ${i} 提升主图点击率和转化率`,
      0.5,
      0.1,
    ]);
    const excel = new ExcelEmulator({
      sheets: [{ name: "My ideas", values: [["Growth point", "Success rate", "Growth rate"], ...rows] }],
    });
    const read = await run(excel);
    expect(read.inputs.ok && read.inputs.data.points.values.length).toBe(100_001);
    const stats = excel.stats();
    // Read whole, the values and formats of this sheet would pass 5 MB in one response.
    expect(stats.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 1024 * 1024);
    expect(stats.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it("reads no more than its first rows when the header does not match", async () => {
    const rows: JsonCell[][] = Array.from({ length: 20_000 }, (_, i) => [`order ${i}`, i]);
    const excel = new ExcelEmulator({ sheets: [{ name: "Orders", values: [["Order", "Amount"], ...rows] }] });
    const read = await run(excel);
    expect(read.inputs.ok).toBe(false);
    expect(excel.stats().responseBytes.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
  });
});

describe("reading a large input in blocks of 4 MB", () => {
  const TABLE = (rows: JsonCell[][]) => ({
    sheets: [
      {
        name: "Growth Points",
        values: [["Growth point", "Success rate", "Growth rate"], ...rows],
        tables: [{ name: "GrowthPoints", address: `A1:C${rows.length + 1}` }],
      },
    ],
  });

  it("sizes its blocks on the rows read first: 60,000 short rows in one block past them", async () => {
    const rows: JsonCell[][] = Array.from({ length: 60_000 }, (_, i) => [`Point ${i}`, 0.5, 0.1]);
    const excel = new ExcelEmulator(TABLE(rows));
    const read = await run(excel);
    expect(read.inputs.ok && read.inputs.data.points.values.length).toBe(60_001);
    const stats = excel.stats();
    // The names, the first 2,000 rows, then the remaining 58,000 (about 3.2 MB) in one block under 4 MB; blocks
    // of 80,000 cells would have taken three.
    expect(stats.syncs).toBe(3);
    expect(stats.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it("reads a block again in halves when its rows are longer than those measured and Excel refuses it as too large", async () => {
    const name = "提升主图点击率".repeat(20);
    const rows: JsonCell[][] = Array.from({ length: 40_000 }, (_, i) => [
      i < 2_000 ? `P${i}` : `${name} ${i}`,
      0.5,
      0.1,
    ]);
    const excel = new ExcelEmulator(TABLE(rows));
    const read = await run(excel);
    expect(read.inputs.ok).toBe(true);
    expect(read.inputs.ok && read.inputs.data.points.values.map((r) => r[0])).toEqual([
      "Growth point",
      ...rows.map((r) => r[0]),
    ]);
    // Excel refused the first block past the short rows (the emulator counts what it would have sent), and the
    // halves came back whole.
    expect(excel.stats().responseBytes.filter((b) => b > 5 * 1024 * 1024).length).toBeGreaterThan(0);
  });
});
