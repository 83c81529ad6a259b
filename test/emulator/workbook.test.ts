/**
 * Worksheets, tables, charts and conditional formats, as the Excel JavaScript API reference describes them
 * (office-js-docs-reference: Excel.WorksheetCollection, Excel.Worksheet, Excel.TableCollection, Excel.Table,
 * Excel.ChartCollection, Excel.ConditionalFormatCollection).
 */
import { runOn } from "../fixtures/officeClient";
import { ExcelEmulator } from "../../src/emulator";

describe("worksheets", () => {
  it("adds, renames, moves, hides and deletes sheets", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "One", values: [] },
        { name: "Two", values: [] },
      ],
    });
    await runOn(excel, async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Three");
      added.position = 0;
      sheets.getItem("One").name = "First";
      sheets.getItem("Two").visibility = "Hidden";
      await context.sync();
      sheets.getItem("Three").delete();
      sheets.load("items/name, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["First", "Visible"],
        ["Two", "Hidden"],
      ]);
    });
  });

  it("finds sheets by name whatever the case, as Excel does", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Growth Points", values: [] }] });
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("growth points");
      await context.sync();
      expect(sheet.isNullObject).toBe(false);
    });
  });

  it.each([
    ["a name already taken, in another case", "one", "ItemAlreadyExists"],
    ["a name over 31 characters", "x".repeat(32), "InvalidArgument"],
    ["a name with a colon", "a:b", "InvalidArgument"],
    ["a name with a bracket", "a[1]", "InvalidArgument"],
    ["an empty name", "", "InvalidArgument"],
  ])("refuses to add a sheet with %s", async (_why, name, code) => {
    const excel = new ExcelEmulator({ sheets: [{ name: "One", values: [] }] });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const excel = new ExcelEmulator();
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("activates a sheet and reports it as the active one", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "A", values: [] },
        { name: "B", values: [] },
      ],
    });
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("B");
    });
  });
});

describe("tables", () => {
  it("makes a table whose header row becomes text, naming empty headers and numbering repeated ones", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        {
          name: "S",
          values: [
            ["Item", null, "item", 2026],
            ["a", 1, 2, 3],
          ],
        },
      ],
    });
    await runOn(excel, async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("A1:D2", true);
      table.name = "Ideas";
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      expect(header.values).toEqual([["Item", "Column2", "item2", "2026"]]);
      expect(body.address).toBe("S!A2:D2");
    });
    expect(excel.dump().sheets[0]?.tables).toEqual([{ name: "Ideas", address: "A1:D2" }]);
  });

  it("gives a header-only table one empty body row", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", values: [["A", "B"]] }] });
    await runOn(excel, async (context) => {
      const table = context.workbook.worksheets.getItem("S").tables.add("S!A1:B1", true);
      const rows = table.rows.load("count");
      await context.sync();
      expect(rows.count).toBe(1);
    });
  });

  it("appends rows and moves the cells below the table down", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        {
          name: "S",
          values: [
            ["K", "V"],
            ["a", 1],
            [null, null],
            ["below", "x"],
          ],
          tables: [{ name: "T", address: "A1:B2" }],
        },
      ],
    });
    await runOn(excel, async (context) => {
      context.workbook.tables.getItem("T").rows.add(null as unknown as undefined, [
        ["b", 2],
        ["c", 3],
      ]);
      await context.sync();
    });
    const dumped = excel.dump().sheets[0];
    expect(dumped?.tables).toEqual([{ name: "T", address: "A1:B4" }]);
    expect(dumped?.values.slice(0, 6)).toEqual([
      ["K", "V"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
      [null, null],
      ["below", "x"],
    ]);
  });

  it.each([
    ["a name taken by another table", "Other", "ItemAlreadyExists"],
    ["a name with a space", "Growth Points", "InvalidArgument"],
    ["a name that reads as a cell", "AB12", "InvalidArgument"],
  ])("refuses %s", async (_why, name, code) => {
    const excel = new ExcelEmulator({
      sheets: [
        {
          name: "S",
          values: [["K"], ["a"], [null], ["K"], ["b"]],
          tables: [
            { name: "Mine", address: "A1:A2" },
            { name: "Other", address: "A4:A5" },
          ],
        },
      ],
    });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.tables.getItem("Mine").name = name;
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
  });

  it("refuses a table that overlaps another", async () => {
    const excel = new ExcelEmulator({
      sheets: [{ name: "S", values: [["K"], ["a"]], tables: [{ name: "T", address: "A1:A2" }] }],
    });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("S").tables.add("A2:B3", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("lists tables of the workbook and of one sheet", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "A", values: [["K"], ["a"]], tables: [{ name: "One", address: "A1:A2" }] },
        { name: "B", values: [["K"], ["b"]], tables: [{ name: "Two", address: "A1:A2" }] },
      ],
    });
    await runOn(excel, async (context) => {
      const all = context.workbook.tables.load("items/name");
      const onB = context.workbook.worksheets.getItem("B").tables.load("items/name");
      const missing = context.workbook.worksheets.getItem("A").tables.getItemOrNullObject("Two");
      await context.sync();
      expect(all.items.map((t) => t.name)).toEqual(["One", "Two"]);
      expect(onB.items.map((t) => t.name)).toEqual(["Two"]);
      expect(missing.isNullObject).toBe(true);
    });
  });
});

describe("charts and conditional formats are recorded for tests to check", () => {
  it("records a scatter chart with its source, title and position", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        {
          name: "S",
          values: [
            ["x", "y"],
            [1, 2],
          ],
        },
      ],
    });
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("XYScatter", sheet.getRange("A1:B2"), "Columns");
      chart.title.text = "Success × growth";
      chart.legend.visible = false;
      chart.setPosition("D2", "J16");
      await context.sync();
    });
    expect(excel.model.sheets[0]?.charts).toEqual([
      expect.objectContaining({
        type: "XYScatter",
        source: "S!A1:B2",
        seriesBy: "Columns",
        title: "Success × growth",
        legendVisible: false,
        position: { start: "D2", end: "J16" },
      }),
    ]);
  });

  it("records a data bar on a range", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "S", values: [[1], [2]] }] });
    await runOn(excel, async (context) => {
      const format = context.workbook.worksheets.getItem("S").getRange("A1:A2").conditionalFormats.add("DataBar");
      format.dataBar.barDirection = "LeftToRight";
      await context.sync();
    });
    expect(excel.model.sheets[0]?.conditionalFormats).toEqual([
      { type: "DataBar", address: "S!A1:A2", settings: { "dataBar/barDirection": "LeftToRight" } },
    ]);
  });

  it("refuses an unknown conditional format type", async () => {
    await expect(
      runOn(new ExcelEmulator(), async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1")
          .conditionalFormats.add("Sparkles" as Excel.ConditionalFormatType);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the workbook as JSON", () => {
  it("round-trips values, formulas, number formats, tables and the active sheet", () => {
    const json = {
      activeSheet: "Goals",
      sheets: [
        {
          name: "Data",
          values: [
            ["Item", "Rate"],
            ["主图", 0.6],
            [null, null],
          ],
          numberFormats: [
            [null, null],
            [null, "0%"],
          ],
          tables: [{ name: "T", address: "A1:B2" }],
        },
        { name: "Goals", values: [[1, 2, 3]], formulas: [[null, null, "=A1+B1"]] },
      ],
    };
    const dumped = new ExcelEmulator(json).dump();
    expect(dumped).toEqual({
      activeSheet: "Goals",
      sheets: [
        {
          name: "Data",
          values: [
            ["Item", "Rate"],
            ["主图", 0.6],
          ],
          numberFormats: [
            [null, null],
            [null, "0%"],
          ],
          tables: [{ name: "T", address: "A1:B2" }],
        },
        { name: "Goals", values: [[1, 2, 3]], formulas: [[null, null, "=A1+B1"]] },
      ],
    });
  });

  it("refuses a workbook with no sheets or two sheets of one name", () => {
    expect(() => new ExcelEmulator({ sheets: [] })).toThrow(/at least one sheet/);
    expect(
      () =>
        new ExcelEmulator({
          sheets: [
            { name: "A", values: [] },
            { name: "a", values: [] },
          ],
        })
    ).toThrow(/already exists/);
  });
});
