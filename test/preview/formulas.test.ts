/** The preview's GROWTHOPS cells: the same answers as the custom functions, from cells or literals, in either name. */
import { ExcelEmulator } from "../../src/emulator";
import { evaluateGrowthOps } from "../../src/preview/formulas";

const sheet = () => {
  const excel = new ExcelEmulator({
    sheets: [
      {
        name: "Points",
        values: [
          ["Growth point", "Success rate", "Growth rate"],
          ["主图", 0.6, 0.2],
          ["详情", "70%", null],
        ],
      },
    ],
  });
  return excel.model.sheets[0] as NonNullable<(typeof excel.model.sheets)[number]>;
};
const at = (formula: string, language: "en-US" | "zh-CN" = "en-US") =>
  evaluateGrowthOps(formula, sheet(), language, 46350);

describe("GROWTHOPS formulas in the preview", () => {
  it("evaluates literals and cell references, by id or Chinese name, in any case", () => {
    expect(at("=GROWTHOPS.SCORE(B2, C2)")).toEqual({ value: 0.6 * 0.2 });
    expect(at('=growthops.score("60%", 20%)')).toEqual({ value: 0.6 * 0.2 });
    expect(at("=GROWTHOPS.增长得分($B$2, 0.2)")).toEqual({ value: 0.6 * 0.2 });
    expect(at("=GROWTHOPS.QUADRANT(B3, 0.3)", "zh-CN")).toEqual({ value: "重点突破" });
    expect(at("=GROWTHOPS.QUADRANT(0.7, 0.3, , )")).toEqual({ value: "Quick win" });
    expect(at('=GROWTHOPS.GOALSTATUS(4.8%, 6%, 5.35%, "2026-11-22", "2026-11-29")')).toEqual({ value: "On track" });
  });

  it("shows Excel's errors with the message a user would see", () => {
    expect(at("=GROWTHOPS.SCORE(C3, 0.2)")).toEqual({
      error: "#VALUE!",
      message: "success is empty, and it is required.",
    });
    expect(at("=GROWTHOPS.CONVERSION(5, 0)")).toMatchObject({ error: "#DIV/0!" });
    expect(at("=GROWTHOPS.NOPE(1)")).toMatchObject({ error: "#NAME?" });
    // A range or a nested formula is not something the preview works out.
    expect(at("=GROWTHOPS.SCORE(B2:B3, 1)")).toMatchObject({ error: "#VALUE!" });
  });

  it("leaves every other formula alone", () => {
    expect(at("=SUM(B2:B3)")).toBeNull();
    expect(at("=B2*C2")).toBeNull();
  });
});
