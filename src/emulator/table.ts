/** Tables: creation, naming, rows and columns added as Excel shifts cells, conversion to a range. */
import type { CellBlock } from "../core/cellAddress";
import { MAX_COLUMNS, MAX_ROWS, blocksOverlap, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { displayText } from "./display";
import { EmulatedOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { checkTableName } from "./model";
import type { StoredValue } from "./typedInput";
import type { Getters, LoadSpec } from "./clientObject";
import { ClientObject, ClientResult, loadList, requireBoolean, requireCount, requireString } from "./clientObject";
import type { RequestContext } from "./request";
import { Worksheet } from "./workbook";
import type { RangeTarget } from "./range";
import { Range, cells, checkUnprotected, forEachCell, writeCells, writeValue } from "./range";

export class TableCollection extends ClientObject<TableModel[]> {
  private itemProxies: Table[] | undefined;

  constructor(
    context: RequestContext,
    private readonly workbook: () => WorkbookModel,
    private readonly sheet: (() => SheetModel) | null,
  ) {
    super(context, () => this.scope(), "TableCollection");
  }

  protected getters(): Getters<TableModel[]> {
    return {};
  }

  private scope(): TableModel[] {
    return this.sheet ? this.workbook().tablesOn(this.sheet()) : this.workbook().tables;
  }

  get items(): Table[] {
    if (!this.itemProxies) throw propertyNotLoaded("items");
    return this.itemProxies;
  }

  override load(spec?: LoadSpec): this {
    this.queueItemsLoad(spec, () => this.scope().map((table) => new Table(this.context, () => table, this.workbook)), (items) => (this.itemProxies = items));
    return this;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("TableCollection.getCount", null, () => result.set(this.scope().length));
    return result;
  }

  getItem(key: string): Table {
    return new Table(this.context, () => {
      const table = this.find(key);
      if (!table) throw itemNotFound(`table '${key}'`);
      return table;
    }, this.workbook).instantiated("TableCollection.getItem");
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, () => this.find(key) ?? null, this.workbook, true);
  }

  /**
   * Makes a table over the range. Its header row becomes text; empty headers become Column1, Column2 … and
   * repeated ones get a number, as Excel does. A range of one row gets an empty body row below it.
   */
  add(address: string | Range, hasHeaders: boolean): Table {
    let created: TableModel | undefined;
    const where = typeof address === "string" ? address : null;
    this.context.enqueue("TableCollection.add", { address: where, hasHeaders }, (payload) => {
      const { hasHeaders: headers } = payload as { hasHeaders: unknown };
      if (headers !== true) {
        throw new EmulatedOfficeError("NotImplemented", "The emulator models tables whose first row holds the headers (hasHeaders: true) only.");
      }
      const target = typeof address === "string" ? this.locateAddress(address) : address.resolve();
      created = this.create(target);
    });
    return new Table(this.context, () => {
      if (!created) throw itemNotFound("table not added");
      return created;
    }, this.workbook);
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
    const seen = new Set<string>();
    for (let c = block.firstColumn; c <= block.lastColumn; c++) {
      const raw = sheet.value(block.firstRow, c);
      let header = raw === undefined || raw === "" ? `Column${c - block.firstColumn + 1}` : displayText(raw, sheet.numberFormat(block.firstRow, c));
      const base = header;
      for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
      seen.add(header.toLowerCase());
      sheet.setValue(block.firstRow, c, header);
      sheet.setFormula(block.firstRow, c, undefined);
    }
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

export class Table extends ClientObject<TableModel> {
  constructor(
    context: RequestContext,
    locate: () => TableModel | null,
    private readonly workbook: () => WorkbookModel,
    orNull = false,
  ) {
    super(context, locate, "Table", orNull);
  }

  protected override isAlive(table: TableModel): boolean {
    return this.workbook().tables.includes(table);
  }

  protected getters(): Getters<TableModel> {
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

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (table, v) => {
      const name = checkTableName(v);
      const other = this.workbook().findTable(name);
      if (other && other !== table) throw new EmulatedOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
      table.name = name;
    });
  }

  get style(): string {
    return this.read("style");
  }

  set style(value: string) {
    this.write("style", value, (table, v) => (table.style = requireString(v, "style")));
  }

  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }

  set showBandedRows(value: boolean) {
    this.write("showBandedRows", value, (table, v) => (table.showBandedRows = requireBoolean(v, "showBandedRows")));
  }

  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }

  set showFilterButton(value: boolean) {
    this.write("showFilterButton", value, (table, v) => (table.showFilterButton = requireBoolean(v, "showFilterButton")));
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
    this.call("delete", null, (table) => {
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
    let block: CellBlock | undefined;
    let sheet: SheetModel | undefined;
    this.call("convertToRange", null, (table) => {
      const tables = this.workbook().tables;
      tables.splice(tables.indexOf(table), 1);
      block = table.block;
      sheet = table.sheet;
    });
    return new Range(this.context, () => {
      if (!block || !sheet) throw itemNotFound("table not converted");
      return { sheet, block };
    });
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

export class TableRowCollection extends ClientObject<TableModel> {
  constructor(context: RequestContext, locate: () => TableModel) {
    super(context, locate, "TableRowCollection");
  }

  protected getters(): Getters<TableModel> {
    return { count: (t) => t.block.lastRow - t.block.firstRow };
  }

  get count(): number {
    return this.read("count");
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.call("getCount", null, (t) => result.set(t.block.lastRow - t.block.firstRow));
    return result;
  }

  private itemProxies: TableRow[] | undefined;

  get items(): TableRow[] {
    if (!this.itemProxies) throw propertyNotLoaded("items");
    return this.itemProxies;
  }

  /** `load("items")`: every body row, with its index and values. */
  override load(spec?: LoadSpec): this {
    const own = ownNames(spec, this);
    if (own) return super.load(own);
    this.queueItemsLoad(
      spec,
      () => {
        const table = this.resolve();
        return Array.from({ length: table.block.lastRow - table.block.firstRow }, (_, index) => new TableRow(this.context, () => ({ table, index })));
      },
      (items) => (this.itemProxies = items),
    );
    return this;
  }

  /** Appends rows at the end (index null or omitted) or inserts them at a body index; cells below move down. */
  add(index?: number | null, values?: StoredValue[][]): void {
    this.call("add", { index: index ?? null, values: values ?? null }, (table, a) => {
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
      if (table.block.lastRow + inserted >= MAX_ROWS) throw invalidArgument("table would pass the last row of the sheet");
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
          writeValue,
        );
      }
    });
  }
}

/** A collection load that names only the collection's own properties (`rows.load("count")`): those, and no items. */
function ownNames(spec: LoadSpec | undefined, collection: { count: number }): string[] | null {
  const names = loadList(spec);
  return names.length > 0 && names.every((n) => n in collection && !n.startsWith("items")) ? names : null;
}

/** A table's body row by position (Excel.TableRow): its index and values. */
export class TableRow extends ClientObject<{ table: TableModel; index: number }> {
  constructor(context: RequestContext, locate: () => { table: TableModel; index: number }) {
    super(context, locate, "TableRow");
  }

  protected getters(): Getters<{ table: TableModel; index: number }> {
    return {
      index: (r) => r.index,
      values: ({ table, index }) => cells({ sheet: table.sheet, block: { ...table.block, firstRow: table.block.firstRow + 1 + index, lastRow: table.block.firstRow + 1 + index } }, (s, r, c) => s.value(r, c) ?? ""),
    };
  }

  get index(): number {
    return this.read("index");
  }

  get values(): StoredValue[][] {
    return this.read("values");
  }
}

/** A table's column by position (Excel.TableColumn): its name and index, and its ranges. */
export class TableColumn extends ClientObject<{ table: TableModel; index: number }> {
  constructor(context: RequestContext, locate: () => { table: TableModel; index: number }) {
    super(context, locate, "TableColumn");
  }

  protected getters(): Getters<{ table: TableModel; index: number }> {
    return {
      index: (c) => c.index,
      name: ({ table, index }) => String(table.sheet.value(table.block.firstRow, table.block.firstColumn + index) ?? ""),
    };
  }

  get index(): number {
    return this.read("index");
  }

  get name(): string {
    return this.read("name");
  }

  getDataBodyRange(): Range {
    return new Range(this.context, () => {
      const { table, index } = this.resolve();
      const column = table.block.firstColumn + index;
      return { sheet: table.sheet, block: { ...table.block, firstRow: table.block.firstRow + 1, firstColumn: column, lastColumn: column } };
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

export class TableColumnCollection extends ClientObject<TableModel> {
  constructor(
    context: RequestContext,
    locate: () => TableModel,
    private readonly workbook: () => WorkbookModel,
  ) {
    super(context, locate, "TableColumnCollection");
  }

  protected getters(): Getters<TableModel> {
    return { count: (t) => t.block.lastColumn - t.block.firstColumn + 1 };
  }

  get count(): number {
    return this.read("count");
  }

  private itemProxies: TableColumn[] | undefined;

  get items(): TableColumn[] {
    if (!this.itemProxies) throw propertyNotLoaded("items");
    return this.itemProxies;
  }

  /** `load("items/name")` and the like: every column, left to right. */
  override load(spec?: LoadSpec): this {
    const own = ownNames(spec, this);
    if (own) return super.load(own);
    this.queueItemsLoad(
      spec,
      () => {
        const table = this.resolve();
        return Array.from({ length: table.block.lastColumn - table.block.firstColumn + 1 }, (_, index) => new TableColumn(this.context, () => ({ table, index })));
      },
      (items) => (this.itemProxies = items),
    );
    return this;
  }

  /** By header name (case-insensitive, as Excel finds them) or by id, which Excel numbers from 1 left to right. */
  getItem(key: string | number): TableColumn {
    return new TableColumn(this.context, () => {
      const table = this.resolve();
      const width = table.block.lastColumn - table.block.firstColumn + 1;
      const byName = Array.from({ length: width }, (_, i) => String(table.sheet.value(table.block.firstRow, table.block.firstColumn + i) ?? "").toLowerCase()).indexOf(String(key).toLowerCase());
      const index = byName >= 0 ? byName : typeof key === "number" && key >= 1 && key <= width ? key - 1 : -1;
      if (index < 0) throw itemNotFound(`table column '${key}'`);
      return { table, index };
    }).instantiated("TableColumnCollection.getItem");
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, () => {
      const table = this.resolve();
      if (!Number.isInteger(index) || index < 0 || index > table.block.lastColumn - table.block.firstColumn) throw itemNotFound(`table column at ${index}`);
      return { table, index };
    }).instantiated("TableColumnCollection.getItemAt");
  }

  /**
   * Adds a column at the right end (index omitted) with the given header name, as Excel's "insert table column to
   * the right": cells right of the table in its rows move one column right. Other indexes are not modelled.
   */
  add(index?: number | null, values?: StoredValue[][] | null, name?: string): void {
    this.call("add", { index: index ?? null, values: values ?? null, name: name ?? null }, (table, a) => {
      checkUnprotected(table.sheet);
      const { index: at, values: given, name: header } = a as { index: number | null; values: unknown; name: unknown };
      const width = table.block.lastColumn - table.block.firstColumn + 1;
      if (at !== null && at !== width) throw new EmulatedOfficeError("NotImplemented", "The emulator adds table columns at the right end only.");
      if (given !== null) throw new EmulatedOfficeError("NotImplemented", "The emulator adds table columns by name; write their values through a range.");
      const column = table.block.lastColumn + 1;
      if (column >= MAX_COLUMNS) throw invalidArgument("no room for another column");
      for (const other of this.workbook().tablesOn(table.sheet)) {
        if (other !== table && other.block.firstColumn >= column && other.block.firstRow <= table.block.lastRow && table.block.firstRow <= other.block.lastRow) {
          throw new EmulatedOfficeError("InvalidOperation", "Another table is in the way.");
        }
      }
      table.sheet.shiftRight(column, 1, table.block.firstRow, table.block.lastRow);
      const names = new Set(Array.from({ length: width }, (_, i) => String(table.sheet.value(table.block.firstRow, table.block.firstColumn + i) ?? "").toLowerCase()));
      let label = typeof header === "string" && header !== "" ? header : `Column${width + 1}`;
      for (let n = 2; names.has(label.toLowerCase()); n++) label = `${header}${n}`;
      table.sheet.setValue(table.block.firstRow, column, label);
      table.block = { ...table.block, lastColumn: column };
    });
  }
}

// ---------------------------------------------------------------- charts and conditional formats (recorded)
