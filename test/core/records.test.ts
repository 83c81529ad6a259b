import type { InputCells } from "../../src/core/records";
import { headersMatch, readRecords } from "../../src/core/records";
import { GROWTH_POINT_FIELDS } from "../../src/core/ranking";
import type { CellValue } from "../../src/core/cellValues";
import { parseDate, parseTime } from "../../src/core/cellValues";

const block = (values: CellValue[][], extra: Partial<InputCells> = {}): InputCells => ({
  sheet: "Growth Points",
  firstRow: 0,
  firstColumn: 0,
  values,
  ...extra,
});
const HEADER = ["Growth point", "Success rate", "Growth rate"];

function readOne(success: CellValue, growth: CellValue = 0.2, format = "General") {
  return readRecords(
    block([HEADER, ["主图", success, growth]], {
      numberFormats: [
        ["General", "General", "General"],
        ["General", format, "General"],
      ],
    }),
    GROWTH_POINT_FIELDS
  );
}

describe("reading a header + rows block into records", () => {
  it.each([
    ["a number", 0.6, "General"],
    ["a percent-formatted cell", 0.6, "0%"],
    ["text 60%", "60%", "General"],
    ["text 60 %", "60 %", "General"],
    ["full-width ６０％", "６０％", "General"],
    ["text 0.6", "0.6", "General"],
  ])("reads a success rate typed as %s", (_how, value, format) => {
    const result = readOne(value, 0.2, format);
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.fields.successRate).toBeCloseTo(0.6, 12);
  });

  it.each([
    [60, "60%"],
    ["60", "60%"],
    [150, "150%"],
  ])("reports a success rate of %j as a likely typo for %s", (value, suggestion) => {
    const result = readOne(value);
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: "successRateOver100",
        sheet: "Growth Points",
        address: "B2",
        value: String(value),
        field: "Success rate",
        facts: { meant: suggestion },
      },
    ]);
  });

  it("asks whether 60 meant 60% when the cell was formatted as a percent after it was typed (it shows 6000%)", () => {
    const result = readOne(60, 0.2, "0%");
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: "successRateOver100",
        sheet: "Growth Points",
        address: "B2",
        value: "6000%",
        field: "Success rate",
        facts: { meant: "60%" },
      },
    ]);
    // Beyond 100 typed into a percent cell there is no likely meaning to suggest.
    expect(readOne(150, 0.2, "0%").problems[0]).toMatchObject({ code: "outOfRange", value: "15000%" });
  });

  it("refuses 150% typed with its percent sign as out of range, and lets a growth rate exceed 100%", () => {
    expect(readOne("150%").problems[0]).toMatchObject({
      code: "outOfRange",
      address: "B2",
      facts: { allowed: "0%–100%" },
    });
    expect(readOne(0.5, "150%").records[0]?.fields.growthRate).toBe(1.5);
  });

  it("reports every problem at once, each with its cell, value and column", () => {
    const result = readRecords(
      block([
        ["增长点", "成功率", "增长率", "截止日期"],
        ["", "abc", -0.1, "someday"],
        ["ok", 0.5, 0.1, "2026-12-01"],
        ["err", "#N/A", 0.1, ""],
      ]),
      GROWTH_POINT_FIELDS
    );
    expect(result.problems.map((p) => [p.code, p.address, p.value, p.field])).toEqual([
      ["required", "A2", "", "增长点"],
      ["notRate", "B2", "abc", "成功率"],
      ["negativeRate", "C2", "-0.1", "增长率"],
      ["notDate", "D2", "someday", "截止日期"],
      ["excelError", "B4", "#N/A", "成功率"],
    ]);
    expect(result.records.map((r) => r.fields.growthPoint)).toEqual(["ok"]);
    expect(result.rejectedRows).toEqual([1, 3]);
  });

  it("matches headers in either language ignoring case, spaces, width and punctuation, and keeps unknown columns out", () => {
    const result = readRecords(
      block([
        ["  ITEM ", "Success %", "Expected-Growth", "Notes"],
        ["a", "50%", "10%", "anything"],
      ]),
      GROWTH_POINT_FIELDS
    );
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.fields).toEqual({ growthPoint: "a", successRate: 0.5, growthRate: 0.1 });
  });

  it("skips a preamble: the header is the first row with two non-empty cells", () => {
    const result = readRecords(
      block([["My shop's ideas"], [], HEADER, ["a", 0.5, 0.1]], { firstRow: 2, firstColumn: 1 }),
      GROWTH_POINT_FIELDS
    );
    expect(result.headerRow).toBe(4);
    expect(result.records[0]?.row).toBe(5);
  });

  it("names a missing required column with its names in both languages, at the header row", () => {
    const result = readRecords(
      block([
        ["Growth point", "Owner"],
        ["a", "b"],
      ]),
      GROWTH_POINT_FIELDS
    );
    expect(result.problems).toEqual([
      {
        code: "missingColumn",
        sheet: "Growth Points",
        address: "A1:B1",
        value: "Growth point, Owner",
        field: "Success rate / 成功率",
      },
      {
        code: "missingColumn",
        sheet: "Growth Points",
        address: "A1:B1",
        value: "Growth point, Owner",
        field: "Growth rate / 增长率",
      },
    ]);
  });

  it("reports two columns that mean the same field", () => {
    const result = readRecords(
      block([
        [...HEADER, "成功率"],
        ["a", 0.5, 0.1, 0.6],
      ]),
      GROWTH_POINT_FIELDS
    );
    expect(result.problems).toEqual([
      {
        code: "duplicateColumn",
        sheet: "Growth Points",
        address: "D1",
        value: "成功率",
        field: "成功率",
        facts: { other: "Success rate" },
      },
    ]);
  });

  it.each([
    ["an empty sheet", [], "noHeader"],
    ["a header only", [HEADER], "noRows"],
  ])("reports %s", (_what, values, code) => {
    expect(readRecords(block(values as CellValue[][]), GROWTH_POINT_FIELDS).problems.map((p) => p.code)).toEqual([
      code,
    ]);
  });

  it("recognises an input by its headers", () => {
    expect(headersMatch(block([["成功率", "增长点", "增长率"]]), GROWTH_POINT_FIELDS)).toBe(true);
    expect(headersMatch(block([["Date", "Visitors"]]), GROWTH_POINT_FIELDS)).toBe(false);
  });
});

describe("dates and times as operators type them", () => {
  it.each([
    [46350, 46350],
    ["2026-11-24", 46350],
    ["2026/11/24", 46350],
    ["2026年11月24日", 46350],
    ["２０２６－１１－２４", 46350],
    ["2026-02-30", null],
    ["tomorrow", null],
  ])("date %j is %j", (input, serial) => {
    expect(parseDate(input)).toBe(serial);
  });

  it.each([
    [0.375, 0.375],
    ["09:30", 570 / 1440],
    ["9:30", 570 / 1440],
    ["9点30", 570 / 1440],
    ["9点半", 570 / 1440],
    ["14点", 840 / 1440],
    ["25:00", null],
  ])("time %j is %j", (input, fraction) => {
    expect(parseTime(input)).toBe(fraction);
  });
});
