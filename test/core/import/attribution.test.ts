/** An ad report's attribution window (core/import/attribution.ts), from its column, its name, or 15 days. */
import { DEFAULT_ATTRIBUTION_DAYS, attributionDays, provisionalFrom } from "../../../src/core/import/attribution";
import { ExportSession } from "../../../src/core/import/session";

describe("an ad report's attribution window", () => {
  it.each([
    ["the report's 归因周期 column", ["日期", "花费", "归因周期"], [46349, 10, "7天"], "report.csv", 7],
    ["an English column", ["日期", "花费", "Attribution window"], [46349, 10, "1 day"], "report.csv", 1],
    ["the file name", ["日期", "花费"], [46349, 10], "万相台无界_15天累计数据_2026-11.csv", 15],
    ["a 7-day file name", ["日期", "花费"], [46349, 10], "直通车报表(7天转化).csv", 7],
    ["nothing: 万相台's longest window", ["日期", "花费"], [46349, 10], "report.csv", DEFAULT_ATTRIBUTION_DAYS],
    [
      "a window cell that is not one",
      ["日期", "花费", "归因周期"],
      [46349, 10, "默认"],
      "report.csv",
      DEFAULT_ATTRIBUTION_DAYS,
    ],
  ] as const)("is read from %s", (_, headers, row, name, days) => {
    expect(attributionDays(headers, row, name)).toBe(days);
  });

  it("leaves a window's last days provisional: a day closes once its whole window has passed", () => {
    expect(provisionalFrom(46360, 15)).toBe(46346);
    expect(provisionalFrom(46360, 1)).toBe(46360);
  });

  it("is known for an ad report as its session reads it, and for no other kind", () => {
    const ads = new ExportSession("万相台_7天归因.csv");
    ads.push([
      ["日期", "花费", "展现量", "点击量"],
      ["2026-11-20", "10", "100", "5"],
    ]);
    expect(ads.attributionDays).toBe(7);
    const overview = new ExportSession("overview.csv");
    overview.push([
      ["统计日期", "访客数", "支付金额"],
      ["2026-11-20", "10", "1"],
    ]);
    expect(overview.attributionDays).toBeNull();
  });
});
