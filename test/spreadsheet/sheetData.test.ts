/**
 * The sheet's XML read from its bytes as they inflate: wherever the pieces are cut (inside a tag, a value, a
 * character of three bytes), the rows are the rows of the part read whole; and a part cut short is refused as cut,
 * whatever else is wrong with it.
 */
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { platformInflater } from "../../src/spreadsheet/inflate";
import type { CorruptWorkbookError } from "../../src/spreadsheet/rows";
import { sheetJsRows } from "../../src/spreadsheet/rows";
import { sheetRows } from "../../src/spreadsheet/sheetData";
import { xlsxSheetRows } from "../../src/spreadsheet/xlsxSheet";
import type { SheetContext } from "../../src/spreadsheet/xmlText";
import { NotPlain } from "../../src/spreadsheet/xmlText";
import { worksheetXml } from "../fixtures/generators/ooxml";
import { sycmProductsWorkbook } from "../fixtures/generators/workbooks";

const CONTEXT: SheetContext = { strings: ["甲", "乙乙"], hasStrings: true, dateStyle: [false, true], date1904: false };

async function* piecesOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    yield bytes.slice(from, cut);
    from = cut;
  }
  yield bytes.slice(from);
}

const SHEET = worksheetXml(
  [
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><v>连衣裙 &amp; 半身裙</v></c><c r="D1" s="1"><v>46346</v></c></row>',
    '<row r="2"/>',
    '<row r="3">\n  <c r="A3" t="inlineStr"><is><t xml:space="preserve"> 行内 </t></is></c>\n  <c r="C3"><f>1+1</f><v>2</v></c>\n</row>',
    `<row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5" t="str"><v>${"长".repeat(40)}</v></c><c r="C5"><v>-1.25E-3</v></c></row>`,
  ].join("")
);

describe("the sheet read as its bytes inflate", () => {
  it("gives the rows of the part read whole, wherever the pieces are cut", async () => {
    const bytes = new TextEncoder().encode(SHEET);
    const whole = await sheetRows(piecesOf(bytes, []), CONTEXT);
    expect(whole).toEqual([
      ["甲", "连衣裙 & 半身裙", "", "2026-11-20"],
      [],
      [" 行内 ", "", "2"],
      [],
      ["乙乙", "长".repeat(40), "-0.00125"],
    ]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }), async (cuts) => {
        expect(await sheetRows(piecesOf(bytes, cuts), CONTEXT)).toEqual(whole);
      }),
      { numRuns: 300 }
    );
    // Every byte a piece of its own.
    const everyByte = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    expect(await sheetRows(piecesOf(bytes, everyByte), CONTEXT)).toEqual(whole);
  });

  it("refuses a part cut short as cut, even when it also holds what would send it to SheetJS", async () => {
    const outOfOrder = new TextEncoder().encode(SHEET.replace('<row r="2"/>', '<row r="2"/><row r="1"/>'));
    await expect(sheetRows(piecesOf(outOfOrder, [300]), CONTEXT)).rejects.toThrow(NotPlain);
    const cut = outOfOrder.slice(0, outOfOrder.length - 40);
    await expect(sheetRows(piecesOf(cut, [300]), CONTEXT)).rejects.toThrow(
      expect.objectContaining({ reason: "damaged" }) as CorruptWorkbookError
    );
    await expect(sheetRows(piecesOf(new TextEncoder().encode(SHEET).slice(0, 500), [200]), CONTEXT)).rejects.toThrow(
      expect.objectContaining({ reason: "damaged" }) as CorruptWorkbookError
    );
  });
});

describe("the platform's inflater", () => {
  it("reads parts stored without compression too, as some exporters write them", async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["订单编号", "金额"],
        ["1548", 99.8],
        ["1549", 12],
      ]),
      "S"
    );
    const stored = new Uint8Array(
      XLSX.write(book, { type: "array", bookType: "xlsx", compression: false }) as ArrayBuffer
    );
    const platform = await xlsxSheetRows(XLSX, stored, "platform");
    expect(platform).toEqual([
      ["订单编号", "金额"],
      ["1548", "99.8"],
      ["1549", "12"],
    ]);
    expect(await xlsxSheetRows(XLSX, stored, "sheetjs")).toEqual(platform);
  });

  it("is left for SheetJS's where the platform has none, or none for raw deflate (gzip and deflate only)", () => {
    const platform = globalThis.DecompressionStream;
    const scope = globalThis as { DecompressionStream?: unknown };
    try {
      delete scope.DecompressionStream;
      expect(platformInflater()).toBe("sheetjs");
      scope.DecompressionStream = class {
        constructor(format: string) {
          if (format !== "gzip" && format !== "deflate") throw new TypeError(`Unsupported format ${format}`);
        }
      };
      expect(platformInflater()).toBe("sheetjs");
    } finally {
      scope.DecompressionStream = platform;
    }
    expect(platformInflater()).toBe("platform");
  });

  it("is the one chosen here, and reads a sheet of many pieces as SheetJS's inflater and SheetJS do", async () => {
    expect(platformInflater()).toBe("platform");
    // About 600 KB of sheet XML: the platform's inflater hands it over in many pieces.
    const bytes = sycmProductsWorkbook(46346, "2026-11-20", 5_000, "xlsx");
    const platform = await xlsxSheetRows(XLSX, bytes, "platform");
    expect(platform).toHaveLength(5_005);
    expect(await xlsxSheetRows(XLSX, bytes, "sheetjs")).toEqual(platform);
    expect(await sheetJsRows(XLSX, bytes)).toEqual(platform);
  });
});
