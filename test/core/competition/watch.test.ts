/** The watch: calibrated on our own days, estimates before ratios, each subject's week against the week before. */
import type { Fit } from "../../../src/core/competition/calibration";
import { competitionWatch } from "../../../src/core/competition/watch";
import {
  LATEST,
  TRUE_LAW,
  competitionFixture,
  competitorDays,
  figuresOf,
  ourShopAndRivals,
} from "../../fixtures/generators/competition";

describe("competitionWatch", () => {
  const fixture = competitionFixture(ourShopAndRivals(), 28, LATEST);
  const watch = competitionWatch(competitorDays(fixture.rows), figuresOf(fixture.metrics));

  it("fits each index on our shop's days near the curve the data came from", () => {
    for (const [index, truth] of Object.entries(TRUE_LAW)) {
      const fit = watch?.calibrations[index as keyof typeof TRUE_LAW] as Fit;
      expect(fit.n).toBe(28);
      expect(Math.abs(fit.b - truth.b)).toBeLessThan(0.1);
      expect(fit.r2).toBeGreaterThan(0.95);
    }
  });

  it("estimates a rival's figures near their truth, and derives AOV and UV value from the estimates", () => {
    const b = watch?.days.filter((d) => d.day.subject === "竞店B") ?? [];
    expect(b).toHaveLength(28);
    for (const d of b) {
      expect(Math.abs((d.gmv as number) / 20000 - 1)).toBeLessThan(0.1);
      expect(Math.abs((d.visitors as number) / 8000 - 1)).toBeLessThan(0.1);
      const gmv = d.estimates.tradeIndex;
      if (!gmv || !("value" in gmv)) throw new Error("no estimate");
      expect(gmv.low).toBeLessThan(20000);
      expect(gmv.high).toBeGreaterThan(20000);
      expect(d.aov).toBe((d.gmv as number) / (d.buyers as number));
      expect(d.uvValue).toBe((d.gmv as number) / (d.visitors as number));
      expect(Math.abs((d.conversion as number) / 0.025 - 1)).toBeLessThan(0.1);
    }
  });

  it("sets each subject's last 7 days against the 7 before, shares within its kind, and flags the biggest mover", () => {
    const a = watch?.subjects.find((s) => s.subject === "竞店A");
    // Three of the last seven days doubled: (4 × 25,000 + 3 × 50,000) ÷ 7 against 25,000 a day, +43%.
    expect(a?.gmvChange).toBeGreaterThan(0.35);
    expect(a?.gmvChange).toBeLessThan(0.5);
    expect(a?.gmv?.days).toBe(7);
    const shares = watch?.subjects.map((s) => s.share ?? 0) ?? [];
    expect(shares.reduce((t, s) => t + s, 0)).toBeCloseTo(1, 10);
    expect(watch?.mover).toMatchObject({ subject: "竞店A", measure: "gmv" });
    expect(watch?.latest).toBe(LATEST);
  });

  it("without Store Metrics has no curve, no estimate, and still sees the mover by its trade index", () => {
    const raw = competitionWatch(competitorDays(fixture.rows), null);
    expect(raw?.calibrations.tradeIndex).toEqual({ lacking: "days", have: 0, need: 14 });
    expect(raw?.days.every((d) => d.gmv === null)).toBe(true);
    expect(raw?.mover).toMatchObject({ subject: "竞店A", measure: "tradeIndex" });
    expect(competitionWatch([], null)).toBeNull();
  });
});
