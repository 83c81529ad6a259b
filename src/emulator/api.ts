/**
 * Proxy objects shaped like the Excel JavaScript API, for the part of it the add-in uses.
 *
 * They follow Office.js's request model (office-js-docs-pr, docs/develop/application-specific-api-model.md):
 * - creating a proxy, setting a property or calling a method only queues an operation;
 * - `context.sync()` sends the queue as one request; operations run in order, and the first that fails stops
 *   the batch, rejects the sync with its Excel error code and leaves the earlier ones applied, as Excel does;
 * - a property can be read only after `load()` and `sync()` (PropertyNotLoaded otherwise), or after the add-in set it;
 * - `*OrNullObject` proxies get `isNullObject` at the next sync; acting on a null object fails with ItemNotFound.
 * Anything not implemented here is absent, so code that reaches for it fails in tests instead of passing by luck.
 */
import type { CellBlock } from "../core/cellAddress";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  blockAddress,
  parseBlock,
  qualifiedAddress,
  splitQualifiedAddress,
} from "../core/cellAddress";
import { displayText } from "./display";
import { EmulatedOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { ChartRecord, ConditionalFormatRecord, SheetModel, TableModel, Visibility, WorkbookModel } from "./model";
import { checkSheetName, checkTableName } from "./model";
import type { StoredValue } from "./typedInput";
import { enterValue } from "./typedInput";

/** What a sync sends and runs: one queued operation. */
export interface QueuedOperation {
  /** Where it came from, as Office's debugInfo.errorLocation names it (`Range.values`). */
  readonly location: string;
  /** What goes over the wire; it is serialised to JSON, as Office.js does, before `run` sees it. */
  readonly payload: unknown;
  readonly run: (payload: unknown) => void;
}

export interface EmulatorBackend {
  readonly model: WorkbookModel;
  send(context: RequestContext): Promise<void>;
  /** Counts what a load sends back, toward the current sync's response size. */
  noteResponse(bytes: number): void;
}

type LoadSpec = string | string[] | { select?: string | string[] };

function loadList(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : (spec.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** UTF-8 length without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A loaded value as it comes back over the wire: through JSON, and counted toward the response's size. */
function cloneResponse<V>(context: RequestContext, value: V): V {
  if (value === undefined) return value;
  const json = JSON.stringify(value);
  context.noteResponse(utf8Length(json));
  return JSON.parse(json) as V;
}

export class RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  /** Office.js tracks objects across syncs; the emulator keeps every proxy alive, so these do nothing. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedOperation[] = [];

  constructor(private readonly backend: EmulatorBackend) {
    this.workbook = new Workbook(this, () => backend.model);
    this.application = new Application(this, () => backend.model);
  }

  enqueue(location: string, payload: unknown, run: (payload: unknown) => void): void {
    this.queue.push({ location, payload, run });
  }

  get hasPendingOperations(): boolean {
    return this.queue.length > 0;
  }

  takeQueue(): QueuedOperation[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }

  sync(): Promise<void> {
    return this.backend.send(this);
  }

  noteResponse(bytes: number): void {
    this.backend.noteResponse(bytes);
  }
}

/** A value a method returns, readable after the next sync (OfficeExtension.ClientResult). */
export class ClientResult<V> {
  private ready = false;
  private result: V | undefined;

  set(value: V): void {
    this.result = value;
    this.ready = true;
  }

  get value(): V {
    if (!this.ready) throw propertyNotLoaded("value");
    return this.result as V;
  }
}

type Getters<T> = Record<string, (target: T) => unknown>;

abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  private resolved: { target: T | null } | undefined;
  private nullState: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    private readonly locate: () => T | null,
    protected readonly typeName: string,
    private readonly orNull = false,
  ) {
    if (orNull) {
      context.enqueue(`${typeName}.isNullObject`, null, () => {
        this.nullState = this.tryResolve() === null;
      });
    }
  }

  /** Scalar properties `load()` can fill, by name. */
  protected abstract getters(): Getters<T>;

  /** Navigation properties, for load paths like `format/fill/color`. */
  protected navigation(): Record<string, { load(spec?: LoadSpec): unknown }> {
    return {};
  }

  /** Whether the object the proxy was bound to still exists (a deleted sheet does not). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** At sync time: the object this proxy stands for, bound once and kept, as Office.js binds by id. */
  protected tryResolve(): T | null {
    if (!this.resolved) this.resolved = { target: this.locate() };
    const target = this.resolved.target;
    if (target !== null && !this.isAlive(target)) throw itemNotFound(`${this.typeName} no longer exists`);
    return target;
  }

  resolve(): T {
    const target = this.tryResolve();
    if (target === null) throw itemNotFound(`${this.typeName} is a null object`);
    return target;
  }

  load(spec?: LoadSpec): this {
    const getters = this.getters();
    const names = loadList(spec);
    const scalars: string[] = [];
    for (const name of names.length > 0 ? names : Object.keys(getters)) {
      const slash = name.indexOf("/");
      if (slash >= 0) {
        const nav = this.navigation()[name.slice(0, slash)];
        if (!nav) throw invalidArgument(`${this.typeName} has no navigation property '${name.slice(0, slash)}'`);
        nav.load(name.slice(slash + 1));
      } else if (this.navigation()[name]) {
        this.navigation()[name]?.load();
      } else {
        scalars.push(name);
      }
    }
    if (scalars.length === 0 && names.length > 0) return this;
    this.context.enqueue(`${this.typeName}.load`, { select: scalars }, () => {
      const unknown = scalars.find((name) => !getters[name]);
      if (unknown) throw invalidArgument(`${this.typeName} has no property '${unknown}'`);
      if (this.orNull && this.tryResolve() === null) return;
      const target = this.resolve();
      for (const name of scalars) this.loaded.set(name, cloneResponse(this.context, (getters[name] as (t: T) => unknown)(target)));
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  private readonly children = new Map<string, unknown>();

  /** A navigation property is one proxy for the object's lifetime, so what is loaded through it stays readable. */
  protected child<C>(name: string, make: () => C): C {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as C;
  }

  protected read<V>(property: string): V {
    if (this.orNull && this.nullState === true) throw itemNotFound(`${this.typeName} is a null object`);
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected write(property: string, value: unknown, apply: (target: T, value: unknown) => void): void {
    this.loaded.set(property, value);
    this.context.enqueue(`${this.typeName}.${property}`, value, (v) => apply(this.resolve(), v));
  }

  protected call(method: string, args: unknown, run: (target: T, args: unknown) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, args, (a) => run(this.resolve(), a));
  }
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== "string") throw invalidArgument(`${what} must be text`);
  return value;
}

function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(`${what} must be true or false`);
  return value;
}

function requireCount(value: unknown, what: string, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw invalidArgument(`${what}: ${String(value)}`);
  return value;
}

// ---------------------------------------------------------------- workbook and application

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
    const names = loadList(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue("WorksheetCollection.load", { select: names }, () => {
      this.itemProxies = this.workbook().sheets.map((sheet) => {
        const proxy = new Worksheet(this.context, () => sheet, this.workbook);
        proxy.fill(names);
        return proxy;
      });
    });
    return this;
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) throw itemNotFound(`worksheet '${key}'`);
      return sheet;
    }, this.workbook);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key) ?? null, this.workbook, true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.workbook().activeSheet;
      if (!sheet) throw itemNotFound("no active worksheet");
      return sheet;
    }, this.workbook);
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

  /** Used by collection loads, which fill their items in the same step. */
  fill(names: string[]): void {
    const getters = this.getters();
    const target = this.resolve();
    for (const name of names.length > 0 ? names : Object.keys(getters)) {
      const get = getters[name];
      if (!get) throw invalidArgument(`Worksheet has no property '${name}'`);
      this.loaded.set(name, get(target));
    }
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
    });
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
    }));
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

function checkedBlock(firstRow: number, firstColumn: number, rowCount: number, columnCount: number): CellBlock {
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

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly block: CellBlock;
}

type CellWriter = (sheet: SheetModel, row: number, column: number, input: StoredValue) => void;

const writeValue: CellWriter = (sheet, row, column, input) => {
  const entered = enterValue(input, sheet.numberFormat(row, column) === "@");
  sheet.setValue(row, column, entered.value);
  sheet.setFormula(row, column, entered.formula);
  sheet.markApostrophe(row, column, typeof input === "string" && input.startsWith("'") && sheet.numberFormat(row, column) !== "@");
  if (entered.impliedFormat && sheet.numberFormat(row, column) === "General") sheet.setNumberFormat(row, column, entered.impliedFormat);
};

const writeNumberFormat: CellWriter = (sheet, row, column, input) => {
  sheet.setNumberFormat(row, column, requireString(input, "numberFormat"));
};

export class Range extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget | null, orNull = false) {
    super(context, locate, "Range", orNull);
  }

  protected getters(): Getters<RangeTarget> {
    return {
      address: ({ sheet, block }) => qualifiedAddress(sheet.name, blockAddress(block)),
      addressLocal: ({ sheet, block }) => qualifiedAddress(sheet.name, blockAddress(block)),
      rowIndex: ({ block }) => block.firstRow,
      columnIndex: ({ block }) => block.firstColumn,
      rowCount: ({ block }) => block.lastRow - block.firstRow + 1,
      columnCount: ({ block }) => block.lastColumn - block.firstColumn + 1,
      cellCount: ({ block }) => (block.lastRow - block.firstRow + 1) * (block.lastColumn - block.firstColumn + 1),
      values: (t) => cells(t, (s, r, c) => s.value(r, c) ?? ""),
      formulas: (t) => cells(t, (s, r, c) => s.formula(r, c) ?? s.value(r, c) ?? ""),
      numberFormat: (t) => cells(t, (s, r, c) => s.numberFormat(r, c)),
      text: (t) => cells(t, (s, r, c) => displayText(s.value(r, c), s.numberFormat(r, c))),
      valueTypes: (t) => cells(t, (s, r, c) => valueType(s.value(r, c))),
    };
  }

  protected override navigation(): Record<string, { load(spec?: LoadSpec): unknown }> {
    return { format: this.format, worksheet: this.worksheet };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): StoredValue[][] {
    return this.read("values");
  }

  set values(value: StoredValue[][] | StoredValue) {
    this.write("values", value, (t, v) => writeCells(t, v, "values", writeValue));
  }

  get formulas(): StoredValue[][] {
    return this.read("formulas");
  }

  set formulas(value: StoredValue[][] | StoredValue) {
    this.write("formulas", value, (t, v) => writeCells(t, v, "formulas", writeValue));
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(value: string[][] | string) {
    this.write("numberFormat", value, (t, v) => writeCells(t, v, "numberFormat", writeNumberFormat));
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.context, () => this.resolve()));
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.context, () => this.resolve().sheet, () => this.context.workbook.resolve()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.child("conditionalFormats", () => new ConditionalFormatCollection(this.context, () => this.resolve()));
  }

  /** A cell control over the range: "Checkbox" shows Boolean values as checkboxes, "Empty" removes it. */
  set control(value: { type: string }) {
    this.write("control", value, ({ sheet, block }, v) => {
      checkUnprotected(sheet);
      const type = (v as { type?: unknown } | null)?.type;
      if (type !== "Checkbox" && type !== "Empty") throw invalidArgument(`control type ${String(type)}`);
      forEachCell(block, (r, c) => {
        const k = r * MAX_COLUMNS + c;
        if (type === "Checkbox") sheet.checkboxes.add(k);
        else sheet.checkboxes.delete(k);
      });
    });
  }

  get dataValidation(): DataValidation {
    return this.child("dataValidation", () => new DataValidation(this.context, () => this.resolve()));
  }

  getCell(row: number, column: number): Range {
    return this.derive(({ block }) => checkedBlock(block.firstRow + row, block.firstColumn + column, 1, 1));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive(({ block }) => {
      const firstRow = block.firstRow + rowOffset, firstColumn = block.firstColumn + columnOffset;
      if (firstRow < 0 || firstColumn < 0) throw invalidArgument("offset leaves the grid");
      return checkedBlock(firstRow, firstColumn, block.lastRow - block.firstRow + 1, block.lastColumn - block.firstColumn + 1);
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive(({ block }) => {
      const rows = block.lastRow - block.firstRow + 1 + deltaRows, columns = block.lastColumn - block.firstColumn + 1 + deltaColumns;
      if (rows < 1 || columns < 1) throw invalidArgument("resized range has no cells");
      return checkedBlock(block.firstRow, block.firstColumn, rows, columns);
    });
  }

  getRow(index: number): Range {
    return this.derive(({ block }) => checkedBlock(block.firstRow + index, block.firstColumn, 1, block.lastColumn - block.firstColumn + 1));
  }

  getColumn(index: number): Range {
    return this.derive(({ block }) => checkedBlock(block.firstRow, block.firstColumn + index, block.lastRow - block.firstRow + 1, 1));
  }

  getLastRow(): Range {
    return this.derive(({ block }) => ({ ...block, firstRow: block.lastRow }));
  }

  getLastColumn(): Range {
    return this.derive(({ block }) => ({ ...block, firstColumn: block.lastColumn }));
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.call("clear", { applyTo }, ({ sheet, block: whole }, a) => {
      checkUnprotected(sheet);
      const what = (a as { applyTo: string }).applyTo;
      // Only cells in use can hold anything: clearing a whole sheet must not visit 17 billion cells.
      const used = sheet.usedBlock(false);
      if (!used) return;
      const block = {
        firstRow: Math.max(whole.firstRow, used.firstRow),
        firstColumn: Math.max(whole.firstColumn, used.firstColumn),
        lastRow: Math.min(whole.lastRow, used.lastRow),
        lastColumn: Math.min(whole.lastColumn, used.lastColumn),
      };
      forEachCell(block, (r, c) => {
        if (what !== "Formats") {
          sheet.setValue(r, c, undefined);
          sheet.setFormula(r, c, undefined);
          sheet.markApostrophe(r, c, false);
        }
        if (what !== "Contents") {
          sheet.setNumberFormat(r, c, "General");
          sheet.updateFormat(r, c, null);
        }
      });
    });
  }

  /** Deletes the cells; those below (shift "Up") or to the right ("Left") move into their place. */
  delete(shift: "Up" | "Left"): void {
    this.call("delete", { shift }, ({ sheet, block }, a) => {
      checkUnprotected(sheet);
      const direction = (a as { shift: unknown }).shift;
      if (direction !== "Up") throw new EmulatedOfficeError("NotImplemented", "The emulator deletes with shift Up only.");
      const tables = this.context.workbook.resolve().tablesOn(sheet);
      if (tables.some((t) => t.block.firstRow <= block.lastRow && block.firstRow <= t.block.lastRow && t.block.firstColumn <= block.lastColumn && block.firstColumn <= t.block.lastColumn)) {
        throw new EmulatedOfficeError("InvalidOperation", "The emulator does not delete cells inside a table; convert it to a range first.");
      }
      sheet.shiftUp(block.lastRow + 1, block.lastRow - block.firstRow + 1, block.firstColumn, block.lastColumn);
    });
  }

  select(): void {
    this.call("select", null, ({ sheet, block }) => {
      const workbook = this.context.workbook.resolve();
      workbook.activeSheet = sheet;
      workbook.selection = { sheet, block };
    });
  }

  private derive(next: (target: RangeTarget) => CellBlock): Range {
    return new Range(this.context, () => {
      const target = this.resolve();
      return { sheet: target.sheet, block: next(target) };
    });
  }
}

function valueType(value: StoredValue | undefined): string {
  if (value === undefined || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/.test(value) ? "Error" : "String";
}

function forEachCell(block: CellBlock, visit: (row: number, column: number) => void): void {
  for (let r = block.firstRow; r <= block.lastRow; r++) for (let c = block.firstColumn; c <= block.lastColumn; c++) visit(r, c);
}

function cells<V>({ sheet, block }: RangeTarget, read: (sheet: SheetModel, row: number, column: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = block.firstRow; r <= block.lastRow; r++) {
    const row: V[] = [];
    for (let c = block.firstColumn; c <= block.lastColumn; c++) row.push(read(sheet, r, c));
    out.push(row);
  }
  return out;
}

/**
 * Writes a 2D array cell by cell, or one value to every cell ("If the argument is a single value, it will be
 * applied to all cells in the range", Excel.Range.values/formulas). An array must have the range's shape (Excel
 * refuses anything else with InvalidArgument); a null element leaves its cell as it was, which is how JSON
 * carries NaN and Infinity too.
 */
/** Excel refuses changes to a protected sheet with AccessDenied. */
export function checkUnprotected(sheet: SheetModel): void {
  if (sheet.protected) throw new EmulatedOfficeError("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
}

function writeCells({ sheet, block }: RangeTarget, input: unknown, property: string, write: CellWriter): void {
  checkUnprotected(sheet);
  const rows = block.lastRow - block.firstRow + 1, columns = block.lastColumn - block.firstColumn + 1;
  if (typeof input === "string" || typeof input === "number" || typeof input === "boolean") {
    forEachCell(block, (r, c) => write(sheet, r, c, input));
    return;
  }
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}: expected ${rows} × ${columns}).`,
    );
  }
  (input as unknown[][]).forEach((row, i) =>
    row.forEach((cell, j) => {
      if (cell === null) return;
      if (typeof cell !== "string" && typeof cell !== "number" && typeof cell !== "boolean") {
        throw invalidArgument(`${property}[${i}][${j}] is not a string, number or boolean`);
      }
      write(sheet, block.firstRow + i, block.firstColumn + j, cell);
    }),
  );
}

/** Reads a format property over a range: the common value, or null when the cells differ (as Excel reports). */
function common<V>({ sheet, block }: RangeTarget, read: (sheet: SheetModel, row: number, column: number) => V): V | null {
  let first: V | undefined;
  let same = true;
  forEachCell(block, (r, c) => {
    const v = read(sheet, r, c);
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same && first !== undefined ? first : null;
}

/** A range's data validation; rules are recorded by address (Excel.DataValidation, ExcelApi 1.8). */
export class DataValidation extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "DataValidation");
  }

  protected getters(): Getters<RangeTarget> {
    return {};
  }

  set rule(value: unknown) {
    this.write("rule", value, ({ sheet, block }, v) => {
      const list = (v as { list?: { source?: unknown } } | null)?.list;
      if (!list || typeof list.source !== "string" || list.source === "") throw invalidArgument("the emulator models list rules with a source text only");
      const address = blockAddress(block);
      const kept = sheet.dataValidations.filter((d) => d.address !== address);
      sheet.dataValidations.splice(0, sheet.dataValidations.length, ...kept, { address, rule: v });
    });
  }

  clear(): void {
    this.call("clear", null, ({ sheet, block }) => {
      const address = blockAddress(block);
      const kept = sheet.dataValidations.filter((d) => d.address !== address);
      sheet.dataValidations.splice(0, sheet.dataValidations.length, ...kept);
    });
  }
}

export class RangeFormat extends ClientObject<RangeTarget> {
  readonly fill: RangeFill;
  readonly font: RangeFont;

  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFormat");
    this.fill = new RangeFill(context, () => this.resolve());
    this.font = new RangeFont(context, () => this.resolve());
  }

  protected getters(): Getters<RangeTarget> {
    return {
      columnWidth: (t) => common(t, (s, _r, c) => s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      horizontalAlignment: (t) => common(t, (s, r, c) => s.format(r, c)?.horizontalAlignment ?? "General"),
      verticalAlignment: (t) => common(t, (s, r, c) => s.format(r, c)?.verticalAlignment ?? "Bottom"),
      wrapText: (t) => common(t, (s, r, c) => s.format(r, c)?.wrapText ?? false),
    };
  }

  protected override navigation(): Record<string, { load(spec?: LoadSpec): unknown }> {
    return { fill: this.fill, font: this.font };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  set columnWidth(value: number) {
    this.write("columnWidth", value, ({ sheet, block }, v) => {
      if (typeof v !== "number" || v < 0) throw invalidArgument("columnWidth");
      for (let c = block.firstColumn; c <= block.lastColumn; c++) sheet.columnWidths.set(c, v);
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }

  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value, (t, v) => setCellFormat(t, { horizontalAlignment: requireOneOf(v, ALIGNMENTS, "horizontalAlignment") }));
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }

  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value, (t, v) => setCellFormat(t, { verticalAlignment: requireOneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"], "verticalAlignment") }));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.write("wrapText", value, (t, v) => setCellFormat(t, { wrapText: requireBoolean(v, "wrapText") }));
  }

  /** Widths follow the longest shown text, about 7 points a character (wide characters count twice), as Calibri 11 does. */
  autofitColumns(): void {
    this.call("autofitColumns", null, ({ sheet, block }) => {
      for (let c = block.firstColumn; c <= block.lastColumn; c++) {
        let longest = 0;
        for (let r = block.firstRow; r <= Math.min(block.lastRow, sheet.rows.length - 1); r++) {
          const text = displayText(sheet.value(r, c), sheet.numberFormat(r, c));
          let width = 0;
          for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
          longest = Math.max(longest, width);
        }
        sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.min(255 * 7, longest * 7 + 10)));
      }
    });
  }

  autofitRows(): void {
    this.call("autofitRows", null, () => undefined);
  }
}

const DEFAULT_COLUMN_WIDTH = 48;
const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

function requireOneOf(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) throw invalidArgument(`${what} ${String(value)}`);
  return value;
}

function setCellFormat({ sheet, block }: RangeTarget, change: Parameters<SheetModel["updateFormat"]>[2]): void {
  checkUnprotected(sheet);
  forEachCell(block, (r, c) => sheet.updateFormat(r, c, change));
}

const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

function requireColor(value: unknown, what: string): string {
  if (typeof value !== "string" || !COLOR.test(value)) throw invalidArgument(`${what} ${String(value)}`);
  return value;
}

export class RangeFill extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFill");
  }

  protected getters(): Getters<RangeTarget> {
    return { color: (t) => common(t, (s, r, c) => s.format(r, c)?.fill ?? null) };
  }

  get color(): string | null {
    return this.read("color");
  }

  set color(value: string) {
    this.write("color", value, (t, v) => setCellFormat(t, { fill: requireColor(v, "fill color") }));
  }

  clear(): void {
    this.call("clear", null, ({ sheet, block }) => forEachCell(block, (r, c) => {
      const rest = { ...sheet.format(r, c) };
      delete rest.fill;
      sheet.updateFormat(r, c, null);
      if (Object.keys(rest).length > 0) sheet.updateFormat(r, c, rest);
    }));
  }
}

export class RangeFont extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFont");
  }

  protected getters(): Getters<RangeTarget> {
    return {
      bold: (t) => common(t, (s, r, c) => s.format(r, c)?.bold ?? false),
      italic: (t) => common(t, (s, r, c) => s.format(r, c)?.italic ?? false),
      color: (t) => common(t, (s, r, c) => s.format(r, c)?.fontColor ?? "#000000"),
      name: (t) => common(t, (s, r, c) => s.format(r, c)?.fontName ?? "Calibri"),
      size: (t) => common(t, (s, r, c) => s.format(r, c)?.fontSize ?? 11),
    };
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.write("bold", value, (t, v) => setCellFormat(t, { bold: requireBoolean(v, "bold") }));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.write("italic", value, (t, v) => setCellFormat(t, { italic: requireBoolean(v, "italic") }));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, (t, v) => setCellFormat(t, { fontColor: requireColor(v, "font color") }));
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t, v) => setCellFormat(t, { fontName: requireString(v, "font name") }));
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.write("size", value, (t, v) => setCellFormat(t, { fontSize: requireCount(v, "font size", 1) }));
  }
}

// ---------------------------------------------------------------- tables

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
    const names = loadList(spec).map((n) => n.replace(/^items\//, ""));
    this.context.enqueue("TableCollection.load", { select: names }, () => {
      this.itemProxies = this.scope().map((table) => {
        const proxy = new Table(this.context, () => table, this.workbook);
        proxy.fill(names);
        return proxy;
      });
    });
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
    }, this.workbook);
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
      if (b.firstRow <= block.lastRow && block.firstRow <= b.lastRow && b.firstColumn <= block.lastColumn && block.firstColumn <= b.lastColumn) {
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

  fill(names: string[]): void {
    const getters = this.getters();
    const target = this.resolve();
    for (const name of names.length > 0 ? names : Object.keys(getters)) {
      const get = getters[name];
      if (!get) throw invalidArgument(`Table has no property '${name}'`);
      this.loaded.set(name, get(target));
    }
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
      const firstRow = table.block.firstRow + 1 + position;
      if (table.block.lastRow + count >= MAX_ROWS) throw invalidArgument("table would pass the last row of the sheet");
      table.sheet.shiftDown(firstRow, count, table.block.firstColumn, table.block.lastColumn);
      table.block = { ...table.block, lastRow: table.block.lastRow + count };
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

export class ChartCollection extends ClientObject<SheetModel> {
  constructor(context: RequestContext, locate: () => SheetModel) {
    super(context, locate, "ChartCollection");
  }

  protected getters(): Getters<SheetModel> {
    return { count: (s) => s.charts.length };
  }

  get count(): number {
    return this.read("count");
  }

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    let created: ChartRecord | undefined;
    this.call("add", { type, seriesBy }, (sheet, a) => {
      const source = sourceData.resolve();
      const { type: chartType, seriesBy: by } = a as { type: unknown; seriesBy: unknown };
      const rows = source.block.lastRow - source.block.firstRow + 1;
      const columns = source.block.lastColumn - source.block.firstColumn + 1;
      const scatter = String(chartType).startsWith("XYScatter");
      const byRows = by === "Rows";
      created = {
        type: requireString(chartType, "chart type"),
        source: qualifiedAddress(source.sheet.name, blockAddress(source.block)),
        // A scatter takes its x values from the first column (or row); every other one is a series.
        seriesCount: Math.max(1, (byRows ? rows : columns) - (scatter ? 1 : 0)),
        pointCount: byRows ? columns : rows,
        seriesBy: requireOneOf(by, ["Auto", "Columns", "Rows"], "seriesBy"),
        name: `Chart ${sheet.charts.length + 1}`,
        title: null,
        position: null,
        legendVisible: true,
        settings: {},
      };
      sheet.charts.push(created);
    });
    return new Chart(this.context, () => {
      if (!created) throw itemNotFound("chart not added");
      return created;
    });
  }
}

export class Chart extends ClientObject<ChartRecord> {
  constructor(context: RequestContext, locate: () => ChartRecord) {
    super(context, locate, "Chart");
  }

  protected getters(): Getters<ChartRecord> {
    return { name: (c) => c.name };
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.write("name", value, (chart, v) => (chart.name = requireString(v, "chart name")));
  }

  get title(): { text: string } {
    return this.child("title", () => recordedObject((p) => this.read(p), (p, v) => this.record(p, v), "title", ["text"]) as { text: string });
  }

  get legend(): { visible: boolean } {
    return this.child("legend", () => recordedObject((p) => this.read(p), (p, v) => this.record(p, v), "legend", ["visible"]) as { visible: boolean });
  }

  /** The chart's series by index; settings on them and their points are recorded (`series/0/points/3/dataLabel/text`). */
  get series(): { getItemAt(index: number): ChartSeries } {
    return this.child("series", () => ({ getItemAt: (index: number) => new ChartSeries(this, index) }));
  }

  get axes(): { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } } {
    return this.child("axes", () => ({
      categoryAxis: { title: recordedObject((p) => this.read(p), (p, v) => this.record(p, v), "axes/categoryAxis/title", ["text"]) as { text: string } },
      valueAxis: { title: recordedObject((p) => this.read(p), (p, v) => this.record(p, v), "axes/valueAxis/title", ["text"]) as { text: string } },
    }));
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const where = (cell: Range | string) => (typeof cell === "string" ? cell : blockAddress(cell.resolve().block));
    this.call("setPosition", null, (chart) => {
      chart.position = { start: where(startCell), end: endCell === undefined ? null : where(endCell) };
    });
  }

  /** A chart setting by path: the title and legend are kept as such, anything else is recorded for tests. */
  record(path: string, value: unknown): void {
    this.write(path, value, (chart, v) => {
      const series = /^series\/(\d+)\/(?:points\/(\d+)\/)?/.exec(path);
      if (series && Number(series[1]) >= chart.seriesCount) throw itemNotFound(`chart series ${series[1]} of ${chart.seriesCount}`);
      if (series?.[2] !== undefined && Number(series[2]) >= chart.pointCount) throw itemNotFound(`chart point ${series[2]} of ${chart.pointCount}`);
      if (path === "title/text") chart.title = requireString(v, "chart title");
      else if (path === "legend/visible") chart.legendVisible = requireBoolean(v, "legend visible");
      else chart.settings[path] = v;
    });
  }
}

/** One series of a chart; what the add-in sets on it, or on its points' data labels, is recorded on the chart. */
export class ChartSeries {
  constructor(
    private readonly chart: Chart,
    private readonly index: number,
  ) {}

  set hasDataLabels(value: boolean) {
    this.chart.record(`series/${this.index}/hasDataLabels`, value);
  }

  get points(): { getItemAt(index: number): { hasDataLabel: boolean; dataLabel: { text: string } } } {
    const unreadable = (): never => {
      throw propertyNotLoaded("point");
    };
    const record = (p: string, v: unknown) => this.chart.record(p, v);
    return {
      getItemAt: (point: number) => {
        const prefix = `series/${this.index}/points/${point}`;
        const item = recordedObject(unreadable, record, prefix, ["hasDataLabel"]);
        Object.defineProperty(item, "dataLabel", { value: recordedObject(unreadable, record, `${prefix}/dataLabel`, ["text"]) });
        return item as { hasDataLabel: boolean; dataLabel: { text: string } };
      },
    };
  }
}

export class ConditionalFormatCollection extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "ConditionalFormatCollection");
  }

  protected getters(): Getters<RangeTarget> {
    return { count: ({ sheet }) => sheet.conditionalFormats.length };
  }

  add(type: string): ConditionalFormat {
    let created: ConditionalFormatRecord | undefined;
    this.call("add", { type }, ({ sheet, block }, a) => {
      created = {
        type: requireOneOf((a as { type: unknown }).type, ["DataBar", "ColorScale", "IconSet", "Custom", "CellValue", "TopBottom", "PresetCriteria", "ContainsText"], "conditional format type"),
        address: qualifiedAddress(sheet.name, blockAddress(block)),
        settings: {},
      };
      sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormat(this.context, () => {
      if (!created) throw itemNotFound("conditional format not added");
      return created;
    });
  }
}

/** A conditional format; its settings are recorded by path (`dataBar/barDirection`, `custom/rule/formula`). */
export class ConditionalFormat extends ClientObject<ConditionalFormatRecord> {
  constructor(context: RequestContext, locate: () => ConditionalFormatRecord) {
    super(context, locate, "ConditionalFormat");
  }

  protected getters(): Getters<ConditionalFormatRecord> {
    return { type: (f) => f.type };
  }

  get type(): string {
    return this.read("type");
  }

  get dataBar(): { barDirection: string; showDataBarOnly: boolean } {
    return this.settings("dataBar", ["barDirection", "showDataBarOnly"]) as { barDirection: string; showDataBarOnly: boolean };
  }

  get custom(): { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } } {
    return {
      rule: this.settings("custom/rule", ["formula"]) as { formula: string },
      format: {
        fill: this.settings("custom/format/fill", ["color"]) as { color: string },
        font: this.settings("custom/format/font", ["color", "bold"]) as { color: string; bold: boolean },
      },
    };
  }

  private settings(prefix: string, keys: string[]): Record<string, unknown> {
    return recordedObject(
      (p) => this.read(p),
      (p, v) => this.write(p, v, (format, value) => (format.settings[p] = value)),
      prefix,
      keys,
    );
  }
}

/** A nested settings object (`chart.title`, `format.dataBar`) whose properties read and write by path. */
function recordedObject(
  read: (path: string) => unknown,
  write: (path: string, value: unknown) => void,
  prefix: string,
  keys: string[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => read(`${prefix}/${key}`),
      set: (value: unknown) => write(`${prefix}/${key}`, value),
    });
  }
  return object;
}
