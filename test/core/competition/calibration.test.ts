/** The calibration: a power law fitted on log–log, its prediction band, and the refusals outside what it knows. */
import {
  MIN_CALIBRATION_DAYS,
  bandShare,
  estimate,
  fitPowerLaw,
  isFit,
  keptFit,
  tQuantile975,
} from "../../../src/core/competition/calibration";
import type { Fit } from "../../../src/core/competition/calibration";
import { seeded } from "../../fixtures/generators/competition";

/** Pairs (index, value) on value = a · index^b, each value times a log-normal noise of sd `sigma`. */
function law(a: number, b: number, n: number, sigma: number, seed: number): [number, number][] {
  const random = seeded(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: n }, (_, i) => {
    const index = 1000 * 3 ** (i / (n - 1));
    return [index, a * index ** b * Math.exp(sigma * normal())];
  });
}

describe("calibration", () => {
  it("finds a noiseless curve exactly", () => {
    const fit = fitPowerLaw(law(0.05, 1.3, 20, 0, 1)) as Fit;
    expect(isFit(fit)).toBe(true);
    expect(fit.b).toBeCloseTo(1.3, 10);
    expect(fit.a).toBeCloseTo(0.05, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.n).toBe(20);
    expect([fit.indexFrom, fit.indexTo]).toEqual([1000, 3000]);
  });

  it("recovers b from noisy days, and 95% of fresh days fall inside the prediction band", () => {
    let inside = 0,
      total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const fit = fitPowerLaw(law(0.05, 1.3, 28, 0.05, seed)) as Fit;
      // With 28 days spread over a factor 3 of the index, b's standard error is about 0.05 / (0.32 · √28) ≈ 0.03.
      expect(Math.abs(fit.b - 1.3)).toBeLessThan(0.12);
      for (const [index, value] of law(0.05, 1.3, 28, 0.05, 1000 + seed)) {
        const e = estimate(fit, index);
        if (!("value" in e)) throw new Error("refused inside the range");
        total++;
        if (value >= e.low && value <= e.high) inside++;
      }
    }
    // The band is a 95% band: over 1,120 fresh days the share inside is near 0.95.
    expect(inside / total).toBeGreaterThan(0.92);
    expect(inside / total).toBeLessThan(0.98);
  });

  it("estimates the true value within the band, and the band widens away from the middle", () => {
    const fit = fitPowerLaw(law(0.2, 1.1, 21, 0.03, 5)) as Fit;
    const middle = estimate(fit, 1700),
      edge = estimate(fit, 3500);
    if (!("value" in middle) || !("value" in edge)) throw new Error("refused");
    expect(0.2 * 1700 ** 1.1).toBeGreaterThan(middle.low);
    expect(0.2 * 1700 ** 1.1).toBeLessThan(middle.high);
    expect(edge.high / edge.value).toBeGreaterThan(middle.high / middle.value);
    expect(bandShare(fit)).toBeGreaterThan(0.03);
    expect(bandShare(fit)).toBeLessThan(0.1);
  });

  it("refuses an index more than 20% outside the calibrated range, and a zero index", () => {
    const fit = fitPowerLaw(law(0.05, 1.3, 20, 0.02, 3)) as Fit;
    expect(estimate(fit, 3000 * 1.19)).toHaveProperty("value");
    expect(estimate(fit, 3000 * 1.21)).toEqual({ refused: "outOfRange", from: fit.indexFrom, to: fit.indexTo });
    expect(estimate(fit, 1000 * 0.81)).toHaveProperty("value");
    expect(estimate(fit, 1000 * 0.79)).toMatchObject({ refused: "outOfRange" });
    expect(estimate(fit, 0)).toEqual({ refused: "notPositive" });
  });

  it("says what is missing: too few days with both, or too little spread", () => {
    expect(fitPowerLaw(law(0.05, 1.3, MIN_CALIBRATION_DAYS - 1, 0.02, 1))).toEqual({
      lacking: "days",
      have: 13,
      need: 14,
    });
    const flat = Array.from({ length: 20 }, (_, i): [number, number] => [1000 + i, 500 + i]);
    expect(fitPowerLaw(flat)).toMatchObject({ lacking: "spread", need: 1.2 });
    // Days without sales have no logarithm: they are left out, not fitted as zero.
    const withZeros: [number, number][] = [...law(0.05, 1.3, 14, 0, 1), [0, 0], [500, 0]];
    expect(fitPowerLaw(withZeros)).toMatchObject({ n: 14 });
  });

  it("a kept fit reads the same value, with the middle's band everywhere in range, and refuses what is no curve", () => {
    const fit = fitPowerLaw(law(2, 0.8, 30, 0.05, 11)) as Fit;
    const kept = keptFit({
      n: fit.n,
      a: fit.a,
      b: fit.b,
      r2: fit.r2,
      indexFrom: fit.indexFrom,
      indexTo: fit.indexTo,
      band: bandShare(fit),
    }) as Fit;
    expect(kept.kept).toBe(true);
    expect(bandShare(kept)).toBeCloseTo(bandShare(fit), 12);
    for (const index of [fit.indexFrom, Math.sqrt(fit.indexFrom * fit.indexTo), fit.indexTo]) {
      const [a, b] = [estimate(fit, index), estimate(kept, index)] as { value: number; low: number; high: number }[];
      expect(b?.value).toBeCloseTo(a?.value ?? NaN, 6);
      expect((b?.high ?? 0) / (b?.value ?? 1) - 1).toBeCloseTo(bandShare(fit), 12);
    }
    expect(estimate(kept, fit.indexTo * 1.5)).toEqual({ refused: "outOfRange", from: fit.indexFrom, to: fit.indexTo });
    const shown = { n: 20, a: 2, b: 0.8, r2: 0.9, indexFrom: 100, indexTo: 300, band: 0.1 };
    expect(keptFit(shown)).not.toBeNull();
    for (const broken of [{ n: 13 }, { a: 0 }, { b: NaN }, { indexFrom: 0 }, { indexTo: 50 }, { band: -0.1 }])
      expect(keptFit({ ...shown, ...broken })).toBeNull();
  });

  it("uses Student's t for the band: within 0.002 of the tables", () => {
    expect(tQuantile975(12)).toBeCloseTo(2.1788, 2);
    expect(Math.abs(tQuantile975(12) - 2.1788)).toBeLessThan(0.002);
    expect(Math.abs(tQuantile975(26) - 2.0555)).toBeLessThan(0.002);
    expect(Math.abs(tQuantile975(100) - 1.984)).toBeLessThan(0.002);
  });
});
