import { selectCell } from "../../src/commands/selectCell";
import { emulatedEnvironment } from "../helpers";

describe("selecting the cell a problem is about", () => {
  it("activates the sheet and selects the cell", async () => {
    const { excel, env } = emulatedEnvironment("en-US", {
      sheets: [
        { name: "A", values: [] },
        { name: "Growth Points", values: [["x"]] },
      ],
    });
    expect(await selectCell(env, { sheet: "Growth Points", address: "B5" })).toBeNull();
    expect(excel.model.activeSheet?.name).toBe("Growth Points");
    expect(excel.model.selection?.block).toEqual({ firstRow: 4, firstColumn: 1, lastRow: 4, lastColumn: 1 });
  });

  it("says so plainly when the sheet is gone", async () => {
    const { env } = emulatedEnvironment("en-US");
    expect((await selectCell(env, { sheet: "Gone", address: "A1" }))?.message).toMatch(/no longer in the workbook/);
  });
});
