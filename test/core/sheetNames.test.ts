import { freeSheetName, freeTableName, isGivenName } from "../../src/core/sheetNames";

describe("names for what the add-in creates", () => {
  it.each([
    ["Goals", [], "Goals"],
    ["Goals", ["goals"], "Goals (2)"],
    ["Goals", ["Goals", "Goals (2)"], "Goals (3)"],
    ["x".repeat(31), ["x".repeat(31)], `${"x".repeat(27)} (2)`],
  ])("sheet %s among %j is %s", (wanted, taken, expected) => {
    expect(freeSheetName(wanted, taken)).toBe(expected);
  });

  it.each([
    ["Goals", [], "Goals"],
    ["Goals", ["GOALS"], "Goals2"],
    ["Goals", ["Goals", "Goals2"], "Goals3"],
    ["Schedule_20261124", ["schedule_20261124"], "Schedule_20261124_2"],
    ["Schedule_20261124", ["Schedule_20261124", "Schedule_20261124_2"], "Schedule_20261124_3"],
  ])("table %s among %j is %s", (wanted, taken, expected) => {
    expect(freeTableName(wanted, taken)).toBe(expected);
  });
});

describe("names the add-in gives", () => {
  it.each([
    ["Diagnosis", true],
    ["diagnosis (2)", true],
    ["诊断建议 (3)", true],
    ["Diagnosis (1)", false],
    ["Diag (2)", false],
    ["Diagnosis kept", false],
  ])("%s is one: %s", (name, given) => {
    expect(isGivenName(name, ["Diagnosis", "诊断建议"])).toBe(given);
  });
});
