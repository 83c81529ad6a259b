/** The diagnosis' competition rules: each finds the move it should, and holds back when ours moved too or data is short. */
import type { CompetitorDay } from "../../../src/core/competition/competitors";
import { competitionWatch } from "../../../src/core/competition/watch";
import type { Diagnosis, DiagnosisInput } from "../../../src/core/diagnosis";
import { diagnose } from "../../../src/core/diagnosis";
import { windowFigure } from "../../../src/core/storeMetricLookup";
import { findingRows } from "../../../src/core/diagnosisText";
import type { Phrase } from "../../../src/core/phrases";
import type { MessageKey } from "../../../src/wording";
import { say, translator } from "../../../src/wording";
import type { SubjectDays } from "../../fixtures/generators/competition";
import {
  LATEST,
  competitionFixture,
  competitorDays,
  figuresOf,
  ourShopAndRivals,
} from "../../fixtures/generators/competition";
// The diagnosis' and the import's words load with their commands.
import { loadWords } from "../../../src/wording";

// The store-data and review commands' words load with them; these tests say what those commands say.
beforeAll(() => Promise.all([loadWords("storeData"), loadWords("review")]));

const wave = (i: number) => 1 + 0.35 * Math.sin(i / 2.3);

function run(subjects: readonly SubjectDays[], extra: readonly CompetitorDay[] = [], withMetrics = true): Diagnosis {
  const fixture = competitionFixture(subjects, 28, LATEST);
  const figures = figuresOf(fixture.metrics);
  const competition = competitionWatch([...competitorDays(fixture.rows), ...extra], withMetrics ? figures : null);
  const input: DiagnosisInput = {
    days: figures,
    orders: null,
    products: null,
    breakEvenRoi: 2,
    adSpendThreshold: 500,
    competition,
  };
  return diagnose(input) as Diagnosis;
}
const found = (d: Diagnosis, rule: string) => d.findings.filter((f) => f.rule === rule);
const check = (d: Diagnosis, rule: string) => d.checks.find((c) => c.rule === rule);
const words = (d: Diagnosis, language: "en-US" | "zh-CN") =>
  findingRows(d, language).map((r) =>
    r.map((c) => (typeof c === "object" ? say(translator(language), c as Phrase<MessageKey>) : c))
  );

describe("a rival's GMV or visitors surging", () => {
  it("is found when the rival grew 30% against both comparisons and we did not, with our share of its gain as the growth rate", () => {
    const d = run(ourShopAndRivals());
    const [f] = found(d, "competitorSurge");
    expect(found(d, "competitorSurge")).toHaveLength(1);
    expect(f).toMatchObject({ subject: "竞店A", metric: "gmv" });
    expect(f?.facts["now"]).toBeGreaterThan(1.8 * (f?.facts["before"] ?? 0));
    expect(f?.growthRate).toBeGreaterThan(0);
    expect(f?.growthRate).toBeLessThan(1);
    const [en] = words(d, "en-US").filter((r) => String(r[0]).startsWith("A rival's"));
    expect(en?.[0]).toBe("A rival's GMV or visitors surging: 竞店A");
    expect(en?.[3]).toBe("Respond to 竞店A: price and promotion check");
    const [zh] = words(d, "zh-CN").filter((r) => String(r[0]).startsWith("竞品支付金额"));
    expect(zh?.[3]).toBe("应对竞店A：价格与活动核查");
    expect(String(zh?.[2])).toMatch(/^11\/21–11\/23 预估支付金额日均 [\d,]+，较前7天 \+\d+\.\d\d%/);
  });

  it("is not found when our shop surged as much, nor for a steady rival", () => {
    const [, a, b] = ourShopAndRivals();
    const up = (i: number) => (i >= 25 ? 2 : 1) * (1 + 0.05 * Math.sin(i));
    const ours: SubjectDays = {
      subject: "本店",
      kind: "本店",
      day: (i) => ({ gmv: 30000 * up(i), visitors: 10000 * up(i), buyers: 300 * up(i) }),
    };
    const d = run([ours, a as SubjectDays, b as SubjectDays]);
    expect(found(d, "competitorSurge")).toEqual([]);
    expect(check(d, "competitorSurge")).toEqual({ rule: "competitorSurge", outcome: "clear" });
  });

  it("needs a calibration, and competition data at all", () => {
    expect(check(run(ourShopAndRivals(), [], false), "competitorSurge")).toEqual({
      rule: "competitorSurge",
      outcome: "notEnoughData",
      need: "calibrationDays",
      min: 14,
      have: [0, 0],
    });
    const none = diagnose({
      days: figuresOf(competitionFixture(ourShopAndRivals(), 28, LATEST).metrics),
      orders: null,
      products: null,
      breakEvenRoi: 2,
      adSpendThreshold: 500,
    }) as Diagnosis;
    expect(check(none, "competitorSurge")).toMatchObject({ outcome: "notEnoughData", need: "competitorTable" });
    expect(check(none, "customersLost")).toMatchObject({ outcome: "notEnoughData", need: "competitorTable" });
  });
});

describe("a rival converting better while we convert worse", () => {
  const [, , b] = ourShopAndRivals();
  const better: SubjectDays = {
    subject: "竞品C",
    kind: "竞品",
    day: (i) => ({ gmv: 20000, visitors: 8000, buyers: 200 * (i >= 25 ? 1.3 : 1) }),
  };

  it("is found when the rival's conversion index rose 10% against both comparisons while our conversion fell", () => {
    const falling: SubjectDays = {
      subject: "本店",
      kind: "本店",
      day: (i) => ({
        gmv: 30000 * wave(i),
        visitors: 10000 * wave(i),
        buyers: 300 * wave(i) ** 1.3 * (i >= 25 ? 0.6 : 1),
      }),
    };
    const d = run([falling, b as SubjectDays, better]);
    expect(found(d, "competitorConversionUp").map((f) => f.subject)).toEqual(["竞品C"]);
    const [f] = found(d, "competitorConversionUp");
    // Our conversion back to the 7 days before lifts GMV by the same share, measured from the last 7 days' rate.
    const days = figuresOf(competitionFixture([falling, b as SubjectDays, better], 28, LATEST).metrics);
    const week = windowFigure(days, "conversion", d.latest - 6, d.latest)?.value ?? NaN;
    expect(f?.growthRate).toBeCloseTo((f?.facts["oursBefore"] ?? 0) / week - 1, 12);
  });

  it("is not found while our conversion holds", () => {
    const steady: SubjectDays = {
      subject: "本店",
      kind: "本店",
      day: (i) => ({ gmv: 30000 * wave(i), visitors: 10000 * wave(i), buyers: 300 * wave(i) }),
    };
    const d = run([steady, b as SubjectDays, better]);
    expect(found(d, "competitorConversionUp")).toEqual([]);
    expect(check(d, "competitorConversionUp")).toEqual({ rule: "competitorConversionUp", outcome: "clear" });
  });
});

describe("customers lost to a rival rising", () => {
  const lossDays = (rise: number): CompetitorDay[] =>
    Array.from({ length: 28 }, (_, i) => ({
      date: LATEST - 27 + i,
      subject: "竞店D",
      kind: "shop" as const,
      ours: false,
      indices: { lossIndex: i >= 25 ? 20000 * rise : 20000 },
    }));

  it("is found when the loss index rose 20% against both comparisons, valued on the trade index's curve", () => {
    const d = run(ourShopAndRivals(), lossDays(1.4));
    const [f] = found(d, "customersLost");
    expect(f).toMatchObject({ subject: "竞店D", metric: "gmv" });
    expect(f?.facts["estimated"]).toBe(1);
    expect(f?.growthRate).toBeGreaterThan(0);
    const [en] = words(d, "en-US").filter((r) => String(r[0]).startsWith("Customers lost"));
    expect(String(en?.[2])).toMatch(
      /^Loss index 28,000 a day on 11\/21–11\/23, \+40\.00% against the 7 days before and \+40\.00% a week earlier$/
    );
  });

  it("is not found for a rise under 20%, and says what it lacks when no rival has loss figures", () => {
    expect(found(run(ourShopAndRivals(), lossDays(1.15)), "customersLost")).toEqual([]);
    expect(check(run(ourShopAndRivals()), "customersLost")).toEqual({
      rule: "customersLost",
      outcome: "notEnoughData",
      need: "competitorDays",
      min: 2,
      have: [0],
    });
  });
});
