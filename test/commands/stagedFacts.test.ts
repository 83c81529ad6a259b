/**
 * After an import fills a table from empty, the pane's diagnosis count takes that table's facts from the rows the
 * import staged instead of reading them back: the same count in fewer round trips. A table changed since (another
 * file appended) is read back as before.
 */
import { countFindings } from "../../src/commands/diagnoseStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
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

describe("the diagnosis count after an import", () => {
  it("counts a table the import filled from its staged rows: the same findings, without reading the table back", async () => {
    const { excel, env } = shop();
    const outcome = await importStoreData(env, [textFile("商品.csv", productReport())], IMPORT_OPTIONS);
    const staged = outcome.results.flatMap((r) => (r.staged ? [r.staged] : []));
    expect(staged.map((s) => [s.table, s.rows, s.products?.length])).toEqual([["SycmProducts", 1400, 1400]]);

    // Warm: the workbook's layout learnt, as the pane has it after its first read.
    await countFindings(env);
    excel.resetStats();
    const read = await countFindings(env);
    const readSyncs = excel.stats().syncs;
    excel.resetStats();
    const counted = await countFindings(env, staged);
    const stagedSyncs = excel.stats().syncs;
    // 商品0 converts at 0 against the shop's: one finding either way.
    expect(read).toBe(1);
    expect(counted).toBe(read);
    expect(stagedSyncs).toBe(readSyncs - 1);
  });

  it("reads a table back when it no longer holds just the rows staged", async () => {
    const { excel, env } = shop();
    const first = await importStoreData(env, [textFile("商品.csv", productReport())], IMPORT_OPTIONS);
    const staged = first.results.flatMap((r) => (r.staged ? [r.staged] : []));
    // A later day appended: the table has more rows than were staged, and the staged facts are not its facts.
    const later = await importStoreData(env, [textFile("商品2.csv", productReport(24, 1))], IMPORT_OPTIONS);
    expect(later.results[0]?.staged).toBeUndefined();
    // Warm: the workbook's layout learnt, as the pane has it after its first read.
    await countFindings(env);
    excel.resetStats();
    const read = await countFindings(env);
    const readSyncs = excel.stats().syncs;
    excel.resetStats();
    expect(await countFindings(env, staged)).toBe(read);
    expect(excel.stats().syncs).toBe(readSyncs);
  });
});
