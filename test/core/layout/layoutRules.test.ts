/** The diagnosis' product-layout rules on the Products sheet read back, each found and each held back. */
import { diagnose } from "../../../src/core/diagnosis";
import { findingRows } from "../../../src/core/diagnosisText";
import { LAYOUT_RULES } from "../../../src/core/layout/layoutRules";
import type { ProductLayoutBack } from "../../../src/core/layout/productsSheet";
import { productLayoutBack } from "../../../src/core/layout/productsSheet";
import type { Phrase } from "../../../src/core/phrases";
import type { MessageKey } from "../../../src/wording";
import { loadWords, say, translator } from "../../../src/wording";

beforeAll(() => loadWords("storeData"));

const row = (over: Partial<ProductLayoutBack>): ProductLayoutBack => ({
  product: "x",
  tier: "observe",
  lastTier: null,
  visitors: 100,
  gmv: 100,
  cover7: null,
  stockOut: false,
  stockValue: 0,
  slow: false,
  ...over,
});
const judging = (layout: ProductLayoutBack[] | null) => ({ layout, leadPlusSafety: 10 });

describe("product layout's rules", () => {
  it("finds a core product running out, for the days short of restocking, and not one with cover or not core", () => {
    const layout = [
      row({ product: "A1", tier: "core", gmv: 600, cover7: 6, stockOut: true }),
      row({ product: "A2", tier: "core", gmv: 300, cover7: 20 }),
      row({ product: "B1", tier: "potential", gmv: 100, cover7: 2, stockOut: true }),
    ];
    const out = LAYOUT_RULES.coreStockOut(judging(layout));
    expect("findings" in out && out.findings.map((f) => [f.subject, f.growthRate])).toEqual([["A1", (0.6 * 4) / 7]]);
    expect(LAYOUT_RULES.coreStockOut(judging(null))).toEqual({ need: "layoutTable", min: 1, have: [0] });
  });

  it("finds a potential product short of the core products' median visitors, worth that many visitors at its own GMV per visitor", () => {
    const layout = [
      row({ product: "A1", tier: "core", visitors: 1000, gmv: 5000 }),
      row({ product: "A2", tier: "core", visitors: 3000, gmv: 4000 }),
      row({ product: "B1", tier: "potential", visitors: 200, gmv: 1000 }),
      row({ product: "B2", tier: "potential", visitors: 2500, gmv: 1000 }),
    ];
    const out = LAYOUT_RULES.potentialProduct(judging(layout));
    // The core median is 2,000 visitors; B1 at 5 a visitor: 1,800 more visitors bring 9,000, against 11,000 of GMV.
    expect("findings" in out && out.findings.map((f) => [f.subject, f.facts["more"], f.growthRate])).toEqual([
      ["B1", 9000, 9000 / 11000],
    ]);
    expect(LAYOUT_RULES.potentialProduct(judging(layout.slice(2)))).toEqual({ findings: [] });
  });

  it("finds slow stock over 30% of the stock's value, and asks for stock values without any", () => {
    const layout = [
      row({ product: "D1", stockValue: 400, slow: true }),
      row({ product: "A1", stockValue: 600, gmv: 1000 }),
    ];
    const out = LAYOUT_RULES.slowStock(judging(layout));
    expect("findings" in out && out.findings[0]?.facts).toEqual({ tied: 400, value: 1000, share: 0.4, products: 1 });
    expect(LAYOUT_RULES.slowStock(judging([row({ stockValue: 300, slow: true }), row({ stockValue: 700 })]))).toEqual({
      findings: [],
    });
    expect(LAYOUT_RULES.slowStock(judging([row({})]))).toEqual({ need: "layoutStock", min: 1, have: [0] });
  });

  it("finds a core product that fell a tier, its gap to the lowest core product, and says its tier in words", () => {
    const layout = [
      row({ product: "A1", tier: "core", lastTier: "core", gmv: 900 }),
      row({ product: "C1", tier: "traffic", lastTier: "core", gmv: 500 }),
      row({ product: "E1", tier: "observe", lastTier: "observe", gmv: 100 }),
    ];
    const out = LAYOUT_RULES.coreFalling(judging(layout));
    expect("findings" in out && out.findings.map((f) => [f.subject, f.growthRate])).toEqual([["C1", 400 / 1500]]);
    const d = diagnose({
      days: new Map([[46360, { gmv: 1500 }]]),
      orders: null,
      products: null,
      breakEvenRoi: 2,
      adSpendThreshold: 500,
      layout,
    });
    const rows = findingRows(d ?? { latest: 0, findings: [], checks: [] }, "en-US");
    const words = (cell: unknown) => say(translator("en-US"), cell as Phrase<MessageKey>);
    const fell = rows.find((r) => words(r[0]).startsWith("A core product fell a tier"));
    expect(words(fell?.[2])).toBe(
      "Core last week, Traffic this week: GMV 500 against 900, the lowest of this week's core products"
    );
    expect(say(translator("zh-CN"), fell?.[2] as Phrase<MessageKey>)).toContain("本周为引流");
    // Without a Products sheet each rule says what it lacks.
    const none = diagnose({
      days: new Map([[46360, { gmv: 1 }]]),
      orders: null,
      products: null,
      breakEvenRoi: 2,
      adSpendThreshold: 500,
    });
    expect(none?.checks.find((c) => c.rule === "coreFalling")).toMatchObject({
      outcome: "notEnoughData",
      need: "layoutTable",
    });
  });

  it("reads the Products table back in either language", () => {
    const back = productLayoutBack([
      ["商品", "访客数", "支付金额", "分层", "上周分层", "可售天数（按近7天销量）", "断货风险", "库存金额", "滞销库存"],
      ["连衣裙", 700, 3500, "爆款/主推", "潜力", 6, "会断货", 1200, ""],
      ["", 1, 1, "观察", "", "", "", "", ""],
    ]);
    expect(back).toEqual([
      {
        product: "连衣裙",
        tier: "core",
        lastTier: "potential",
        visitors: 700,
        gmv: 3500,
        cover7: 6,
        stockOut: true,
        stockValue: 1200,
        slow: false,
      },
    ]);
    expect(
      productLayoutBack([
        ["Product", "GMV"],
        ["x", 1],
      ])
    ).toEqual([]);
  });
});
