/**
 * Operators head their sheets with a merged title and sometimes merge cells in their data. Every input reader
 * takes a sheet with a merged title above its header; a merged area in the header stops the command before it
 * writes anything, and one in the data rejects the rows it spans, named by its address.
 */
import { generateDailySchedule } from "../../src/commands/dailySchedule";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import { watchCompetitors } from "../../src/commands/watchCompetitors";
import type { JsonCell, SheetJson } from "../../src/emulator";
import { setHostApi } from "../../src/excel/hostApi";
import { emulatedEnvironment } from "../helpers";

const titled = (name: string, title: string, rows: JsonCell[][], merged: string[]): SheetJson => ({
  name,
  values: [[title], ...rows],
  merged,
});

const POINTS: JsonCell[][] = [
  ["Growth point", "Success rate", "Growth rate", "Owner"],
  ["Main image", 0.7, 0.3, "Li"],
  ["Price", 0.5, 0.2, "Wang"],
  ["Reviews", 0.6, 0.1, "Wang"],
];

describe("inputs with merged cells", () => {
  afterEach(() => setHostApi({ mergedAreas: true }));

  it("ranks a Growth Points sheet headed by a merged title", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [titled("Growth Points", "Shop growth points, week 48", POINTS, ["A1:D1"])],
    });
    const outcome = await rankGrowthPoints(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/^Ranked 3 growth points/);
    expect(excel.dump().sheets.some((s) => s.name === "Growth Ranking")).toBe(true);
  });

  it("rejects the rows a merged area in the data spans, naming the area, and ranks the rest", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [titled("Growth Points", "Points", POINTS, ["A1:D1", "D4:D5"])],
    });
    const outcome = await rankGrowthPoints(env);
    expect(outcome.message).toMatch(/^Ranked 1 growth point/);
    expect(outcome.details.join("\n")).toContain("'Growth Points'!D4:D5: These cells are merged");
    const ranking = excel.dump().sheets.find((s) => s.name === "Growth Ranking");
    expect(ranking?.values.flat()).toContain("Not ranked: 2 rows with problems");
    expect(ranking?.values.at(-1)?.slice(0, 2)).toEqual(["'Growth Points'!D4:D5", "Wang"]);
  });

  it.each([
    ["Growth Points", () => titled("Growth Points", "Points", POINTS, ["A1:D1", "B2:C2"]), rankGrowthPoints],
    [
      "Goals",
      () =>
        titled(
          "Goals",
          "Goals",
          [
            ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
            ["CTR to 6%", "CTR", 0.048, 0.06, 0.05, 46348, 46355],
          ],
          ["A2:B2"]
        ),
      updateGoalStatus,
    ],
    [
      "Daily Tasks",
      () =>
        titled(
          "Daily Tasks",
          "Tasks",
          [
            ["Task", "Minutes", "Priority", "Category"],
            ["Check data", 30, "High", "Data"],
          ],
          ["C2:D2"]
        ),
      generateDailySchedule,
    ],
    [
      "Competitors",
      () =>
        titled(
          "Competitors",
          "Rivals",
          [
            ["Competitor", "Kind", "Product ID"],
            ["Shop A", "Shop", "1"],
          ],
          ["A2:B2"]
        ),
      watchCompetitors,
    ],
  ] as const)(
    "stops before writing when the header of %s holds a merged area, naming it",
    async (_, sheet, command) => {
      const { excel, env } = emulatedEnvironment("en-US", { sheets: [sheet()] });
      const before = excel.dump();
      const outcome = await command(env);
      expect(outcome.ok).toBe(false);
      expect([outcome.message, ...outcome.details].join("\n")).toMatch(/![A-D]2:[B-D]2: These cells are merged/);
      expect(excel.dump()).toEqual(before);
    }
  );

  it("reads as before on an Excel without the merged-areas call (ExcelApi 1.12), asking nothing of it", async () => {
    setHostApi({ mergedAreas: false });
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [titled("Growth Points", "Points", POINTS, ["A1:D1"])],
    });
    const outcome = await rankGrowthPoints(env);
    expect(outcome.message).toMatch(/^Ranked 3 growth points/);
    expect(excel.dump().sheets.some((s) => s.name === "Growth Ranking")).toBe(true);
  });
});
