/**
 * The store's numbers stay right through the imports operators repeat every day: a corrected re-export, the first
 * export again, an update that changes no row count, and another shop's file.
 */
import { runOn } from "../fixtures/officeClient";
import { importStoreData } from "../../src/commands/importStoreData";
import type { ExcelEmulator, HostVariants } from "../../src/emulator";
import { everyVariant } from "../../src/emulator";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";

const text = textFile;
const OPTIONS = IMPORT_OPTIONS;
const sheetOf = (excel: ExcelEmulator, name: string) => excel.dump().sheets.find((s) => s.name === name);

/** Store Metrics' figure in a column, on a day (as its ISO date). */
function metric(excel: ExcelEmulator, column: string, day: number): unknown {
  const values = sheetOf(excel, "Store Metrics")?.values ?? [];
  const at = (values[0] ?? []).indexOf(column);
  return values.find((r) => r[0] === day)?.[at];
}

const NOV_1 = 46327;
const products = (rows: readonly [string, number, number][]) =>
  [
    "统计日期,商品ID,商品名称,商品访客数,支付金额",
    ...rows.map(([id, visitors, gmv]) => `2026-11-01,${id},连衣裙,${visitors},${gmv}`),
  ].join("\n");
const FIRST = products([
  ["600000000001", 1000, 1200.5],
  ["600000000002", 800, 2160],
]);
const CORRECTED = products([
  ["600000000001", 1500, 3700.5],
  ["600000000002", 800, 2160],
]);

const variantName = (v: HostVariants) => `apostrophe ${v.apostropheInTextCell}, sign ${v.signInTextCell}`;

describe.each(everyVariant().map((v) => [variantName(v), v] as const))(
  "Re-importing under the host's variant (%s)",
  (_, variants) => {
    it("matches its own ids after an update: the first export again updates the same rows, never adds them twice", async () => {
      const { excel, env } = emulatedEnvironment("en-US", undefined, { variants });
      await importStoreData(env, [text("first.csv", FIRST)], OPTIONS);
      const corrected = await importStoreData(env, [text("corrected.csv", CORRECTED)], OPTIONS);
      expect(corrected.results[0]?.counts).toMatchObject({ rowsAdded: 0, rowsUpdated: 1, rowsUnchanged: 1 });
      const again = await importStoreData(env, [text("first.csv", FIRST)], OPTIONS);
      expect(again.results[0]?.counts).toMatchObject({ rowsAdded: 0, rowsUpdated: 1, rowsUnchanged: 1 });
      const table = sheetOf(excel, "Sycm Products")?.values ?? [];
      expect(table.map((r) => r[1])).toEqual(["商品ID", "600000000001", "600000000002"]);
      expect(metric(excel, "GMV", NOV_1)).toBe(3360.5);
    });

    it("leaves no apostrophe in an updated id cell", async () => {
      const { excel, env } = emulatedEnvironment("en-US", undefined, { variants });
      await importStoreData(env, [text("first.csv", FIRST)], OPTIONS);
      await importStoreData(env, [text("corrected.csv", CORRECTED)], OPTIONS);
      const sheet = excel.model.findSheet("Sycm Products");
      expect(sheet?.value(1, 1)).toBe("600000000001");
    });

    it("keeps text that starts like a formula as that text, on the first import, on an update and on a re-import", async () => {
      const { excel, env } = emulatedEnvironment("en-US", undefined, { variants });
      const names = ['=HYPERLINK("http://x","y")', "+1-2", "@SUM(A1)", "-10% refunds"];
      const file = (gmv: number) =>
        products(names.map((_, i) => [`60000000000${i}`, 100 + i, gmv])).replace(
          /连衣裙/g,
          () => `"${(names.shift() ?? "").replace(/"/g, '""')}"`
        );
      const first = file(10);
      names.push('=HYPERLINK("http://x","y")', "+1-2", "@SUM(A1)", "-10% refunds");
      const updated = file(20);
      names.push('=HYPERLINK("http://x","y")', "+1-2", "@SUM(A1)", "-10% refunds");
      await importStoreData(env, [text("first.csv", first)], OPTIONS);
      const update = await importStoreData(env, [text("updated.csv", updated)], OPTIONS);
      expect(update.results[0]?.counts).toMatchObject({ rowsAdded: 0, rowsUpdated: 4 });
      const again = await importStoreData(env, [text("updated.csv", updated)], OPTIONS);
      expect(again.results[0]?.counts).toMatchObject({ rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 4 });
      const sheet = excel.model.findSheet("Sycm Products");
      const cells = [1, 2, 3, 4].map((row) => [sheet?.value(row, 2), sheet?.formula(row, 2)]);
      expect(cells).toEqual([
        ['=HYPERLINK("http://x","y")', undefined],
        ["+1-2", undefined],
        ["@SUM(A1)", undefined],
        ["-10% refunds", undefined],
      ]);
    });
  }
);

describe("Store Metrics after an import", () => {
  it("is rebuilt when an import only updates rows", async () => {
    const { excel, env } = emulatedEnvironment();
    await importStoreData(env, [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,1000,3000\n")], OPTIONS);
    expect(metric(excel, "Visitors", NOV_1)).toBe(1000);
    const outcome = await importStoreData(
      env,
      [text("b.csv", "统计日期,访客数,支付金额\n2026-11-01,1500,3000\n")],
      OPTIONS
    );
    expect(outcome.results[0]?.counts).toMatchObject({ rowsAdded: 0, rowsUpdated: 1 });
    expect(metric(excel, "Visitors", NOV_1)).toBe(1500);
  });
});

describe("Cancel", () => {
  const big = (rows: number) =>
    `统计日期,访客数,支付金额\n${Array.from({ length: rows }, (_, i) => `${46000 + i},${i},${i}`).join("\n")}\n`;

  it("is honoured while the last rows are written below the table: nothing is added, and the outcome says cancelled", async () => {
    const { excel, env } = emulatedEnvironment();
    await importStoreData(env, [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n")], OPTIONS);
    const before = sheetOf(excel, "Sycm Overview");
    const controller = new AbortController();
    let allRead = false;
    // The operator clicks Cancel while the status reads "5,000 rows read": during the round trips that follow.
    const stop = excel.onChange(() => allRead && controller.abort());
    const outcome = await importStoreData(env, [text("big.csv", big(5000))], {
      ...OPTIONS,
      budgetBytes: 20_000,
      signal: controller.signal,
      onProgress: (p) => (allRead = p.rowsDone === 5000),
    });
    stop();
    expect(outcome.results[0]?.status).toBe("cancelled");
    expect(outcome.details[0]).toBe("big.csv: cancelled, nothing was added.");
    expect(sheetOf(excel, "Sycm Overview")).toEqual(before);
  });

  it("that comes after the file was in, while its log is written, says it came too late", async () => {
    const { excel, env } = emulatedEnvironment();
    const file = text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n");
    await importStoreData(env, [file], OPTIONS);
    const logRows = () => excel.model.findSheet("Import Log")?.values.rowCount ?? 0;
    const logged = logRows();
    const controller = new AbortController();
    // The same file again changes no row; the Cancel comes as its line is added to the log.
    const stop = excel.onChange(() => logRows() > logged && controller.abort());
    const outcome = await importStoreData(env, [file], { ...OPTIONS, signal: controller.signal });
    stop();
    expect(controller.signal.aborted).toBe(true);
    expect(outcome.results[0]).toMatchObject({ status: "imported", cancelTooLate: true });
    expect(outcome.details[0]).toMatch(/Cancel came after/);
  });

  it("that comes after rows began to change lets the import finish, and says so", async () => {
    const { excel, env } = emulatedEnvironment();
    await importStoreData(env, [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n")], OPTIONS);
    const controller = new AbortController();
    let updating = false;
    const stop = excel.onChange(() => {
      // The update of 2026-11-01 is the first write into the table's own rows.
      if (excel.model.findSheet("Sycm Overview")?.value(1, 1) === 99) updating = true;
      if (updating) controller.abort();
    });
    const outcome = await importStoreData(
      env,
      [text("b.csv", "统计日期,访客数,支付金额\n2026-11-01,99,1\n2026-11-02,5,5\n")],
      { ...OPTIONS, signal: controller.signal }
    );
    stop();
    expect(controller.signal.aborted).toBe(true);
    expect(outcome.results[0]?.status).toBe("imported");
    expect(outcome.details[0]).toMatch(
      /b\.csv: Cancel came after the import had begun changing the table's rows, so it finished\.$/
    );
    expect(sheetOf(excel, "Sycm Overview")?.values.map((r) => r[1])).toEqual(["访客数", 99, 5]);
  });
});

describe("A table at the foot of the sheet", () => {
  /** SycmOverview's header on row 1,048,570 with two days under it: four rows of the sheet stay free. */
  async function footTable() {
    const setup = emulatedEnvironment();
    await runOn(setup.excel, async (context) => {
      const sheet = context.workbook.worksheets.add("Sycm Overview");
      const block = sheet.getRange("A1048570:C1048572");
      block.values = [
        ["统计日期", "访客数", "支付金额"],
        [46327, 10, 1],
        [46328, 20, 2],
      ];
      sheet.tables.add(block, true).name = "SycmOverview";
      await context.sync();
    });
    return setup;
  }
  const days = (count: number) =>
    `统计日期,访客数,支付金额\n${Array.from({ length: count }, (_, i) => `${46329 + i},${i},${i}`).join("\n")}\n`;

  it("takes a file that fills it to Excel's last row exactly", async () => {
    const { excel, env } = await footTable();
    const outcome = await importStoreData(env, [text("four.csv", days(4))], OPTIONS);
    expect(outcome.results[0]?.counts).toMatchObject({ rowsAdded: 4 });
    const sheet = excel.model.findSheet("Sycm Overview");
    expect([1048572, 1048573, 1048574, 1048575].map((r) => sheet?.value(r, 0))).toEqual([46329, 46330, 46331, 46332]);
  });

  it("refuses a file one row longer, and leaves the table as it was", async () => {
    const { excel, env } = await footTable();
    const outcome = await importStoreData(env, [text("five.csv", days(5))], OPTIONS);
    expect(outcome.results[0]?.problems.map((p) => p.code)).toContain("tooManyRows");
    const sheet = excel.model.findSheet("Sycm Overview");
    expect(excel.model.findTable("SycmOverview")?.sheet).toBe(sheet);
    let filled = 0;
    sheet?.values.forEach(() => filled++);
    expect(filled).toBe(9);
    expect([1048571, 1048572, 1048573].map((r) => sheet?.value(r, 0))).toEqual([46328, undefined, undefined]);
  });
});

describe("Shops kept apart", () => {
  const overview = (shop: string, visitors: number) =>
    `店铺名称,统计日期,访客数,支付金额\n${shop},2026-11-01,${visitors},3000\n${shop},2026-11-02,${visitors + 1},3100\n`;
  const STAR = "星河女装旗舰店";
  const MOON = "月光童装店";

  it("refuses another shop's overview of the same days, naming both shops, and changes nothing", async () => {
    const { excel, env } = emulatedEnvironment();
    await importStoreData(env, [text("star.csv", overview(STAR, 1000))], OPTIONS);
    const before = sheetOf(excel, "Sycm Overview");
    const metricsBefore = sheetOf(excel, "Store Metrics");
    const outcome = await importStoreData(env, [text("moon.csv", overview(MOON, 50))], OPTIONS);
    expect(outcome.ok).toBe(false);
    expect(outcome.details[0]).toBe(
      `moon.csv: not imported, nothing was added. This file is from the shop “${MOON}”, but this workbook belongs to the shop “${STAR}”. Nothing was imported from it: keep one workbook per shop, or change the Shop setting if this workbook is now for “${MOON}”.`
    );
    expect(sheetOf(excel, "Sycm Overview")).toEqual(before);
    expect(sheetOf(excel, "Store Metrics")).toEqual(metricsBefore);
    expect(sheetOf(excel, "Import Log")?.values[2]?.[7]).toMatch(/^Failed; nothing added: This file is from the shop/);
  });

  it("refuses the second of two shops' files imported together", async () => {
    const { excel, env } = emulatedEnvironment();
    const outcome = await importStoreData(
      env,
      [text("star.csv", overview(STAR, 1000)), text("moon.csv", overview(MOON, 50))],
      OPTIONS
    );
    expect(outcome.results.map((r) => r.status)).toEqual(["imported", "failed"]);
    expect(metric(excel, "Visitors", NOV_1)).toBe(1000);
  });

  it("accepts the same shop however its name is spaced or cased, and exports that name no shop", async () => {
    const { env } = emulatedEnvironment();
    await importStoreData(env, [text("a.csv", overview("Star Shop", 1000))], OPTIONS);
    const outcome = await importStoreData(
      env,
      [text("b.csv", overview(" star  shop ", 1200)), text("c.csv", "统计日期,访客数,支付金额\n2026-11-03,7,7\n")],
      OPTIONS
    );
    expect(outcome.results.map((r) => r.status)).toEqual(["imported", "imported"]);
  });

  it("goes by the Shop setting, and by the shop a preamble names", async () => {
    const settings = {
      name: "Settings",
      values: [
        ["Setting", "Value"],
        ["Shop", STAR],
      ],
    };
    const { env } = emulatedEnvironment("en-US", { sheets: [settings] });
    const moon = `【生意参谋平台】店铺概况\n店铺名称：${MOON}\n统计日期,访客数,支付金额\n2026-11-01,5,5\n`;
    const refused = await importStoreData(env, [text("moon.csv", moon)], OPTIONS);
    expect(refused.results[0]?.problems.map((p) => [p.code, p.value, p.facts])).toEqual([
      ["otherShop", MOON, { workbookShop: STAR }],
    ]);
    const star = await importStoreData(env, [text("star.csv", moon.replace(MOON, STAR))], OPTIONS);
    expect(star.results[0]?.status).toBe("imported");
  });

  it("refuses one file that names two shops", async () => {
    const { env } = emulatedEnvironment();
    const both = `店铺名称,统计日期,访客数,支付金额\n${STAR},2026-11-01,5,5\n${MOON},2026-11-01,6,6\n`;
    const outcome = await importStoreData(env, [text("both.csv", both)], OPTIONS);
    expect(outcome.results[0]?.problems.map((p) => [p.code, p.value])).toEqual([["severalShops", `${STAR}, ${MOON}`]]);
  });
});
