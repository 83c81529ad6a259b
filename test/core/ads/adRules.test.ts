/** The diagnosis' ad rules on the Ad Analysis sheet read back: waste to pause with its savings, headroom to move budget to. */
import { AD_RULES, BUDGET_STEP, savedByPausing } from "../../../src/core/ads/adRules";
import type { AdLineBack } from "../../../src/core/ads/adSheet";
import { adLinesBack, adPeriodBack } from "../../../src/core/ads/adSheet";
import { diagnose } from "../../../src/core/diagnosis";
import { findingRows } from "../../../src/core/diagnosisText";
import type { Phrase } from "../../../src/core/phrases";
import type { MessageKey } from "../../../src/wording";
import { loadWords, say, translator } from "../../../src/wording";

beforeAll(() => loadWords("storeData"));

const FROM = 46331,
  TO = 46353;
/** The 23 closed days, the shop selling 1,000 a day. */
const days = new Map(Array.from({ length: TO - FROM + 8 }, (_, i) => [FROM + i, { gmv: 1000 }] as const));
const line = (over: Partial<AdLineBack>): AdLineBack => ({
  name: "x",
  spend: 100,
  orders: 5,
  gmv: 300,
  roi: 3,
  breakEven: 2,
  waste: false,
  latestSpend: 0,
  ...over,
});
const LINES = [
  line({ name: "雪纺 衬衫", spend: 460, gmv: 0, orders: 0, roi: null, waste: true }),
  line({ name: "半身裙 夏", spend: 460, gmv: 230, orders: 23, roi: 0.5, waste: true }),
  line({ name: "连衣裙 夏", spend: 460, gmv: 2300, orders: 23, roi: 5 }),
  line({ name: "长款 半身裙", spend: 460, gmv: 1100, orders: 23, roi: 1100 / 460 }),
  line({ name: "碎花连衣裙", spend: 40, gmv: 200, orders: 2, roi: 5 }),
];
const period = { from: FROM, to: TO, latest: TO + 7 };
const run = (lines: AdLineBack[] | null) =>
  diagnose({
    days,
    orders: null,
    products: null,
    breakEvenRoi: 2,
    adSpendThreshold: 500,
    ads: lines && { period, lines },
  });

describe("the ad rules", () => {
  it("find the waste once, naming the largest spenders, with the profit pausing gives back", () => {
    const found = run(LINES)?.findings.filter((f) => f.rule === "adWaste") ?? [];
    // 雪纺 衬衫 gives back all 460; 半身裙 夏 460 less the 115 its sales kept before ads (230 ÷ 2).
    expect(savedByPausing(LINES[1] as AdLineBack)).toBe(345);
    expect(found.map((f) => [f.subject, f.facts["wasted"], f.facts["saved"]])).toEqual([
      ["雪纺 衬衫 / 半身裙 夏", 920, 805],
    ]);
    // In GMV terms at break-even 2, against 23 days of 1,000.
    expect(found[0]?.growthRate).toBeCloseTo((805 * 2) / 23_000, 12);
  });

  it("suggest moving budget to a line well above break-even on enough orders, at its own ROI", () => {
    const found = run(LINES)?.findings.filter((f) => f.rule === "adHeadroom") ?? [];
    // 长款 半身裙 at 2.39 is under 1.25 × 2; 碎花连衣裙 has 2 orders: neither is moved to.
    expect(found.map((f) => f.subject)).toEqual(["连衣裙 夏"]);
    const more = 460 * BUDGET_STEP;
    expect(found[0]?.facts).toMatchObject({ more, sales: more * 5 });
    expect(found[0]?.growthRate).toBeCloseTo((more * 5) / 23_000, 12);
  });

  it("say what they lack without an Ad Analysis sheet, and find nothing when nothing wastes", () => {
    const checks = run(null)?.checks.filter((c) => c.rule === "adWaste" || c.rule === "adHeadroom");
    expect(checks?.map((c) => c.outcome)).toEqual(["notEnoughData", "notEnoughData"]);
    const clean = run(LINES.filter((l) => !l.waste));
    expect(clean?.checks.find((c) => c.rule === "adWaste")?.outcome).toBe("clear");
    expect(Object.keys(AD_RULES)).toEqual(["adWaste", "adHeadroom"]);
  });

  it("word the findings in both languages", () => {
    const diagnosis = run(LINES);
    if (!diagnosis) throw new Error("no diagnosis");
    const rows = findingRows(diagnosis, "en-US");
    const [en, zh] = [translator("en-US"), translator("zh-CN")];
    const words = (t: typeof en, cell: unknown) => say(t, cell as Phrase<MessageKey>);
    const waste = rows.find((r) => words(en, r[0]).startsWith("Ad words and crowds wasting spend"));
    expect(words(en, waste?.[2])).toBe(
      "2 words and crowds spent 920 on 11/5–11/27 with no sale, or under break-even and their peers (the Ad Analysis sheet); paused, they give back 805 of profit"
    );
    expect(words(en, waste?.[3])).toBe("Pause or negate (否词) wasted words and crowds: 雪纺 衬衫 / 半身裙 夏");
    expect(words(zh, waste?.[3])).toBe("暂停或否掉（否词）浪费的关键词和人群：雪纺 衬衫 / 半身裙 夏");
  });

  it("read the sheet back in either language, and its period mark", () => {
    const rows = adLinesBack([
      ["人群", "花费", "成交笔数", "成交金额", "投入产出比", "保本ROI", "浪费", "最近一天花费"],
      ["拉新", 48, 0, 0, "", 2, "无成交", 12],
      ["", 5, 0, 0, "", 2, "", 0],
    ]);
    expect(rows).toEqual([
      { name: "拉新", spend: 48, orders: 0, gmv: 0, roi: null, breakEven: 2, waste: true, latestSpend: 12 },
    ]);
    expect(adPeriodBack(JSON.stringify(period))).toEqual(period);
    expect(adPeriodBack("{}")).toBeNull();
    expect(adPeriodBack("not json")).toBeNull();
  });
});
