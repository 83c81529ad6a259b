/**
 * 万相台's keyword and crowd reports imported as kinds of their own: told from the product report by their word or
 * crowd column, the 全部 total row left out, \N blank, the attribution window kept on the sheet, no Store Metrics.
 */
import { importStoreData } from "../../src/commands/importStoreData";
import { ATTRIBUTION_PROPERTY } from "../../src/excel/sheetMarks";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";

const OPTIONS = IMPORT_OPTIONS;
const text = textFile;

const PLAN = "2026-11-23,1,关键词推广,101,主图测试,201,单元一,600000000001,连衣裙";
const keywords = [
  "日期,场景ID,场景名字,计划ID,计划名字,单元ID,单元名字,宝贝ID,宝贝名称,词类型,词ID,词名字,展现量,点击量,花费,总成交金额,总成交笔数,投入产出比",
  `${PLAN},关键词,9001,连衣裙 夏,1000,40,32.5,195,3,6.00`,
  `${PLAN},关键词,9002,连衣裙 女 长款,800,12,10.8,0,0,\\N`,
  "全部,,,,,,,,,,,,1800,52,43.3,195,3,4.50",
].join("\n");
const crowds = [
  "日期,场景名字,计划ID,计划名字,单元ID,宝贝ID,人群ID,人群名字,展现量,点击量,花费,总成交金额,总成交笔数",
  "2026-11-23,人群推广,102,拉新,202,600000000001,7001,相似宝贝人群,5000,60,48,96,1",
  "2026-11-23,人群推广,102,拉新,202,600000000001,7002,店铺长期价值人群,3000,20,15,0,0",
].join("\n");

describe("万相台 keyword and crowd reports", () => {
  it("go to tables of their own, the total row left out, \\N blank, their window kept on the sheet", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const outcome = await importStoreData(
      env,
      [text("关键词报表_7天归因.csv", keywords), text("人群报表.csv", crowds)],
      OPTIONS
    );
    expect(outcome.results.map((r) => [r.kind?.kind, r.counts.rowsAdded, r.counts.totalsSkipped])).toEqual([
      ["adKeywords", 2, 1],
      ["adCrowds", 2, 0],
    ]);
    const sheets = excel.dump().sheets;
    const words = sheets.find((s) => s.name === "Ad Keywords");
    expect(words?.tables?.[0]?.name).toBe("AdKeywords");
    // The second word's ROI was \N: blank, not text.
    expect(words?.values[2]?.[17]).toBeNull();
    expect(words?.values.map((r) => r[11])).toEqual(["词名字", "连衣裙 夏", "连衣裙 女 长款"]);
    expect(sheets.find((s) => s.name === "Ad Crowds")?.tables?.[0]?.name).toBe("AdCrowds");
    // The window from the file name, else 万相台's longest.
    expect(excel.model.findSheet("Ad Keywords")?.customProperties.get(ATTRIBUTION_PROPERTY)).toBe("7");
    expect(excel.model.findSheet("Ad Crowds")?.customProperties.get(ATTRIBUTION_PROPERTY)).toBe("15");
    // The product report's figures are Store Metrics' ad spend; the words and crowds break it down and add none.
    expect(sheets.some((s) => s.name === "Store Metrics")).toBe(false);
  });

  it("add nothing when imported again, and update a word whose later figures changed", async () => {
    const { env } = emulatedEnvironment("en-US");
    await importStoreData(env, [text("关键词报表.csv", keywords)], OPTIONS);
    const again = await importStoreData(env, [text("关键词报表.csv", keywords)], OPTIONS);
    expect(again.message).toBe("Imported 关键词报表.csv: 0 rows added, 0 updated, 2 unchanged.");
    const later = keywords.replace(",195,3,6.00", ",260,4,8.00");
    const updated = await importStoreData(env, [text("关键词报表 (1).csv", later)], OPTIONS);
    expect(updated.message).toBe("Imported 关键词报表 (1).csv: 0 rows added, 1 updated, 1 unchanged.");
  });

  it("refuse a report counted over another window than the rows in its table, unless it replaces them", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    await importStoreData(env, [text("关键词报表_7天归因.csv", keywords)], OPTIONS);
    const before = excel.dump().sheets.find((s) => s.name === "Ad Keywords")?.values;
    const later = keywords.replaceAll("2026-11-23", "2026-11-24");
    const mixed = await importStoreData(env, [text("关键词报表_15天归因.csv", later)], OPTIONS);
    expect(mixed.results[0]?.status).toBe("failed");
    expect(mixed.details.join(" ")).toContain("counts ad sales over 15 days, and the rows already in its table over 7");
    // Nothing joined the 7-day rows, and the sheet still says 7.
    expect(excel.dump().sheets.find((s) => s.name === "Ad Keywords")?.values).toEqual(before);
    expect(excel.model.findSheet("Ad Keywords")?.customProperties.get(ATTRIBUTION_PROPERTY)).toBe("7");
    // The same window joins; Replace starts the table over at the new one.
    const same = await importStoreData(env, [text("关键词报表_7天归因 (1).csv", later)], OPTIONS);
    expect(same.results[0]?.counts.rowsAdded).toBe(2);
    const replaced = await importStoreData(env, [text("关键词报表_15天归因.csv", later)], {
      ...OPTIONS,
      replace: true,
    });
    expect(replaced.results[0]?.status).toBe("imported");
    expect(excel.model.findSheet("Ad Keywords")?.customProperties.get(ATTRIBUTION_PROPERTY)).toBe("15");
  });

  it("leave the product report, which has no word or crowd column, its own kind", async () => {
    const { env } = emulatedEnvironment("en-US");
    const product =
      "日期,计划ID,计划名字,宝贝ID,展现量,点击量,花费,总成交金额\n2026-11-23,101,主图测试,600000000001,1800,52,43.3,195\n";
    const outcome = await importStoreData(env, [text("万相台.csv", product)], OPTIONS);
    expect(outcome.results.map((r) => r.kind?.kind)).toEqual(["adReport"]);
  });
});
