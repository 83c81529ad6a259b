/**
 * Stock lists (Qianniu's goods list, an ERP's stock list) imported into the Stock input, then read by Review
 * products: recognised by their headers, merged into a typed Stock table by field, updated in place by a newer list.
 */
import { reviewProducts } from "../../src/commands/reviewProducts";
import type { StoreFile } from "../../src/commands/importStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { blobChunks } from "../../src/csv/chunks";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";
import { layoutWorkbook } from "../fixtures/generators/productLayout";
import { workbookBytes } from "../fixtures/generators/workbooks";

const OPTIONS = IMPORT_OPTIONS;
const text = textFile;

/** Qianniu's 出售中的宝贝 export as its columns go: title, item id, price, units, code, listing time. */
const goodsList = (units: [string, number][]) =>
  [
    "宝贝名称,宝贝ID,价格,宝贝数量,商家编码,发布时间",
    ...units.map(([id, n]) => `宝贝 ${id},${id},59.00,${n},SKU-${id},2026-06-01 10:00:00`),
  ].join("\n");

describe("Stock lists", () => {
  it("go into the typed Stock table by what each column means, and a newer list updates units in place", async () => {
    const { excel, env } = emulatedEnvironment("en-US", layoutWorkbook(28, [["60000000A1", "", 30, 40]]));
    const first = await importStoreData(env, [text("出售中的宝贝.csv", goodsList([["60000000D1", 40]]))], OPTIONS);
    expect(first.results.map((r) => [r.kind?.kind, r.counts.rowsAdded])).toEqual([["stockList", 1]]);
    const later = goodsList([
      ["60000000A1", 5],
      ["60000000D1", 35],
    ]);
    const second = await importStoreData(env, [text("出售中的宝贝 (1).csv", later)], OPTIONS);
    expect(second.message).toBe("Imported 出售中的宝贝 (1).csv: 0 rows added, 2 updated, 0 unchanged.");
    const stock = excel.dump().sheets.find((s) => s.name === "Stock");
    // The operator's headers stay; the list's own columns the input does not have are added at the right.
    expect(stock?.values[0]).toEqual([
      "Product ID",
      "Merchant code",
      "Units in stock",
      "Unit cost",
      "宝贝名称",
      "价格",
      "发布时间",
    ]);
    expect(stock?.values.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["60000000A1", "SKU-60000000A1", 5, 40],
      ["60000000D1", "SKU-60000000D1", 35, null],
    ]);
    // Review products reads the merged table: A1's 5 units last under a day of its week's sales.
    const outcome = await reviewProducts(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.details).toEqual([
      "1 product runs out before new stock can arrive (cover under the lead time and safety days): see Stock-out risk.",
    ]);
  });

  it("make a Stock sheet of their own, named in the workbook's language, which Review products reads", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", layoutWorkbook(28));
    const erp = [
      "商品编码,商品ID,颜色及规格,可用数,成本价",
      "SKU-A1-S,60000000A1,红色 S,12,40",
      "SKU-A1-M,60000000A1,红色 M,18,40",
    ].join("\n");
    const outcome = await importStoreData(env, [text("聚水潭库存.csv", erp)], OPTIONS);
    expect(outcome.results.map((r) => r.kind?.kind)).toEqual(["stockList"]);
    // The workbook's sheets are English, so its new sheet is too, though the pane speaks Chinese.
    const sheet = excel.dump().sheets.find((s) => s.name === "Stock");
    expect(sheet?.tables).toEqual([{ name: "Stock", address: "A1:E3" }]);
    const review = await reviewProducts(env);
    expect(review.ok).toBe(true);
    expect(review.details).not.toContain(
      "没有库存表：添加一张（商品ID或商家编码、库存数量），即可看到可售天数和滞销库存。"
    );
    // A1's two SKUs add up on its row of the Products sheet.
    const values = excel.dump().sheets.find((s) => s.name === "Products")?.values ?? [];
    const header = values.find((r) => r.includes("Units in stock")) ?? [];
    const a1 = values.find((r) => r[header.indexOf("Product ID")] === "60000000A1") ?? [];
    expect(a1[header.indexOf("Units in stock")]).toBe(30);
  });

  it("are refused, naming both columns, when two mean the units in stock", async () => {
    const { excel, env } = emulatedEnvironment("en-US", layoutWorkbook(28));
    const both = "商家编码,规格名称,库存,可用库存\nSKU-A1,S,30,25\n";
    const outcome = await importStoreData(env, [text("旺店通库存.csv", both)], OPTIONS);
    expect(outcome.ok).toBe(false);
    expect(outcome.details[0]).toMatch(
      /^旺店通库存\.csv: not imported, nothing was added\. “可用库存” means the same as “库存”/
    );
    expect(excel.dump().sheets.find((s) => s.name === "Stock")).toBeUndefined();
  });

  it("is told from a .xlsx goods list as well", async () => {
    const { env } = emulatedEnvironment("en-US", layoutWorkbook(28));
    const bytes = workbookBytes(
      [
        ["商品ID", "商品名称", "商家编码", "库存", "上架时间"],
        ["60000000A1", "A1", "SKU-A1", 30, "2026-11-20"],
      ],
      "xlsx"
    );
    const file: StoreFile = { name: "商品管理.xlsx", chunks: () => blobChunks(new Blob([new Uint8Array(bytes)])) };
    const outcome = await importStoreData(env, [file], OPTIONS);
    expect(outcome.results.map((r) => [r.kind?.kind, r.counts.rowsAdded])).toEqual([["stockList", 1]]);
  });
});
