/**
 * Conformance cases about tables: a header-only table, rows added to one, writes under and beside it, names and
 * columns. Part of the one suite (cases.ts); each case works on a sheet of its own.
 */
import type { ConformanceCase, ExcelLike } from "./types";
import { PR, REF, SNIPPETS, json, outcome } from "./caseTools";

async function tableAddress(context: Excel.RequestContext, table: Excel.Table): Promise<string> {
  const range = table.getRange().load("address");
  await context.sync();
  return range.address.split("!").pop() ?? "";
}

/** A two-row table at A1:B2, then a row written right under it in a later batch: the table's address after. */
function tableAfterWritingUnder(excel: ExcelLike, sheet: string, row: readonly (string | number)[]): Promise<string> {
  return excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.getRange("A1:B2").values = [
      ["Name", "Value"],
      ["a", 1],
    ];
    const table = ws.tables.add(`'${sheet}'!A1:B2`, true);
    await context.sync();
    ws.getRange("A3:B3").values = [[...row]];
    return tableAddress(context, table);
  });
}

export const TABLE_CASES: readonly ConformanceCase[] = [
  {
    id: "table-header-only",
    behaviour: "A table made from its header row alone gets one empty body row",
    source: `${SNIPPETS} samples/excel/40-table/create-table.yaml`,
    undocumented: true,
    expected: "A1:D2",
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:D1").values = [["Date", "Merchant", "Category", "Amount"]];
        const table = ws.tables.add(`'${sheet}'!A1:D1`, true);
        return tableAddress(context, table);
      }),
  },
  {
    id: "rows-add-fills-empty-row",
    behaviour: "rows.add on a header-only table fills its empty row: seven rows end at A1:D8",
    source: `${SNIPPETS} samples/excel/40-table/create-table.yaml`,
    undocumented: true,
    expected: "A1:D8",
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:D1").values = [["Date", "Merchant", "Category", "Amount"]];
        const table = ws.tables.add(`'${sheet}'!A1:D1`, true);
        table.rows.add(
          undefined,
          Array.from({ length: 7 }, (_, i) => [`1/${i + 1}/2017`, "Shop", "Things", i])
        );
        return tableAddress(context, table);
      }),
  },
  {
    id: "rows-add-formats",
    behaviour: "Rows added to a table take their column's number format",
    source: `${REF} Excel.TableRowCollection.add (rows become part of the table's columns)`,
    undocumented: true,
    expected: json([["0.00%"]]),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:A2").values = [["Rate"], [0.5]];
        ws.getRange("A2").numberFormat = [["0.00%"]];
        const table = ws.tables.add(`'${sheet}'!A1:A2`, true);
        table.rows.add(undefined, [[0.25]]);
        const added = ws.getRange("A3").load("numberFormat");
        await context.sync();
        return json(added.numberFormat);
      }),
  },
  {
    id: "write-under-table",
    behaviour: "Values written right under a table make it grow",
    source: `${PR} excel/co-authoring-in-excel-add-ins.md (Avoid table row coauthoring conflicts: setting the Range values directly below the table automatically expands it)`,
    quote: "setting the Range values directly below the table automatically expands it",
    expected: "A1:B3",
    run: (excel, sheet) => tableAfterWritingUnder(excel, sheet, ["b", 2]),
  },
  {
    id: "write-empty-under-table",
    behaviour: "Empty cells written right under a table leave it as it was",
    source: `${PR} excel/co-authoring-in-excel-add-ins.md (the table only expands if data is present in the cells directly below it)`,
    quote: "the table only expands if data is present in the cells directly below it",
    expected: "A1:B2",
    run: (excel, sheet) => tableAfterWritingUnder(excel, sheet, ["", ""]),
  },
  {
    id: "insert-under-table-then-write",
    behaviour: "Cells inserted under a table move what was there down; values written there then join the table",
    source: `${PR} excel/co-authoring-in-excel-add-ins.md (Range.insert makes space for the expanding table)`,
    undocumented: true,
    expected: json({ table: "A1:B3", moved: [["note", ""]] }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:B3").values = [
          ["Name", "Value"],
          ["a", 1],
          ["note", ""],
        ];
        const table = ws.tables.add(`'${sheet}'!A1:B2`, true);
        table.getRange().getRowsBelow(1).insert("Down");
        table.getRange().getRowsBelow(1).values = [["b", 2]];
        const moved = ws.getRange("A4:B4").load("values");
        const address = await tableAddress(context, table);
        return json({ table: address, moved: moved.values });
      }),
  },
  {
    id: "table-name-taken",
    behaviour: "A table name already used in the workbook is refused",
    source: `${REF} Excel.Table.name (names are unique in the workbook)`,
    undocumented: true,
    expected: "ItemAlreadyExists",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.getRange("A1:A2").values = [["x"], [1]];
          ws.getRange("C1:C2").values = [["y"], [2]];
          ws.tables.add(`'${sheet}'!A1:A2`, true).name = "ConformanceTable";
          ws.tables.add(`'${sheet}'!C1:C2`, true).name = "ConformanceTable";
          await context.sync();
        })
      ),
  },
  {
    id: "columns-get-item",
    behaviour: "A table column can be got by its header name",
    source: `${REF} Excel.TableColumnCollection.getItem`,
    undocumented: true,
    expected: json({ name: "Value", index: 1 }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:B2").values = [
          ["Name", "Value"],
          ["a", 1],
        ];
        const column = ws.tables.add(`'${sheet}'!A1:B2`, true).columns.getItem("Value").load("name, index");
        await context.sync();
        return json({ name: column.name, index: column.index });
      }),
  },
  {
    id: "autofit-whole-column",
    behaviour: "autofitColumns fits the column's data, not only the range's rows",
    source: `${REF} Excel.RangeFormat.autofitColumns ("based on the current data in the columns")`,
    quote:
      "Changes the width of the columns of the current range to achieve the best fit, based on the current data in the columns.",
    expected: "true",
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:A5").values = [["a"], [""], [""], [""], ["a long line of text that needs a wide column"]];
        ws.getRange("A1").format.autofitColumns();
        const format = ws.getRange("A1").format.load("columnWidth");
        await context.sync();
        return String(format.columnWidth > 100);
      }),
  },
];
