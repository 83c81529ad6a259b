/**
 * What Excel stores when the add-in writes values: the same as if the user typed them
 * (office-js-docs-reference Excel.Range.values and Range.formulas; Excel's 15-digit precision).
 */
import { runOn } from "../fixtures/officeClient";
import fc from "fast-check";
import { toExcelPrecision } from "../../src/emulator/typedInput";
import type { HostVariants } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";

async function write(
  values: (string | number | boolean | null)[][],
  textFormat = false,
  variants: Partial<HostVariants> = {}
) {
  const excel = new ExcelEmulator({ sheets: [{ name: "S", values: [["keep"]] }] }, { variants });
  const width = values[0]?.length ?? 1;
  let read: { values: unknown[][]; formulas: unknown[][]; numberFormat: string[][] } | undefined;
  await runOn(excel, async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, values.length, width);
    if (textFormat) range.numberFormat = values.map((row) => row.map(() => "@"));
    range.values = values as (string | number | boolean)[][];
    range.load("values, formulas, numberFormat");
    await context.sync();
    read = { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
  });
  return read as NonNullable<typeof read>;
}

describe("values written as if typed", () => {
  it.each([
    // Formulas are worked out (calc.ts): a name no one defined is #NAME?, a formula about its own cell circular (0).
    ["=1+1", 2, "=1+1"],
    ["-refunds", "#NAME?", "=-refunds"],
    ["+86 139", "#VALUE!", "=+86 139"],
    ["@SUM(A1)", 0, "=@SUM(A1)"],
    // Text Excel's grammar does not read as a formula stays text.
    ["-10% refunds", "-10% refunds", "-10% refunds"],
    ["'=1+1", "=1+1", "=1+1"],
    ["'13900000001", "13900000001", "13900000001"],
    ["-", "-", "-"],
    ["--", "--", "--"],
    ["123", 123, 123],
    ["1,234.5", 1234.5, 1234.5],
    [" 42 ", 42, 42],
    ["TRUE", true, true],
    ["plain text", "plain text", "plain text"],
  ])("stores %j as value %j, formula %j", async (input, value, formula) => {
    const { values, formulas } = await write([[input]]);
    expect(values[0]?.[0]).toBe(value);
    expect(formulas[0]?.[0]).toBe(formula);
  });

  it("turns percent text into a fraction with a percent format", async () => {
    const { values, numberFormat } = await write([["60%", "9.98%"]]);
    expect(values[0]).toEqual([0.6, 0.0998]);
    expect(numberFormat[0]).toEqual(["0%", "0.00%"]);
  });

  it("turns ISO dates and clock times into serials with a date or time format", async () => {
    const { values, numberFormat } = await write([["2026-11-24", "09:30"]]);
    expect(values[0]?.[0]).toBe(46350);
    expect(values[0]?.[1]).toBeCloseTo(9.5 / 24, 10);
    expect(numberFormat[0]?.[0]).toMatch(/y/);
    expect(numberFormat[0]?.[1]).toMatch(/h/);
  });

  it("keeps only 15 significant digits of a long id written as a number or numeric text", async () => {
    const { values } = await write([["154839030206893571", Number("154839030206893571")]]);
    expect(values[0]).toEqual([154839030206894000, 154839030206894000]);
  });

  it("keeps numbers, percents and dates as text in cells formatted as text (@)", async () => {
    const { values, formulas } = await write([["154839030206893571", "60%", "2026-11-24"]], true);
    expect(values[0]).toEqual(["154839030206893571", "60%", "2026-11-24"]);
    expect(formulas[0]).toEqual(["154839030206893571", "60%", "2026-11-24"]);
  });

  // Undocumented (variants.ts signInTextCell): by default the harder way, as Range.values says of any value.
  it.each([
    ["formula", [2, "-10% refunds", 2, "-5"], ["=1+1", "-10% refunds", "=@SUM(A1)", "-5"]],
    ["text", ["=1+1", "-10% refunds", "@SUM(A1)", "-5"], ["=1+1", "-10% refunds", "@SUM(A1)", "-5"]],
  ] as const)(
    "takes text led by a formula sign in a Text cell as the variant %s says",
    async (signInTextCell, value, formula) => {
      const { values, formulas } = await write([["=1+1", "-10% refunds", "@SUM(A1)", "-5"]], true, { signInTextCell });
      expect(values[0]).toEqual(value);
      expect(formulas[0]).toEqual(formula);
    }
  );

  it("leaves a cell unchanged for null, and so for NaN and Infinity, which JSON sends as null", async () => {
    const { values } = await write([[null, Number.NaN, Number.POSITIVE_INFINITY]]);
    expect(values[0]).toEqual(["keep", "", ""]);
  });

  it("empties a cell written with an empty string, and reads empty cells as empty strings", async () => {
    const { values } = await write([["", "x"]]);
    expect(values[0]).toEqual(["", "x"]);
  });

  it("writes formulas through Range.formulas and reads them back with their values worked out", async () => {
    const excel = new ExcelEmulator();
    await runOn(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [["=SUM(1,2)", 5]];
      range.load("values, formulas");
      await context.sync();
      expect(range.formulas).toEqual([["=SUM(1,2)", 5]]);
      expect(range.values).toEqual([[3, 5]]);
    });
    expect(excel.dump().sheets[0]?.formulas).toEqual([["=SUM(1,2)", null]]);
  });

  it("works a formula out again when a precedent changes, across sheets, and never reads it stale", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "Data", values: [[10, 20]] },
        { name: "Sum up", values: [[null, 999]], formulas: [["=SUM(Data!A1:B1)", "=A1*2"]] },
      ],
    });
    const read = () =>
      runOn(excel, async (context) => {
        const range = context.workbook.worksheets.getItem("Sum up").getRange("A1:B1").load("values");
        await context.sync();
        return range.values;
      });
    // The cached 999 a file may carry is not what the cell shows: its formula is.
    await expect(read()).resolves.toEqual([[30, 60]]);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1").values = [[5]];
      await context.sync();
    });
    await expect(read()).resolves.toEqual([[15, 30]]);
  });

  it.each([
    ["=1/0", "#DIV/0!"],
    ["=NoSuchSheet!A1", "#REF!"],
    ["=GROWTHOPS.SCORE(0.6, 0.3)", "#NAME?"],
    ["=GROWTHOPS.增长得分(0.6, 0.3)", "#NAME?"],
    ['=HYPERLINK("http://x","y")', "#NAME?"],
  ])(
    "reads %s, which the engine cannot work out or Excel would refuse, as the error %s, never empty",
    async (formula, error) => {
      const excel = new ExcelEmulator();
      const types = await runOn(excel, async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.formulas = [[formula]];
        range.load("values, valueTypes");
        await context.sync();
        return [range.values[0]?.[0], range.valueTypes[0]?.[0]];
      });
      expect(types).toEqual([error, "Error"]);
    }
  );

  it("refuses =SUM( as Excel does, whole, leaving every cell of the write as it was", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", values: [["keep", "keep"]] }] });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["new", "=SUM("]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.dump().sheets[0]?.values).toEqual([["keep", "keep"]]);
  });
});

describe("ranges", () => {
  it.each([
    ["getRange('B2:C3')", (s: Excel.Worksheet) => s.getRange("B2:C3"), "S!B2:C3"],
    ["getRangeByIndexes(1, 1, 2, 2)", (s: Excel.Worksheet) => s.getRangeByIndexes(1, 1, 2, 2), "S!B2:C3"],
    ["getCell(4, 0)", (s: Excel.Worksheet) => s.getCell(4, 0), "S!A5"],
    ["getRange('A1').getResizedRange(2, 1)", (s: Excel.Worksheet) => s.getRange("A1").getResizedRange(2, 1), "S!A1:B3"],
    [
      "getRange('A1:B2').getOffsetRange(1, 2)",
      (s: Excel.Worksheet) => s.getRange("A1:B2").getOffsetRange(1, 2),
      "S!C2:D3",
    ],
    ["getRange('B2:D4').getCell(1, 1)", (s: Excel.Worksheet) => s.getRange("B2:D4").getCell(1, 1), "S!C3"],
    ["getRange('A:B')", (s: Excel.Worksheet) => s.getRange("A:B"), "S!A1:B1048576"],
  ])("%s addresses %s", async (_name, make, address) => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", values: [] }] });
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet;
      const range = make(sheet).load("address");
      await context.sync();
      expect(range.address).toBe(address);
    });
  });

  it("quotes sheet names with spaces in addresses, as Excel does", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "Growth Points", values: [["x"]] },
        { name: "增长点", values: [["y"]] },
      ],
    });
    await runOn(excel, async (context) => {
      const a = context.workbook.worksheets.getItem("Growth Points").getRange("C7").load("address");
      const b = context.workbook.worksheets.getItem("增长点").getRange("C7").load("address");
      await context.sync();
      expect([a.address, b.address]).toEqual(["'Growth Points'!C7", "增长点!C7"]);
    });
  });

  it.each([["XFE1"], ["A1048577"], ["not an address"]])(
    "rejects the address %s with InvalidArgument",
    async (address) => {
      await expect(
        runOn(new ExcelEmulator(), async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange(address).load("values");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  );

  it("finds the used range from the first to the last cell with a value", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        {
          name: "S",
          values: [
            [null, null],
            [null, "x", null, 5],
          ],
        },
      ],
    });
    await runOn(excel, async (context) => {
      const used = context.workbook.worksheets.getItem("S").getUsedRange(true).load("address, values");
      await context.sync();
      expect(used.address).toBe("S!B2:D2");
      expect(used.values).toEqual([["x", "", 5]]);
    });
  });

  it("records fills, fonts and column widths, and reads a mixed fill back as null", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", values: [["a", "b"]] }] });
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.fill.color = "#FFF4CE";
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A:A").format.columnWidth = 120;
      const both = sheet.getRange("A1:B1").load("format/fill/color, format/font/bold");
      await context.sync();
      expect(both.format.fill.color).toBeNull();
      expect(both.format.font.bold).toBe(true);
    });
    const sheet = excel.model.sheets[0];
    expect(sheet?.format(0, 0)).toMatchObject({ fill: "#FFF4CE", bold: true });
    expect(sheet?.columnWidths.get(0)).toBe(120);
  });

  it("selects a range and makes its sheet active", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "A", values: [] },
        { name: "B", values: [] },
      ],
    });
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("B").getRange("C7").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("B!C7");
    });
    expect(excel.model.activeSheet?.name).toBe("B");
  });
});

describe("Excel's 15 significant digits, with the emulator's shortcuts", () => {
  // The shortcuts (integers, short fractions) must give exactly what rounding every number would.
  const rounded = (n: number) => Number(n.toPrecision(15));

  it("keeps what Excel keeps for any finite number", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (n) => Object.is(toExcelPrecision(n), rounded(n)) || (n === 0 && toExcelPrecision(n) === 0)
      ),
      { numRuns: 20_000 }
    );
  });

  it.each([0.1 + 0.2, 1234567890123456, -0.0500000000000001, 0.0435, 1e21 + 1, 123456789012.34567, -1e-7 / 3])(
    "rounds %p as Excel stores it",
    (n) => {
      expect(toExcelPrecision(n)).toBe(rounded(n));
    }
  );
});
