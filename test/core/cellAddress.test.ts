import {
  areaBlocks,
  blockAddress,
  blockHolds,
  blocksOverlap,
  cellAddress,
  columnIndex,
  columnLetters,
  parseBlock,
  qualifiedAddress,
  splitQualifiedAddress,
} from "../../src/core/cellAddress";
import { fromDateSerial, parseIsoDay, toDateSerial } from "../../src/core/excelDate";

describe("cell addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("names cells and blocks as Excel does", () => {
    expect(cellAddress(6, 2)).toBe("C7");
    expect(blockAddress({ firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0 })).toBe("A1");
    expect(blockAddress({ firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 3 })).toBe("A1:D10");
  });

  it.each([
    ["C7", { firstRow: 6, firstColumn: 2, lastRow: 6, lastColumn: 2 }],
    ["$B$2:A1", { firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 1 }],
    ["2:3", { firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 16383 }],
    ["XFE1", null],
    ["A0", null],
    ["A1:", null],
  ])("parses %s", (address, block) => {
    expect(parseBlock(address)).toEqual(block);
  });

  it.each([
    ["Growth Points", "'Growth Points'!C7"],
    ["增长点", "增长点!C7"],
    ["Shop's data", "'Shop''s data'!C7"],
    ["A1", "'A1'!C7"],
    ["2026", "'2026'!C7"],
  ])("quotes the sheet %s when Excel would", (sheet, address) => {
    expect(qualifiedAddress(sheet, "C7")).toBe(address);
    expect(splitQualifiedAddress(address)).toEqual({ sheet, local: "C7" });
  });
});

describe("Excel dates", () => {
  it.each([
    [{ year: 1900, month: 3, day: 1 }, 61],
    [{ year: 2026, month: 11, day: 24 }, 46350],
    [{ year: 9999, month: 12, day: 31 }, 2958465],
  ])("%j is serial %i and back", (day, serial) => {
    expect(toDateSerial(day)).toBe(serial);
    expect(fromDateSerial(serial)).toEqual(day);
  });

  it("parses ISO days and refuses impossible ones", () => {
    expect(parseIsoDay("2026-02-28")).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("24/11/2026")).toBeNull();
  });
});

describe("blocks", () => {
  const b2c3 = { firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 2 };
  it("hold the cells on their edges and none outside", () => {
    expect([blockHolds(b2c3, 1, 1), blockHolds(b2c3, 2, 2), blockHolds(b2c3, 0, 1), blockHolds(b2c3, 1, 3)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
  it("overlap when they share a cell, even one corner, and not when they only touch", () => {
    expect(blocksOverlap(b2c3, { firstRow: 2, firstColumn: 2, lastRow: 5, lastColumn: 5 })).toBe(true);
    expect(blocksOverlap(b2c3, { firstRow: 3, firstColumn: 1, lastRow: 4, lastColumn: 2 })).toBe(false);
    expect(blocksOverlap(b2c3, { firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 9 })).toBe(true);
  });
});

describe("areaBlocks", () => {
  it.each([
    ["S!A1:C1, S!B3:B5", ["A1:C1", "B3:B5"]],
    ["S!A1:C1,S!B3", ["A1:C1", "B3"]],
    ["'Growth, Points'!A1:B1, 'Growth, Points'!$C$3", ["A1:B1", "C3"]],
    ["'It''s'!A1:B2", ["A1:B2"]],
    ["A1:B2, C3", ["A1:B2", "C3"]],
    ["", []],
  ])("reads %j as %j", (address, blocks) => {
    expect(areaBlocks(address).map(blockAddress)).toEqual(blocks);
  });
});
