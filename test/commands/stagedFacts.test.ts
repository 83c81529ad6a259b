/**
 * After an import, the pane's diagnosis count takes the facts of the table it wrote to from what the import held
 * (the rows it staged, and, for a table added to, the table's own rows as read for their keys, with the rows it
 * rewrote) instead of reading them back: the same count in fewer round trips. Facts of a table changed since are
 * not its facts, and it is read back as before.
 */
import { countFindings } from "../../src/commands/diagnoseStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import type { CellValue } from "../../src/core/cellValues";
import { productColumns, productFacts } from "../../src/core/shopFacts";
import type { CommandEnvironment } from "../../src/commands/environment";
import type { StagedFacts } from "../../src/core/shopFacts";
import type { ExcelEmulator } from "../../src/emulator";
import { storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";

/** Store Metrics for the report's days (2026-11-10 to 11-23): its visitors, buyers and GMV. */
const shop = () =>
  emulatedEnvironment("en-US", {
    sheets: [
      storeMetricsSheet(
        Array.from({ length: 14 }, () => ({ visitors: 10200, buyers: 495, gmv: 39600 })),
        46349
      ),
    ],
  });

/**
 * 14 days of 100 products from 2026-11-10 (1,400 rows: past the rows a table's shape brings with it, so reading the
 * table back takes a round trip of its own): 商品0 draws 300 visitors a day and sells to none.
 */
function productReport(firstDay = 10, days = 14): string {
  const lines = ["统计日期,商品ID,商品名称,商品访客数,支付金额,支付买家数"];
  for (let d = 0; d < days; d++)
    for (let p = 0; p < 100; p++) {
      const [visitors, buyers] = p === 0 ? [300, 0] : [100, 5];
      lines.push(
        `2026-11-${String(firstDay + d).padStart(2, "0")},${6000 + p},商品${p},${visitors},${buyers * 80},${buyers}`
      );
    }
  return lines.join("\n");
}

/** The pane's count read from the workbook, then from the facts given, warm, with the round trips each took. */
async function countBothWays(excel: ExcelEmulator, env: CommandEnvironment, staged: readonly StagedFacts[]) {
  // Warm: the workbook's layout learnt, as the pane has it after its first read.
  await countFindings(env);
  excel.resetStats();
  const read = await countFindings(env);
  const readSyncs = excel.stats().syncs;
  excel.resetStats();
  const counted = await countFindings(env, staged);
  return { read, readSyncs, counted, countedSyncs: excel.stats().syncs };
}

describe("the diagnosis count after an import", () => {
  it("counts a table the import filled from its staged rows: the same findings, without reading the table back", async () => {
    const { excel, env } = shop();
    const outcome = await importStoreData(env, [textFile("商品.csv", productReport())], IMPORT_OPTIONS);
    const staged = outcome.results.flatMap((r) => (r.staged ? [r.staged] : []));
    expect(staged.map((s) => [s.table, s.rows, s.products?.length])).toEqual([["SycmProducts", 1400, 1400]]);

    const { read, readSyncs, counted, countedSyncs } = await countBothWays(excel, env, staged);
    // 商品0 converts at 0 against the shop's: one finding either way.
    expect(read).toBe(1);
    expect(counted).toBe(read);
    expect(countedSyncs).toBe(readSyncs - 1);
  });

  it("reads a table back when it no longer holds the rows its facts were gathered from", async () => {
    const { excel, env } = shop();
    const first = await importStoreData(env, [textFile("商品.csv", productReport())], IMPORT_OPTIONS);
    const staged = first.results.flatMap((r) => (r.staged ? [r.staged] : []));
    // A later day appended: the table has more rows than the first import's facts were gathered from.
    await importStoreData(env, [textFile("商品2.csv", productReport(24, 1))], IMPORT_OPTIONS);
    const { read, readSyncs, counted, countedSyncs } = await countBothWays(excel, env, staged);
    expect(counted).toBe(read);
    expect(countedSyncs).toBe(readSyncs);
  });

  it("gathers a table added to from its own rows, the rows added and the rows rewritten: its facts as read back", async () => {
    const { excel, env } = shop();
    await importStoreData(env, [textFile("商品.csv", productReport())], IMPORT_OPTIONS);
    // The last two days again, 商品0 now selling on them (rewritten rows), and a new day (added rows).
    const again = productReport(22, 3).replace(/(2026-11-2[23],6000,商品0,300,)0,0/g, "$1800,10");
    const later = await importStoreData(env, [textFile("商品2.csv", again)], IMPORT_OPTIONS);
    expect(later.results[0]?.counts).toMatchObject({ rowsAdded: 100, rowsUpdated: 2 });
    const staged = later.results.flatMap((r) => (r.staged ? [r.staged] : []));
    expect(staged.map((s) => [s.table, s.rows])).toEqual([["SycmProducts", 1500]]);
    expect(staged[0]?.products).toEqual(await productsReadBack(env));
    expect(staged[0]?.products?.filter((p) => p.name === "商品0" && p.buyers > 0).map((p) => p.day)).toEqual([
      // 2026-11-22 and 11-23 (2026-11-20 is 46346).
      46348, 46349,
    ]);
    const { read, readSyncs, counted, countedSyncs } = await countBothWays(excel, env, staged);
    expect(counted).toBe(read);
    expect(countedSyncs).toBe(readSyncs - 1);
  });

  it("leaves a table added to to be read back when the file lacks a column of the table's the facts need", async () => {
    const { env } = shop();
    await importStoreData(env, [textFile("商品.csv", productReport())], IMPORT_OPTIONS);
    // A later export without 支付买家数: the table's buyers of its own rows were not read for their keys.
    const without = productReport(24, 1)
      .split("\n")
      .map((line) => line.split(",").slice(0, 5).join(","))
      .join("\n");
    const later = await importStoreData(env, [textFile("商品2.csv", without)], IMPORT_OPTIONS);
    expect(later.results[0]?.counts.rowsAdded).toBe(100);
    expect(later.results[0]?.staged).toBeUndefined();
  });
});

/** The product table's facts as the diagnosis reads them from the workbook. */
async function productsReadBack(env: CommandEnvironment) {
  return env.host.run(async (context) => {
    const table = context.workbook.tables.getItem("SycmProducts");
    const [header, body] = [table.getHeaderRowRange().load("values"), table.getDataBodyRange().load("values")];
    await context.sync();
    const headers = (header.values[0] ?? []).map(String);
    const columns = productColumns(headers) ?? [];
    const rows = body.values as CellValue[][];
    return productFacts(columns.map((c) => (c < 0 ? [] : rows.map((row) => row[c] ?? ""))));
  });
}
