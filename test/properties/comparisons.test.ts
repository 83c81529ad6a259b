/**
 * Every comparison the weekly review prints, recomputed by hand from Store Metrics' rows: amounts summed only when
 * both weeks hold the same number of days with the figure, else compared a day and labelled so; visitors always a
 * day; ratios from summed parts of the days that hold both; rate changes in percentage points; each side's days
 * with data shown, and a side that lacks days marked partial on the sheet and in the copied message alike. Days
 * come and go at random, each group of figures (sales, refunds, ads) on its own.
 */
import fc from "fast-check";
import { copyWeeklyReport, writeWeeklyReview } from "../../src/commands/weeklyReview";
import { toDateSerial } from "../../src/core/excelDate";
import { lastFullWeek } from "../../src/core/review/period";
import { RESULT_METRICS } from "../../src/core/review/weeklyReview";
import { metricName } from "../../src/core/storeMetricLookup";
import type { JsonCell } from "../../src/emulator";
import { TODAY, emulatedEnvironment } from "../helpers";

const PERIOD = lastFullWeek(toDateSerial(TODAY));

interface Day {
  readonly sales: { visitors: number; buyers: number; gmv: number } | null;
  readonly refunds: number | null;
  readonly ads: { spend: number; sales: number } | null;
}

const money = (cents: number) => cents / 100;
const day: fc.Arbitrary<Day> = fc.record({
  sales: fc.option(
    fc.record({
      visitors: fc.integer({ min: 1, max: 3000 }),
      buyers: fc.integer({ min: 0, max: 150 }),
      gmv: fc.integer({ min: 0, max: 2_000_000 }).map(money),
    }),
    { freq: 3 }
  ),
  refunds: fc.option(fc.integer({ min: 0, max: 300_000 }).map(money), { freq: 2 }),
  ads: fc.option(
    fc.record({
      spend: fc.integer({ min: 1, max: 300_000 }).map(money),
      sales: fc.integer({ min: 0, max: 900_000 }).map(money),
    }),
    { freq: 2 }
  ),
});

/** Store Metrics as the import leaves it: a row a day (blank where the day lacks a figure), ratios beside their parts. */
function metricsSheet(days: readonly Day[]) {
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || !b ? null : a / b;
  const rows: JsonCell[][] = days.map((d, i) => [
    PERIOD.beforeFrom + i,
    d.sales?.visitors ?? null,
    null,
    null,
    null,
    d.sales?.buyers ?? null,
    ratio(d.sales?.buyers, d.sales?.visitors),
    d.sales?.gmv ?? null,
    ratio(d.sales?.gmv, d.sales?.buyers),
    null,
    d.refunds,
    ratio(d.refunds, d.sales?.gmv),
    d.ads?.spend ?? null,
    d.ads?.sales ?? null,
    ratio(d.ads?.sales, d.ads?.spend),
  ]);
  const header = [
    "Date",
    "Visitors",
    "Impressions",
    "Clicks",
    "CTR",
    "Paying buyers",
    "Conversion rate",
    "GMV",
    "AOV",
    "Orders",
    "Refund amount",
    "Refund rate",
    "Ad spend",
    "Ad sales",
    "ROI",
  ];
  const values = [header, ...rows, ["Total", ...header.slice(1).map(() => null)]];
  return { name: "Store Metrics", values, tables: [{ name: "StoreMetrics", address: `A1:O${values.length}` }] };
}

/** Each metric's figure on a day, as an operator reads it off the row; undefined where the row has none. */
function figuresOf(d: Day): Record<string, number | undefined> {
  return {
    gmv: d.sales?.gmv,
    // GSV is GMV less what was refunded that day (no refund row: nothing refunded).
    gsv: d.sales ? d.sales.gmv - (d.refunds ?? 0) : undefined,
    visitors: d.sales?.visitors,
    buyers: d.sales?.buyers,
    refunds: d.refunds ?? undefined,
    adSpend: d.ads?.spend,
    adSales: d.ads?.sales,
  };
}

const RATIOS: Record<string, [string, string]> = {
  conversion: ["buyers", "visitors"],
  aov: ["gmv", "buyers"],
  refundRate: ["refunds", "gmv"],
  roi: ["adSales", "adSpend"],
  adCostRatio: ["adSpend", "gmv"],
};
const RATES = new Set(["conversion", "refundRate", "adCostRatio"]);

interface Side {
  value: number | null;
  days: number;
}

/** One week's figure for a metric, worked out by hand: summed, a day, or a ratio of sums. */
function side(days: readonly Day[], metric: string, perDay: boolean): Side {
  const figures = days.map(figuresOf);
  const parts = RATIOS[metric];
  if (parts) {
    const held = figures.filter((f) => f[parts[0]] !== undefined && f[parts[1]] !== undefined);
    const denominator = held.reduce((t, f) => t + (f[parts[1]] ?? 0), 0);
    return {
      value:
        held.length === 0 || denominator === 0 ? null : held.reduce((t, f) => t + (f[parts[0]] ?? 0), 0) / denominator,
      days: held.length,
    };
  }
  const held = figures.flatMap((f) => (f[metric] === undefined ? [] : [f[metric] ?? 0]));
  const total = held.reduce((t, v) => t + v, 0);
  return { value: held.length === 0 ? null : perDay ? total / held.length : total, days: held.length };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("Every comparison the weekly review prints", () => {
  it("agrees with the rows in kind (sums on equal days, else a day) and in value, on the sheet and in the copied message", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(day, { minLength: 14, maxLength: 14 }), async (days) => {
        const { excel, env } = emulatedEnvironment("en-US", { sheets: [metricsSheet(days)] });
        const outcome = await writeWeeklyReview(env, PERIOD);
        if (!outcome.ok) {
          // Refused only when the week before and this week hold nothing at all to compare.
          expect(days.every((d) => d.sales === null && d.refunds === null && d.ads === null)).toBe(true);
          return;
        }
        const [before, now] = [days.slice(0, 7), days.slice(7)];
        const values = excel.dump().sheets.find((s) => s.name === `Weekly Review ${PERIOD.id}`)?.values ?? [];
        const top = values.findIndex((r) => r[0] === "Metric" && r[4] === "Days with data");
        const text = (await copyWeeklyReport(env, PERIOD)).report ?? "";
        const lines = text.split("\n");
        for (const [i, metric] of RESULT_METRICS.entries()) {
          const row = values[top + 1 + i] ?? [];
          const ratio = RATIOS[metric] !== undefined;
          const counts = [side(now, metric, false).days, side(before, metric, false).days];
          const aDay = !ratio && (metric === "visitors" || counts[0] !== counts[1]);
          const [n, b] = [side(now, metric, aDay), side(before, metric, aDay)];
          const name = metricName(metric, "en-US");
          // In kind: named "a day" exactly when the figures are daily averages.
          expect(row[0]).toBe(aDay ? `${name}, a day` : name);
          // In value: each side as worked out by hand, and the change between them.
          if (n.value === null) expect(row[1]).toBe("no data");
          else expect(close(Number(row[1]), n.value)).toBe(true);
          if (b.value === null) expect(row[2] ?? null).toBeNull();
          else expect(close(Number(row[2]), b.value)).toBe(true);
          if (n.value === null || b.value === null) expect(row[3] ?? null).toBeNull();
          else if (RATES.has(metric)) {
            // Percentage points, as words to two decimals.
            const points = (n.value - b.value) * 100;
            const shown = Math.abs(points).toLocaleString("en-US", {
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            });
            expect(row[3]).toBe(`${shown === "0.00" ? "" : points > 0 ? "+" : "−"}${shown} pt`);
          } else if (b.value === 0) expect(row[3] ?? null).toBeNull();
          else expect(close(Number(row[3]), n.value / b.value - 1)).toBe(true);
          // The days with data on each side, partial when a side lacks any of its seven.
          const partial = (n.value !== null && n.days < 7) || (b.value !== null && b.days < 7);
          const held = `${n.value === null ? 0 : n.days}/${n.value === null ? 0 : 7} · ${b.value === null ? 0 : b.days}/${b.value === null ? 0 : 7}`;
          expect(row[4]).toBe(partial ? `${held} partial` : held);
          // The copied message: the same kind, and partial said there too.
          const line = lines.find((l) => l.startsWith(`${String(row[0])} `));
          if (n.value === null) expect(line).toBeUndefined();
          else {
            expect(line).toBeDefined();
            expect(line?.includes("partial, days with data")).toBe(partial);
          }
        }
      }),
      {
        numRuns: Number(process.env["COMPARE_RUNS"] ?? 100),
        endOnFailure: true,
        ...(process.env["COMPARE_SEED"] ? { seed: Number(process.env["COMPARE_SEED"]) } : {}),
      }
    );
  }, 180_000);
});
