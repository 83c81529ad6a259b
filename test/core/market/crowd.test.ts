/** Crowd positioning on portraits whose shares and TGI are known by construction. */
import type { CrowdRow } from "../../../src/core/market/crowd";
import { crowdPositions, overfullShares } from "../../../src/core/market/crowd";

/** 年龄: the category 18-24 40 %, 25-29 35 %, 30-34 25 %; our visitors lean young, our buyers less so. */
const AGE: CrowdRow[] = [
  ...[
    ["18-24", 0.4, 0.6, 0.42],
    ["25-29", 0.35, 0.3, 0.38],
    ["30-34", 0.25, 0.1, 0.2],
  ].flatMap(([label, market, visitors, buyers]): CrowdRow[] => [
    { role: "market", dimension: "年龄", label: label as string, share: market as number },
    { role: "visitors", dimension: "年龄", label: label as string, share: visitors as number },
    { role: "buyers", dimension: "年龄", label: label as string, share: buyers as number },
  ]),
];

describe("crowd positioning", () => {
  const [age] = crowdPositions(AGE);

  it("gives each label its TGI against the category: our share ÷ the category's × 100", () => {
    expect(age?.labels.map((l) => [l.label, l.visitorTgi, l.buyerTgi])).toEqual([
      ["18-24", expect.closeTo(150, 9), expect.closeTo(105, 9)],
      ["25-29", expect.closeTo(85.714, 3), expect.closeTo(108.571, 3)],
      ["30-34", expect.closeTo(40, 9), expect.closeTo(80, 9)],
    ]);
  });

  it("names the segment we sell to most and least against the category", () => {
    expect(age?.over?.label).toBe("25-29");
    expect(age?.under?.label).toBe("30-34");
  });

  it("finds a segment we draw as visitors that does not convert: visitor TGI 150, buyer TGI 105 (70 % of it)", () => {
    expect(age?.leaking.map((l) => l.label)).toEqual(["18-24"]);
  });

  it("gives no TGI where the category has no share, and no over or under from one label", () => {
    const [one] = crowdPositions([
      { role: "visitors", dimension: "性别", label: "女", share: 0.8 },
      { role: "buyers", dimension: "性别", label: "女", share: 0.9 },
    ]);
    expect(one?.labels[0]).toMatchObject({ visitorTgi: null, buyerTgi: null });
    expect(one?.over).toBeNull();
  });

  it("flags shares that add up past 100 % within one dimension and role, but not rounding", () => {
    const rows: CrowdRow[] = [
      { role: "market", dimension: "性别", label: "女", share: 0.7 },
      { role: "market", dimension: "性别", label: "男", share: 0.4 },
      { role: "visitors", dimension: "性别", label: "女", share: 0.6003 },
      { role: "visitors", dimension: "性别", label: "男", share: 0.4001 },
    ];
    expect(overfullShares(rows)).toEqual([
      { dimension: "性别", role: "market", total: expect.closeTo(1.1, 9), last: 1 },
    ]);
  });
});
