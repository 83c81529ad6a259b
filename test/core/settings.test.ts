import type { CellValue } from "../../src/core/cellValues";
import { DEFAULT_SETTINGS, parseBreaks, readSettings } from "../../src/core/settings";
import type { Problem } from "../../src/core/problems";
import { translator } from "../../src/wording";
import { describeProblem } from "../../src/wording/problems";

const settings = (rows: CellValue[][], formats?: string[][]) =>
  readSettings({
    sheet: "Settings",
    firstRow: 0,
    firstColumn: 0,
    values: [["Setting", "Value"], ...rows],
    ...(formats ? { numberFormats: [["", ""], ...formats] } : {}),
  });

describe("the Settings input", () => {
  it("points at the day's end, as the operator named it, when the day ends before it starts, and says so in their language", () => {
    const read = settings([
      ["上班时间", "10:00"],
      ["下班时间", "09:00"],
    ]);
    expect(read.problems).toEqual([
      {
        code: "outOfRange",
        sheet: "Settings",
        address: "B3",
        value: "09:00",
        field: "下班时间",
        facts: { allowed: { key: "problem.allowed.afterDayStart", params: { start: "10:00" } } },
      },
    ]);
    expect(describeProblem(read.problems[0] as Problem, translator("zh-CN"))).toBe(
      "Settings!B3：下班时间：“09:00”超出范围。允许：晚于一天的开始时间（10:00）。"
    );
  });

  it("gives the defaults when there is no Settings sheet, or it is empty", () => {
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(settings([])).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("reads every setting by its English or Chinese name", () => {
    const read = settings([
      ["Day start", 8.5 / 24],
      ["下班时间", "19:00"],
      ["休息时间", "12:00-13:00，15:00~15:15"],
      ["Slot minutes", 15],
      ["重点数量", 3],
      ["Success threshold", "60%"],
      ["增长率阈值", "中位数"],
      ["At-risk band", 0.1],
      ["保本ROI", 2.5],
      ["Ad spend threshold", "1,000"],
      ["店铺", " 星河女装旗舰店 "],
      ["Category", "连衣裙"],
      ["快递费每单", 3.2],
      ["Packaging per parcel", "0.8"],
      ["预估费率", "6%"],
      ["补货周期天数", 10],
      ["Safety days", "4"],
      ["推广无成交花费门槛", 8],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({
      dayStart: 510,
      dayEnd: 1140,
      breaks: [
        { start: 720, end: 780 },
        { start: 900, end: 915 },
      ],
      slotMinutes: 15,
      focusLimit: 3,
      successThreshold: 0.6,
      growthThreshold: "median",
      atRiskBand: 0.1,
      breakEvenRoi: 2.5,
      adSpendThreshold: 1000,
      shop: "星河女装旗舰店",
      category: "连衣裙",
      shippingPerParcel: 3.2,
      packagingPerParcel: 0.8,
      estimatedFeeRate: 0.06,
      leadTimeDays: 10,
      safetyDays: 4,
      adWasteSpend: 8,
    });
  });

  it.each([
    ["Focus limit", 9, "outOfRange", { allowed: "1–5" }],
    ["Estimated fee rate", 5, "outOfRange", { allowed: "0%–100%" }],
    ["Shipping per parcel", -3, "outOfRange", { allowed: "≥ 0" }],
    ["Focus limit", 2.5, "notWholeNumber", undefined],
    ["Lead time days", -1, "outOfRange", { allowed: "0–365" }],
    ["Slot minutes", 25, "outOfRange", { allowed: "5, 10, 15, 20, 30, 60" }],
    ["Success threshold", 60, "successRateOver100", { meant: "60%" }],
    ["Breaks", "lunch", "notTime", { example: "12:00-13:00, 15:00-15:15" }],
    ["Day start", "early", "notTime", { example: "09:30, 9点30" }],
  ])("reports %s = %j at its cell", (name, value, code, facts) => {
    const read = settings([
      ["Owner", "me"],
      [name, value],
    ]);
    expect(read.problems).toEqual([
      { code, sheet: "Settings", address: "B3", value: String(value), field: name, ...(facts ? { facts } : {}) },
    ]);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
  });

  it("uses the default for a setting left blank, without a problem", () => {
    expect(settings([["Focus limit", ""]])).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("reads a percent-formatted threshold as the fraction it holds", () => {
    expect(settings([["Success threshold", 0.6]], [["", "0%"]]).settings.successThreshold).toBe(0.6);
  });

  it("refuses breaks that end before they start", () => {
    expect(parseBreaks("13:00-12:00")).toBeNull();
    expect(parseBreaks("")).toEqual([]);
  });
});
