/** Exports cut short without a word (core/import/session.ts): Sycm's 取数 stops at exactly 100,000 rows. */
import { ExportSession, SYCM_ROW_LIMIT } from "../../../src/core/import/session";
import { sycmSelfService } from "../../fixtures/generators/sycm";

function read(name: string, text: string): ExportSession {
  const session = new ExportSession(name);
  const lines = text
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));
  // In batches, as the reader hands them over.
  for (let i = 0; i < lines.length; i += 5000) session.push(lines.slice(i, i + 5000));
  session.finish();
  return session;
}

describe("an export cut short", () => {
  it("is named when it has exactly 100,000 rows, with the last day it holds", () => {
    const session = read(
      "取数.csv",
      sycmSelfService({ from: "2026-11-01", days: 10, productsPerDay: 12_000, cutAt: SYCM_ROW_LIMIT })
    );
    expect(session.counts.rowsRead).toBe(100_000);
    // 100,000 rows of 12,000 a day end on the ninth day.
    expect(session.problems).toEqual([
      {
        code: "exportAtRowLimit",
        sheet: "取数.csv",
        address: "",
        value: "100,000",
        field: "",
        facts: { lastDay: "2026-11-09" },
      },
    ]);
  });

  it("is named when its rows stop before the end of its period while every day before is there", () => {
    const session = read("取数.csv", sycmSelfService({ from: "2026-11-01", days: 10, productsPerDay: 30, cutAt: 200 }));
    expect(session.problems).toEqual([
      {
        code: "exportEndsEarly",
        sheet: "取数.csv",
        address: "",
        value: "2026-11-07",
        field: "",
        facts: { period: "2026-11-01 ~ 2026-11-10" },
      },
    ]);
  });

  it("is not named when the file holds its whole period; one row under the limit is only an early end", () => {
    expect(read("full.csv", sycmSelfService({ from: "2026-11-01", days: 10, productsPerDay: 30 })).problems).toEqual(
      []
    );
    expect(
      read(
        "short.csv",
        sycmSelfService({ from: "2026-11-01", days: 10, productsPerDay: 12_000, cutAt: SYCM_ROW_LIMIT - 1 })
      ).problems
    ).toEqual([
      {
        code: "exportEndsEarly",
        sheet: "short.csv",
        address: "",
        value: "2026-11-09",
        field: "",
        facts: { period: "2026-11-01 ~ 2026-11-10" },
      },
    ]);
  });

  it("is not named when days are missing in the middle too: that is a quiet shop, not a cut", () => {
    const text = sycmSelfService({ from: "2026-11-01", days: 10, productsPerDay: 2, cutAt: 14 })
      .split("\n")
      .filter((l) => !l.startsWith("2026-11-03"))
      .join("\n");
    expect(read("gaps.csv", text).problems).toEqual([]);
  });
});
