/** Suggested growth points from the Diagnosis, planned as rows of Growth Points (core/suggestions.ts). */
import { ESTIMATED_SUCCESS_RATE, growthPointRow, newGrowthPoints, suggestionsIn } from "../../src/core/suggestions";
import { say, translator } from "../../src/wording";

const TODAY = 46350;

describe("new growth points from the diagnosis", () => {
  const suggestions = [
    { point: "Main image and title", growthRate: 0.2, profitGrowth: null },
    { point: "main  image and TITLE", growthRate: 0.1, profitGrowth: null },
    { point: "Detail page", growthRate: 0.3, profitGrowth: 0.45 },
    { point: "Refund reasons", growthRate: 0.05, profitGrowth: null },
  ];
  const records = (name: string) => (name === "Detail page" ? { achieved: 2, ended: 3 } : undefined);

  it("adds each suggestion once, leaves out those already listed, and takes the success rate from the track record", () => {
    const added = newGrowthPoints(suggestions, ["Refund Reasons"], records, TODAY);
    expect(added.map((p) => [p.name, p.successRate])).toEqual([
      ["Main image and title", ESTIMATED_SUCCESS_RATE],
      ["Detail page", 2 / 3],
    ]);
    expect(say(translator("en-US"), added[1]?.source ?? { key: "rank.median", params: {} })).toBe(
      "Diagnosis 2026-11-24; success rate from its track record (2/3 achieved); profit +45.00% if it works, against the last 7 days on the Profit sheet"
    );
    // The growth rate stays GMV's, as every point's is: profit is said beside it, not mixed into the ranking.
    expect(added[1]?.growthRate).toBe(0.3);
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

  it("reads each suggestion's estimate of profit growth from the Diagnosis table, none from a sheet without the column", () => {
    const block = (values: (string | number)[][]) => ({ sheet: "Diagnosis", firstRow: 0, firstColumn: 0, values });
    const header = ["Finding", "Metric", "Evidence", "Suggested growth point", "Estimated growth rate"];
    const withProfit = suggestionsIn(
      block([
        [...header, "Estimated profit growth"],
        ["Conversion falling", "Conversion", "…", "Detail page", 0.1, 0.25],
        ["AOV below", "AOV", "…", "Bundles", 0.05, ""],
      ])
    );
    expect(withProfit).toEqual([
      { point: "Detail page", growthRate: 0.1, profitGrowth: 0.25 },
      { point: "Bundles", growthRate: 0.05, profitGrowth: null },
    ]);
    // A Diagnosis written before profit was estimated has no such column.
    expect(suggestionsIn(block([header, ["x", "y", "z", "Detail page", 0.1]]))).toEqual([
      { point: "Detail page", growthRate: 0.1, profitGrowth: null },
    ]);
  });
});
