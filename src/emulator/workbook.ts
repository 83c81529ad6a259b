/** The workbook, the application and worksheets (with their custom properties and freeze panes). */
import type { CellArea } from "../core/cellAddress";
import { MAX_COLUMNS, MAX_ROWS, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { EmulatedOfficeError, invalidArgument, itemNotFound } from "./errors";
import type { ProtectionOptions, SheetModel, Visibility, WorkbookModel } from "./model";
import { NO_ALLOWANCES, checkSheetName, checkUnprotected } from "./model";
import type { Getters, HostCollection, HostContext } from "./hostObject";
import { HostObject, requireBoolean, requireCount, requireString } from "./hostObject";
import { Range } from "./range";
import { TableCollection } from "./table";
import { ChartCollection } from "./chart";

export class Workbook extends HostObject<WorkbookModel> {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  /** `context.application` is the workbook's (RequestContext.application in the package's client). */
  readonly application: Application;

  constructor(context: HostContext, locate: () => WorkbookModel) {
    super(context, locate, "Workbook");
    this.worksheets = new WorksheetCollection(context, locate);
    this.tables = new TableCollection(context, locate, null);
    this.application = new Application(context, locate);
  }

  getters(): Getters<WorkbookModel> {
    return {};
  }

  /** The workbook is whatever the emulator holds now: one loaded later (the preview's loadWorkbook) replaces it. */
  override tryResolve(): WorkbookModel {
    return this.context.model();
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

export class Application extends HostObject<WorkbookModel> {
  constructor(context: HostContext, locate: () => WorkbookModel) {
    super(context, locate, "Application");
  }

  getters(): Getters<WorkbookModel> {
    return { calculationMode: () => "Automatic" };
  }

  /** The emulator computes nothing, so there is nothing to suspend. */
  suspendApiCalculationUntilNextSync(): void {
    this.call(null, () => undefined);
  }
}

// ---------------------------------------------------------------- worksheets

export class WorksheetCollection extends HostObject<SheetModel[]> implements HostCollection {
  constructor(
    context: HostContext,
    private readonly workbook: () => WorkbookModel
  ) {
    super(context, () => workbook().sheets, "WorksheetCollection");
  }

  getters(): Getters<SheetModel[]> {
    return {};
  }

  listItems(): Worksheet[] {
    return this.workbook().sheets.map((sheet) => new Worksheet(this.context, () => sheet, this.workbook));
  }

  getItem(key: string): Worksheet {
    return new Worksheet(
      this.context,
      () => {
        const sheet = this.find(key);
        if (!sheet) throw itemNotFound(`worksheet '${key}'`);
        return sheet;
      },
      this.workbook
    ).instantiated();
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key) ?? null, this.workbook, true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.context,
      () => {
        const sheet = this.workbook().activeSheet;
        if (!sheet) throw itemNotFound("no active worksheet");
        return sheet;
      },
      this.workbook
    ).instantiated();
  }

  add(name?: string | null): Worksheet {
    const created = this.workbook().addSheet(name ?? this.workbook().nextSheetName());
    return new Worksheet(this.context, () => created, this.workbook);
  }

  getCount(): number {
    return this.workbook().sheets.length;
  }

  private find(key: string): SheetModel | undefined {
    return this.workbook().findSheet(key) ?? this.workbook().sheets.find((s) => s.id === key);
  }
}

export class Worksheet extends HostObject<SheetModel> {
  constructor(
    context: HostContext,
    locate: () => SheetModel | null,
    private readonly workbook: () => WorkbookModel,
    orNull = false
  ) {
    super(context, locate, "Worksheet", orNull);
  }

  protected override isAlive(sheet: SheetModel): boolean {
    return this.workbook().sheets.includes(sheet);
  }

  getters(): Getters<SheetModel> {
    return {
      id: (s) => s.id,
      name: (s) => s.name,
      position: (s) => this.workbook().sheets.indexOf(s),
      visibility: (s) => s.visibility,
      showGridlines: (s) => s.showGridlines,
      tabColor: (s) => s.tabColor,
    };
  }

  set name(value: string) {
    this.write(value, (sheet, v) => {
      const name = checkSheetName(v);
      const other = this.workbook().findSheet(name);
      if (other && other !== sheet)
        throw new EmulatedOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      sheet.name = name;
    });
  }

  set position(value: number) {
    this.write(value, (sheet, v) => {
      const sheets = this.workbook().sheets;
      const to = requireCount(v, "position", 0);
      if (to >= sheets.length) throw invalidArgument(`position ${to} of ${sheets.length} worksheets`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(to, 0, sheet);
    });
  }

  set visibility(value: Visibility) {
    this.write(value, (sheet, v) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument(`visibility ${String(v)}`);
      if (v !== "Visible" && this.visibleOthers(sheet) === 0) {
        throw new EmulatedOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = v;
      if (v !== "Visible" && this.workbook().activeSheet === sheet) this.workbook().activeSheet = this.firstVisible();
    });
  }

  set showGridlines(value: boolean) {
    this.write(value, (sheet, v) => (sheet.showGridlines = requireBoolean(v, "showGridlines")));
  }

  set tabColor(value: string) {
    this.write(value, (sheet, v) => (sheet.tabColor = requireString(v, "tabColor")));
  }

  get tables(): TableCollection {
    return this.child("tables", () => new TableCollection(this.context, this.workbook, () => this.resolve()));
  }

  get charts(): ChartCollection {
    return this.child("charts", () => new ChartCollection(this.context, () => this.resolve()));
  }

  get customProperties(): WorksheetCustomPropertyCollection {
    return this.child(
      "customProperties",
      () => new WorksheetCustomPropertyCollection(this.context, () => this.resolve())
    );
  }

  get protection(): WorksheetProtection {
    return this.child("protection", () => new WorksheetProtection(this.context, () => this.resolve()));
  }

  get freezePanes(): WorksheetFreezePanes {
    return this.child("freezePanes", () => new WorksheetFreezePanes(this.context, () => this.resolve()));
  }

  activate(): void {
    this.call(null, (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new EmulatedOfficeError("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.workbook().activeSheet = sheet;
    });
  }

  delete(): void {
    this.call(null, (sheet) => {
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

  /** Worksheet.getRange: "If not specified, the entire worksheet range is returned" (Excel API reference, ExcelApi 1.1). */
  getRange(address?: string | null): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      // Microsoft's client sends an argument the add-in left out as null.
      if (address === undefined || address === null)
        return { sheet, block: { firstRow: 0, firstColumn: 0, lastRow: MAX_ROWS - 1, lastColumn: MAX_COLUMNS - 1 } };
      const { sheet: named, local } = splitQualifiedAddress(address);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
        throw invalidArgument(`address ${address} is on another worksheet`);
      const block = parseBlock(local);
      if (!block) throw invalidArgument(`address ${address}`);
      return { sheet, block };
    }).instantiated();
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, () => ({
      sheet: this.resolve(),
      block: checkedBlock(
        requireCount(startRow, "startRow", 0),
        requireCount(startColumn, "startColumn", 0),
        requireCount(rowCount, "rowCount", 1),
        requireCount(columnCount, "columnCount", 1)
      ),
    })).instantiated();
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** On a blank sheet Excel gives A1 rather than an error (Worksheet.getUsedRange docs). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      return {
        sheet,
        block: sheet.usedBlock(valuesOnly) ?? { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.resolve();
        const block = sheet.usedBlock(valuesOnly);
        return block ? { sheet, block } : null;
      },
      true
    );
  }

  private visibleOthers(sheet: SheetModel): number {
    return this.workbook().sheets.filter((s) => s !== sheet && s.visibility === "Visible").length;
  }

  private firstVisible(): SheetModel | null {
    return this.workbook().sheets.find((s) => s.visibility === "Visible") ?? null;
  }
}

export function checkedBlock(firstRow: number, firstColumn: number, rowCount: number, columnCount: number): CellArea {
  const block = { firstRow, firstColumn, lastRow: firstRow + rowCount - 1, lastColumn: firstColumn + columnCount - 1 };
  if (block.lastRow >= MAX_ROWS || block.lastColumn >= MAX_COLUMNS) {
    throw invalidArgument(`range outside the grid (${firstRow}, ${firstColumn}, ${rowCount} × ${columnCount})`);
  }
  return block;
}

export class WorksheetCustomPropertyCollection extends HostObject<SheetModel> implements HostCollection {
  constructor(context: HostContext, locate: () => SheetModel) {
    super(context, locate, "WorksheetCustomPropertyCollection");
  }

  getters(): Getters<SheetModel> {
    return {};
  }

  /** Adds the property, or sets its value when the key exists (keys compare case-insensitively, as Excel's do). */
  add(key: string, value: string): void {
    this.call({ key, value }, (sheet, a) => {
      // Whether sheet protection covers custom properties is not said: refused, the harder case.
      checkUnprotected(sheet);
      const { key: k, value: v } = a as { key: unknown; value: unknown };
      const name = requireString(k, "custom property key");
      if (name.length === 0 || name.length > 255) throw invalidArgument(`custom property key ${name}`);
      const existing = [...sheet.customProperties.keys()].find((x) => x.toLowerCase() === name.toLowerCase());
      sheet.customProperties.set(existing ?? name, requireString(v, "custom property value"));
    });
  }

  /** `load("items")`, `load("items/key,items/value")`: every property of the sheet. */
  listItems(): WorksheetCustomProperty[] {
    const sheet = this.resolve();
    return [...sheet.customProperties.keys()].map(
      (key) => new WorksheetCustomProperty(this.context, () => ({ sheet, key }), false)
    );
  }

  /** The property by key; a key the sheet does not have fails with ItemNotFound (WorksheetCustomPropertyCollection.getItem). */
  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(
      this.context,
      () => {
        const sheet = this.resolve();
        const found = [...sheet.customProperties.keys()].find((x) => x.toLowerCase() === key.toLowerCase());
        return found === undefined ? null : { sheet, key: found };
      },
      false
    );
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(
      this.context,
      () => {
        const sheet = this.resolve();
        const found = [...sheet.customProperties.keys()].find((x) => x.toLowerCase() === key.toLowerCase());
        return found === undefined ? null : { sheet, key: found };
      },
      true
    );
  }
}

export class WorksheetCustomProperty extends HostObject<{ sheet: SheetModel; key: string }> {
  constructor(context: HostContext, locate: () => { sheet: SheetModel; key: string } | null, orNull: boolean) {
    super(context, locate, "WorksheetCustomProperty", orNull);
  }

  getters(): Getters<{ sheet: SheetModel; key: string }> {
    return { key: (p) => p.key, value: (p) => p.sheet.customProperties.get(p.key) ?? "" };
  }

  delete(): void {
    this.call(null, (p) => {
      checkUnprotected(p.sheet);
      p.sheet.customProperties.delete(p.key);
    });
  }
}

/**
 * A sheet's protection (Excel.WorksheetProtection, ExcelApi 1.2; the password 1.7): `protect` "fails if the worksheet
 * has already been protected"; `unprotect` with a wrong password fails (the emulator's code: InvalidArgument).
 */
export class WorksheetProtection extends HostObject<SheetModel> {
  constructor(context: HostContext, locate: () => SheetModel) {
    super(context, locate, "WorksheetProtection");
  }

  getters(): Getters<SheetModel> {
    return { protected: (s) => s.protected, options: (s) => ({ ...s.protectionOptions }) };
  }

  protect(options?: Partial<ProtectionOptions> | null, password?: string | null): void {
    this.call({ options, password }, (sheet, a) => {
      const given = a as { options?: Record<string, unknown> | null; password?: unknown };
      if (sheet.protected)
        throw new EmulatedOfficeError("InvalidOperation", `The worksheet '${sheet.name}' is already protected.`);
      const chosen: ProtectionOptions = { ...NO_ALLOWANCES };
      for (const [key, value] of Object.entries(given.options ?? {})) {
        if (!(key in NO_ALLOWANCES) || typeof value !== "boolean") continue;
        chosen[key as keyof ProtectionOptions] = value;
      }
      sheet.protected = true;
      sheet.protectionOptions = chosen;
      sheet.protectionPassword = typeof given.password === "string" && given.password !== "" ? given.password : null;
    });
  }

  unprotect(password?: string | null): void {
    this.call({ password }, (sheet, a) => {
      const given = (a as { password?: unknown }).password;
      if (!sheet.protected) return;
      if (sheet.protectionPassword !== null && given !== sheet.protectionPassword)
        throw invalidArgument("the password does not unprotect the worksheet");
      sheet.protected = false;
      sheet.protectionOptions = NO_ALLOWANCES;
      sheet.protectionPassword = null;
    });
  }
}

export class WorksheetFreezePanes extends HostObject<SheetModel> {
  constructor(context: HostContext, locate: () => SheetModel) {
    super(context, locate, "WorksheetFreezePanes");
  }

  getters(): Getters<SheetModel> {
    return {};
  }

  freezeRows(count = 1): void {
    this.call({ count }, (sheet, a) => {
      // Whether protection stops freezing panes is not said: refused, the harder case.
      checkUnprotected(sheet);
      sheet.frozenRows = requireCount((a as { count: unknown }).count, "count", 0);
    });
  }

  unfreeze(): void {
    this.call(null, (sheet) => {
      checkUnprotected(sheet);
      sheet.frozenRows = 0;
    });
  }
}

// ---------------------------------------------------------------- ranges
