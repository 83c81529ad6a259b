/** The workbook, the application and worksheets (with their custom properties and freeze panes). */
import type { CellBlock } from "../core/cellAddress";
import { MAX_COLUMNS, MAX_ROWS, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { EmulatedOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { SheetModel, Visibility, WorkbookModel } from "./model";
import { checkSheetName } from "./model";
import type { Getters, LoadSpec } from "./clientObject";
import { ClientObject, ClientResult, requireBoolean, requireCount, requireString } from "./clientObject";
import type { RequestContext } from "./request";
import { Range, checkUnprotected } from "./range";
import { TableCollection } from "./table";
import { ChartCollection } from "./chart";

export class Workbook extends ClientObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;

  constructor(context: RequestContext, locate: () => WorkbookModel) {
    super(context, locate, "Workbook");
    this.worksheets = new WorksheetCollection(context, locate);
    this.tables = new TableCollection(context, locate, null);
  }

  protected getters(): Getters<WorkbookModel> {
    return {};
  }

  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const selection = this.resolve().selection;
      if (selection) return { sheet: selection.sheet, block: selection.block };
      const sheet = this.resolve().activeSheet;
      if (!sheet) throw itemNotFound("no active worksheet");
      return { sheet, block: { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0 } };
    });
  }
}

export class Application extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext, locate: () => WorkbookModel) {
    super(context, locate, "Application");
  }

  protected getters(): Getters<WorkbookModel> {
    return { calculationMode: () => "Automatic" };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }

  /** The emulator computes nothing, so there is nothing to suspend; the call is still queued and sent. */
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", null, () => undefined);
  }
}

// ---------------------------------------------------------------- worksheets

export class WorksheetCollection extends ClientObject<SheetModel[]> {
  private itemProxies: Worksheet[] | undefined;

  constructor(
    context: RequestContext,
    private readonly workbook: () => WorkbookModel,
  ) {
    super(context, () => workbook().sheets, "WorksheetCollection");
  }

  protected getters(): Getters<SheetModel[]> {
    return {};
  }

  get items(): Worksheet[] {
    if (!this.itemProxies) throw propertyNotLoaded("items");
    return this.itemProxies;
  }

  override load(spec?: LoadSpec): this {
    this.queueItemsLoad(spec, () => this.workbook().sheets.map((sheet) => new Worksheet(this.context, () => sheet, this.workbook)), (items) => (this.itemProxies = items));
    return this;
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) throw itemNotFound(`worksheet '${key}'`);
      return sheet;
    }, this.workbook).instantiated("WorksheetCollection.getItem");
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key) ?? null, this.workbook, true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.workbook().activeSheet;
      if (!sheet) throw itemNotFound("no active worksheet");
      return sheet;
    }, this.workbook).instantiated("WorksheetCollection.getActiveWorksheet");
  }

  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this.context.enqueue("WorksheetCollection.add", { name: name ?? null }, (payload) => {
      const wanted = (payload as { name: string | null }).name;
      created = this.workbook().addSheet(wanted ?? this.workbook().nextSheetName());
    });
    return new Worksheet(this.context, () => {
      if (!created) throw itemNotFound("worksheet not added");
      return created;
    }, this.workbook);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("WorksheetCollection.getCount", null, () => result.set(this.workbook().sheets.length));
    return result;
  }

  private find(key: string): SheetModel | undefined {
    return this.workbook().findSheet(key) ?? this.workbook().sheets.find((s) => s.id === key);
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  constructor(
    context: RequestContext,
    locate: () => SheetModel | null,
    private readonly workbook: () => WorkbookModel,
    orNull = false,
  ) {
    super(context, locate, "Worksheet", orNull);
  }

  protected override isAlive(sheet: SheetModel): boolean {
    return this.workbook().sheets.includes(sheet);
  }

  protected getters(): Getters<SheetModel> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this.workbook().sheets.indexOf(s),
      visibility: (s) => s.visibility,
      showGridlines: (s) => s.showGridlines,
      tabColor: (s) => s.tabColor,
    };
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (sheet, v) => {
      const name = checkSheetName(v);
      const other = this.workbook().findSheet(name);
      if (other && other !== sheet) throw new EmulatedOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      sheet.name = name;
    });
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.write("position", value, (sheet, v) => {
      const sheets = this.workbook().sheets;
      const to = requireCount(v, "position", 0);
      if (to >= sheets.length) throw invalidArgument(`position ${to} of ${sheets.length} worksheets`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(to, 0, sheet);
    });
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }

  set visibility(value: Visibility) {
    this.write("visibility", value, (sheet, v) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument(`visibility ${String(v)}`);
      if (v !== "Visible" && this.visibleOthers(sheet) === 0) {
        throw new EmulatedOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = v;
      if (v !== "Visible" && this.workbook().activeSheet === sheet) this.workbook().activeSheet = this.firstVisible();
    });
  }

  get showGridlines(): boolean {
    return this.read("showGridlines");
  }

  set showGridlines(value: boolean) {
    this.write("showGridlines", value, (sheet, v) => (sheet.showGridlines = requireBoolean(v, "showGridlines")));
  }

  get tabColor(): string {
    return this.read("tabColor");
  }

  set tabColor(value: string) {
    this.write("tabColor", value, (sheet, v) => (sheet.tabColor = requireString(v, "tabColor")));
  }

  get tables(): TableCollection {
    return this.child("tables", () => new TableCollection(this.context, this.workbook, () => this.resolve()));
  }

  get charts(): ChartCollection {
    return this.child("charts", () => new ChartCollection(this.context, () => this.resolve()));
  }

  get customProperties(): WorksheetCustomPropertyCollection {
    return this.child("customProperties", () => new WorksheetCustomPropertyCollection(this.context, () => this.resolve()));
  }

  get freezePanes(): WorksheetFreezePanes {
    return this.child("freezePanes", () => new WorksheetFreezePanes(this.context, () => this.resolve()));
  }

  activate(): void {
    this.call("activate", null, (sheet) => {
      if (sheet.visibility !== "Visible") throw new EmulatedOfficeError("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.workbook().activeSheet = sheet;
    });
  }

  delete(): void {
    this.call("delete", null, (sheet) => {
      checkUnprotected(sheet);
      const workbook = this.workbook();
      if (sheet.visibility === "Visible" && this.visibleOthers(sheet) === 0) {
        throw new EmulatedOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      for (const table of workbook.tablesOn(sheet)) workbook.tables.splice(workbook.tables.indexOf(table), 1);
      if (workbook.activeSheet === sheet) workbook.activeSheet = this.firstVisible();
      if (workbook.selection?.sheet === sheet) workbook.selection = null;
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, block: { firstRow: 0, firstColumn: 0, lastRow: MAX_ROWS - 1, lastColumn: MAX_COLUMNS - 1 } };
      const { sheet: named, local } = splitQualifiedAddress(address);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`address ${address} is on another worksheet`);
      const block = parseBlock(local);
      if (!block) throw invalidArgument(`address ${address}`);
      return { sheet, block };
    }).instantiated("Worksheet.getRange");
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, () => ({
      sheet: this.resolve(),
      block: checkedBlock(
        requireCount(startRow, "startRow", 0),
        requireCount(startColumn, "startColumn", 0),
        requireCount(rowCount, "rowCount", 1),
        requireCount(columnCount, "columnCount", 1),
      ),
    })).instantiated("Worksheet.getRangeByIndexes");
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** On a blank sheet Excel gives A1 rather than an error (Worksheet.getUsedRange docs). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      return { sheet, block: sheet.usedBlock(valuesOnly) ?? { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      const block = sheet.usedBlock(valuesOnly);
      return block ? { sheet, block } : null;
    }, true);
  }

  private visibleOthers(sheet: SheetModel): number {
    return this.workbook().sheets.filter((s) => s !== sheet && s.visibility === "Visible").length;
  }

  private firstVisible(): SheetModel | null {
    return this.workbook().sheets.find((s) => s.visibility === "Visible") ?? null;
  }
}

export function checkedBlock(firstRow: number, firstColumn: number, rowCount: number, columnCount: number): CellBlock {
  const block = { firstRow, firstColumn, lastRow: firstRow + rowCount - 1, lastColumn: firstColumn + columnCount - 1 };
  if (block.lastRow >= MAX_ROWS || block.lastColumn >= MAX_COLUMNS) {
    throw invalidArgument(`range outside the grid (${firstRow}, ${firstColumn}, ${rowCount} × ${columnCount})`);
  }
  return block;
}

export class WorksheetCustomPropertyCollection extends ClientObject<SheetModel> {
  constructor(context: RequestContext, locate: () => SheetModel) {
    super(context, locate, "WorksheetCustomPropertyCollection");
  }

  protected getters(): Getters<SheetModel> {
    return {};
  }

  /** Adds the property, or sets its value when the key exists (keys compare case-insensitively, as Excel's do). */
  add(key: string, value: string): void {
    this.call("add", { key, value }, (sheet, a) => {
      const { key: k, value: v } = a as { key: unknown; value: unknown };
      const name = requireString(k, "custom property key");
      if (name.length === 0 || name.length > 255) throw invalidArgument(`custom property key ${name}`);
      const existing = [...sheet.customProperties.keys()].find((x) => x.toLowerCase() === name.toLowerCase());
      sheet.customProperties.set(existing ?? name, requireString(v, "custom property value"));
    });
  }

  private itemProxies: WorksheetCustomProperty[] | undefined;

  get items(): WorksheetCustomProperty[] {
    if (!this.itemProxies) throw propertyNotLoaded("items");
    return this.itemProxies;
  }

  /** `load("items")`, `load("items/key,items/value")`: every property of the sheet, as the collection load does. */
  override load(spec?: LoadSpec): this {
    this.queueItemsLoad(
      spec,
      () => {
        const sheet = this.resolve();
        return [...sheet.customProperties.keys()].map((key) => new WorksheetCustomProperty(this.context, () => ({ sheet, key }), false));
      },
      (items) => (this.itemProxies = items),
    );
    return this;
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, () => {
      const sheet = this.resolve();
      const found = [...sheet.customProperties.keys()].find((x) => x.toLowerCase() === key.toLowerCase());
      return found === undefined ? null : { sheet, key: found };
    }, true);
  }
}

export class WorksheetCustomProperty extends ClientObject<{ sheet: SheetModel; key: string }> {
  constructor(context: RequestContext, locate: () => { sheet: SheetModel; key: string } | null, orNull: boolean) {
    super(context, locate, "WorksheetCustomProperty", orNull);
  }

  protected getters(): Getters<{ sheet: SheetModel; key: string }> {
    return { key: (p) => p.key, value: (p) => p.sheet.customProperties.get(p.key) ?? "" };
  }

  get key(): string {
    return this.read("key");
  }

  get value(): string {
    return this.read("value");
  }

  delete(): void {
    this.call("delete", null, (p) => p.sheet.customProperties.delete(p.key));
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  constructor(context: RequestContext, locate: () => SheetModel) {
    super(context, locate, "WorksheetFreezePanes");
  }

  protected getters(): Getters<SheetModel> {
    return {};
  }

  freezeRows(count = 1): void {
    this.call("freezeRows", { count }, (sheet, a) => (sheet.frozenRows = requireCount((a as { count: unknown }).count, "count", 0)));
  }

  unfreeze(): void {
    this.call("unfreeze", null, (sheet) => (sheet.frozenRows = 0));
  }
}

// ---------------------------------------------------------------- ranges
