/** The GROWTHOPS functions: the same rules as the commands, arguments read as the sheets read them, Excel errors for bad ones. */
import type { FormulaArgument, FormulaName } from "../../src/core/formulas";
import { evaluateFormula } from "../../src/core/formulas";
import { judgeGoal } from "../../src/core/goals";
import { rankPoints } from "../../src/core/ranking";

const EN = { language: "en-US", today: 46350 } as const;
const ZH = { language: "zh-CN", today: 46350 } as const;
const run = (name: FormulaName, ...args: FormulaArgument[]) => evaluateFormula(name, args, EN);

describe("GROWTHOPS functions", () => {
  it('SCORE is success × growth, reading 0.6, 60% and "60%" alike', () => {
    expect(run("SCORE", 0.6, 0.2)).toEqual({ value: 0.6 * 0.2 });
    expect(run("SCORE", "60%", "20%")).toEqual({ value: 0.6 * 0.2 });
    expect(run("SCORE", "60 %", 0.2)).toEqual({ value: 0.6 * 0.2 });
  });

  it("SCORE refuses a success rate over 100% with #NUM! and text with #VALUE!, saying why", () => {
    expect(run("SCORE", 60, 0.2)).toEqual({
      error: "#NUM!",
      problem: { code: "successRateOver100", field: "success", value: "60", facts: { meant: "60%" } },
    });
    expect(run("SCORE", "half", 0.2)).toEqual({
      error: "#VALUE!",
      problem: { code: "notRate", field: "success", value: "half" },
    });
    expect(run("SCORE", 0.6, -0.1)).toMatchObject({
      error: "#NUM!",
      problem: { code: "negativeRate", field: "growth" },
    });
    expect(run("SCORE", null, 0.2)).toEqual({
      error: "#VALUE!",
      problem: { code: "required", field: "success", value: "" },
    });
    expect(run("SCORE", true, 0.2)).toMatchObject({ error: "#VALUE!" });
  });

  it("QUADRANT names the ranking's quadrant in the UI language, with the Settings defaults when thresholds are left out", () => {
    expect(run("QUADRANT", 0.7, 0.3)).toEqual({ value: "Quick win" });
    expect(run("QUADRANT", 0.7, 0.1)).toEqual({ value: "Safe bet" });
    expect(run("QUADRANT", 0.3, 0.3, null, null)).toEqual({ value: "Long shot" });
    expect(run("QUADRANT", 0.7, 0.3, 0.8, "35%")).toEqual({ value: "Deprioritize" });
    expect(evaluateFormula("QUADRANT", [0.7, 0.3], ZH)).toEqual({ value: "重点突破" });
    // The same answer as the ranking for the same thresholds.
    const ranked = rankPoints(
      [{ name: "a", successRate: 0.7, growthRate: 0.1, owner: null, deadline: null, row: 1, order: 0 }],
      { focusLimit: 1, successThreshold: 0.5, growthThreshold: 0.2 }
    );
    expect(ranked.rows[0]?.quadrant).toBe("safeBet");
  });

  it("PROGRESS works for goals that go down, and #DIV/0! when target equals baseline", () => {
    expect(run("PROGRESS", 0.048, 0.06, 0.054)).toEqual({ value: (0.054 - 0.048) / (0.06 - 0.048) });
    expect(run("PROGRESS", "5%", "3%", "4%")).toEqual({ value: (0.04 - 0.05) / (0.03 - 0.05) });
    expect(run("PROGRESS", 2, 2, 3)).toMatchObject({ error: "#DIV/0!", problem: { field: "target" } });
    expect(run("PROGRESS", 1, 2, "x")).toMatchObject({
      error: "#VALUE!",
      problem: { field: "current", code: "notNumber" },
    });
  });

  it("GOALSTATUS gives the Goals sheet's status, dates as serials or text, today by default", () => {
    const goal = [0.048, 0.06, 0.0535, 46348, 46355] as const;
    expect(run("GOALSTATUS", ...goal)).toEqual({ value: "On track" });
    expect(
      judgeGoal({ baseline: 0.048, target: 0.06, current: 0.0535, start: 46348, deadline: 46355 }, 46350, 0.2).status
    ).toBe("onTrack");
    expect(run("GOALSTATUS", 0.048, 0.06, 0.05, "2026-11-22", "2026/11/29", "2026-11-28")).toEqual({ value: "Behind" });
    expect(run("GOALSTATUS", 0.048, 0.06, 0.05, 46348, 46355, 46351, "50%")).toEqual({ value: "At risk" });
    expect(evaluateFormula("GOALSTATUS", [0.048, 0.06, 0.061, 46348, 46355], ZH)).toEqual({ value: "已达成" });
    expect(run("GOALSTATUS", 0.048, 0.06, 0.05, 46355, 46348)).toMatchObject({
      error: "#NUM!",
      problem: { field: "deadline" },
    });
    expect(run("GOALSTATUS", 0.048, 0.048, 0.05, 46348, 46355)).toMatchObject({ error: "#DIV/0!" });
    expect(run("GOALSTATUS", 0.048, 0.06, 0.05, "2026-02-31", 46355)).toMatchObject({
      error: "#VALUE!",
      problem: { code: "notDate", field: "start" },
    });
  });

  it.each([
    ["UVVALUE", 3630, 1210, 3],
    ["ROI", 800, 200, 4],
    ["CONVERSION", 36, 1200, 0.03],
  ] as const)(
    "%s is the Store Metrics ratio, #DIV/0! on a zero denominator, #NUM! on a negative figure",
    (name, numerator, denominator, expected) => {
      expect(run(name, numerator, denominator)).toEqual({ value: expected });
      expect(run(name, `${numerator.toLocaleString("en-US")}`, String(denominator))).toEqual({ value: expected });
      expect(run(name, numerator, 0)).toMatchObject({ error: "#DIV/0!" });
      expect(run(name, -1, denominator)).toMatchObject({ error: "#NUM!" });
      expect(run(name, "lots", denominator)).toMatchObject({ error: "#VALUE!" });
    }
  );

  it("BREAKEVENROI is 1 ÷ the margin before ads, the fee rate 0 when left out; #NUM! for a unit sold at a loss", () => {
    // 81 a unit, 40 its cost, 5 % to the platform: 36.95 kept of 81, so ads pay from an ROI of 81 ÷ 36.95.
    expect(run("BREAKEVENROI", 81, 40, "5%")).toEqual({ value: 81 / 36.95 });
    expect(run("BREAKEVENROI", 100, 50)).toEqual({ value: 2 });
    expect(run("BREAKEVENROI", 81, 80, 0.05)).toMatchObject({ error: "#NUM!", problem: { code: "noMargin" } });
    expect(run("BREAKEVENROI", 0, 10)).toMatchObject({ error: "#DIV/0!" });
    expect(run("BREAKEVENROI", 81, "cheap")).toMatchObject({ error: "#VALUE!", problem: { field: "unitCost" } });
    expect(run("BREAKEVENROI", 81, 40, "120%")).toMatchObject({ error: "#NUM!" });
  });

  describe("INDEXVALUE", () => {
    // The Competition sheet's calibration table as the function is given it: header, then one row per index.
    const TABLE = [
      ["Index", "Value", "Days", "Index from", "Index to", "a", "b", "R²", "Band ±", "Note"],
      ["Trade index", "GMV", 28, 10000, 30000, 0.05, 1.3, 0.99, 0.05, "Fitted on our shop's days"],
      [
        "Traffic index",
        "Visitors",
        9,
        "",
        "",
        "",
        "",
        "",
        "",
        "Not fitted: 9 of our days have both the index and the value; needs 14",
      ],
      ["Conversion index", "Conversion rate", 28, 500, 900, 0.0002, 0.9, 0.97, 0.06, "Fitted on our shop's days"],
    ];

    it("reads an index on its curve: the trade index by default, another by name in either language", () => {
      expect(run("INDEXVALUE", 20000, TABLE)).toEqual({ value: 0.05 * 20000 ** 1.3 });
      expect(run("INDEXVALUE", "12,345", TABLE, "交易指数")).toEqual({ value: 0.05 * 12345 ** 1.3 });
      expect(run("INDEXVALUE", 700, TABLE, "支付转化指数")).toEqual({ value: 0.0002 * 700 ** 0.9 });
      // One row given: that row, whatever its index.
      expect(run("INDEXVALUE", 700, [TABLE[3] as FormulaArgument[]] as never)).toEqual({ value: 0.0002 * 700 ** 0.9 });
    });

    it("is #N/A with the reason when the index has no curve or lies more than 20% outside it", () => {
      expect(run("INDEXVALUE", 20000, TABLE, "流量指数")).toEqual({
        error: "#N/A",
        problem: { code: "notCalibrated", field: "calibration", value: "流量指数" },
      });
      expect(run("INDEXVALUE", 20000, [])).toEqual({
        error: "#N/A",
        problem: { code: "notCalibrated", field: "calibration", value: "Trade index" },
      });
      expect(run("INDEXVALUE", 36001, TABLE)).toEqual({
        error: "#N/A",
        problem: {
          code: "outsideCalibration",
          field: "index",
          value: "36001",
          facts: { from: "10,000", to: "30,000" },
        },
      });
      expect(evaluateFormula("INDEXVALUE", [7999, TABLE], ZH)).toMatchObject({
        error: "#N/A",
        problem: { code: "outsideCalibration" },
      });
      expect(run("INDEXVALUE", "many", TABLE)).toMatchObject({
        error: "#VALUE!",
        problem: { code: "notNumber", field: "index" },
      });
    });
  });
});
