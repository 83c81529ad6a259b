import { INPUTS } from "../../src/core/contract";
import type { SheetInfo } from "../../src/core/workbookPlan";
import { planInput, planOutputSheet } from "../../src/core/workbookPlan";

const sheet = (name: string, owner: string | null = null, position = 0): SheetInfo => ({ name, owner, position });

describe("finding an input", () => {
  const growthPoints = INPUTS.growthPoints;

  it("takes the table with the contract's name first, whatever its case", () => {
    expect(
      planInput(growthPoints, { sheets: [sheet("Growth Points")], tables: ["growthpoints"], activeSheet: "x" })
    ).toEqual({ from: "table", name: "growthpoints" });
  });

  it("else a sheet with one of the names, in either language", () => {
    expect(
      planInput(growthPoints, { sheets: [sheet("Other"), sheet("增长点")], tables: [], activeSheet: "Other" })
    ).toEqual({ from: "sheet", name: "增长点" });
  });

  it("names both when a sheet exists in each language", () => {
    expect(
      planInput(growthPoints, { sheets: [sheet("Growth Points"), sheet("增长点")], tables: [], activeSheet: "x" })
    ).toEqual({ from: "several", names: ["Growth Points", "增长点"] });
  });

  it("else the active sheet, to be checked against the headers", () => {
    expect(planInput(growthPoints, { sheets: [sheet("Ideas")], tables: ["Other"], activeSheet: "Ideas" })).toEqual({
      from: "activeSheet",
      name: "Ideas",
    });
  });

  it("never takes one of the add-in's own outputs as an input", () => {
    expect(
      planInput(growthPoints, { sheets: [sheet("增长点", "growthRanking")], tables: [], activeSheet: "x" })
    ).toEqual({ from: "activeSheet", name: "x" });
  });
});

describe("placing an output", () => {
  it("uses the contract's name when it is free", () => {
    expect(planOutputSheet("growthRanking", "Growth Ranking", [sheet("Growth Points")])).toEqual({
      sheetName: "Growth Ranking",
      replaces: null,
      nameTakenBy: null,
    });
  });

  it("without the output's names, replaces its own sheet found by its mark even after the user renamed it (Store Metrics)", () => {
    const own = sheet("My ranking", "growthRanking", 3);
    expect(planOutputSheet("growthRanking", "Growth Ranking", [sheet("Growth Points"), own])).toEqual({
      sheetName: "My ranking",
      replaces: own,
      nameTakenBy: null,
    });
  });

  const NAMES = ["Growth Ranking", "增长点排名"];

  it("leaves a sheet the operator renamed to keep it as theirs, and writes a new one under the add-in's name", () => {
    const kept = sheet("Ranking W47 final", "growthRanking", 3);
    expect(planOutputSheet("growthRanking", "Growth Ranking", [sheet("Growth Points"), kept], NAMES)).toEqual({
      sheetName: "Growth Ranking",
      replaces: null,
      nameTakenBy: null,
    });
    // The new sheet is the add-in's from then on: the next run replaces it, not the kept copy.
    const fresh = sheet("Growth Ranking", "growthRanking", 4);
    expect(planOutputSheet("growthRanking", "Growth Ranking", [kept, fresh], NAMES)).toEqual({
      sheetName: "Growth Ranking",
      replaces: fresh,
      nameTakenBy: null,
    });
  });

  it("replaces its own sheet under its name in the other language, keeping that name", () => {
    const own = sheet("增长点排名", "growthRanking", 2);
    expect(planOutputSheet("growthRanking", "Growth Ranking", [own], NAMES)).toEqual({
      sheetName: "增长点排名",
      replaces: own,
      nameTakenBy: null,
    });
  });

  it("leaves a user's sheet with the name alone and goes to “Name (2)”", () => {
    expect(planOutputSheet("growthRanking", "Growth Ranking", [sheet("growth ranking")])).toEqual({
      sheetName: "Growth Ranking (2)",
      replaces: null,
      nameTakenBy: "growth ranking",
    });
  });
});
