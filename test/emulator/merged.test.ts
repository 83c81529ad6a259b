/**
 * Merged cells as Excel keeps them (Excel.Range.merge, unmerge, getMergedAreasOrNullObject; support.microsoft.com
 * "Merge and unmerge cells": only the upper-left cell's contents stay), through Microsoft's client.
 */
import { runOn } from "../fixtures/officeClient";
import type { HostVariants } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";

const book = (variants: Partial<HostVariants> = {}) =>
  new ExcelEmulator(
    {
      sheets: [
        {
          name: "S",
          values: [
            ["Title", "gone", null],
            [1, 2, 3],
            [4, 5, 6],
          ],
        },
      ],
    },
    { variants }
  );

async function merged(excel: ExcelEmulator, address: string) {
  let out: { isNull: boolean; address?: string; areaCount?: number } = { isNull: true };
  await runOn(excel, async (context) => {
    const areas = context.workbook.worksheets.getItem("S").getRange(address).getMergedAreasOrNullObject();
    areas.load("address, areaCount");
    await context.sync();
    out = areas.isNullObject ? { isNull: true } : { isNull: false, address: areas.address, areaCount: areas.areaCount };
  });
  return out;
}

describe("merged cells", () => {
  it("keeps the top-left value of a merged area, clears the rest, and lists the area", async () => {
    const excel = book();
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:C1").merge();
      await context.sync();
    });
    expect(excel.dump().sheets[0]).toMatchObject({
      values: [
        ["Title", null, null],
        [1, 2, 3],
        [4, 5, 6],
      ],
      merged: ["A1:C1"],
    });
    await expect(merged(excel, "B1")).resolves.toEqual({ isNull: false, address: "S!A1:C1", areaCount: 1 });
    await expect(merged(excel, "A2:C3")).resolves.toEqual({ isNull: true });
  });

  it("merges each row alone across, and unmerges every area a range touches", async () => {
    const excel = book();
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:B3").merge(true);
      await context.sync();
    });
    expect(excel.dump().sheets[0]?.merged).toEqual(["A2:B2", "A3:B3"]);
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2").unmerge();
      await context.sync();
    });
    expect(excel.dump().sheets[0]?.merged).toEqual(["A3:B3"]);
  });

  it("refuses a merge that cuts another area or lies in a table, changing nothing", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        {
          name: "S",
          values: [
            ["a", "b"],
            [1, 2],
            [3, 4],
          ],
          tables: [{ name: "T", address: "A1:B3" }],
          merged: [],
        },
        { name: "O", values: [["x", "y", "z"]], merged: ["A1:B1"] },
      ],
    });
    const before = excel.dump();
    for (const [sheet, address] of [
      ["S", "A2:B2"],
      ["O", "B1:C1"],
    ] as const) {
      await expect(
        runOn(excel, async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(address).merge();
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidOperation" });
    }
    expect(excel.dump()).toEqual(before);
  });

  it.each([
    ["refused", "fails, changing nothing", ["Title", null, null]],
    ["dropped", "loses the covered cell's value", ["new", null, "kept"]],
  ] as const)("writes over a merged area as the variant %s says: the write %s", async (valueUnderMerge, _, row) => {
    const excel = new ExcelEmulator(
      { sheets: [{ name: "S", values: [["Title"]], merged: ["A1:B1"] }] },
      { variants: { valueUnderMerge } }
    );
    const written = runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:C1").values = [["new", "lost", "kept"]];
      await context.sync();
    });
    if (valueUnderMerge === "refused") await expect(written).rejects.toMatchObject({ code: "InvalidOperation" });
    else await written;
    expect(excel.dump().sheets[0]?.values[0]).toEqual(row.slice(0, valueUnderMerge === "refused" ? 1 : 3));
  });

  it("takes an empty value over a covered cell under either variant, and refuses merging on a protected sheet", async () => {
    const excel = new ExcelEmulator({
      sheets: [
        { name: "S", values: [["Title"]], merged: ["A1:B1"] },
        { name: "P", values: [["a", "b"]], protected: true },
      ],
    });
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["New title", ""]];
      await context.sync();
    });
    expect(excel.dump().sheets[0]?.values[0]).toEqual(["New title"]);
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("P").getRange("A1:B1").merge();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
