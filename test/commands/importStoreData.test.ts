/** Import store data on the emulator: typed tables, de-duplication, Replace, cancel, the request budget, the log, metrics. */
import { runOn } from "../fixtures/officeClient";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { ImportOptions, StoreFile } from "../../src/commands/importStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { importFile } from "../../src/commands/importFile";
import type { FileReading, FileToRead } from "../../src/reading/fileReading";
import { readHere } from "../../src/reading/here";
import { blobChunks } from "../../src/csv/chunks";
import type { WorkbookJson } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";
import { clientHost } from "../fixtures/officeClient";
import type { CommandEnvironment } from "../../src/commands/environment";
import { TODAY } from "../helpers";
import { alipayStatement } from "../fixtures/generators/alipay";
import { sycmProducts, sycmSelfService } from "../fixtures/generators/sycm";
import { sycmProductsWorkbook, workbookBytes } from "../fixtures/generators/workbooks";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const SAMPLES = join(__dirname, "..", "..", "..", "shared", "samples", "taobao");

function file(name: string, bytes: Uint8Array<ArrayBuffer>, chunkBytes?: number): StoreFile {
  return { name, chunks: () => blobChunks(new Blob([bytes]), chunkBytes) };
}
const fixture = (name: string, chunkBytes?: number) =>
  file(name, new Uint8Array(readFileSync(join(FIXTURES, name))), chunkBytes);
const text = (name: string, content: string) => file(name, new TextEncoder().encode(content));

function setup(workbook?: WorkbookJson, limit?: number) {
  const excel = new ExcelEmulator(workbook, limit ? { requestLimitBytes: limit } : {});
  const env: CommandEnvironment = { host: clientHost(excel), language: () => "en-US", today: () => TODAY };
  return { excel, env };
}

const OPTIONS: ImportOptions = {
  replace: false,
  clock: () => 0,
  now: () => ({ ...TODAY, hour: 10, minute: 30, second: 0 }),
};
const sheetOf = (excel: ExcelEmulator, name: string) => excel.dump().sheets.find((s) => s.name === name);

describe("Import store data", () => {
  it("imports a GBK Sycm overview with a preamble into a typed table, skips the total row, logs it and builds Store Metrics", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(env, [fixture("sycm-overview-preamble.gbk.csv")], OPTIONS);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toBe("Imported sycm-overview-preamble.gbk.csv: 3 rows added, 0 updated, 0 unchanged.");
    const data = sheetOf(excel, "Sycm Overview");
    expect(data?.tables).toEqual([{ name: "SycmOverview", address: "A1:I4" }]);
    expect(data?.values).toEqual([
      ["统计日期", "访客数", "浏览量", "支付买家数", "支付转化率", "支付金额", "客单价", "支付子订单数", "退款金额"],
      [46347, 1204, 3688, 36, 0.0299, 3456.7, 96.02, 41, null],
      [46348, 1350, 4102, 45, 0.0333, 4210.5, 93.57, 50, 120],
      [46349, 980, 2890, 20, 0.0204, 1980, 99, 22, null],
    ]);
    expect(data?.numberFormats?.[1]?.[0]).toBe("yyyy-mm-dd");
    expect(data?.numberFormats?.[1]?.[4]).toBe("0.00%");

    const log = sheetOf(excel, "Import Log");
    expect(log?.values[1]).toEqual([
      46350 + 10.5 / 24,
      "sycm-overview-preamble.gbk.csv",
      "Sycm shop overview",
      "gb18030",
      3,
      3,
      0,
      "OK.",
      0,
      0,
    ]);

    const metrics = sheetOf(excel, "Store Metrics");
    expect(metrics?.values[0]).toEqual([
      "Date",
      "Visitors",
      "Page views",
      "Paying buyers",
      "Conversion rate",
      "GMV",
      "AOV",
      "UV value",
      "Orders",
      "Refund amount",
      "GSV (GMV less refunds)",
      "Refund rate",
    ]);
    expect(metrics?.values[4]?.[0]).toBe("Total");
    expect(metrics?.values[4]?.[1]).toBe(3534);
    expect(metrics?.values[4]?.[4]).toBeCloseTo(101 / 3534, 12);
  });

  it("imports into a Chinese workbook in Chinese when the pane speaks English, and tells the operator in English", async () => {
    const { excel, env } = setup({
      sheets: [
        { name: "增长点", values: [["增长点", "成功率", "增长率"]] },
        { name: "目标", values: [["目标"]] },
      ],
    });
    const outcome = await importStoreData(env, [fixture("sycm-overview-preamble.gbk.csv")], OPTIONS);
    expect(outcome.message).toBe("Imported sycm-overview-preamble.gbk.csv: 3 rows added, 0 updated, 0 unchanged.");
    expect(sheetOf(excel, "生意参谋概况")?.tables).toEqual([{ name: "SycmOverview", address: "A1:I4" }]);
    expect(sheetOf(excel, "导入记录")?.values[1]?.slice(2, 8)).toEqual([
      "生意参谋店铺概况",
      "gb18030",
      3,
      3,
      0,
      "正常。",
    ]);
    expect(sheetOf(excel, "店铺指标")?.values[0]?.slice(0, 3)).toEqual(["日期", "访客数", "浏览量"]);
    expect(excel.dump().sheets.map((s) => s.name)).not.toContain("Store Metrics");
  });

  it("changes nothing on a second import of the same file, and counts its rows as unchanged", async () => {
    const { excel, env } = setup();
    await importStoreData(env, [fixture("sycm-overview-preamble.gbk.csv")], OPTIONS);
    const before = sheetOf(excel, "Sycm Overview");
    const outcome = await importStoreData(env, [fixture("sycm-overview-preamble.gbk.csv")], OPTIONS);
    expect(outcome.results[0]?.counts).toMatchObject({
      rowsRead: 3,
      rowsAdded: 0,
      rowsUpdated: 0,
      rowsUnchanged: 3,
      duplicates: 0,
    });
    expect(sheetOf(excel, "Sycm Overview")).toEqual(before);
    expect(sheetOf(excel, "Sycm Overview")?.tables).toEqual([{ name: "SycmOverview", address: "A1:I4" }]);
    expect(sheetOf(excel, "Import Log")?.values).toHaveLength(3);
  });

  it("appends new rows and leaves those already present alone", async () => {
    const { excel, env } = setup();
    await importStoreData(
      env,
      [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n2026-11-02,20,2\n")],
      OPTIONS
    );
    const outcome = await importStoreData(
      env,
      [text("b.csv", "统计日期,访客数,支付金额\n2026-11-02,20,2\n2026-11-03,30,3\n")],
      OPTIONS
    );
    expect(outcome.results[0]?.counts).toMatchObject({ rowsAdded: 1, rowsUnchanged: 1, rowsUpdated: 0 });
    expect(sheetOf(excel, "Sycm Overview")?.values.map((r) => r[1])).toEqual(["访客数", 10, 20, 30]);
  });

  it("lets the later export win: a day's changed figures update its row, the operator's own column is not touched", async () => {
    const { excel, env } = setup();
    await importStoreData(
      env,
      [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n2026-11-02,20,2\n")],
      OPTIONS
    );
    // The operator adds a notes column to the imported table and writes in it.
    await runOn(excel, async (context) => {
      context.workbook.tables.getItem("SycmOverview").columns.add(undefined, undefined, "我的备注");
      context.workbook.worksheets.getItem("Sycm Overview").getRange("D2:D3").values = [["大促"], ["复盘"]];
      await context.sync();
    });
    const outcome = await importStoreData(
      env,
      [text("b.csv", "统计日期,访客数,支付金额\n2026-11-02,25,2.5\n2026-11-03,30,3\n")],
      OPTIONS
    );
    expect(outcome.results[0]?.counts).toMatchObject({ rowsAdded: 1, rowsUpdated: 1, rowsUnchanged: 0 });
    expect(sheetOf(excel, "Sycm Overview")?.values).toEqual([
      ["统计日期", "访客数", "支付金额", "我的备注"],
      [46327, 10, 1, "大促"],
      [46328, 25, 2.5, "复盘"],
      [46329, 30, 3, null],
    ]);
    expect(sheetOf(excel, "Import Log")?.values[2]?.slice(8)).toEqual([1, 0]);
  });

  it("logs a file named like a formula as the text it is, the first time the log is made and every time after", async () => {
    const { excel, env } = setup();
    const csv = "统计日期,访客数,支付金额\n2026-11-01,10,1\n";
    await importStoreData(env, [text("=HYPERLINK(1).csv", csv)], OPTIONS);
    await importStoreData(env, [text("+1 day.csv", csv)], OPTIONS);
    const log = sheetOf(excel, "Import Log");
    expect([log?.values[1]?.[1], log?.values[2]?.[1]]).toEqual(["=HYPERLINK(1).csv", "+1 day.csv"]);
    expect(log?.formulas).toBeUndefined();
  });

  it("replaces the kind's data with Replace", async () => {
    const { excel, env } = setup();
    await importStoreData(
      env,
      [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n2026-11-02,20,2\n")],
      OPTIONS
    );
    await importStoreData(env, [text("b.csv", "统计日期,访客数,支付金额\n2026-11-05,50,5\n")], {
      ...OPTIONS,
      replace: true,
    });
    const data = sheetOf(excel, "Sycm Overview");
    expect(data?.values).toEqual([
      ["统计日期", "访客数", "支付金额"],
      [46331, 50, 5],
    ]);
    expect(data?.tables).toEqual([{ name: "SycmOverview", address: "A1:C2" }]);
  });

  it("keeps ids as text, converts fen to yuan, decodes entities, and never writes a formula", async () => {
    const { excel, env } = setup();
    await importStoreData(env, [fixture("ad-report-tab-comma.utf8bom.csv")], OPTIONS);
    const data = sheetOf(excel, "Ad Report");
    expect(data?.values[0]).toEqual([
      "日期",
      "计划ID",
      "计划名字",
      "花费(分)",
      "展现量",
      "点击量",
      "总成交金额",
      "总成交笔数",
    ]);
    expect(data?.values[1]).toEqual([46348, "3208815526171234567", "主图测试&新品", 123.45, 8000, 240, 520, 5]);
    expect(data?.values[3]?.[2]).toBe('=HYPERLINK("http://x")');
    expect(data?.formulas).toBeUndefined();
    const metrics = sheetOf(excel, "Store Metrics");
    expect(metrics?.values[0]).toEqual(["Date", "Impressions", "Clicks", "CTR", "Ad spend", "Ad sales", "ROI"]);
  });

  it("reads a UTF-16LE tab-separated order list with apostrophe ids and date-times (personal data kept as exported)", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(env, [fixture("qianniu-orders.utf16le.txt")], {
      ...OPTIONS,
      keepPersonalData: true,
    });
    expect(outcome.results[0]).toMatchObject({ encoding: "utf-16le BOM", status: "imported" });
    const data = sheetOf(excel, "Qianniu Orders");
    expect(data?.values[0]?.[6]).toBe("宝贝标题");
    expect(data?.values[1]?.slice(0, 5)).toEqual(["154839030206893571", "-buyer", "13900000001", 99.8, "交易成功"]);
    expect(data?.values[2]?.slice(1, 3)).toEqual(["@buyer", null]);
    expect(data?.values[2]?.[6]).toBe("+新品");
    expect(data?.formulas).toBeUndefined();
  });

  it("sends row blocks within the budget, and splits a block Excel still refuses", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `2026-11-${String((i % 28) + 1).padStart(2, "0")},计划${i},${i},${i * 10},${i},1`
    ).join("\n");
    const csv = `日期,计划名字,花费,展现量,点击量,总成交金额\n${rows}\n`;
    const { excel, env } = setup(undefined, 40_000);
    const outcome = await importStoreData(env, [text("ads.csv", csv)], { ...OPTIONS, budgetBytes: 60_000 });
    expect(outcome.results[0]?.counts.rowsAdded).toBe(3000);
    expect(sheetOf(excel, "Ad Report")?.values).toHaveLength(3001);
    expect(excel.stats().maxRequestBytes).toBeGreaterThan(40_000);
    expect(outcome.results[0]?.maxRequestBytes).toBeLessThanOrEqual(40_000);
  });

  it("leaves the data table as it was when the import is cancelled part way", async () => {
    const { excel, env } = setup();
    await importStoreData(env, [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n")], OPTIONS);
    const before = sheetOf(excel, "Sycm Overview");
    const controller = new AbortController();
    const big = Array.from({ length: 5000 }, (_, i) => `${46000 + i},${i},${i}`).join("\n");
    const outcome = await importStoreData(
      env,
      [file("big.csv", new TextEncoder().encode(`统计日期,访客数,支付金额\n${big}\n`), 4096)],
      {
        ...OPTIONS,
        budgetBytes: 2000,
        signal: controller.signal,
        onProgress: (p) => p.rowsDone > 1000 && controller.abort(),
      }
    );
    expect(outcome.results[0]?.status).toBe("cancelled");
    expect(outcome.message).toBe("The file was not imported.");
    expect(sheetOf(excel, "Sycm Overview")).toEqual(before);
    expect(sheetOf(excel, "Import Log")?.values[2]?.[7]).toBe("Cancelled; nothing added");
  });

  it("imports an export cut short, and says where it stops and what to export next", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(
      env,
      [text("取数-11月.csv", sycmSelfService({ from: "2026-11-01", days: 10, productsPerDay: 30, cutAt: 200 }))],
      OPTIONS
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toBe("Imported 取数-11月.csv: 200 rows added, 0 updated, 0 unchanged.");
    expect(outcome.details).toContain(
      "取数-11月.csv: The file names the period 2026-11-01 ~ 2026-11-10, but its rows stop at 2026-11-07 although every day before has rows: it may have been cut short (Sycm's 取数 stops at 100,000 rows). Export the days after 2026-11-07, then import them."
    );
    expect(String(sheetOf(excel, "Import Log")?.values[1]?.[7])).toContain("rows stop at 2026-11-07");
  });

  describe("a report whose columns differ from its table's", () => {
    // Sycm's older 商品效果 layout, then today's 商品排行 download with other indicators ticked in 选择指标.
    const older =
      "统计日期,商品id,商品标题,访客数,支付转化率,我的备注\n2026-11-01,600000000001,连衣裙,100,2.00%,留意\n2026-11-01,600000000002,半身裙,50,1.00%,\n";
    const newer =
      "统计日期,商品ID,商品名称,商品访客数,商品支付转化率,加购人数\n2026-11-01,600000000001,连衣裙 新款,120,2.50%,9\n2026-11-02,600000000001,连衣裙 新款,80,3.00%,4\n";

    it("is merged by what each column means: known fields in their columns, new ones at the right, lacking ones blank", async () => {
      const { excel, env } = setup();
      await importStoreData(env, [text("商品效果-旧版.csv", older)], OPTIONS);
      const outcome = await importStoreData(env, [text("商品排行-新版.csv", newer)], OPTIONS);
      expect(outcome.ok).toBe(true);
      expect(outcome.message).toBe("Imported 商品排行-新版.csv: 1 rows added, 1 updated, 0 unchanged.");
      expect(outcome.details[0]).toMatch(
        /Columns added to the table: 加购人数\. Not in this file, left blank for its rows: 我的备注\.$/
      );
      const data = sheetOf(excel, "Sycm Products");
      expect(data?.values).toEqual([
        ["统计日期", "商品id", "商品标题", "访客数", "支付转化率", "我的备注", "加购人数"],
        // The same day and product by its id, whatever the header: updated in place, the operator's note kept.
        [46327, "600000000001", "连衣裙 新款", 120, 0.025, "留意", 9],
        [46327, "600000000002", "半身裙", 50, 0.01, null, null],
        // A new row: the column the file lacks is blank, never 0.
        [46328, "600000000001", "连衣裙 新款", 80, 0.03, null, 4],
      ]);
      expect(data?.tables).toEqual([{ name: "SycmProducts", address: "A1:G4" }]);
      expect(sheetOf(excel, "Import Log")?.values[2]?.[7]).toBe(
        "OK. Columns added to the table: 加购人数. Not in this file, left blank for its rows: 我的备注."
      );
    });

    it("adds a column to rows the file only updates", async () => {
      const { excel, env } = setup();
      await importStoreData(env, [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n")], OPTIONS);
      const outcome = await importStoreData(
        env,
        [text("b.csv", "统计日期,访客数,支付金额,浏览量\n2026-11-01,10,1,5\n")],
        OPTIONS
      );
      expect(outcome.message).toBe("Imported b.csv: 0 rows added, 1 updated, 0 unchanged.");
      expect(sheetOf(excel, "Sycm Overview")?.values).toEqual([
        ["统计日期", "访客数", "支付金额", "浏览量"],
        [46327, 10, 1, 5],
      ]);
      expect(sheetOf(excel, "Sycm Overview")?.tables).toEqual([{ name: "SycmOverview", address: "A1:D2" }]);
    });

    it("is refused, changing nothing, when cells right of the table would be overwritten by the new columns", async () => {
      const { excel, env } = setup();
      await importStoreData(env, [text("a.csv", "统计日期,访客数,支付金额\n2026-11-01,10,1\n")], OPTIONS);
      excel.model.findSheet("Sycm Overview")?.setValue(0, 5, "operator's cell");
      const before = sheetOf(excel, "Sycm Overview");
      const outcome = await importStoreData(
        env,
        [text("b.csv", "统计日期,访客数,支付金额,浏览量\n2026-11-02,10,1,5\n")],
        OPTIONS
      );
      expect(outcome.ok).toBe(false);
      expect(outcome.details[0]).toMatch(
        /^b\.csv: not imported, nothing was added\. The sheet “Sycm Overview” has cells right of the table SycmOverview, where this file's new columns \(浏览量\) would go/
      );
      expect(sheetOf(excel, "Sycm Overview")).toEqual(before);
    });

    it("is refused, naming both headers, when two of its columns mean the same field", async () => {
      const { excel, env } = setup();
      const outcome = await importStoreData(
        env,
        [text("two.csv", "统计日期,商品ID,访客数,商品访客数\n2026-11-01,600000000001,10,12\n")],
        OPTIONS
      );
      expect(outcome.ok).toBe(false);
      expect(outcome.details[0]).toMatch(
        /^two\.csv: not imported, nothing was added\. “商品访客数” means the same as “访客数”/
      );
      expect(sheetOf(excel, "Sycm Products")).toBeUndefined();
    });
  });

  it("refuses a binary file with a plain sentence", async () => {
    const { env } = setup();
    const outcome = await importStoreData(
      env,
      [file("photo.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))],
      OPTIONS
    );
    expect(outcome.details[0]).toBe(
      "photo.csv: not imported, nothing was added. This is not a text file (it holds binary data). Export the report as CSV, TSV or TXT and import that."
    );
  });

  it("refuses data that would pass the sheet's last row, and leaves the table as it was", async () => {
    const values: (string | number | null)[][] = [];
    values[1_048_570] = ["统计日期", "访客数", "支付金额"];
    values[1_048_571] = [46000, 1, 1];
    const { excel, env } = setup({
      sheets: [{ name: "Sycm Overview", values, tables: [{ name: "SycmOverview", address: "A1048571:C1048572" }] }],
    });
    const rows = Array.from({ length: 10 }, (_, i) => `${46001 + i},1,1`).join("\n");
    const outcome = await importStoreData(env, [text("more.csv", `统计日期,访客数,支付金额\n${rows}\n`)], OPTIONS);
    expect(outcome.details[0]).toMatch(/Excel's 1,048,576 rows/);
    expect(excel.model.findSheet("Sycm Overview")?.value(1_048_572, 0)).toBeUndefined();
    expect(excel.dump().sheets[0]?.tables).toEqual([{ name: "SycmOverview", address: "A1048571:C1048572" }]);
  });

  it("imports several files in one go, each with its log row", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(
      env,
      [fixture("sycm-overview-preamble.gbk.csv"), fixture("semicolon.utf8.csv"), fixture("bom-only.csv")],
      OPTIONS
    );
    expect(outcome.results.map((r) => r.status)).toEqual(["imported", "imported", "failed"]);
    expect(sheetOf(excel, "semicolon.utf8")?.values[1]).toEqual(["Tee; white", 1200, 0.05]);
    expect(sheetOf(excel, "Import Log")?.values).toHaveLength(4);
  });
});

const describeSamples = existsSync(SAMPLES) ? describe : describe.skip;
if (!existsSync(SAMPLES)) console.warn(`Real export import tests skipped: ${SAMPLES} is absent.`);

describeSamples("importing the real Taobao exports in ../shared/samples/taobao", () => {
  const sample = (name: string) => file(name, new Uint8Array(readFileSync(join(SAMPLES, name))), 64 * 1024);

  it("imports the Qianniu order details: every order id stays text, null is blank", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(env, [sample("qianniu-order-details-2018-04.gbk.csv")], OPTIONS);
    const result = outcome.results[0];
    expect(result).toMatchObject({ status: "imported", encoding: "gb18030" });
    expect(result?.counts.rowsRead).toBe(2122);
    expect((result?.counts.rowsAdded ?? 0) + (result?.counts.duplicates ?? 0)).toBe(2122);
    const data = sheetOf(excel, "Qianniu Order Items");
    expect(data?.values[1]?.slice(0, 5)).toEqual([
      "154839030206893571",
      "进口gracelandfruit整粒蔓越莓果干果脯蜜饯226gx2包零食烘焙*",
      118,
      2,
      null,
    ]);
    expect(data?.values.slice(1).every((r) => typeof r[0] === "string" && /^\d{18}$/.test(r[0] as string))).toBe(true);
  });

  it("imports the redacted order list: '139… and 元 amounts, header names trimmed (personal data kept as exported)", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(env, [sample("qianniu-order-list-redacted.gbk.csv")], {
      ...OPTIONS,
      keepPersonalData: true,
    });
    expect(outcome.results[0]).toMatchObject({ status: "imported", counts: { rowsRead: 5, rowsAdded: 5 } });
    const data = sheetOf(excel, "Qianniu Orders");
    const header = data?.values[0] ?? [];
    expect(header).toContain("收货地址");
    const row = data?.values[1] ?? [];
    expect(row[header.indexOf("联系手机")]).toBe("13900000001");
    expect(row[header.indexOf("联系电话")]).toBeNull();
    expect(row[header.indexOf("买家服务费")]).toBe(0);
    expect(row[header.indexOf("订单创建时间")]).toBeCloseTo(43220 + (23 * 3600 + 22 * 60 + 18) / 86400, 8);
  });

  it("imports the Sycm traffic sources, keeping the -A names as text", async () => {
    const { excel, env } = setup();
    await importStoreData(env, [sample("sycm-traffic-sources-practice.gbk.csv")], OPTIONS);
    const data = sheetOf(excel, "Sycm Traffic");
    expect(data?.values[1]).toEqual(["一级", "-A", 35188, 0.0998, 54.3]);
    expect(data?.formulas).toBeUndefined();
  });
});

const ordersFile = (n: number) =>
  text(
    "orders.csv",
    [
      "订单编号,买家会员名,订单付款时间,买家实际支付金额",
      "100001,buyer1,2026-11-20 10:00:00,1000.00",
      ...(n > 1 ? ["100002,buyer2,2026-11-20 11:00:00,500.00"] : []),
    ].join("\n") + "\n"
  );
const gmvOf = (excel: ExcelEmulator) => {
  const metrics = sheetOf(excel, "Store Metrics");
  return metrics?.values[1]?.[(metrics.values[0] ?? []).indexOf("GMV")];
};

it("imports nothing while the Import Log is protected, and says which sheet to unprotect", async () => {
  const { excel, env } = setup();
  await importStoreData(env, [ordersFile(1)], OPTIONS);
  await runOn(excel, async (context) => {
    context.workbook.worksheets.getItem("Import Log").protection.protect();
    await context.sync();
  });
  const before = excel.dump();
  const outcome = await importStoreData(env, [ordersFile(2)], OPTIONS);
  expect(outcome).toMatchObject({
    ok: false,
    message: "The file was not imported.",
    details: [
      "The sheet “Import Log” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.",
    ],
  });
  expect(excel.dump()).toEqual(before);
});

it("refuses a file whose table is on a protected sheet, and imports the others", async () => {
  const { excel, env } = setup();
  await importStoreData(env, [ordersFile(1)], OPTIONS);
  await runOn(excel, async (context) => {
    context.workbook.worksheets.getItem("Qianniu Orders").protection.protect();
    await context.sync();
  });
  const outcome = await importStoreData(env, [ordersFile(2), fixture("sycm-overview-preamble.gbk.csv")], OPTIONS);
  expect(outcome.message).toBe("1 of 2 files were not imported; the others were.");
  expect(outcome.details).toContain(
    "orders.csv: not imported, nothing was added. The sheet “Qianniu Orders” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again."
  );
  expect(sheetOf(excel, "Qianniu Orders")?.values).toHaveLength(2);
  expect(sheetOf(excel, "Sycm Overview")?.values).toHaveLength(4);
});

it("finishes Store Metrics on the next import when an import stopped after its rows were in", async () => {
  // The first round trip after the commit that fails, found on a fresh workbook each time: the rows are in the
  // table, Store Metrics is not yet rebuilt.
  for (let sync = 1; sync < 40; sync++) {
    const { excel, env } = setup();
    await importStoreData(env, [ordersFile(1)], OPTIONS);
    excel.resetStats();
    excel.failOnSync = { sync, code: "GeneralException" };
    const stopped = await importStoreData(env, [ordersFile(2)], OPTIONS);
    excel.failOnSync = null;
    if (stopped.ok || sheetOf(excel, "Qianniu Orders")?.values.length !== 3) continue;
    expect(gmvOf(excel)).toBe(1000);
    const again = await importStoreData(env, [ordersFile(2)], OPTIONS);
    expect(again.message).toBe("Imported orders.csv: 0 rows added, 0 updated, 2 unchanged.");
    expect(gmvOf(excel)).toBe(1500);
    const cleared = await runOn(excel, async (context) => {
      const property = context.workbook.tables
        .getItem("QianniuOrders")
        .worksheet.customProperties.getItemOrNullObject("GrowthOps.MetricsPending")
        .load("value");
      await context.sync();
      return property.isNullObject;
    });
    expect(cleared).toBe(true);
    return;
  }
  throw new Error("no round trip after the commit failed the import");
});

it("reads an existing table's columns in blocks to plan an append, each response small", async () => {
  const { excel, env } = setup();
  const rows = Array.from({ length: 2000 }, (_, i) => `${46000 + i},${i},${i}`).join("\n");
  await importStoreData(env, [text("a.csv", `统计日期,访客数,支付金额\n${rows}\n`)], OPTIONS);
  excel.resetStats();
  // 2040-01-01 (serial 51136) is after every date of the first file (serials 46000–47999), so it is new.
  await importStoreData(env, [text("b.csv", "统计日期,访客数,支付金额\n2040-01-01,1,1\n")], OPTIONS);
  const { responseBytes } = excel.stats();
  // Planning reads the shop, names, each sheet's protection and the header (the package's answers run to a few
  // kilobytes); then the file's three columns of 2,000 rows (to tell changed rows). Store Metrics reads its kept
  // sums, a row a day (these 2,000 rows are 2,000 days), never the table again.
  const large = responseBytes.findIndex((b) => b > 10_000);
  expect(large).toBeGreaterThan(0);
  expect(responseBytes.slice(0, large).every((b) => b < 4_000)).toBe(true);
  expect(responseBytes.filter((b) => b > 10_000)).toHaveLength(2);
  expect(Math.max(...responseBytes)).toBeLessThan(2000 * 45);
  expect(sheetOf(excel, "Sycm Overview")?.values).toHaveLength(2002);
});

describe("the day of every row", () => {
  it("keeps the next day's Sycm product export whose day is only in its preamble (it used to be dropped as duplicates)", async () => {
    const { excel, env } = setup();
    const day = (d: string) =>
      text(`【生意参谋平台】商品_全部_${d}.csv`, sycmProducts({ day: d, products: 40, withDateColumn: false }));
    await importStoreData(env, [day("2026-11-20")], OPTIONS);
    const second = await importStoreData(env, [day("2026-11-21")], OPTIONS);
    expect(second.message).toBe(
      "Imported 【生意参谋平台】商品_全部_2026-11-21.csv: 40 rows added, 0 updated, 0 unchanged."
    );
    const data = sheetOf(excel, "Sycm Products");
    expect(data?.values[0]?.slice(0, 3)).toEqual(["统计日期", "商品ID", "商品名称"]);
    expect(data?.values.map((r) => r[0]).slice(1)).toEqual([...Array(40).fill(46346), ...Array(40).fill(46347)]);
    expect(data?.numberFormats?.[1]?.[0]).toBe("yyyy-mm-dd");
  });

  it("takes the day from the file name when there is no preamble", async () => {
    const { excel, env } = setup();
    await importStoreData(
      env,
      [
        text(
          "商品_全部_2026-11-20_2026-11-20.csv",
          sycmProducts({ day: "x", products: 3, withDateColumn: false, withPreamble: false })
        ),
      ],
      OPTIONS
    );
    expect(sheetOf(excel, "Sycm Products")?.values[1]?.[0]).toBe(46346);
  });

  it("keeps a multi-day period as the period, and says it cannot be split by day", async () => {
    const { excel, env } = setup();
    const csv = sycmProducts({ day: "2026-11-01", products: 2, withDateColumn: false }).replace(
      "统计日期：2026-11-01 ~ 2026-11-01",
      "统计日期：2026-11-01 ~ 2026-11-07"
    );
    const outcome = await importStoreData(env, [text("week.csv", csv)], OPTIONS);
    expect(outcome.details).toContain(
      "week.csv: The file covers 2026-11-01 ~ 2026-11-07 and has no date column, so its rows cannot be split by day: they were imported with the period in “统计日期”. Download one day at a time to get daily figures."
    );
    expect(sheetOf(excel, "Sycm Products")?.values[1]?.[0]).toBe("2026-11-01 ~ 2026-11-07");
  });

  it("warns when the rows' dates disagree with the period the file names (a wrong-period download)", async () => {
    const { env } = setup();
    const outcome = await importStoreData(
      env,
      [text("p.csv", sycmProducts({ day: "2026-11-20", rowDay: "2026-11-13", products: 2 }))],
      OPTIONS
    );
    expect(outcome.details).toContain(
      "p.csv!A6: 统计日期: the row's day 2026-11-13 is outside the period the file says it covers (2026-11-20). Check that you downloaded the period you meant."
    );
  });
});

describe("personal data", () => {
  const orders = [
    "订单编号,买家会员名,买家实付金额,收货人姓名,联系手机,收货地址,订单状态",
    "154839030206893571,小鱼儿,99.8,张三,13900000001,浙江省杭州市西湖区文三路 1 号,交易成功",
    "154839030206893572,小鱼儿,59,欧阳娜娜,'13800000002,北京市朝阳区建国路 88 号,交易成功",
    "154839030206893573,大熊,20,李四,13700000003,广东省 深圳市 南山区 科技园,交易关闭",
  ].join("\n");

  it("is masked by default: names, phones, addresses; buyers get a stable pseudonym; the pane line and the log say which columns", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(env, [text("orders.csv", orders)], OPTIONS);
    const data = sheetOf(excel, "Qianniu Orders");
    const rows = data?.values.slice(1).map((r) => r.slice(1, 6));
    const buyer = rows?.[0]?.[0];
    expect(buyer).toMatch(/^买家-[0-9a-f]{12}$/);
    expect(rows).toEqual([
      [buyer, 99.8, "张**", "139****0001", "浙江省杭州市"],
      [buyer, 59, "欧**", "138****0002", "北京市"],
      [expect.stringMatching(/^买家-/), 20, "李**", "137****0003", "广东省深圳市"],
    ]);
    expect(rows?.[2]?.[0]).not.toBe(buyer);
    expect(outcome.details[0]).toMatch(/Masked: 买家会员名, 收货人姓名, 联系手机 and 收货地址\.$/);
    expect(sheetOf(excel, "Import Log")?.values[1]?.[7]).toBe(
      "OK. Masked: 买家会员名, 收货人姓名, 联系手机 and 收货地址."
    );
  });

  it("is kept as exported when the operator asks", async () => {
    const { excel, env } = setup();
    await importStoreData(env, [text("orders.csv", orders)], { ...OPTIONS, keepPersonalData: true });
    expect(sheetOf(excel, "Qianniu Orders")?.values[1]?.slice(1, 6)).toEqual([
      "小鱼儿",
      99.8,
      "张三",
      13900000001,
      "浙江省杭州市西湖区文三路 1 号",
    ]);
  });

  it("in the real order list sample, masks the phone", async () => {
    if (!existsSync(SAMPLES)) return;
    const { excel, env } = setup();
    await importStoreData(
      env,
      [
        file(
          "qianniu-order-list-redacted.gbk.csv",
          new Uint8Array(readFileSync(join(SAMPLES, "qianniu-order-list-redacted.gbk.csv")))
        ),
      ],
      OPTIONS
    );
    const data = sheetOf(excel, "Qianniu Orders");
    const header = data?.values[0] ?? [];
    expect(data?.values[1]?.[header.indexOf("联系手机")]).toBe("139****0001");
  });
});

describe("new export kinds", () => {
  it("reads an Alipay statement between its # lines, and checks its footer totals", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(env, [text("支付宝账务明细.csv", alipayStatement({ entries: 30 }))], OPTIONS);
    expect(outcome.results[0]).toMatchObject({
      status: "imported",
      counts: { rowsRead: 30, rowsAdded: 30 },
      kind: { kind: "alipayStatement" },
      problems: [],
    });
    const data = sheetOf(excel, "Alipay Statement");
    expect(data?.values[0]?.[0]).toBe("账务流水号");
    expect(data?.values[1]?.[0]).toBe("202611240000000000");
    expect(data?.values).toHaveLength(31);
  });

  it("warns when a statement's footer does not match its rows", async () => {
    const { env } = setup();
    const outcome = await importStoreData(
      env,
      [text("a.csv", alipayStatement({ entries: 9, wrongFooter: true }))],
      OPTIONS
    );
    expect(outcome.details).toContain(
      "a.csv: 支出合计: the file's footer says 4 entries and 39.00 yuan, but the rows read add up to 3 entries and 39.00 yuan. Check that the file is complete and was not edited."
    );
    expect(outcome.details).toContain(
      "a.csv: 收入合计: the file's footer says 6 entries and 88.00 yuan, but the rows read add up to 6 entries and 87.00 yuan. Check that the file is complete and was not edited."
    );
  });

  it("recognises Qianniu refunds and 万相台无界 reports with several rows per item a day", async () => {
    const { excel, env } = setup();
    const refunds = [
      "退款编号,订单编号,退款申请时间,退款状态,商品id,退款总额",
      "R1,154839030206893571,2026-11-23 10:00:00,退款成功,600000000001,59.00",
      "R2,154839030206893572,2026-11-23 11:00:00,退款关闭,600000000002,20.00",
    ].join("\n");
    const ads = [
      "日期,场景名字,计划ID,计划名字,主体ID,主体类型,展现量,点击量,花费,点击率,总成交金额,总成交笔数,投入产出比",
      "2026-11-23,关键词推广,101,主图测试,600000000001,商品,10000,300,150.5,3.00%,900,9,5.98",
      "2026-11-23,人群推广,102,拉新,600000000001,商品,8000,120,80,1.50%,320,3,4.00",
      "20261117至20261123,关键词推广,101,主图测试,600000000001,商品,70000,2100,1050,3.00%,6000,60,5.71",
    ].join("\n");
    const outcome = await importStoreData(env, [text("售后.csv", refunds), text("万相台无界.csv", ads)], OPTIONS);
    expect(outcome.results.map((r) => [r.kind?.kind, r.counts.rowsAdded])).toEqual([
      ["qianniuRefunds", 2],
      ["adReport", 3],
    ]);
    expect(sheetOf(excel, "Qianniu Refunds")?.values[1]?.[1]).toBe("154839030206893571");
    expect(sheetOf(excel, "Ad Report")?.values[3]?.[0]).toBe("20261117至20261123");
  });
});

describe("spreadsheet exports (.xls and .xlsx)", () => {
  const bytesFile = (name: string, bytes: Uint8Array) => file(name, new Uint8Array(bytes));

  it("imports Sycm's product ranking as a BIFF8 .xls with its preamble: header row 5, date cells, numbers and text normalised", async () => {
    const { excel, env } = setup();
    const outcome = await importStoreData(
      env,
      [bytesFile("【生意参谋平台】商品_全部_2026-11-20_2026-11-20.xls", sycmProductsWorkbook(46346, "2026-11-20", 30))],
      OPTIONS
    );
    expect(outcome.results[0]).toMatchObject({
      status: "imported",
      format: "XLS",
      counts: { rowsRead: 30, rowsAdded: 30 },
      kind: { kind: "sycmProducts" },
    });
    expect(outcome.details[0]).toBe(
      "【生意参谋平台】商品_全部_2026-11-20_2026-11-20.xls: Sycm product performance (XLS), header on row 5, rows dated 2026-11-20 → “Sycm Products”: 30 rows read; 30 added, 0 updated, 0 unchanged, 0 skipped."
    );
    const data = sheetOf(excel, "Sycm Products");
    // An id stays text, digits as exported: as a number Excel would show 6E+11.
    expect(data?.values[1]).toEqual([46346, "600000000000", "连衣裙 0 号", 1000, 800, 0.025, null]);
    expect(data?.numberFormats?.[1]?.[1]).toBe("@");
    expect(data?.values[2]?.[3]).toBe(1001);
    expect(data?.numberFormats?.[1]?.[0]).toBe("yyyy-mm-dd");
  });

  it("stages a reader's batch of 2,000 rows in slices of 250, the progress drawn after each, so no slice is one long task", async () => {
    const { env } = setup();
    const done: number[] = [];
    const outcome = await importStoreData(
      env,
      [bytesFile("商品.xlsx", sycmProductsWorkbook(46346, "2026-11-20", 2_000, "xlsx"))],
      { ...OPTIONS, onProgress: (p) => done.push(p.rowsDone) }
    );
    expect(outcome.results[0]?.counts.rowsAdded).toBe(2_000);
    const steps = done.slice(1).map((n, i) => n - (done[i] as number));
    expect(done.at(-1)).toBe(2_000);
    expect(Math.max(done[0] as number, ...steps)).toBeLessThanOrEqual(250);
    expect(done.length).toBeGreaterThanOrEqual(8);
  });

  it("imports .xlsx the same way, in the 1904 date system too", async () => {
    const { excel, env } = setup();
    await importStoreData(
      env,
      [bytesFile("商品.xlsx", sycmProductsWorkbook(46346, "2026-11-20", 3, "xlsx", { date1904: true }))],
      OPTIONS
    );
    expect(sheetOf(excel, "Sycm Products")?.values[1]?.[0]).toBe(46346);
  });

  it("keeps the next day's .xls whose day is only in its preamble", async () => {
    const { excel, env } = setup();
    await importStoreData(
      env,
      [bytesFile("a.xls", sycmProductsWorkbook(46346, "2026-11-20", 5, "biff8", { withDateColumn: false }))],
      OPTIONS
    );
    const next = await importStoreData(
      env,
      [bytesFile("b.xls", sycmProductsWorkbook(46347, "2026-11-21", 5, "biff8", { withDateColumn: false }))],
      OPTIONS
    );
    expect(next.results[0]?.counts).toMatchObject({ rowsAdded: 5, rowsUnchanged: 0 });
    expect(
      sheetOf(excel, "Sycm Products")
        ?.values.map((r) => r[0])
        .slice(1)
    ).toEqual([...Array(5).fill(46346), ...Array(5).fill(46347)]);
  });

  it("reads Sycm's traffic sources as .xls with the header on row 6, percents and '-' as text", async () => {
    const { excel, env } = setup();
    const rows = [
      ["【生意参谋平台】无线流量来源"],
      ["统计日期：2026-11-20 ~ 2026-11-20"],
      ["数据说明：数据来源于生意参谋"],
      ["终端：无线"],
      [],
      ["流量来源", "来源明细", "访客数", "下单转化率", "支付金额"],
      ["淘内免费", "手淘搜索", "1,204", "0.67%", "3,456.70"],
      ["付费流量", "万相台", "350", "-", "1200"],
    ];
    const outcome = await importStoreData(env, [bytesFile("流量来源.xls", workbookBytes(rows, "biff8"))], OPTIONS);
    expect(outcome.details[0]).toMatch(/header on row 6, period 2026-11-20/);
    expect(sheetOf(excel, "Sycm Traffic")?.values.slice(1)).toEqual([
      [46346, "淘内免费", "手淘搜索", 1204, 0.0067, 3456.7],
      [46346, "付费流量", "万相台", 350, null, 1200],
    ]);
  });

  it("reads Qianniu's .xlsx orders with 19-digit ids as text and masks contacts", async () => {
    const { excel, env } = setup();
    const rows = [
      [
        "订单编号",
        "子订单编号",
        "买家会员名",
        "买家下单时间",
        "买家付款时间",
        "买家实付金额",
        "收货人姓名",
        "联系手机",
        "收货地址",
        "宝贝标题",
        "宝贝总数量",
        "订单状态",
      ],
      [
        "3154839030206893571",
        "3154839030206893572",
        "tb_buyer",
        { date: 46345.5 },
        { date: 46345.52 },
        99.8,
        "张三",
        "13900000001",
        "浙江省杭州市西湖区文三路 1 号",
        "连衣裙",
        1,
        "交易成功",
      ],
    ];
    await importStoreData(env, [bytesFile("orders.xlsx", workbookBytes(rows, "xlsx"))], OPTIONS);
    const data = sheetOf(excel, "Qianniu Orders");
    expect(data?.values[1]?.slice(0, 2)).toEqual(["3154839030206893571", "3154839030206893572"]);
    expect(data?.values[1]?.[3]).toBeCloseTo(46345.5, 8);
    expect(data?.values[1]?.slice(6, 9)).toEqual(["张**", "139****0001", "浙江省杭州市"]);
  });

  it("reads a file named .xls that is really CSV, or an HTML table, by its content", async () => {
    const { excel, env } = setup();
    const html =
      "<html><body><table><tr><td>统计日期</td><td>访客数</td><td>支付金额</td></tr><tr><td>2026-11-20</td><td>1,204</td><td>3456.7</td></tr></table></body></html>";
    const outcome = await importStoreData(
      env,
      [text("概况.xls", "统计日期,访客数,支付金额\n2026-11-19,980,1980\n"), text("概况2.xls", html)],
      OPTIONS
    );
    expect(outcome.results.map((r) => [r.format, r.counts.rowsAdded])).toEqual([
      ["CSV", 1],
      ["HTML", 1],
    ]);
    expect(sheetOf(excel, "Sycm Overview")?.values.slice(1)).toEqual([
      [46345, 980, 1980],
      [46346, 1204, 3456.7],
    ]);
  });

  it.each([
    [
      "an encrypted workbook",
      () => encryptedLike(),
      "The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.",
    ],
    [
      "a corrupt workbook",
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      /The workbook cannot be read: it is damaged, or not an Excel file\./,
    ],
  ] as const)("refuses %s before importing anything", async (_what, bytes, sentence) => {
    const { excel, env } = setup();
    const before = excel.dump();
    const outcome = await importStoreData(env, [bytesFile("x.xlsx", bytes())], OPTIONS);
    expect(outcome.results[0]?.status).toBe("failed");
    expect(outcome.details[0]).toMatch(
      typeof sentence === "string" ? new RegExp(`${sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : sentence
    );
    expect(excel.dump().sheets.filter((s) => s.name !== "Import Log")).toEqual(before.sheets);
  });

  it("refuses a workbook over 100 MB before parsing it", async () => {
    const { env } = setup();
    const chunk = new Uint8Array(1024 * 1024);
    chunk.set([0x50, 0x4b, 0x03, 0x04]);
    const huge: StoreFile = {
      name: "huge.xlsx",
      chunks: async function* () {
        for (let i = 0; i < 101; i++) yield chunk;
      },
    };
    const outcome = await importStoreData(env, [huge], OPTIONS);
    expect(outcome.details[0]).toBe(
      "huge.xlsx: not imported, nothing was added. The workbook is larger than 100 MB, more than the pane can read at once. Export a shorter period, or save it as CSV, and import that."
    );
  });
});

/** An OLE compound file holding an EncryptedPackage stream, as Excel writes a password-protected .xlsx. */
function encryptedLike(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

it("matches ids an earlier import stored as numbers, so re-importing does not add them again", async () => {
  const { excel, env } = setup({
    sheets: [
      {
        name: "Sycm Products",
        values: [
          ["统计日期", "商品ID", "商品访客数"],
          [46346, 600000000001, 10],
        ],
        tables: [{ name: "SycmProducts", address: "A1:C2" }],
      },
    ],
  });
  const outcome = await importStoreData(
    env,
    [text("p.csv", "统计日期,商品ID,商品访客数\n2026-11-20,600000000001,10\n")],
    OPTIONS
  );
  expect(outcome.results[0]?.counts).toMatchObject({ rowsAdded: 0, rowsUnchanged: 1 });
  expect(sheetOf(excel, "Sycm Products")?.values).toHaveLength(2);
});

describe("Store Metrics from every source", () => {
  it("sums GMV from Sycm product rows for days no shop overview covers, never visitors; ads give CTR, ROI and the ad cost ratio; refunds give GSV and the refund rate", async () => {
    const { excel, env } = setup();
    const overview = text("overview.csv", "统计日期,访客数,支付金额\n2026-11-19,1000,2000\n");
    const products = text(
      "products.csv",
      "统计日期,商品ID,商品访客数,支付金额\n2026-11-19,1,500,999\n2026-11-20,1,500,300\n2026-11-20,2,400,200\n"
    );
    const ads = text(
      "ads.csv",
      "日期,计划ID,展现量,点击量,花费,总成交金额\n2026-11-20,1,10000,300,50,400\n2026-11-20,2,5000,100,50,100\n"
    );
    const refunds = text(
      "refunds.csv",
      "退款编号,订单编号,退款申请时间,退款状态,退款总额\nR1,O1,2026-11-20 10:00:00,退款成功,25\nR2,O2,2026-11-20 11:00:00,退款关闭,80\n"
    );
    await importStoreData(env, [overview, products, ads, refunds], OPTIONS);
    const metrics = sheetOf(excel, "Store Metrics");
    const header = (metrics?.values[0] ?? []) as string[];
    const day = (serial: number, name: string) => metrics?.values.find((r) => r[0] === serial)?.[header.indexOf(name)];
    // 2026-11-19: the overview's GMV wins over the products' sum; its visitors are the overview's own.
    expect(day(46345, "GMV")).toBe(2000);
    expect(day(46345, "Visitors")).toBe(1000);
    // 2026-11-20: no overview, so GMV is the products' sum, and visitors are not summed from products.
    expect(day(46346, "GMV")).toBe(500);
    expect(day(46346, "Visitors")).toBeNull();
    expect(day(46346, "CTR")).toBeCloseTo(400 / 15000, 12);
    expect(day(46346, "ROI")).toBeCloseTo(500 / 100, 12);
    expect(day(46346, "Ad cost ratio")).toBeCloseTo(100 / 500, 12);
    // Only the refund that succeeded counts.
    expect(day(46346, "Refund amount")).toBe(25);
    expect(day(46346, "GSV (GMV less refunds)")).toBe(475);
    expect(day(46346, "Refund rate")).toBeCloseTo(25 / 500, 12);
  });
});

describe("a file's reading", () => {
  /** Readings on this thread, each counting the times it was closed. */
  function countedReadings() {
    const closes: number[] = [];
    const reading = (f: FileToRead): FileReading => {
      const inner = readHere(f);
      const at = closes.push(0) - 1;
      return {
        header: () => inner.header(),
        plan: (plan) => inner.plan(plan),
        existing: (block) => inner.existing(block),
        next: () => inner.next(),
        snapshot: () => inner.snapshot(),
        end: () => inner.end(),
        close: () => {
          closes[at] = (closes[at] ?? 0) + 1;
          inner.close();
        },
      };
    };
    return { closes, reading };
  }

  it("is closed once a file is refused where it would go, as when it is imported (a worker would live on)", async () => {
    const { env } = setup();
    const day = sycmProducts({ day: "2026-11-20", products: 5 });
    const { closes, reading } = countedReadings();
    const imported = await env.host.run((context) =>
      importFile(context, { fileName: "p.csv", chunks: text("p.csv", day).chunks(), replace: false, reading }, "en-US")
    );
    expect(imported.status).toBe("imported");
    const refused = await env.host.run((context) =>
      importFile(
        context,
        {
          fileName: "p.csv",
          chunks: text("p.csv", day).chunks(),
          replace: false,
          reading,
          protectedSheets: [imported.sheetName ?? ""],
        },
        "en-US"
      )
    );
    expect(refused.problems.map((p) => p.code)).toEqual(["sheetProtected"]);
    expect(closes).toEqual([1, 1]);
  });
});
