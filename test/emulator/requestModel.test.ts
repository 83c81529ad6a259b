/**
 * The emulator must be as strict as Office.js, or every test built on it lies. Each test names the Office.js
 * behaviour it pins (office-js-docs-pr, docs/develop/application-specific-api-model.md unless said otherwise).
 */
import { ExcelEmulator, EmulatedOfficeError } from "../../src/emulator";

function emulator(values: (string | number | null)[][] = [["a", 1]]) {
  return new ExcelEmulator({ sheets: [{ name: "Data", values }] });
}

async function failure(promise: Promise<unknown>): Promise<EmulatedOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EmulatedOfficeError) return error;
    throw error;
  }
  throw new Error("expected the batch to fail");
}

describe("the request model", () => {
  it("throws PropertyNotLoaded when a property is read before load() and sync()", async () => {
    await emulator().run(async (context) => {
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
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["changed"]];
      expect(excel.model.sheets[0]?.value(0, 0)).toBe("a");
      await context.sync();
      expect(excel.model.sheets[0]?.value(0, 0)).toBe("changed");
    });
  });

  it("sends what the batch left queued when Excel.run's batch returns, as one more sync", async () => {
    const excel = emulator();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").values = [["late"]];
    });
    expect(excel.model.sheets[0]?.value(1, 0)).toBe("late");
    expect(excel.stats().syncs).toBe(1);
  });

  it("fails the sync with ItemNotFound for a missing worksheet, and names where", async () => {
    const error = await failure(
      emulator().run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      }),
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
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["before"]];
        sheet.getRange("A1:B2").values = [["only one row", 1]];
        queuedWithoutError = true;
        sheet.getRange("D1").values = [["after"]];
        await context.sync();
      }),
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
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      range.values = "x";
      range.numberFormat = "@";
      range.load("values, numberFormat");
      await context.sync();
      expect(range.values).toEqual([["x", "x"], ["x", "x"]]);
      expect(range.numberFormat).toEqual([["@", "@"], ["@", "@"]]);
    });
  });

  it.each([
    ["a flat array", ["x", "y"]],
    ["a ragged array", [["x", "y"], ["z"]]],
    ["an object", { x: 1 }],
  ])("rejects %s written to a 2×2 range", async (_name, value) => {
    const error = await failure(
      emulator().run(async (context) => {
        (context.workbook.worksheets.getItem("Data").getRange("A1:B2") as unknown as { values: unknown }).values = value;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("trips RequestPayloadSizeLimitExceeded when one sync's request passes the limit, and applies none of it", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Data", values: [] }] }, { requestLimitBytes: 10_000 });
    const big = Array.from({ length: 1000 }, (_, i) => [`row ${i}`]);
    const error = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("B1").values = [["first"]];
        sheet.getRange("A1:A1000").values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.model.sheets[0]?.value(0, 1)).toBeUndefined();
    expect(excel.stats().maxRequestBytes).toBeGreaterThan(10_000);
  });

  it("uses a 5 MB limit by default, as Excel on the web", () => {
    expect(emulator().requestLimitBytes).toBe(5 * 1024 * 1024);
  });

  it("counts syncs and measures each request as the bytes of its JSON", async () => {
    const excel = emulator();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["增长"]];
      await context.sync();
      await context.sync();
    });
    const stats = excel.stats();
    expect(stats.syncs).toBe(2);
    // The Chinese text counts 3 bytes a character in UTF-8, as it does on the wire.
    // Each object the add-in creates travels with the request too (its instantiation), then the write.
    const sent = [["WorksheetCollection.getItem", null], ["Worksheet.getRange", null], ["Range.values", [["增长"]]]];
    expect(stats.requestBytes[0]).toBe(Buffer.byteLength(JSON.stringify(sent)));
    expect(stats.requestBytes[1]).toBe(2);
  });

  it("measures each sync's response as the bytes of what its loads returned", async () => {
    const excel = emulator([["增长", 12]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
      await context.sync();
    });
    expect(excel.stats().responseBytes).toEqual([Buffer.byteLength(JSON.stringify([["增长", 12]]))]);
  });

  it("fails every sync with InvalidOperationInCellEditMode while the user edits a cell", async () => {
    const excel = emulator();
    excel.cellEditMode = true;
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(excel.model.sheets[0]?.value(0, 0)).toBe("a");
  });

  it("resolves sync() only in a later task, so a missing await is caught", async () => {
    await emulator().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      void context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });
});

describe("null objects (the *OrNullObject methods)", () => {
  it("sets isNullObject at the next sync without an explicit load", async () => {
    await emulator().run(async (context) => {
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
      emulator().run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        await context.sync();
        missing.getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("gives a null used range for a blank sheet, but A1 from getUsedRange", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Blank", values: [] }] });
    await excel.run(async (context) => {
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
    await excel.run(async (context) => {
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
    const excel = new ExcelEmulator({ sheets: [{ name: "A", values: [] }, { name: "B", values: [] }] });
    const error = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("B");
        sheet.load("name");
        await context.sync();
        sheet.delete();
        sheet.getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("requests carried out in slices of the page's thread", () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => [i, `row ${i}`]);

  it("hands the thread back during a large write, and writes every cell", async () => {
    const excel = new ExcelEmulator();
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B200000").values = rows;
      await context.sync();
    });
    clearInterval(timer);
    // The write alone takes several slices: other work (a timer here, the pane in the preview) ran between them.
    expect(turns).toBeGreaterThan(2);
    expect(excel.model.sheets[0]?.value(199_999, 1)).toBe("row 199999");
    expect(excel.model.sheets[0]?.value(123_456, 0)).toBe(123_456);
  });

  it("carries out one request at a time: a sync sent during a sliced one waits for it", async () => {
    const excel = new ExcelEmulator();
    const writing = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B200000").values = rows;
      await context.sync();
    });
    const reading = excel.run(async (context) => {
      const last = context.workbook.worksheets.getItem("Sheet1").getRange("B200000").load("values");
      await context.sync();
      return last.values[0]?.[0];
    });
    await writing;
    expect(await reading).toBe("row 199999");
  });

  it("puts a large read's answer together in slices, counting exactly the bytes of its JSON", async () => {
    // 100,000 rows: about 2.6 MB, under the response limit.
    const excel = new ExcelEmulator({ sheets: [{ name: "Sheet1", values: rows.slice(0, 100_000).map((r) => [r[0] as number, `${r[1] as string} 商品`]) }] });
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B100000").load("values");
      await context.sync();
      return range.values;
    });
    clearInterval(timer);
    expect(turns).toBeGreaterThan(2);
    expect(values[99_999]).toEqual([99_999, "row 99999 商品"]);
    expect(excel.stats().responseBytes[0]).toBe(Buffer.byteLength(JSON.stringify(values)));
  });
});
