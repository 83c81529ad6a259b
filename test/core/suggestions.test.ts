/** Suggested growth points from the Diagnosis, planned as rows of Growth Points (core/suggestions.ts). */
import { ESTIMATED_SUCCESS_RATE, growthPointRow, newGrowthPoints } from "../../src/core/suggestions";
import { say, translator } from "../../src/wording";

const TODAY = 46350;

describe("new growth points from the diagnosis", () => {
  const suggestions = [
    { point: "Main image and title", growthRate: 0.2 },
    { point: "main  image and TITLE", growthRate: 0.1 },
    { point: "Detail page", growthRate: 0.3 },
    { point: "Refund reasons", growthRate: 0.05 },
  ];
  const records = (name: string) => (name === "Detail page" ? { achieved: 2, ended: 3 } : undefined);

  it("adds each suggestion once, leaves out those already listed, and takes the success rate from the track record", () => {
    const added = newGrowthPoints(suggestions, ["Refund Reasons"], records, TODAY);
    expect(added.map((p) => [p.name, p.successRate])).toEqual([
      ["Main image and title", ESTIMATED_SUCCESS_RATE],
      ["Detail page", 2 / 3],
    ]);
    expect(say(translator("en-US"), added[1]?.source ?? { key: "rank.median", params: {} })).toBe(
      "Diagnosis 2026-11-24; success rate from its track record (2/3 achieved)"
    );
    expect(say(translator("zh-CN"), added[0]?.source ?? { key: "rank.median", params: {} })).toBe(
      "诊断 2026-11-24；成功率为估计值（尚无历史记录）"
    );
  });

  it("lays a point out under the input's headers, Source beyond them, rates as percents and the operator's columns General", () => {
    const [point] = newGrowthPoints(suggestions, [], records, TODAY);
    if (!point) throw new Error("no point");
    const { row, formats } = growthPointRow(["Growth point", "Success rate", "Growth rate", "Owner"], point, 4);
    expect(row.slice(0, 4)).toEqual(["Main image and title", 0.5, 0.2, ""]);
    expect(row[4]).toMatchObject({ key: "suggestions.source.estimate" });
    expect(formats).toEqual(["@", "0%", "0%", "General", "@"]);
  });
});
