import { significantFormat } from "../../src/core/figures";

describe("a number format to a few significant figures", () => {
  it.each([
    [0.0001860384533, "#,##0.0000000"],
    [0.07095822508, "#,##0.00000"],
    [1.265, "#,##0.000"],
    [42.5, "#,##0.00"],
    [123_456, "#,##0"],
    [-0.5, "#,##0.0000"],
    [0, "0"],
  ])("shows %p with its four figures: %s", (value, format) => {
    expect(significantFormat(value)).toBe(format);
  });
});
