/** A write that reaches a table's header row, through Microsoft's client: the headers stay unique text. */
import { ExcelEmulator } from "../../src/emulator";
import { runOn } from "../fixtures/officeClient";

const workbook = () =>
  new ExcelEmulator({
    sheets: [
      {
        name: "Data",
        values: [
          ["Name", "Amount", "Note"],
          ["a", 1, "x"],
        ],
        tables: [{ name: "Data", address: "A1:C2" }],
      },
    ],
  });

const headersAfter = async (address: string, values: (string | number | boolean)[][]) => {
  const excel = workbook();
  return runOn(excel, async (context) => {
    context.workbook.worksheets.getItem("Data").getRange(address).values = values;
    const header = context.workbook.tables.getItem("Data").getHeaderRowRange().load("values");
    const columns = context.workbook.tables.getItem("Data").columns.load("items/name");
    await context.sync();
    return { cells: header.values[0], names: columns.items.map((c) => c.name) };
  });
};

describe("A table's header row written over", () => {
  it("keeps a number as the text it shows", async () => {
    expect((await headersAfter("B1", [[2026]])).cells).toEqual(["Name", "2026", "Note"]);
  });

  it("names a blank header by its place", async () => {
    expect((await headersAfter("B1", [[""]])).cells).toEqual(["Name", "Column2", "Note"]);
  });

  it("numbers a name the table already has, the cell written taking the number", async () => {
    const read = await headersAfter("C1", [["name"]]);
    expect(read.cells).toEqual(["Name", "Amount", "name2"]);
    expect(read.names).toEqual(read.cells);
  });

  it("leaves a write below the header row as written", async () => {
    expect((await headersAfter("B2", [[""]])).cells).toEqual(["Name", "Amount", "Note"]);
  });
});
