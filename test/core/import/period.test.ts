import { exportPeriod, periodText } from "../../../src/core/import/period";

describe("the period an export covers", () => {
  it.each([
    [[["统计日期：2026-11-20 ~ 2026-11-20"]], "x.csv", { start: 46346, end: 46346, from: "preamble" }],
    [[["统计日期：", "2026-11-01~2026-11-07"]], "x.csv", { start: 46327, end: 46333, from: "preamble" }],
    [[["#起始日期：[2026年11月01日 00:00:00]"]], "x.csv", null],
    [[["统计时间：2026/11/20 至 2026/11/21"]], "x.csv", { start: 46346, end: 46347, from: "preamble" }],
    [[], "【生意参谋平台】商品_全部_2026-11-20_2026-11-20.xls", { start: 46346, end: 46346, from: "fileName" }],
    [[], "万相台_20260803至20260809.csv", { start: 46237, end: 46243, from: "fileName" }],
    [[], "orders.csv", null],
    [[["统计日期：2026-02-31 ~ 2026-03-01"]], "x.csv", null],
  ] as const)("%j in %s", (preamble, name, expected) => {
    expect(exportPeriod(preamble as unknown as string[][], name)).toEqual(expected);
  });

  it("writes a day, or a range", () => {
    expect(periodText({ start: 46346, end: 46346, from: "preamble" })).toBe("2026-11-20");
    expect(periodText({ start: 46327, end: 46333, from: "preamble" })).toBe("2026-11-01 ~ 2026-11-07");
  });
});
