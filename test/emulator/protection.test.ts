/**
 * Worksheet protection through Microsoft's client: protect, unprotect, `protected` and the options
 * (Excel.WorksheetProtection), locked cells (Excel.FormatProtection), and every change a protected sheet refuses,
 * the whole request failing with nothing of it done.
 */
import { ExcelEmulator } from "../../src/emulator";
import { runOn } from "../fixtures/officeClient";

const workbook = () =>
  new ExcelEmulator({
    sheets: [
      {
        name: "Data",
        values: [
          ["Name", "Amount"],
          ["a", 1],
          ["b", 2],
        ],
        tables: [{ name: "Data", address: "A1:B3" }],
      },
      { name: "Other", values: [["x"]] },
    ],
  });

const protect = (excel: ExcelEmulator, options?: Excel.WorksheetProtectionOptions, password?: string) =>
  runOn(excel, async (context) => {
    context.workbook.worksheets.getItem("Data").protection.protect(options, password);
    await context.sync();
  });

/** What a change does on the protected sheet: its error code, or "ok". */
const attempt = (excel: ExcelEmulator, change: (context: Excel.RequestContext, sheet: Excel.Worksheet) => void) =>
  runOn(excel, async (context) => {
    change(context, context.workbook.worksheets.getItem("Data"));
    await context.sync();
    return "ok";
  }).catch((e: unknown) => (e as { code: string }).code);

describe("Worksheet protection", () => {
  it("protects and unprotects, says so, and keeps the options it was given", async () => {
    const excel = workbook();
    await protect(excel, { allowFormatColumns: true }, "secret");
    const read = await runOn(excel, async (context) => {
      const protection = context.workbook.worksheets.getItem("Data").protection.load("protected, options");
      await context.sync();
      return { on: protection.protected, options: protection.options };
    });
    expect(read.on).toBe(true);
    expect(read.options.allowFormatColumns).toBe(true);
    expect(read.options.allowFormatCells).toBe(false);
    // "Fails if the worksheet has already been protected."
    expect(await attempt(excel, (_c, sheet) => sheet.protection.protect())).toBe("InvalidOperation");
    expect(await attempt(excel, (_c, sheet) => sheet.protection.unprotect("wrong"))).toBe("InvalidArgument");
    expect(await attempt(excel, (_c, sheet) => sheet.protection.unprotect("secret"))).toBe("ok");
    expect(await attempt(excel, (_c, sheet) => (sheet.getRange("A2").values = [["c"]]))).toBe("ok");
  });

  it.each<[string, (context: Excel.RequestContext, sheet: Excel.Worksheet) => void]>([
    ["values", (_c, sheet) => (sheet.getRange("A2").values = [["c"]])],
    ["formulas", (_c, sheet) => (sheet.getRange("C1").formulas = [["=1+1"]])],
    ["number formats", (_c, sheet) => (sheet.getRange("B2").numberFormat = [["0.00"]])],
    ["a column width", (_c, sheet) => (sheet.getRange("A:A").format.columnWidth = 80)],
    ["a column fit", (_c, sheet) => sheet.getRange("A1:B3").format.autofitColumns()],
    ["a fill", (_c, sheet) => (sheet.getRange("A1").format.fill.color = "#FF0000")],
    ["a fill's clearing", (_c, sheet) => sheet.getRange("A1").format.fill.clear()],
    ["a conditional format", (_c, sheet) => sheet.getRange("B2:B3").conditionalFormats.add("DataBar")],
    ["a chart", (_c, sheet) => sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"))],
    [
      "a data validation",
      (_c, sheet) => (sheet.getRange("A2").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } }),
    ],
    ["a table's rename", (c) => (c.workbook.tables.getItem("Data").name = "Renamed")],
    ["a table's delete", (c) => c.workbook.tables.getItem("Data").delete()],
    ["a table's conversion to a range", (c) => c.workbook.tables.getItem("Data").convertToRange()],
    ["a table's new column", (c) => c.workbook.tables.getItem("Data").columns.add(undefined, undefined, "More")],
    ["a new table", (_c, sheet) => sheet.tables.add("D1:E2", true)],
    ["a clear", (_c, sheet) => sheet.getRange("A2:B3").clear()],
    ["a custom property", (_c, sheet) => sheet.customProperties.add("Mark", "1")],
    ["frozen rows", (_c, sheet) => sheet.freezePanes.freezeRows(1)],
    ["deleting the sheet", (_c, sheet) => sheet.delete()],
  ])("refuses %s on a protected sheet, and changes nothing", async (_what, change) => {
    const excel = workbook();
    await protect(excel);
    const before = excel.dump();
    expect(await attempt(excel, change)).toBe("AccessDenied");
    expect(excel.dump()).toEqual(before);
  });

  it("takes values in unlocked cells only, and formats or widths where the options allow them", async () => {
    const excel = workbook();
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2:B3").format.protection.locked = false;
      await context.sync();
    });
    await protect(excel, { allowFormatCells: true, allowFormatColumns: true });
    expect(await attempt(excel, (_c, sheet) => (sheet.getRange("B2:B3").values = [[5], [6]]))).toBe("ok");
    expect(await attempt(excel, (_c, sheet) => (sheet.getRange("A2:B2").values = [["z", 7]]))).toBe("AccessDenied");
    expect(await attempt(excel, (_c, sheet) => (sheet.getRange("A1").format.font.bold = true))).toBe("ok");
    expect(await attempt(excel, (_c, sheet) => (sheet.getRange("A:A").format.columnWidth = 80))).toBe("ok");
    expect(await attempt(excel, (_c, sheet) => sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3")))).toBe(
      "AccessDenied"
    );
    expect(
      excel
        .dump()
        .sheets[0]?.values.slice(1)
        .map((r) => r[1])
    ).toEqual([5, 6]);
    // Another sheet is not protected by this one.
    expect(await attempt(excel, (c) => (c.workbook.worksheets.getItem("Other").getRange("A1").values = [["y"]]))).toBe(
      "ok"
    );
  });
});
