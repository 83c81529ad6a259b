/** Analyze ads on the emulator: the imported keyword report and ad report → the Ad Analysis sheet. */
import { analyzeAds } from "../../src/commands/analyzeAds";
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { copyDailyReport, generateDailySchedule } from "../../src/commands/dailySchedule";
import { COMMON_ROOTS } from "../../src/core/ads/roots";
import { importStoreData } from "../../src/commands/importStoreData";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";
import { clientHost } from "../fixtures/officeClient";
import { adCrowdCsv, adKeywordCsv, adReportCsv } from "../fixtures/generators/adDetails";
import type { WorkbookJson } from "../../src/emulator";

/** The day after the generated month's last: every day of it has been lived. */
const AFTER = { year: 2026, month: 12, day: 5 };

async function shop(
  language: "en-US" | "zh-CN",
  planPerDay = 120,
  files = ["关键词报表_7天归因.csv"],
  workbook?: WorkbookJson
) {
  const { excel, env } = emulatedEnvironment(language, workbook);
  const today = { ...env, today: () => AFTER };
  await importStoreData(
    today,
    [...files.map((f) => textFile(f, adKeywordCsv())), textFile("万相台_7天归因.csv", adReportCsv(30, planPerDay))],
    IMPORT_OPTIONS
  );
  return { excel, env: today };
}

const sheetValues = (excel: ReturnType<typeof emulatedEnvironment>["excel"], name: string) =>
  excel.dump().sheets.find((s) => s.name === name)?.values ?? [];

describe("Analyze ads", () => {
  it("finds the seeded waste over the closed days, reconciled with the ad report, in two round trips warm", async () => {
    const { excel, env } = await shop("en-US");
    const outcome = await analyzeAds(env);
    expect(outcome.message).toBe("Ads 2026-11-05 – 2026-11-27 on “Ad Analysis”: 920.00 wasted on 2 words and crowds.");
    const values = sheetValues(excel, "Ad Analysis");
    const flat = values.flat();
    expect(flat).toContain(
      "2026-11-05 – 2026-11-27 (attribution closed): 2,760.00 spent on 6 words and 0 crowds; 920.00 of it wasted (33.33%)."
    );
    expect(flat).toContain(
      "2026-11-28 – 2026-12-04 left out: their 7-day attribution has not closed, so their sales are still growing."
    );
    expect(flat).toContain("The words and crowds listed account for each plan's spend in the ad report within 1%.");
    const header = values.find((r) => r[0] === "Word") ?? [];
    const waste = Object.fromEntries(
      values.filter((r) => typeof r[5] === "number").map((r) => [r[0], r[header.indexOf("Waste")]])
    );
    expect(waste).toMatchObject({ "半身裙 夏": "Under break-even", "雪纺 衬衫": "No sale", "连衣裙 夏": null });
    expect(flat).toContain("Word roots (each word's figures shared among them)");

    const warm = { ...env, host: clientHost(excel) };
    await analyzeAds(warm);
    excel.resetStats();
    await analyzeAds(warm);
    expect(excel.stats().syncs).toBe(2);
  });

  it("takes the waste threshold from Settings and the operator's roots from Word Roots", async () => {
    const { excel, env } = await shop("en-US", 120, ["关键词报表_7天归因.csv"], {
      sheets: [
        {
          name: "Settings",
          values: [
            ["Setting", "Value"],
            ["Ad waste spend", 500],
          ],
        },
        {
          name: "Word Roots",
          values: [
            ["Root", "Note"],
            ["连衣裙", "category"],
            ["半身裙", "category"],
          ],
        },
      ],
    });
    // 雪纺 衬衫 spent 23 × 20 = 460 with no sale: under a threshold of 500 it is not waste; 半身裙 夏 still is.
    const outcome = await analyzeAds(env);
    expect(outcome.message).toBe("Ads 2026-11-05 – 2026-11-27 on “Ad Analysis”: 460.00 wasted on 1 word or crowd.");
    const values = sheetValues(excel, "Ad Analysis");
    const at = values.findIndex((r) => r[0] === "Root");
    const roots = Object.fromEntries(values.slice(at + 1).map((r) => [r[0], r[1]]));
    // 碎花连衣裙 is cut by the operator's 连衣裙; 女 and 长款 by the shared dictionary.
    expect(roots).toMatchObject({ 连衣裙: 3, 半身裙: 2, 碎花: 1, 女: 1, 长款: 2, 夏: 2 });
    expect(values.flat()).toContain(
      `Words are cut into roots at their spaces and by ${COMMON_ROOTS.length} common roots and 2 of yours (the Word Roots sheet): add your category's words and your brand there to roll more words up.`
    );
  });

  it("leaves the diagnosis its waste to pause and its words to move budget to, read back from the sheet", async () => {
    const { excel, env } = await shop("en-US");
    await analyzeAds(env);
    await diagnoseStoreData(env);
    const flat = sheetValues(excel, "Diagnosis").flat();
    // Both spent 460: in the sheet's order.
    expect(flat).toContain("Pause or negate (否词) wasted words and crowds: 半身裙 夏 / 雪纺 衬衫");
    // ROI 5, 4, 3 and 2.5 are all at least 1.25 × the break-even of 2, the best first; 半身裙 夏 (0.5) is not.
    expect(flat.filter((c) => typeof c === "string" && c.startsWith("Move ad budget to:"))).toEqual([
      "Move ad budget to: 连衣裙 夏",
      "Move ad budget to: 连衣裙 女 长款",
      "Move ad budget to: 碎花连衣裙",
      "Move ad budget to: 长款 半身裙",
    ]);
  });

  it("gives the daily report what the wasting words spent on the report's latest day", async () => {
    const tasks = {
      name: "Daily Tasks",
      values: [
        ["Task", "Minutes", "Priority"],
        ["Reply to buyers", 30, 1],
      ],
    };
    const { env } = await shop("en-US", 120, ["关键词报表_7天归因.csv"], { sheets: [tasks] });
    await analyzeAds(env);
    expect((await generateDailySchedule(env, AFTER)).ok).toBe(true);
    const copied = await copyDailyReport(env, AFTER);
    // 半身裙 夏 and 雪纺 衬衫 each spent 20 on 2026-12-04.
    expect(copied.report?.split("\n")).toContain(
      "Ads on 2026-12-04: 40.00 went to 2 words and crowds Analyze ads found wasting (半身裙 夏 and 雪纺 衬衫): pause or negate them"
    );
  });

  it("finds the seeded waste of a month of two plans, words and crowds, each judged among its own", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const today = { ...env, today: () => AFTER };
    await importStoreData(
      today,
      [
        textFile("关键词报表_7天归因.csv", adKeywordCsv()),
        textFile("人群报表_7天归因.csv", adCrowdCsv()),
        textFile("万相台_7天归因.csv", adReportCsv(30, 120, 50)),
      ],
      IMPORT_OPTIONS
    );
    // Words: 半身裙 夏 and 雪纺 衬衫, 460 each; crowds: 人群D 竞品 and 人群E 泛人群, 23 closed days × 10 each.
    const outcome = await analyzeAds(today);
    expect(outcome.message).toBe(
      "Ads 2026-11-05 – 2026-11-27 on “Ad Analysis”: 1,380.00 wasted on 4 words and crowds."
    );
    const values = sheetValues(excel, "Ad Analysis");
    expect(values.flat()).toContain(
      "2026-11-05 – 2026-11-27 (attribution closed): 3,910.00 spent on 6 words and 5 crowds; 1,380.00 of it wasted (35.29%)."
    );
    const header = values.find((r) => r[0] === "Crowd") ?? [];
    const crowds = Object.fromEntries(
      values
        .slice(values.indexOf(header) + 1, values.indexOf(header) + 6)
        .map((r) => [r[0], r[header.indexOf("Waste")]])
    );
    expect(crowds).toEqual({
      "人群A 相似宝贝": null,
      "人群B 店铺老客": null,
      "人群C 拉新": null,
      "人群D 竞品": "Under break-even",
      "人群E 泛人群": "No sale",
    });
  });

  it("warns instead of ranking when the listed words do not account for the plan's spend", async () => {
    const { excel, env } = await shop("en-US", 150);
    const outcome = await analyzeAds(env);
    expect(outcome.message).toMatch(/: 0\.00 wasted on 0 words and crowds\.$/);
    expect(sheetValues(excel, "Ad Analysis").flat()).toContain(
      "Not ranked: plan P1's rows add up to 2,760.00, the ad report says 3,450.00. Export every word and crowd, then analyze again."
    );
  });

  it("speaks Chinese in a Chinese pane, on sheets the import named in Chinese", async () => {
    const { excel, env } = await shop("zh-CN");
    expect((await analyzeAds(env)).message).toBe(
      "2026-11-05 – 2026-11-27 的推广分析已写入“推广分析”：2 个关键词和人群浪费了 920.00。"
    );
    const flat = sheetValues(excel, "推广分析").flat();
    expect(flat).toContain("无成交");
    expect(flat).toContain("列出的关键词和人群与推广报表中各计划的花费相差不超过 1%。");
  });

  it("stops with a clear sentence, writing nothing, without a report, with days after today, or with two windows", async () => {
    const none = emulatedEnvironment("en-US");
    const missing = await analyzeAds(none.env);
    expect(missing.details.join(" ")).toMatch(/keyword report \(关键词报表\) or crowd report \(人群报表\)/);

    // Imported when the month had passed, analysed on a clock standing at 2026-11-24: its later days are ahead.
    const ahead = await shop("en-US");
    const early = await analyzeAds({ ...ahead.env, today: () => ({ year: 2026, month: 11, day: 24 }) });
    expect(early.ok).toBe(false);
    expect(early.details[0]).toMatch(/^'Ad Keywords'!A\d+: 日期: “2026-11-25” is after today/);

    const two = await shop("en-US");
    const crowds = "日期,计划ID,人群名字,展现量,点击量,花费,总成交金额\n2026-11-01,P1,拉新,100,5,5,0\n";
    await importStoreData(two.env, [textFile("人群报表_15天归因.csv", crowds)], IMPORT_OPTIONS);
    const differ = await analyzeAds(two.env);
    expect(differ.details).toContain(
      "The keyword report counts sales over 7 days, the crowd report over 15: export both with the same attribution window."
    );
    for (const run of [none, ahead, two]) expect(sheetValues(run.excel, "Ad Analysis")).toEqual([]);
  });
});
