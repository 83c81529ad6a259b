/**
 * Position in market on the emulator, end to end: Store Metrics and Competitors calibrate 交易指数 (Watch
 * competitors), Sycm's 市场 exports and the order details are imported, and the Market sheet's parts and findings are
 * checked against figures known by construction; the diagnosis then carries the findings. Refusals write nothing.
 */
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { positionInMarket } from "../../src/commands/positionInMarket";
import { watchCompetitors } from "../../src/commands/watchCompetitors";
import type { Language } from "../../src/core/language";
import {
  TRUE_LAW,
  LATEST,
  competitionFixture,
  competitorsSheet,
  ourShopAndRivals,
} from "../fixtures/generators/competition";
import { PRICE_BANDS_CSV, crowdCsv, marketExports, marketTrendCsv, rankingCsv } from "../fixtures/generators/market";
import { storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";

const fixture = competitionFixture(ourShopAndRivals(), 56, LATEST);

/** Every market export, as an operator would import them. */
const EXPORTS = marketExports(LATEST);

/** A workbook whose competition watch has run, with the exports named imported. */
async function workbookWith(language: Language, files: readonly (keyof typeof EXPORTS)[]) {
  const sheets = [storeMetricsSheet(fixture.metrics, LATEST, language === "zh-CN"), competitorsSheet(fixture.rows)];
  const { excel, env } = emulatedEnvironment(language, { sheets });
  expect((await watchCompetitors(env)).ok).toBe(true);
  const imported = await importStoreData(
    env,
    files.map((f) => textFile(EXPORTS[f].name, EXPORTS[f].text)),
    IMPORT_OPTIONS
  );
  expect(imported.results.map((r) => r.status)).toEqual(files.map(() => "imported"));
  return { excel, env };
}

const sheetValues = (excel: ReturnType<typeof emulatedEnvironment>["excel"], name: string) =>
  excel.dump().sheets.find((s) => s.name === name)?.values ?? [];
const lines = (values: readonly (readonly unknown[])[]) =>
  values.map((r) => r.filter((c) => c !== null && c !== "").join(" | "));

/** Our GMV over the `span` days ending `end` days before the latest, from the generated Store Metrics. */
const ourGmv = (span: number, end = 0) =>
  fixture.metrics
    .slice(fixture.metrics.length - end - span, fixture.metrics.length - end)
    .reduce((t, d) => t + d.gmv, 0);

describe("Position in market", () => {
  it("writes growth against the category, the ranking, price bands, crowd and search, with four findings, in two round trips warm", async () => {
    const { excel, env } = await workbookWith("en-US", Object.keys(EXPORTS) as (keyof typeof EXPORTS)[]);
    const outcome = await positionInMarket(env);
    expect(outcome).toMatchObject({ ok: true, message: "The market position is on “Market”, with 4 findings." });
    // Warm, the inputs with the tables' first rows, then the write: every table here fits its first rows.
    excel.resetStats();
    await positionInMarket(env);
    expect(excel.stats().syncs).toBe(2);
    const values = sheetValues(excel, "Market");
    const finding = (subject: string) => values.find((r) => r[1] === subject);

    // 50-100 holds 40 % of the market's units and 10 of our 100: 60 ÷ (90 + 60) = 40 % needs 50 more units, at
    // 50 to 100 yuan (75 in the middle) against our 12,700 of sales.
    const band = finding("50-100")?.slice(4, 7) as number[];
    [3750 / 12700, 2500 / 12700, 5000 / 12700].forEach((v, i) => expect(band[i]).toBeCloseTo(v, 12));
    // 18-24: 60 % of visitors, 42 % of buyers; converting as the rest: 0.6 × 0.58 ÷ 0.4 − 0.42 = 45 % more buyers.
    const crowd = finding("年龄 · 18-24岁")?.slice(4, 7) as number[];
    [0.225, 0.1125, 0.45].forEach((v, i) => expect(crowd[i]).toBeCloseTo(v, 12));

    // The category's GMV grows 1 % a day: 1.01^28 − 1 over 28 days, read through the fitted exponent (near 1.3).
    const ours28 = ourGmv(28) / ourGmv(28, 28) - 1;
    const outgrowing = values.find((r) => r[0] === "The category grows faster than we do");
    expect(outgrowing?.[4] as number).toBeCloseTo(1.01 ** 28 - 1 - ours28, 1);
    expect(outgrowing?.[2]).toContain(`we grew +${(ours28 * 100).toFixed(1)}%`);
    expect(lines(values)).toContain(
      `Last 28 days against the 28 before | ${outgrowing?.[2]?.toString().match(/grew (\+[\d.]+%)/)?.[1]} | +${(ours28 * 100).toFixed(1)}% | 28 / 28 | 28 / 28`
    );

    // 碎花裙: 1.2万 ~ 2万 searchers read on the 流量指数 curve, 1–2.5 % buying, over 100–200 listings, at our AOV.
    const term = finding("碎花裙")?.slice(4, 7) as number[];
    const people = (index: number) => TRUE_LAW.uvIndex.a * index ** TRUE_LAW.uvIndex.b;
    const week = fixture.metrics.slice(-7);
    const aov = week.reduce((t, d) => t + d.gmv, 0) / week.reduce((t, d) => t + d.buyers, 0);
    const expected = (((people(12000) + people(20000)) / 2) * 0.0175 * aov) / 150 / (ourGmv(7) / 7);
    expect(Math.abs((term[0] as number) / expected - 1)).toBeLessThan(0.1);
    expect(term[1]).toBeLessThan(term[0] as number);
    expect(term[2]).toBeGreaterThan(term[0] as number);

    // The ranking: the top shops far above our range get no estimate; 近邻店 (30,000) does, near its truth.
    const ranked = (shop: string) => values.find((r) => r[1] === shop);
    expect(ranked("头部店")?.slice(0, 4)).toEqual([1, "头部店", expect.any(Number), "Out of reach"]);
    expect(Math.abs((ranked("近邻店")?.[3] as number) / 30000 - 1)).toBeLessThan(0.05);
    expect(ranked("新星店")?.slice(6, 8)).toEqual([19, 5]);
    expect(lines(values)).toContain("Moved up since the day before: 新星店 (#5 → #2).");
    expect(lines(values)).toContain(
      `We are not ranked: our GMV of ${Math.round(fixture.metrics.at(-1)?.gmv ?? 0).toLocaleString("en-US")} that day stands below #5, the last the estimates reach.`
    );
    // A category is far above one shop: no share.
    expect(lines(values).some((l) => l.startsWith("Our share: out of reach. The category's 交易指数 reaches"))).toBe(
      true
    );
    expect(
      excel
        .dump()
        .sheets.find((s) => s.name === "Market")
        ?.tables?.map((t) => t.name)
    ).toEqual(["MarketFindings"]);
  });

  it("names what each rule lacked when only the portraits are there, and the diagnosis says the same", async () => {
    const { excel, env } = await workbookWith("en-US", ["crowd"]);
    expect((await positionInMarket(env)).ok).toBe(true);
    const text = lines(sheetValues(excel, "Market"));
    expect(text).toContain(
      "Not judged: A price band with demand where we sell little: needs a Price Bands table (价格带, pasted or imported)."
    );
    expect(text).toContain(
      "Not judged: A searched term our titles lack: needs Sycm's search ranking (搜索排行), imported."
    );
    expect(text).toContain("Ranking: import Sycm's 市场排行 (shops or items) to see who leads the category.");
    await diagnoseStoreData(env);
    const checks = lines(sheetValues(excel, "Diagnosis"));
    expect(checks).toContain("A segment we draw but do not convert | 1 finding");
    expect(checks).toContain(
      "The category grows faster than we do | Not enough data: needs Sycm's 市场大盘 trend of our category, on the Market sheet: 1; has 0"
    );
  });

  it("is carried into the diagnosis with its growth rate, in the workbook's language", async () => {
    const { excel, env } = await workbookWith("zh-CN", ["bands", "items", "crowd"]);
    expect((await positionInMarket(env)).message).toBe("市场定位已写入“市场定位”，共 2 条发现。");
    const diagnosed = await diagnoseStoreData(env);
    expect(diagnosed.ok).toBe(true);
    const rows = sheetValues(excel, "诊断建议");
    const band = rows.find((r) => r[0] === "有需求的价格带本店卖得少: 50-100");
    expect(band?.[3]).toBe("布局 50-100 价格带的商品");
    expect(band?.[4] as number).toBeCloseTo(3750 / 12700, 12);
    expect(band?.[2]).toBe("这个价格带占市场件数 40.0%，占本店 10.0%。按市场的比例在这里销售，约可增加 50（件数）。");
    expect(lines(rows)).toContain(
      "有机会的搜索词标题里没有 | 数据不足：需要市场定位表上的生意参谋搜索排行： 1；现有 0"
    );
  });

  it("says what to import when no market table is there, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const before = JSON.stringify(excel.dump());
    const outcome = await positionInMarket(env);
    expect(outcome).toMatchObject({
      ok: false,
      message:
        "There is nothing to position yet: import Sycm's market trend (市场大盘), ranking (市场排行), crowd portraits (人群) or search ranking (搜索排行) in Store data, or paste its price bands (价格带), first.",
    });
    expect(JSON.stringify(excel.dump())).toBe(before);
  });
});

describe("Position in market refuses", () => {
  const refused = async (
    files: readonly (keyof typeof EXPORTS)[],
    change?: (env: ReturnType<typeof emulatedEnvironment>) => Promise<void>
  ) => {
    const made = await workbookWith("en-US", files);
    await change?.(made);
    const before = JSON.stringify(made.excel.dump());
    const outcome = await positionInMarket(made.env);
    expect(JSON.stringify(made.excel.dump())).toBe(before);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe("The market was not positioned and nothing was written:");
    return outcome.details;
  };

  it("a portrait of another day than the category's, at its date cell", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    await importStoreData(env, [textFile("人群.csv", crowdCsv(LATEST, LATEST - 1))], IMPORT_OPTIONS);
    const before = JSON.stringify(excel.dump());
    const outcome = await positionInMarket(env);
    expect(outcome.details).toEqual([
      "'Sycm Crowd'!A4: 日期: this portrait is of 2026-11-22, the category's of 2026-11-23. TGI sets one day's shares against the same day's: import our visitors', our buyers' and the category's portraits of one day.",
    ]);
    expect(JSON.stringify(excel.dump())).toBe(before);
  });

  it("a ranking of another category than ours, at its category cell", async () => {
    const details = await refused([], async ({ env }) => {
      await importStoreData(
        env,
        [textFile("市场大盘.csv", marketTrendCsv(56, LATEST)), textFile("排行.csv", rankingCsv(LATEST, "半身裙"))],
        IMPORT_OPTIONS
      );
    });
    expect(details).toEqual([
      "'Sycm Ranking'!B2: 类目: this ranking is of “半身裙”, not of our category “连衣裙”. A ranking of another category sets us against shops we do not compete with: import our category's 市场排行, or set Category in Settings.",
    ]);
  });

  it("a price band that is not a band, at its cell", async () => {
    const details = await refused([], async ({ env }) => {
      await importStoreData(env, [textFile("价格带.csv", PRICE_BANDS_CSV.replace("0-50", "便宜"))], IMPORT_OPTIONS);
    });
    expect(details).toEqual([
      "'Price Bands'!A2: 价格带: “便宜” is not a price band. Write a band as its bounds in yuan (50-100, 300以上 or 300+, 50以下), as Sycm's 价格带 table does.",
    ]);
  });
});

describe("Importing a crowd portrait", () => {
  it("refuses one whose rows are of another day than its preamble names, and writes nothing", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const named = `统计日期：2026-11-23 ~ 2026-11-23\n\n\n\n${crowdCsv(LATEST, LATEST - 1)}`;
    const outcome = await importStoreData(env, [textFile("人群.csv", named)], IMPORT_OPTIONS);
    expect(outcome.results[0]?.status).toBe("failed");
    expect(outcome.results[0]?.problems.map((p) => [p.code, p.value])).toEqual([["periodDisagrees", "2026-11-22"]]);
    expect(excel.dump().sheets.some((s) => s.name === "Sycm Crowd")).toBe(false);
  });
});
