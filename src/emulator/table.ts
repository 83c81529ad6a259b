/** Tables: creation, naming, rows and columns added as Excel shifts cells, conversion to a range. */
import { MAX_COLUMNS, MAX_ROWS, blocksOverlap, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { settleHeaders } from "./tableHeaders";
import { EmulatedOfficeError, invalidArgument, itemNotFound } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { checkTableName, checkUnprotected } from "./model";
import type { StoredValue } from "./typedInput";
import type { Getters, HostCollection, HostContext } from "./hostObject";
import { HostObject, requireBoolean, requireCount, requireString } from "./hostObject";
import { Worksheet } from "./workbook";
import type { RangeTarget } from "./rangeCells";
import { Range } from "./range";
import { cells, forEachCell, writeCells, writeValue } from "./rangeCells";

export class TableCollection extends HostObject<TableModel[]> implements HostCollection {
  constructor(
    context: HostContext,
    private readonly workbook: () => WorkbookModel,
    private readonly sheet: (() => SheetModel) | null
  ) {
    super(context, () => this.scope(), "TableCollection");
  }

  getters(): Getters<TableModel[]> {
    return {};
  }

  private scope(): TableModel[] {
    return this.sheet ? this.workbook().tablesOn(this.sheet()) : this.workbook().tables;
  }

  listItems(): Table[] {
    return this.scope().map((table) => new Table(this.context, () => table, this.workbook));
  }

  getCount(): number {
    return this.scope().length;
  }

  getItem(key: string): Table {
    return new Table(
      this.context,
      () => {
        const table = this.find(key);
        if (!table) throw itemNotFound(`table '${key}'`);
        return table;
      },
      this.workbook
    ).instantiated();
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, () => this.find(key) ?? null, this.workbook, true);
  }

  /**
   * Makes a table over the range. Its header row becomes text; empty headers become Column1, Column2 … and
   * repeated ones get a number, as Excel does. A range of one row gets an empty body row below it.
   */
  add(address: string | Range, hasHeaders: boolean): Table {
    if (hasHeaders !== true) {
      throw new EmulatedOfficeError(
        "NotImplemented",
        "The emulator models tables whose first row holds the headers (hasHeaders: true) only."
      );
    }
    const created = this.create(typeof address === "string" ? this.locateAddress(address) : address.resolve());
    return new Table(this.context, () => created, this.workbook);
  }

  private locateAddress(address: string): RangeTarget {
    const { sheet: sheetName, local } = splitQualifiedAddress(address);
    const workbook = this.workbook();
    const sheet = sheetName !== null ? workbook.findSheet(sheetName) : (this.sheet?.() ?? workbook.activeSheet);
    if (!sheet) throw itemNotFound(`worksheet of ${address}`);
    const block = parseBlock(local);
    if (!block) throw invalidArgument(`address ${address}`);
    return { sheet, block };
  }

  private create({ sheet, block: given }: RangeTarget): TableModel {
    checkUnprotected(sheet);
    const workbook = this.workbook();
    const block = given.firstRow === given.lastRow ? { ...given, lastRow: given.lastRow + 1 } : given;
    if (block.lastRow >= MAX_ROWS) throw invalidArgument("table outside the grid");
    for (const other of workbook.tablesOn(sheet)) {
      const b = other.block;
      if (blocksOverlap(b, block)) {
        throw invalidArgument(`a table cannot overlap another table (${other.name})`);
      }
    }
    settleHeaders(sheet, block, block.firstColumn, block.lastColumn);
    let n = workbook.tables.length + 1;
    while (workbook.findTable(`Table${n}`)) n++;
    const table: TableModel = {
      id: workbook.newId("table"),
      name: `Table${n}`,
      sheet,
      block,
      style: "TableStyleMedium2",
      showBandedRows: true,
      showFilterButton: true,
    };
    workbook.tables.push(table);
    return table;
  }

  private find(key: string): TableModel | undefined {
    const table = this.workbook().findTable(key) ?? this.workbook().tables.find((t) => t.id === key);
    return table && this.scope().includes(table) ? table : undefined;
  }
}

export class Table extends HostObject<TableModel> {
  constructor(
    context: HostContext,
    locate: () => TableModel | null,
    private readonly workbook: () => WorkbookModel,
    orNull = false
  ) {
    super(context, locate, "Table", orNull);
  }

  protected override isAlive(table: TableModel): boolean {
    return this.workbook().tables.includes(table);
  }

  getters(): Getters<TableModel> {
    return {
      id: (t) => t.id,
      name: (t) => t.name,
      style: (t) => t.style,
      showHeaders: () => true,
      showTotals: () => false,
      showBandedRows: (t) => t.showBandedRows,
      showFilterButton: (t) => t.showFilterButton,
    };
  }

  set name(value: string) {
    this.write(value, (table, v) => {
      checkUnprotected(table.sheet);
      const name = checkTableName(v);
      const other = this.workbook().findTable(name);
      if (other && other !== table)
        throw new EmulatedOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
      table.name = name;
    });
  }

  set style(value: string) {
    this.write(value, (table, v) => {
      checkUnprotected(table.sheet, "allowFormatCells");
      table.style = requireString(v, "style");
    });
  }

  set showBandedRows(value: boolean) {
    this.write(value, (table, v) => {
      checkUnprotected(table.sheet, "allowFormatCells");
      table.showBandedRows = requireBoolean(v, "showBandedRows");
    });
  }

  set showFilterButton(value: boolean) {
    this.write(value, (table, v) => {
      checkUnprotected(table.sheet, "allowAutoFilter");
      table.showFilterButton = requireBoolean(v, "showFilterButton");
    });
  }

  get rows(): TableRowCollection {
    return this.child("rows", () => new TableRowCollection(this.context, () => this.resolve()));
  }

  get columns(): TableColumnCollection {
    return this.child("columns", () => new TableColumnCollection(this.context, () => this.resolve(), this.workbook));
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.context, () => this.resolve().sheet, this.workbook));
  }

  getRange(): Range {
    return new Range(this.context, () => {
      const table = this.resolve();
      return { sheet: table.sheet, block: table.block };
    });
  }

  getHeaderRowRange(): Range {
    return new Range(this.context, () => {
      const table = this.resolve();
      return { sheet: table.sheet, block: { ...table.block, lastRow: table.block.firstRow } };
    });
  }

  getDataBodyRange(): Range {
    return new Range(this.context, () => {
      const table = this.resolve();
      return { sheet: table.sheet, block: { ...table.block, firstRow: table.block.firstRow + 1 } };
    });
  }

  /** Removes the table and the cells it covered. */
  delete(): void {
    this.call(null, (table) => {
      checkUnprotected(table.sheet);
      const tables = this.workbook().tables;
      tables.splice(tables.indexOf(table), 1);
      forEachCell(table.block, (r, c) => {
        table.sheet.setValue(r, c, undefined);
        table.sheet.setFormula(r, c, undefined);
      });
    });
  }

  /** Keeps the cells and drops the table around them. */
  convertToRange(): Range {
    const converted = this.call(null, (table) => {
      checkUnprotected(table.sheet);
      const tables = this.workbook().tables;
      tables.splice(tables.indexOf(table), 1);
      return { sheet: table.sheet, block: table.block };
    });
    return new Range(this.context, () => converted ?? null, this.orNull);
  }
}

/** The table's only body row holds nothing. */
function isBlankRow(table: TableModel): boolean {
  const row = table.block.firstRow + 1;
  for (let c = table.block.firstColumn; c <= table.block.lastColumn; c++) {
    const value = table.sheet.value(row, c);
    if ((value !== undefined && value !== "") || table.sheet.formula(row, c) !== undefined) return false;
  }
  return true;
}

export class TableRowCollection extends HostObject<TableModel> implements HostCollection {
  constructor(context: HostContext, locate: () => TableModel) {
    super(context, locate, "TableRowCollection");
  }

  getters(): Getters<TableModel> {
    return { count: (t) => t.block.lastRow - t.block.firstRow };
  }

  getCount(): number {
    const t = this.resolve();
    return t.block.lastRow - t.block.firstRow;
  }

  /** `load("items")`: every body row, with its index and values. */
  listItems(): TableRow[] {
    const table = this.resolve();
    return Array.from(
      { length: table.block.lastRow - table.block.firstRow },
      (_, index) => new TableRow(this.context, () => ({ table, index }))
    );
  }

  /** Appends rows at the end (index null or omitted) or inserts them at a body index; cells below move down. */
  add(index?: number | null, values?: StoredValue[][]): void {
    this.call({ index: index ?? null, values: values ?? null }, (table, a) => {
      checkUnprotected(table.sheet);
      const { index: at, values: rows } = a as { index: number | null; values: unknown[][] | null };
      const bodyRows = table.block.lastRow - table.block.firstRow;
      const position = at === null ? bodyRows : requireCount(at, "index", 0);
      if (position > bodyRows) throw invalidArgument(`row index ${position} of ${bodyRows}`);
      const count = rows === null ? 1 : rows.length;
      if (count === 0) throw invalidArgument("no rows to add");
      // A table made from its header alone has one empty body row, and the first row added fills it: Microsoft's
      // create-table sample (office-js-snippets, samples/excel/40-table/create-table.yaml) adds seven rows to
      // "A1:D1" and ends at A1:D8.
      const fillsEmpty = bodyRows === 1 && at === null && isBlankRow(table);
      const firstRow = table.block.firstRow + 1 + (fillsEmpty ? 0 : position);
      const inserted = fillsEmpty ? count - 1 : count;
      if (table.block.lastRow + inserted >= MAX_ROWS)
        throw invalidArgument("table would pass the last row of the sheet");
      if (inserted > 0) {
        const below = fillsEmpty ? firstRow + 1 : firstRow;
        table.sheet.shiftDown(below, inserted, table.block.firstColumn, table.block.lastColumn);
        // New rows take their column's number format, as a row Excel inserts in a table does.
        const pattern = below - 1 > table.block.firstRow ? below - 1 : below + inserted;
        for (let c = table.block.firstColumn; c <= table.block.lastColumn; c++) {
          const format = table.sheet.numberFormat(pattern, c);
          for (let r = below; r < below + inserted; r++) table.sheet.setNumberFormat(r, c, format);
        }
      }
      table.block = { ...table.block, lastRow: table.block.lastRow + inserted };
      if (rows !== null) {
        writeCells(
          { sheet: table.sheet, block: { ...table.block, firstRow, lastRow: firstRow + count - 1 } },
          rows,
          "TableRowCollection.add values",
          writeValue
        );
      }
    });
  }
}

/** A table's body row by position (Excel.TableRow): its index and values. */
export class TableRow extends HostObject<{ table: TableModel; index: number }> {
  constructor(context: HostContext, locate: () => { table: TableModel; index: number }) {
    super(context, locate, "TableRow");
  }

  getters(): Getters<{ table: TableModel; index: number }> {
    return {
      index: (r) => r.index,
      values: ({ table, index }) =>
        cells(
          {
            sheet: table.sheet,
            block: {
              ...table.block,
              firstRow: table.block.firstRow + 1 + index,
              lastRow: table.block.firstRow + 1 + index,
            },
          },
          (s, r, c) => s.value(r, c) ?? ""
        ),
    };
  }
}

/** A table's column by position (Excel.TableColumn): its name and index, and its ranges. */
export class TableColumn extends HostObject<{ table: TableModel; index: number }> {
  constructor(context: HostContext, locate: () => { table: TableModel; index: number }) {
    super(context, locate, "TableColumn");
  }

  getters(): Getters<{ table: TableModel; index: number }> {
    return {
      index: (c) => c.index,
      name: ({ table, index }) =>
        String(table.sheet.value(table.block.firstRow, table.block.firstColumn + index) ?? ""),
    };
  }

  getDataBodyRange(): Range {
    return new Range(this.context, () => {
      const { table, index } = this.resolve();
      const column = table.block.firstColumn + index;
      return {
        sheet: table.sheet,
        block: { ...table.block, firstRow: table.block.firstRow + 1, firstColumn: column, lastColumn: column },
      };
    });
  }

  getRange(): Range {
    return new Range(this.context, () => {
      const { table, index } = this.resolve();
      const column = table.block.firstColumn + index;
      return { sheet: table.sheet, block: { ...table.block, firstColumn: column, lastColumn: column } };
    });
  }
}

export class TableColumnCollection extends HostObject<TableModel> implements HostCollection {
  constructor(
    context: HostContext,
    locate: () => TableModel,
    private readonly workbook: () => WorkbookModel
  ) {
    super(context, locate, "TableColumnCollection");
  }

  getters(): Getters<TableModel> {
    return { count: (t) => t.block.lastColumn - t.block.firstColumn + 1 };
  }

  /** `load("items/name")` and the like: every column, left to right. */
  listItems(): TableColumn[] {
    const table = this.resolve();
    return Array.from(
      { length: table.block.lastColumn - table.block.firstColumn + 1 },
      (_, index) => new TableColumn(this.context, () => ({ table, index }))
    );
  }

  /** By header name (case-insensitive, as Excel finds them) or by id, which Excel numbers from 1 left to right. */
  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, () => {
      const table = this.resolve();
      const width = table.block.lastColumn - table.block.firstColumn + 1;
      const byName = Array.from({ length: width }, (_, i) =>
        String(table.sheet.value(table.block.firstRow, table.block.firstColumn + i) ?? "").toLowerCase()
      ).indexOf(String(key).toLowerCase());
      const index = byName >= 0 ? byName : typeof key === "number" && key >= 1 && key <= width ? key - 1 : -1;
      if (index < 0) throw itemNotFound(`table column '${key}'`);
      return { table, index };
    }).instantiated();
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, () => {
      const table = this.resolve();
      if (!Number.isInteger(index) || index < 0 || index > table.block.lastColumn - table.block.firstColumn)
        throw itemNotFound(`table column at ${index}`);
      return { table, index };
    }).instantiated();
  }

  /**
   * Adds a column at the right end (index omitted) with the given header name, as Excel's "insert table column to
   * the right": cells right of the table in its rows move one column right. Other indexes are not modelled.
   */
  add(index?: number | null, values?: StoredValue[][] | null, name?: string): void {
    this.call({ index: index ?? null, values: values ?? null, name: name ?? null }, (table, a) => {
      checkUnprotected(table.sheet);
      const { index: at, values: given, name: header } = a as { index: number | null; values: unknown; name: unknown };
      const width = table.block.lastColumn - table.block.firstColumn + 1;
      if (at !== null && at !== width)
        throw new EmulatedOfficeError("NotImplemented", "The emulator adds table columns at the right end only.");
      if (given !== null)
        throw new EmulatedOfficeError(
          "NotImplemented",
          "The emulator adds table columns by name; write their values through a range."
        );
      const column = table.block.lastColumn + 1;
      if (column >= MAX_COLUMNS) throw invalidArgument("no room for another column");
      for (const other of this.workbook().tablesOn(table.sheet)) {
        if (
          other !== table &&
          other.block.firstColumn >= column &&
          other.block.firstRow <= table.block.lastRow &&
          table.block.firstRow <= other.block.lastRow
        ) {
          throw new EmulatedOfficeError("InvalidOperation", "Another table is in the way.");
        }
      }
      table.sheet.shiftRight(column, 1, table.block.firstRow, table.block.lastRow);
      const names = new Set(
        Array.from({ length: width }, (_, i) =>
          String(table.sheet.value(table.block.firstRow, table.block.firstColumn + i) ?? "").toLowerCase()
        )
      );
      let label = typeof header === "string" && header !== "" ? header : `Column${width + 1}`;
      for (let n = 2; names.has(label.toLowerCase()); n++) label = `${header}${n}`;
      table.sheet.setValue(table.block.firstRow, column, label);
      table.block = { ...table.block, lastColumn: column };
    });
  }
}

// ---------------------------------------------------------------- charts and conditional formats (recorded)
