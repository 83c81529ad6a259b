/** Store Metrics' sums kept between imports (core/import/metricSums.ts): kept, read back, and when to trust them. */
import type { DaySums } from "../../../src/core/import/daySums";
import type { KeptSums, SumsChange } from "../../../src/core/import/metricSums";
import { planSums, readSums, sumsCells } from "../../../src/core/import/metricSums";

const sums = (entries: [number, number, number][]): DaySums =>
  new Map(entries.map(([day, gmv, rows]) => [day, { gmv: { sum: gmv, rows } }]));
const kept: KeptSums = {
  sums: new Map([
    [
      "sycmOverview",
      sums([
        [46327, 100, 1],
        [46328, 50, 2],
      ]),
    ],
  ]),
  tableRows: new Map([["sycmOverview", 3]]),
};

describe("sums kept between imports", () => {
  it("are written as cells and read back the same, with only the inputs some kind has", () => {
    const cells = sumsCells(kept);
    expect(cells[0]).toEqual(["kind v2", "date", "rows", "gmv", "gmv rows"]);
    expect(readSums(cells)).toEqual(kept);
  });

  it("are not trusted when the cells are not what was written", () => {
    expect(readSums(null)).toBeNull();
    expect(readSums([["something", "else"]])).toBeNull();
    // Sums kept under the rules before orders counted on their payment day are summed again from the tables.
    expect(readSums([["kind", "date", "rows", "gmv", "gmv rows"], ...sumsCells(kept).slice(1)])).toBeNull();
    expect(readSums([...sumsCells(kept), ["notAKind", 46327, "", 1, 1]])).toBeNull();
  });
});

describe("which kinds an import changes from their kept sums, and which it reads again", () => {
  const change = (delta: DaySums, rowsAdded: number, reset = false): SumsChange => ({
    kind: "sycmOverview",
    reset,
    delta,
    rowsAdded,
  });

  it("adds an import's changes to the kept sums when the table has the rows they expect", () => {
    const plan = planSums(
      kept,
      [
        change(
          sums([
            [46328, 25, 1],
            [46329, 10, 1],
          ]),
          2
        ),
      ],
      new Map([["sycmOverview", 5]])
    );
    expect(plan.reread).toEqual([]);
    expect(plan.start.get("sycmOverview")).toEqual(
      sums([
        [46327, 100, 1],
        [46328, 75, 3],
        [46329, 10, 1],
      ])
    );
  });

  it("reads a table again whose rows are not the kept count plus the rows added", () => {
    expect(planSums(kept, [change(sums([]), 1)], new Map([["sycmOverview", 3]])).reread).toEqual(["sycmOverview"]);
    expect(planSums(kept, [], new Map([["sycmOverview", 2]])).reread).toEqual(["sycmOverview"]);
  });

  it("starts a replaced kind from the replacing file alone", () => {
    const plan = planSums(
      kept,
      [change(sums([[46327, 999, 1]]), 7), change(sums([[46330, 1, 1]]), 1, true)],
      new Map([["sycmOverview", 1]])
    );
    expect(plan.start.get("sycmOverview")).toEqual(sums([[46330, 1, 1]]));
  });

  it("reads again a kind a file could not say its change for, or that has no kept sums, and drops a kind whose table is gone", () => {
    expect(planSums(kept, [{ kind: "sycmOverview", reread: true }], new Map([["sycmOverview", 3]])).reread).toEqual([
      "sycmOverview",
    ]);
    expect(
      planSums(
        null,
        [],
        new Map([
          ["sycmOverview", 3],
          ["adReport", 9],
        ])
      ).reread
    ).toEqual(["sycmOverview", "adReport"]);
    expect(planSums(kept, [], new Map()).start.size).toBe(0);
  });
});
