/**
 * The emulator as the RichApi host behind Microsoft's own Office.js client: what only the package's client does
 * (PropertyNotLoaded, debugInfo's location and statement, null objects) against the emulated workbook.
 */
import { ExcelEmulator } from "../../src/emulator";
import { Range } from "../../src/emulator/range";
import { answerRichApi } from "../../src/emulator/richApi";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { clientHost, officeClient } from "../fixtures/officeClient";
import { TODAY } from "../helpers";

const workbook = () =>
  new ExcelEmulator({
    sheets: [
      {
        name: "Sheet1",
        values: [
          ["a", 1],
          ["b", 2],
        ],
      },
    ],
  });

describe.each(["excel-web-16.00", "excel-win32-16.01"] as const)(
  "Microsoft's client (%s) against the emulator",
  (build) => {
    const client = officeClient(build);

    it("writes and reads cells through the package's proxies, load and sync", async () => {
      const excel = workbook();
      const read = await client.run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("C1:C2").values = [["60%"], ["x"]];
        const range = sheet.getRange("A1:C2").load("values, address");
        await context.sync();
        return { values: range.values, address: range.address };
      });
      // Excel types what is written as if it were typed: "60%" becomes 0.6 with a percent format.
      expect(read).toEqual({
        values: [
          ["a", 1, 0.6],
          ["b", 2, "x"],
        ],
        address: "Sheet1!A1:C2",
      });
      expect(excel.dump().sheets[0]?.numberFormats?.[0]?.[2]).toBe("0%");
    });

    // The client writes an array of over 1,500 cells as row chunks after asking the range its size
    // (setRangePropertiesInBulk): an array of the wrong size is refused whole, for every property written that way.
    it.each([
      ["values", (i: number) => [i]],
      ["formulas", (i: number) => [`=${i}+1`]],
      ["numberFormat", () => ["0.00"]],
    ] as const)(
      "refuses %s of 1,600 rows written to 10 rows or to 2,000, and changes no cell",
      async (property, row) => {
        const excel = workbook();
        const before = excel.dump();
        const rows = Array.from({ length: 1_600 }, (_, i) => row(i));
        for (const address of ["D1:D10", "D1:D2000"]) {
          const error = await client
            .run(excel, async (context) => {
              const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
              (range as unknown as Record<string, unknown>)[property] = rows;
              await context.sync();
            })
            .catch((e: unknown) => e);
          expect(error).toBeInstanceOf(client.OfficeExtension.Error);
          expect((error as { code: string }).code).toBe("InvalidArgument");
          expect((error as Error).message).toMatch(
            /doesn't match the size or dimensions of the range \(1600 × 1 for (10|2000) × 1\)/
          );
        }
        expect(excel.dump()).toEqual(before);
        // The right size is written whole, chunk by chunk.
        await client.run(excel, async (context) => {
          (context.workbook.worksheets.getItem("Sheet1").getRange("D1:D1600") as unknown as Record<string, unknown>)[
            property
          ] = rows;
          await context.sync();
        });
        const last = await client.run(excel, async (context) => {
          const cell = context.workbook.worksheets.getItem("Sheet1").getRange("D1600").load(property);
          await context.sync();
          return (cell as unknown as Record<string, unknown[][]>)[property]?.[0]?.[0];
        });
        expect(last).toEqual(row(1_599)[0]);
      }
    );

    it("refuses a row or column outside the range, and takes a cell outside it as the reference says", async () => {
      const excel = workbook();
      const outside = async (pick: (range: Excel.Range) => Excel.Range) =>
        client
          .run(excel, async (context) => {
            const range = pick(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2")).load("address");
            await context.sync();
            return range.address;
          })
          .catch((e: unknown) => (e as { code: string }).code);
      expect(await outside((r) => r.getRow(2))).toBe("InvalidArgument");
      expect(await outside((r) => r.getColumn(2))).toBe("InvalidArgument");
      expect(await outside((r) => r.getRow(1))).toBe("Sheet1!A2:B2");
      // "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid."
      expect(await outside((r) => r.getCell(5, 5))).toBe("Sheet1!F6");
    });

    it("throws the package's PropertyNotLoaded for a property read before load", async () => {
      const excel = workbook();
      const error = await client
        .run(excel, async (context) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
          await context.sync();
          return range.values;
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(client.OfficeExtension.Error);
      expect(error).toMatchObject({ code: "PropertyNotLoaded", debugInfo: { errorLocation: "Range.values" } });
    });

    it("gives a failed batch the package's debugInfo: the host's location, and the statement the client prints", async () => {
      const excel = workbook();
      const error = (await client
        .run(excel, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["kept"]];
          context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["never"]];
          await context.sync();
        })
        .catch((e: unknown) => e)) as OfficeExtension.Error;
      expect(error.code).toBe("ItemNotFound");
      expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
      expect(error.debugInfo.statement).toBe("var worksheet1 = worksheets.getItem(...);");
      // What came before the failing action stays done, as in Excel.
      expect(excel.dump().sheets[0]?.values[0]?.[0]).toBe("kept");
    });

    it("answers *OrNullObject with the package's isNullObject", async () => {
      const excel = workbook();
      const [missing, present] = await client.run(excel, async (context) => {
        const a = context.workbook.tables.getItemOrNullObject("Nope");
        const b = context.workbook.worksheets.getItemOrNullObject("Sheet1").load("name");
        await context.sync();
        return [a.isNullObject, b.isNullObject ? "" : b.name];
      });
      expect([missing, present]).toEqual([true, "Sheet1"]);
    });

    it("loads a collection's items and a navigation property's values", async () => {
      const excel = workbook();
      const names = await client.run(excel, async (context) => {
        context.workbook.worksheets.add("Second");
        const sheets = context.workbook.worksheets.load("items/name");
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.format.fill.color = "#FFFF00";
        range.load("format/fill/color");
        await context.sync();
        return [sheets.items.map((s) => s.name), range.format.fill.color];
      });
      expect(names).toEqual([["Sheet1", "Second"], "#FFFF00"]);
    });

    // A navigation property loaded by name is an object loaded without naming its properties, whose "scalar
    // properties ... will be loaded" (office-js-docs-pr, "Calling load without parameters"); a path to one property
    // answers that property alone.
    it("loads a navigation property by name with all its scalar properties, and a path with that property alone", async () => {
      const excel = workbook();
      const [font, bold] = await client.run(excel, async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.format.font.bold = true;
        const other = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
        range.load("format/font");
        other.load("format/font/bold");
        await context.sync();
        return [range.format.font.toJSON(), other.toJSON()];
      });
      expect(font).toEqual({ bold: true, color: "#000000", italic: false, name: "Calibri", size: 11 });
      expect(bold).toEqual({ format: { font: { bold: false } } });
    });
  }
);

describe("the RichApi host on its own", () => {
  it("fails a method it does not model loudly, with NotImplemented and the action's index", async () => {
    const response = await answerRichApi(workbook(), {
      Actions: [
        { Id: 2, ActionType: 1, Name: "", ObjectPathId: 1 },
        { Id: 3, ActionType: 3, Name: "CalculateEverythingTwice", ObjectPathId: 1, ArgumentInfo: { Arguments: [] } },
      ],
      ObjectPaths: { "1": { Id: 1, ObjectPathType: 1, Name: "" } },
    });
    expect(response.Error).toMatchObject({
      Code: "NotImplemented",
      ActionIndex: 1,
      Location: "Workbook.calculateEverythingTwice",
    });
  });

  it.each([
    ["an unknown name", "Nonsense", "InvalidArgument"],
    ["a read-only property", "Address", "InvalidArgument"],
    ["one of the host's own members", "Context", "InvalidArgument"],
  ])("refuses to set %s on a range, and changes nothing", async (_, name, code) => {
    const excel = workbook();
    const before = excel.dump();
    const response = await answerRichApi(excel, {
      Actions: [
        { Id: 2, ActionType: 1, Name: "", ObjectPathId: 4 },
        { Id: 3, ActionType: 4, Name: name, ObjectPathId: 4, ArgumentInfo: { Arguments: [1] } },
      ],
      ObjectPaths: {
        "1": { Id: 1, ObjectPathType: 1, Name: "" },
        "2": { Id: 2, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 1 },
        "3": {
          Id: 3,
          ObjectPathType: 3,
          Name: "GetActiveWorksheet",
          ParentObjectPathId: 2,
          ArgumentInfo: { Arguments: [] },
        },
        "4": { Id: 4, ObjectPathType: 3, Name: "GetRange", ParentObjectPathId: 3, ArgumentInfo: { Arguments: ["A1"] } },
      },
    });
    expect(response.Error).toMatchObject({ Code: code, ActionIndex: 1 });
    expect(excel.dump()).toEqual(before);
  });

  it("refuses a call to one of the host's own helpers as a method it does not model", async () => {
    const response = await answerRichApi(workbook(), {
      Actions: [
        { Id: 2, ActionType: 1, Name: "", ObjectPathId: 1 },
        { Id: 3, ActionType: 3, Name: "Getters", ObjectPathId: 1, ArgumentInfo: { Arguments: [] } },
      ],
      ObjectPaths: { "1": { Id: 1, ObjectPathType: 1, Name: "" } },
    });
    expect(response.Error).toMatchObject({ Code: "NotImplemented", ActionIndex: 1 });
  });

  it("answers a malformed request with a sentence naming the action and path, and changes nothing", async () => {
    const excel = workbook();
    const before = excel.dump();
    const response = await answerRichApi(excel, {
      Actions: [{ Id: 2, ActionType: 4, Name: "Values", ObjectPathId: 9, ArgumentInfo: { Arguments: [[["x"]]] } }],
      ObjectPaths: {},
    });
    expect(response.Error).toMatchObject({ Code: "InvalidArgument", ActionIndex: 0, Location: "ObjectPath 9" });
    expect(response.Error?.Message).toBe("The request names object path 9, which it does not define.");
    expect(excel.dump()).toEqual(before);
  });
});

describe("a command end to end on both of Microsoft's clients", () => {
  it("ranks growth points to the same sheet through the web build and the Windows desktop build", async () => {
    const points = {
      name: "Growth Points",
      values: [
        ["Growth point", "Success rate", "Growth rate"],
        ["Main image CTR", 0.7, 0.25],
        ["Detail page", 0.4, 0.5],
        ["Live streaming", 0.2, 0.9],
      ],
    };
    const dumps = [];
    for (const build of ["excel-web-16.00", "excel-win32-16.01"] as const) {
      const excel = new ExcelEmulator({ sheets: [points] });
      const outcome = await rankGrowthPoints({
        host: clientHost(excel, build),
        language: () => "en-US",
        today: () => TODAY,
      });
      expect(outcome.ok).toBe(true);
      dumps.push(excel.dump());
    }
    const ranking = dumps[0]?.sheets.find((s) => s.name === "Growth Ranking");
    // Scores 0.2, 0.18, 0.175: success rate × growth rate, highest first.
    expect(ranking?.values.slice(1, 4).map((r) => r[1])).toEqual(["Detail page", "Live streaming", "Main image CTR"]);
    expect(dumps[1]).toEqual(dumps[0]);
  });
});

describe("the RichApi host when its own code fails", () => {
  it("answers a GeneralException naming the action, changes nothing, and keeps serving", async () => {
    const excel = workbook();
    const before = excel.dump();
    const clear = jest.spyOn(Range.prototype, "clear").mockImplementation(() => {
      throw new TypeError("a bug in the host");
    });
    const error = (await officeClient()
      .run(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").clear();
        await context.sync();
      })
      .catch((e: unknown) => e)) as OfficeExtension.Error;
    clear.mockRestore();
    expect(error.code).toBe("GeneralException");
    expect(error.message).toBe("The host failed while carrying out Clear: a bug in the host");
    expect(error.debugInfo.errorLocation).toBe("Clear");
    expect(excel.dump()).toEqual(before);
    const after = await officeClient().run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      return range.values;
    });
    expect(after).toEqual([["a"]]);
  });

  it("answers for the workbook loaded since, not the one it first saw (the preview's loadWorkbook)", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "First", values: [["x"]] }] });
    const selected = () =>
      officeClient().run(excel, async (context) => {
        const range = context.workbook.getSelectedRange().load("address");
        await context.sync();
        return range.address;
      });
    expect(await selected()).toBe("First!A1");
    excel.load({ sheets: [{ name: "Second", values: [["y"]] }] });
    expect(await selected()).toBe("Second!A1");
  });
});
