/**
 * The fast .xlsx reader against SheetJS, the reference: the same rows for every workbook it reads, and a step
 * aside (undefined, so SheetJS reads it) for anything it does not know.
 */
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { CorruptWorkbookError, sheetJsRows } from "../../src/spreadsheet/rows";
import { workbookRows } from "../../src/spreadsheet/workbook";
import { xlsxSheetRows } from "../../src/spreadsheet/xlsxSheet";
import { checkUnpackedSize } from "../../src/spreadsheet/zip";
import { declaringSize, directoryEntry, packageBytes, worksheetXml } from "../fixtures/generators/ooxml";
import { sycmProductsWorkbook, workbookBytes, workbookOfSheets } from "../fixtures/generators/workbooks";

/**
 * Both readers on the same bytes; the fast one must have read them itself, the same with the platform's inflater
 * and with SheetJS's.
 */
async function readBoth(bytes: Uint8Array): Promise<{ fast: string[][] | undefined; reference: string[][] }> {
  const fast = await xlsxSheetRows(XLSX, bytes, "platform");
  expect(await xlsxSheetRows(XLSX, bytes, "sheetjs")).toEqual(fast);
  return { fast, reference: await sheetJsRows(XLSX, bytes) };
}

describe("the fast .xlsx reader gives SheetJS's rows", () => {
  it("for a Sycm product download saved as .xlsx: preamble, date cells, ids as text, in both date systems", async () => {
    for (const date1904 of [false, true]) {
      const { fast, reference } = await readBoth(sycmProductsWorkbook(46346, "2026-11-20", 40, "xlsx", { date1904 }));
      expect(fast).toBeDefined();
      expect(fast).toEqual(reference);
      expect(fast?.[5]?.slice(0, 3)).toEqual(["2026-11-20", "600000000000", "连衣裙 0 号"]);
    }
  });

  it("for any grid of text, numbers, booleans, dates and gaps, with or without a shared string table", async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({
        unit: fc.constantFrom("a", "Z", "连", "衣", " ", "&", "<", ">", '"', "'", "\n", "1", "%", "¥", "\t"),
        maxLength: 12,
      }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer({ min: -1_000_000, max: 10_000_000 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 80_000 }).map((serial) => ({ date: serial }))
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        async (grid, shared, date1904) => {
          const bytes = workbookBytes(grid, "xlsx", {
            date1904,
            sharedStrings: shared,
            dateFormat: "yyyy-mm-dd hh:mm",
          });
          const { fast, reference } = await readBoth(bytes);
          expect(fast).toBeDefined();
          expect(fast).toEqual(reference);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("for Excel's own parts: rich runs and phonetic guides in shared strings, inline strings, formulas' cached values, errors, row attributes", async () => {
    const sheet = worksheetXml(
      '<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="0" t="inlineStr"><is><t xml:space="preserve"> 行内 </t></is></c><c r="D1"><f>1+2</f><v>3</v></c><c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F1" t="e"><v>#DIV/0!</v></c><c r="G1" t="str"><v xml:space="preserve"> 空格 </v></c></row>' +
        '<row r="3" ht="20" customHeight="1"><c r="B3" s="0"/><c r="C3" t="b"><v>1</v></c><c r="E3" t="s"><v>2</v></c></row>' +
        '<row r="4"><c r=\'A4\' t = \'s\' ><v>3</v></c><c r="B4"><v>1.5E-3</v></c><c r="C4"><f>A1</f></c></row>'
    );
    const bytes = packageBytes({
      sheets: [{ name: "订单", xml: sheet }],
      sharedStrings: [
        "<t>订单编号</t>",
        '<r><rPr><b/></rPr><t>买家</t></r><r><t xml:space="preserve"> 昵称</t></r><rPh sb="0" eb="2"><t>カイテ</t></rPh><phoneticPr fontId="1"/>',
        "<t>a &amp; b &lt;c&gt; _x000D_</t>",
        "<t/>",
      ],
    });
    const { fast, reference } = await readBoth(bytes);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference);
    expect(fast).toEqual([
      ["订单编号", "买家 昵称", " 行内 ", "3", "ab", "#DIV/0!", " 空格 "],
      [],
      ["", "", "TRUE", "", "a & b <c> \r"],
      ["", "0.0015"],
    ]);
  });

  it("for elements with a namespace prefix, and rows and cells without references", async () => {
    const sheet = worksheetXml(
      '<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="B2"><x:v>7</x:v></x:c></x:row>',
      "x"
    );
    const { fast, reference } = await readBoth(packageBytes({ sheets: [{ name: "S", xml: sheet }] }));
    expect(fast).toEqual([
      ["甲", "2"],
      ["", "7"],
    ]);
    expect(fast).toEqual(reference);
  });

  it("skips a chart sheet and a worksheet without cells, as SheetJS does, to the first sheet with cells", async () => {
    const empty = worksheetXml('<row r="1"><c r="A1" s="0"/></row>');
    const data = worksheetXml('<row r="2"><c r="A2" t="inlineStr"><is><t>第二张</t></is></c></row>');
    const { fast, reference } = await readBoth(
      packageBytes({
        sheets: [
          { name: "图表", xml: "chart" },
          { name: "空", xml: empty },
          { name: "数据", xml: data },
        ],
      })
    );
    expect(fast).toEqual([[], ["第二张"]]);
    expect(fast).toEqual(reference);
  });
});

describe("the fast .xlsx reader on sheet XML written any valid way", () => {
  // Exporters differ in how they write the same cells: white space and line breaks between elements, attribute
  // order and quotes, references or none, a namespace prefix, empty rows, style-only cells. Whatever the writing,
  // the fast reader must give SheetJS's rows.
  const cellArbitrary = fc.oneof(
    fc.record({ kind: fc.constant("shared" as const), index: fc.nat({ max: 3 }) }),
    fc.record({
      kind: fc.constant("number" as const),
      value: fc.oneof(
        fc.integer({ min: -99_999, max: 99_999 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
      ),
      style: fc.constantFrom(0, 1),
    }),
    fc.record({
      kind: fc.constant("text" as const),
      // Values past 64 bytes, ASCII or not, and characters of four bytes: the reader makes short ASCII values
      // text itself and decodes the rest.
      value: fc.constantFrom(
        "",
        "连衣裙",
        "a & b",
        "<x>",
        " 空格 ",
        "line\r\nbreak",
        '"q"',
        "x".repeat(65),
        "连衣裙".repeat(8),
        "👗 dress 👗"
      ),
    }),
    fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
    fc.record({ kind: fc.constant("styleOnly" as const) })
  );
  const writing = fc.record({
    space: fc.constantFrom("", "\n", "\r\n  ", " "),
    references: fc.boolean(),
    rowReferences: fc.boolean(),
    quote: fc.constantFrom('"', "'"),
    typeFirst: fc.boolean(),
    prefix: fc.constantFrom("", "x"),
    preserve: fc.boolean(),
  });
  const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  it("gives SheetJS's rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.array(fc.option(cellArbitrary, { nil: null }), { maxLength: 6 }), { nil: null }), {
          maxLength: 8,
        }),
        writing,
        async (grid, w) => {
          const p = w.prefix ? `${w.prefix}:` : "";
          const q = w.quote;
          const attributes = (pairs: [string, string][]) =>
            (w.typeFirst ? [...pairs].reverse() : pairs).map(([name, value]) => ` ${name}=${q}${value}${q}`).join("");
          const rows = grid.map((cells, r) => {
            if (cells === null) return "";
            const rowAttributes = w.rowReferences
              ? attributes([
                  ["r", String(r + 1)],
                  ["spans", "1:6"],
                ])
              : "";
            const written = cells.map((cell, c) => {
              if (cell === null) return w.references ? "" : `<${p}c/>`;
              const reference: [string, string][] = w.references ? [["r", `${"ABCDEF"[c]}${r + 1}`]] : [];
              switch (cell.kind) {
                case "shared":
                  return `<${p}c${attributes([...reference, ["t", "s"]])}>${w.space}<${p}v>${cell.index}</${p}v>${w.space}</${p}c>`;
                case "number":
                  return `<${p}c${attributes([...reference, ["s", String(cell.style)]])}><${p}v>${cell.value}</${p}v></${p}c>`;
                case "text":
                  return `<${p}c${attributes([...reference, ["t", "str"]])}><${p}v${w.preserve ? ' xml:space="preserve"' : ""}>${xmlText(cell.value)}</${p}v></${p}c>`;
                case "bool":
                  return `<${p}c${attributes([...reference, ["t", "b"]])}><${p}v>${cell.value ? 1 : 0}</${p}v></${p}c>`;
                case "styleOnly":
                  return `<${p}c${attributes([...reference, ["s", "1"]])}/>`;
              }
            });
            // Without references every position must be written, so a gap is an empty cell element.
            return `<${p}row${rowAttributes}>${w.space}${written.join(w.space)}${w.space}</${p}row>`;
          });
          if (!w.rowReferences && rows.some((row) => row === "")) return;
          // The word sheetData may come before the element (a code name here): only the element starts the rows.
          const sheet = worksheetXml(rows.filter((row) => row !== "").join(w.space), w.prefix).replace(
            "<dimension",
            '<sheetPr codeName="sheetData"/><dimension'
          );
          const bytes = packageBytes({
            sheets: [{ name: "S", xml: sheet }],
            sharedStrings: [
              "<t>甲</t>",
              '<t xml:space="preserve"> 乙 </t>',
              "<r><t>丙</t></r><r><t>丁</t></r>",
              "<t/>",
            ],
            numFmts: [{ id: 164, code: "yyyy-mm-dd" }],
            cellStyles: [0, 164],
          });
          const { fast, reference } = await readBoth(bytes);
          expect(fast).toBeDefined();
          expect(fast).toEqual(reference);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("the fast .xlsx reader where it is more exact than SheetJS", () => {
  it("reads every cell in an East Asian date format (年月日, ids 27–36 and 50–58) as a date, not just the later ones", async () => {
    // Chinese Excel saves 2026年11月20日 with built-in id 31 and 2026年11月 with 57. SheetJS learns such an id only
    // after its first cell, which it leaves a number.
    const sheet = worksheetXml(
      '<row r="1"><c r="A1" s="1"><v>46346</v></c><c r="B1" s="2"><v>46346.5</v></c><c r="C1" s="3"><v>46346</v></c><c r="D1" s="4"><v>0.25</v></c></row><row r="2"><c r="A2" s="1"><v>46347</v></c><c r="B2" s="0"><v>46347</v></c></row>'
    );
    const bytes = packageBytes({
      sheets: [{ name: "S", xml: sheet }],
      numFmts: [{ id: 176, code: "yyyy/m/d\\ h:mm;@" }],
      cellStyles: [0, 31, 176, 57, 20],
    });
    expect(await xlsxSheetRows(XLSX, bytes)).toEqual([
      ["2026-11-20", "2026-11-20 12:00:00", "2026-11-20", "1899-12-30 06:00:00"],
      ["2026-11-21", "46347"],
    ]);
    expect((await sheetJsRows(XLSX, bytes))[0]?.[0]).toBe("46346");
  });
});

describe("the fast .xlsx reader steps aside for SheetJS", () => {
  const steps = async (sheetData: string) => {
    const bytes = packageBytes({ sheets: [{ name: "S", xml: worksheetXml(sheetData) }] });
    expect(await xlsxSheetRows(XLSX, bytes)).toBeUndefined();
    // The import still reads the file, with SheetJS.
    expect(await workbookRows(XLSX, bytes)).toEqual(await sheetJsRows(XLSX, bytes));
  };
  it("for a cell typed as an ISO date", () => steps('<row r="1"><c r="A1" t="d"><v>2026-11-20T00:00:00</v></c></row>'));
  it("for cells or rows out of order", async () => {
    await steps('<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>');
    await steps('<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>');
    await steps('<row r="1"><c r="A2"><v>1</v></c></row>');
  });
  it("for CDATA in a value", () => steps('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'));
  it("for an empty value element", () => steps('<row r="1"><c r="A1"><v/></c></row>'));

  it("for bytes that are no workbook, which SheetJS then refuses as before", async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await xlsxSheetRows(XLSX, broken)).toBeUndefined();
    await expect(workbookRows(XLSX, broken)).rejects.toThrow(CorruptWorkbookError);
  });
});

describe("spreadsheet files other than .xlsx", () => {
  it("go to SheetJS alone", async () => {
    const xls = sycmProductsWorkbook(46346, "2026-11-20", 3, "biff8");
    expect(await xlsxSheetRows(XLSX, xls)).toBeUndefined();
    expect(await workbookRows(XLSX, xls)).toEqual(await sheetJsRows(XLSX, xls));
  });
});

describe("a workbook that is not what it seems", () => {
  const sheet = worksheetXml(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>'
  );
  it("refuses cells typed as shared strings when there is no shared strings part, in words, not JavaScript's", async () => {
    const bytes = packageBytes({ sheets: [{ name: "Sheet1", xml: sheet }] });
    await expect(workbookRows(XLSX, bytes)).rejects.toThrow(expect.objectContaining({ reason: "stringsMissing" }));
  });

  it("refuses, before inflating anything, a package whose directory says it unpacks past the limit", async () => {
    const bytes = packageBytes({ sheets: [{ name: "Sheet1", xml: sheet }], sharedStrings: ["<t>a</t>", "<t>b</t>"] });
    expect(checkUnpackedSize(bytes)).toBeGreaterThan(0);
    expect(() => checkUnpackedSize(bytes, 100)).toThrow(expect.objectContaining({ reason: "unpackedTooLarge" }));
    // A zip bomb: the sheet's entry declares 600 MB.
    const bomb = declaringSize(bytes, "xl/worksheets/sheet1.xml", 600 * 1024 * 1024);
    await expect(workbookRows(XLSX, bomb)).rejects.toThrow(
      expect.objectContaining({ reason: "unpackedTooLarge", detail: expect.stringMatching(/^6\d{8}$/) })
    );
  });

  it("bounds a streamed entry by the size its directory declares, and refuses the cut sheet rather than read fewer rows", async () => {
    const bytes = packageBytes({ sheets: [{ name: "Sheet1", xml: sheet }], sharedStrings: ["<t>a</t>", "<t>b</t>"] });
    expect(await workbookRows(XLSX, bytes.slice())).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    const lying = bytes.slice();
    const view = new DataView(lying.buffer);
    const entry = directoryEntry(lying, "xl/worksheets/sheet1.xml");
    const local = view.getUint32(entry + 42, true);
    // A streamed entry: no size in its local header; the directory claims less than the part holds.
    view.setUint32(local + 22, 0, true);
    view.setUint32(entry + 24, 200, true);
    await expect(workbookRows(XLSX, lying)).rejects.toThrow(CorruptWorkbookError);
  });
});

describe("cells no sheet can hold", () => {
  it.each([
    ["a cell past column XFD", '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>', "XFE1"],
    [
      "a row past 1,048,576",
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row>',
      "A1048577",
    ],
  ])("are refused with their address: %s", async (_, rows, address) => {
    const bytes = packageBytes({ sheets: [{ name: "Sheet1", xml: worksheetXml(rows) }] });
    await expect(workbookRows(XLSX, bytes)).rejects.toThrow(
      expect.objectContaining({ reason: "beyondSheet", detail: address })
    );
  });
});

describe("a report split over numbered sheets", () => {
  // Alipay's 账务组合查询 as downloaded: a title, the header, rows; the next sheet repeats title and header.
  const TITLE = ["#支付宝账务明细查询"];
  const HEADER = ["账务流水号", "入账时间", "收入（+元）", "支出（-元）", "账务类型", "服务费（元）", "备注"];
  const line = (n: number) => [`2026110${n}`, { date: 46327 + n }, 81, "", "在线支付", 0.49, `[15483903020689${n}]`];
  const part = (from: number, to: number) => [
    TITLE,
    HEADER,
    ...Array.from({ length: to - from }, (_, i) => line(from + i)),
  ];

  it("is read as one table, its header once, by both readers, and a notes sheet after it is not", async () => {
    const bytes = workbookOfSheets(
      [
        { name: "账务组合查询1", rows: part(0, 3) },
        { name: "账务组合查询2", rows: part(3, 5) },
        { name: "说明", rows: [["本文件由系统导出"]] },
      ],
      "xlsx"
    );
    const { fast, reference } = await readBoth(bytes);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference);
    expect(fast?.filter((row) => row[0] === "账务流水号")).toHaveLength(1);
    expect(fast?.slice(2).map((row) => row[0])).toEqual(["20261100", "20261101", "20261102", "20261103", "20261104"]);
    expect(
      await workbookRows(XLSX, workbookOfSheets([{ name: "账务组合查询1", rows: part(0, 3) }], "biff8"))
    ).toHaveLength(5);
  });

  it("leaves out a numbered sheet that does not repeat the header, and every sheet after an unnumbered first", async () => {
    const byHand = workbookOfSheets(
      [
        { name: "Sheet1", rows: part(0, 2) },
        { name: "Sheet2", rows: [["my notes", 1, 2]] },
      ],
      "xlsx"
    );
    const { fast, reference } = await readBoth(byHand);
    expect(fast).toEqual(reference);
    expect(fast).toHaveLength(4);
    const named = workbookOfSheets(
      [
        { name: "账务组合查询", rows: part(0, 2) },
        { name: "账务组合查询2", rows: part(2, 3) },
      ],
      "xlsx"
    );
    expect((await readBoth(named)).fast).toHaveLength(4);
  });
});
