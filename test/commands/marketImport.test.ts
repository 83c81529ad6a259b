/**
 * Sycm's 市场 exports as kinds of their own: the search ranking (figures that may be ranges, kept as written) and
 * the crowd portraits in long form; their rows read back into the market core's bounds and TGI.
 */
import { importStoreData } from "../../src/commands/importStoreData";
import { positionInMarket } from "../../src/commands/positionInMarket";
import type { CrowdRole } from "../../src/core/market/crowd";
import { crowdPositions } from "../../src/core/market/crowd";
import { figureBounds } from "../../src/core/market/ranges";
import { IMPORT_OPTIONS, emulatedEnvironment, textFile } from "../helpers";

const search = [
  "统计日期,搜索词,搜索人气,搜索人气增长幅度,点击率,支付转化率,在线商品数,直通车参考价",
  '2026-11-23,连衣裙 夏,"12,345",35.20%,8.50%,1.20%,"3,210",1.85',
  "2026-11-23,碎花裙,5000 ~ 1万,10% ~ 40%,-,1% ~ 2.5%,100 ~ 200,-",
].join("\n");

const ROLES: Readonly<Record<string, CrowdRole>> = { 行业客群: "market", 本店访客: "visitors", 本店支付: "buyers" };
const crowd = [
  "日期,角色,属性,标签,占比",
  ...[
    ["18-24岁", "40.00%", "60.00%", "42.00%"],
    ["25-29岁", "35.00%", "30.00%", "38.00%"],
    ["30-34岁", "25.00%", "10.00%", "20.00%"],
  ].flatMap(([label, market, visitors, buyers]) => [
    `2026-11-23,行业客群,年龄,${label},${market}`,
    `2026-11-23,本店访客,年龄,${label},${visitors}`,
    `2026-11-23,本店支付,年龄,${label},${buyers}`,
  ]),
].join("\n");

describe("Sycm's market exports", () => {
  it("go to tables of their own: search terms with their ranges kept as written, crowd portraits by role", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    const outcome = await importStoreData(
      env,
      [textFile("搜索排行.csv", search), textFile("人群画像.csv", crowd)],
      IMPORT_OPTIONS
    );
    expect(outcome.results.map((r) => [r.kind?.kind, r.counts.rowsAdded])).toEqual([
      ["sycmSearch", 2],
      ["sycmCrowd", 9],
    ]);
    const sheets = excel.dump().sheets;
    const terms = sheets.find((s) => s.name === "Sycm Search");
    expect(terms?.tables?.[0]?.name).toBe("SycmSearch");
    // A single figure is a number; a range stays the text it was, and reads as its bounds.
    expect(terms?.values[1]?.slice(1, 3)).toEqual(["连衣裙 夏", 12345]);
    expect(terms?.values[2]?.[2]).toBe("5000 ~ 1万");
    expect(figureBounds(terms?.values[2]?.[2] as string)).toEqual({ low: 5000, high: 10000 });
    expect(figureBounds(terms?.values[2]?.[6] as string)).toEqual({ low: 100, high: 200 });
    // No Store Metrics: a market figure is not the shop's.
    expect(sheets.some((s) => s.name === "Store Metrics")).toBe(false);

    const portraits = sheets.find((s) => s.name === "Sycm Crowd");
    expect(portraits?.tables?.[0]?.name).toBe("SycmCrowd");
    const rows = (portraits?.values ?? []).slice(1).map((r) => ({
      role: ROLES[String(r[1])] as CrowdRole,
      dimension: String(r[2]),
      label: String(r[3]),
      share: Number(r[4]),
    }));
    const [age] = crowdPositions(rows);
    expect(age?.labels[0]?.label).toBe("18-24岁");
    expect(age?.labels[0]?.visitorTgi).toBeCloseTo(150, 9);
    expect(age?.leaking.map((l) => l.label)).toEqual(["18-24岁"]);
  });

  it("add nothing when the same portraits are imported again", async () => {
    const { env } = emulatedEnvironment("en-US");
    await importStoreData(env, [textFile("人群画像.csv", crowd)], IMPORT_OPTIONS);
    const again = await importStoreData(env, [textFile("人群画像.csv", crowd)], IMPORT_OPTIONS);
    expect(again.message).toBe("Imported 人群画像.csv: 0 rows added, 0 updated, 9 unchanged.");
  });
});

describe("Position in market", () => {
  it("writes who buys against the category and which searched terms have room, the ranges kept", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    await importStoreData(env, [textFile("搜索排行.csv", search), textFile("人群画像.csv", crowd)], IMPORT_OPTIONS);
    const outcome = await positionInMarket(env);
    expect(outcome).toMatchObject({ ok: true, message: "The market position is on “Market”, with 1 finding." });
    const values = excel.dump().sheets.find((s) => s.name === "Market")?.values ?? [];
    const text = values.map((r) => r.filter((c) => c !== null && c !== "").join(" | "));
    expect(text).toContain(
      "年龄: we sell most to 25-29岁 against the category (buyer TGI 109), least to 30-34岁 (80)."
    );
    expect(text).toContain(
      "年龄: 18-24岁 come as visitors well above the category but buy far less: drawn and not converted."
    );
    // 碎花裙: 5,000 × 1 % ÷ 200 = 0.25 to 10,000 × 2.5 % ÷ 100 = 2.5; 连衣裙 夏: 12,345 × 1.2 % ÷ 3,210.
    const term = (name: string) => values.find((r) => r[0] === name)?.slice(1, 4);
    // No product report: our titles are not known, and no term is said to be missing.
    expect(term("碎花裙")).toEqual([0.25, 2.5, null]);
    expect(text).toContain("Import Sycm's product report (商品排行) to see which of these terms our titles lack.");
    expect(term("连衣裙 夏")?.[0]).toBeCloseTo((12345 * 0.012) / 3210, 9);
  });

  it("refuses a portrait whose shares add up past 100 % within a dimension, at the cell where they do", async () => {
    const { excel, env } = emulatedEnvironment("en-US");
    // The category's 18-24 at 50 %: its three ages add up to 110 %.
    const overfull = crowd.replace("行业客群,年龄,18-24岁,40.00%", "行业客群,年龄,18-24岁,50.00%");
    await importStoreData(env, [textFile("人群画像.csv", overfull)], IMPORT_OPTIONS);
    const before = JSON.stringify(excel.dump());
    const outcome = await positionInMarket(env);
    expect(outcome).toMatchObject({
      ok: false,
      message: "The market was not positioned and nothing was written:",
      details: [
        "'Sycm Crowd'!E8: 占比: the shares of this portrait's 年龄 add up to 110.00% by this row, past 100 %. A portrait's shares add up to 100 % at most: export it again, or check the rows pasted into it.",
      ],
    });
    expect(JSON.stringify(excel.dump())).toBe(before);
  });
});
