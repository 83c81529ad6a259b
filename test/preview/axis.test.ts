import { roundAxis } from "../../src/preview/axis";

describe("a chart axis on round numbers", () => {
  it.each([
    // [low, high] of the data → the axis drawn: its ends, its step, the ticks' decimals
    [0, 415_179.2, 0, 500_000, 100_000, 0],
    [373_661.3, 415_179.2, 370_000, 420_000, 10_000, 0],
    [0.0278, 0.0436, 0.025, 0.045, 0.005, 3],
    [0, 0.3, 0, 0.3, 0.1, 1],
    [0, 1, 0, 1, 0.2, 1],
    [-12, 7, -15, 10, 5, 0],
  ])("draws %p–%p from %p to %p in steps of %p", (low, high, from, to, step, decimals) => {
    const axis = roundAxis(low, high);
    expect([axis.low, axis.high, axis.step, axis.decimals]).toEqual([from, to, step, decimals]);
    // Every tick is a whole number of steps, printed with no binary noise (0.30000000000000004).
    for (const tick of axis.ticks) {
      expect(Number.isInteger(Math.round((tick / step) * 1e9) / 1e9)).toBe(true);
      expect(String(tick).length).toBeLessThanOrEqual(String(to).length + String(step).length);
    }
    expect(axis.ticks[0]).toBe(from);
    expect(axis.ticks[axis.ticks.length - 1]).toBe(to);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(axis.ticks.length).toBeLessThanOrEqual(9);
  });

  it("keeps the data inside the axis", () => {
    for (const [low, high] of [
      [1.23, 1.24],
      [0.001, 999_999],
      [5, 5],
      [-0.2, -0.1],
    ] as const) {
      const axis = roundAxis(low, high);
      expect(axis.low).toBeLessThanOrEqual(low);
      expect(axis.high).toBeGreaterThanOrEqual(high);
      expect(axis.high).toBeGreaterThan(axis.low);
    }
  });
});
