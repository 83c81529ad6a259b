/**
 * The request model as an add-in meets it: Microsoft's Office.js client queues, loads and syncs, and the emulator,
 * as the workbook host, must answer as strictly as Excel, or every test built on it lies. Each test names the
 * behaviour it pins (office-js-docs-pr, docs/develop/application-specific-api-model.md unless said otherwise).
 */
import { runOn } from "../fixtures/officeClient";
import { ExcelEmulator } from "../../src/emulator";
import { answerRichApiBody } from "../../src/emulator/richApi";

function emulator(values: (string | number | null)[][] = [["a", 1]]) {
  return new ExcelEmulator({ sheets: [{ name: "Data", values }] });
}

/** The error a batch failed with, as the package's client reports it (OfficeExtension.Error). */
async function failure(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (error) {
    if (typeof (error as Partial<OfficeExtension.Error>).code === "string") return error as OfficeExtension.Error;
    throw error;
  }
  throw new Error("expected the batch to fail");
}

describe("the request model", () => {
  it("throws PropertyNotLoaded when a property is read before load() and sync()", async () => {
    await runOn(emulator(), async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("queues writes and applies them only at sync()", async () => {
    const excel = emulator();
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["changed"]];
      expect(excel.model.sheets[0]?.value(0, 0)).toBe("a");
      await context.sync();
      expect(excel.model.sheets[0]?.value(0, 0)).toBe("changed");
    });
  });

  it("sends what the batch left queued when Excel.run's batch returns, as one more sync", async () => {
    const excel = emulator();
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [["late"]];
    });
    expect(excel.model.sheets[0]?.value(1, 0)).toBe("late");
    expect(excel.stats().syncs).toBe(1);
  });

  it("fails the sync with ItemNotFound for a missing worksheet, and names where", async () => {
    const error = await failure(
      runOn(emulator(), async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.name).toBe("RichApi.Error");
    // Office.js instantiates the worksheet where the add-in asked for it: the batch fails there.
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  it("rejects a values array whose shape differs from the range with InvalidArgument at sync, not before", async () => {
    const excel = emulator();
    let queuedWithoutError = false;
    const error = await failure(
      runOn(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["before"]];
        sheet.getRange("A1:B2").values = [["only one row", 1]];
        queuedWithoutError = true;
        sheet.getRange("D1").values = [["after"]];
        await context.sync();
      })
    );
    expect(queuedWithoutError).toBe(true);
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    // Excel stops at the failing operation and keeps what ran before it: there is no rollback.
    expect(excel.model.sheets[0]?.value(0, 2)).toBe("before");
    expect(excel.model.sheets[0]?.value(0, 3)).toBeUndefined();
  });

  it("applies a single value to every cell of the range, as Range.values documents", async () => {
    const excel = emulator();
    await runOn(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.values = "x" as unknown as string[][];
      range.numberFormat = "@" as unknown as string[][];
      range.load("values, numberFormat");
      await context.sync();
      expect(range.values).toEqual([
        ["x", "x"],
        ["x", "x"],
      ]);
      expect(range.numberFormat).toEqual([
        ["@", "@"],
        ["@", "@"],
      ]);
    });
  });

  it.each([
    ["a flat array", ["x", "y"]],
    ["a ragged array", [["x", "y"], ["z"]]],
    ["an object", { x: 1 }],
  ])("rejects %s written to a 2×2 range", async (_name, value) => {
    const error = await failure(
      runOn(emulator(), async (context) => {
        (context.workbook.worksheets.getItem("Data").getRange("A1:B2") as unknown as { values: unknown }).values =
          value;
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("trips RequestPayloadSizeLimitExceeded when one sync's request passes the limit, and applies none of it", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Data", values: [] }] }, { requestLimitBytes: 10_000 });
    const big = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
    const error = await failure(
      runOn(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("B1").values = [["first"]];
        sheet.getRange("A1:A1000").values = big;
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.model.sheets[0]?.value(0, 1)).toBeUndefined();
    expect(excel.stats().maxRequestBytes).toBeGreaterThan(10_000);
  });

  it("uses a 5 MB limit by default, as Excel on the web", () => {
    expect(emulator().requestLimitBytes).toBe(5 * 1024 * 1024);
  });

  /** A request as the client builds it: A1:B1 of Data, written or loaded. */
  const request = (action: object) =>
    JSON.stringify({
      Actions: [{ Id: 4, ObjectPathId: 3, ...action }],
      ObjectPaths: {
        "1": { Id: 1, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 0 },
        "0": { Id: 0, ObjectPathType: 1, Name: "" },
        "2": { Id: 2, ObjectPathType: 5, Name: "", ParentObjectPathId: 1, ArgumentInfo: { Arguments: ["Data"] } },
        "3": {
          Id: 3,
          ObjectPathType: 3,
          Name: "GetRange",
          ParentObjectPathId: 2,
          ArgumentInfo: { Arguments: ["A1:B1"] },
        },
      },
    });

  it("counts requests and measures each as the UTF-8 bytes of its body", async () => {
    const excel = emulator();
    const body = request({ ActionType: 4, Name: "Values", ArgumentInfo: { Arguments: [[["增长", 1]]] } });
    await answerRichApiBody(excel, "https://host.invalid/", body);
    await answerRichApiBody(excel, "https://host.invalid/", body);
    const stats = excel.stats();
    expect(stats.syncs).toBe(2);
    // The Chinese text counts 3 bytes a character, as it does on the wire.
    expect(stats.requestBytes).toEqual([Buffer.byteLength(body), Buffer.byteLength(body)]);
    expect(Buffer.byteLength(body)).toBe(body.length + 4);
    expect(excel.model.sheets[0]?.value(0, 0)).toBe("增长");
  });

  it("measures each response as the UTF-8 bytes of its body", async () => {
    const excel = emulator([["增长", 12]]);
    const answer = await answerRichApiBody(
      excel,
      "https://host.invalid/",
      request({ ActionType: 2, Name: "", QueryInfo: { Select: ["values"] } })
    );
    expect(JSON.parse(answer)).toEqual({ Results: [{ ActionId: 4, Value: { Values: [["增长", 12]] } }] });
    expect(excel.stats().responseBytes).toEqual([Buffer.byteLength(answer)]);
  });

  it("fails a body that is not JSON, or not a RichApi request, with a sentence and changes nothing", async () => {
    const excel = emulator();
    for (const body of ["{not json", JSON.stringify({ Actions: "x" })]) {
      const answer = JSON.parse(await answerRichApiBody(excel, "https://host.invalid/", body)) as {
        Error: { Code: string; Message: string };
      };
      expect(answer.Error.Code).toBe("InvalidArgument");
      expect(answer.Error.Message).toMatch(/^The request is not a RichApi request: /);
    }
    expect(excel.dump().sheets[0]?.values).toEqual([["a", 1]]);
  });

  it("fails every sync with InvalidOperationInCellEditMode while the user edits a cell", async () => {
    const excel = emulator();
    excel.cellEditMode = true;
    const error = await failure(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(excel.model.sheets[0]?.value(0, 0)).toBe("a");
  });

  it("resolves sync() only in a later task, so a missing await is caught", async () => {
    await runOn(emulator(), async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      void context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });
});

describe("null objects (the *OrNullObject methods)", () => {
  it("sets isNullObject at the next sync without an explicit load", async () => {
    await runOn(emulator(), async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("fails an operation on a null object with ItemNotFound", async () => {
    const error = await failure(
      runOn(emulator(), async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        await context.sync();
        missing.getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("gives a null used range for a blank sheet, but A1 from getUsedRange", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Blank", values: [] }] });
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blank");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(orNull.isNullObject).toBe(true);
      expect(used.address).toBe("Blank!A1");
    });
  });
});

describe("proxies are bound once, as Office.js binds them by id", () => {
  it("keeps writing to a sheet after it is renamed", async () => {
    const excel = emulator();
    await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").load("values");
      await context.sync();
      sheet.name = "Renamed";
      sheet.getRange("B1").values = [["after rename"]];
      await context.sync();
    });
    expect(excel.model.sheets[0]?.name).toBe("Renamed");
    expect(excel.model.sheets[0]?.value(0, 1)).toBe("after rename");
  });

  it("fails with ItemNotFound when the sheet was deleted", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "A", values: [] },
        { name: "B", values: [] },
      ],
    });
    const error = await failure(
      runOn(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("B");
        sheet.load("name");
        await context.sync();
        sheet.delete();
        sheet.getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("one request at a time", () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => [i, `row ${i}`]);

  it("carries out one request at a time: a sync sent during a large one waits for it", async () => {
    const excel = new ExcelEmulator();
    const writing = runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B200000").values = rows;
      await context.sync();
    });
    const reading = runOn(excel, async (context) => {
      const last = context.workbook.worksheets.getItem("Sheet1").getRange("B200000").load("values");
      await context.sync();
      return last.values[0]?.[0];
    });
    await writing;
    expect(await reading).toBe("row 199999");
  });
});
