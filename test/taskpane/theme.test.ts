import { luminance } from "../../src/taskpane/office";

describe("Office's theme colours", () => {
  it.each([
    ["#FFFFFF", 1],
    ["#000000", 0],
    ["#262626", 0.019],
    ["#f3f3f3", 0.896],
  ])("%s has luminance %d", (hex, value) => {
    expect(luminance(hex)).toBeCloseTo(value, 2);
  });
});
