/** Sycm's market figures: separators, 万 and 亿, percents as text, ranges kept as ranges, none as none. */
import { figureBounds } from "../../../src/core/market/ranges";

describe("a market figure", () => {
  it.each<[string | number, number, number]>([
    [12345, 12345, 12345],
    ["12,345", 12345, 12345],
    ["1.2万", 12000, 12000],
    ["0.8亿", 80000000, 80000000],
    ["3.5%", 0.035, 0.035],
    ["5000 ~ 1万", 5000, 10000],
    ["1% ~ 2.5%", 0.01, 0.025],
    ["1 ~ 2.5%", 0.01, 0.025],
    ["2万～1万", 10000, 20000],
    ["100 - 200", 100, 200],
  ])("reads %s as %d to %d", (cell, low, high) => {
    const read = figureBounds(cell);
    expect(read?.low).toBeCloseTo(low, 9);
    expect(read?.high).toBeCloseTo(high, 9);
  });

  it.each(["", "-", "—", "n/a", "1 ~ 2 ~ 3", "约1万"])("reads %p as no figure", (cell) => {
    expect(figureBounds(cell)).toBeNull();
  });
});
