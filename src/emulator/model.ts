/**
 * The emulated workbook's state: plain data that the Office.js-shaped proxies (api.ts) read and change at
 * sync(), and that the preview draws. Cells are stored row by row so that a 200,000-row import stays cheap.
 */
import type { CellArea } from "../core/cellAddress";
import { MAX_COLUMNS, blockHolds, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import type { StoredValue } from "./typedInput";
import { EmulatedOfficeError, invalidArgument } from "./errors";
import type { HostVariants } from "./variants";
import { DEFAULT_VARIANTS } from "./variants";

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface ChartRecord {
  readonly type: string;
  readonly source: string;
  /** How many series and points the source makes, to refuse series or points that do not exist. */
  readonly seriesCount: number;
  readonly pointCount: number;
  readonly seriesBy: string;
  name: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
  legendVisible: boolean;
  /** Anything else the add-in set, by path (`series/0/hasDataLabels`), so tests can check it. */
  readonly settings: Record<string, unknown>;
}

export interface ConditionalFormatRecord {
  readonly type: string;
  readonly address: string;
  readonly settings: Record<string, unknown>;
}

/** The cells a conditional format applies to, on its sheet. */
export function conditionalFormatBlock(format: ConditionalFormatRecord): CellArea | null {
  return parseBlock(splitQualifiedAddress(format.address).local);
}

/** Whether a cell's value equals a rule's constant formula (="On track", =12), as Excel's = compares them. */
function sameAsConstant(value: StoredValue | undefined, formula: string): boolean {
  const constant = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (constant)
    return (
      typeof value === "string" && value.toLowerCase() === (constant[1] as string).replace(/""/g, '"').toLowerCase()
    );
  const number = /^=(-?\d+(?:\.\d+)?)$/.exec(formula);
  return number !== null && typeof value === "number" && value === Number(number[1]);
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

const key = (row: number, column: number) => row * MAX_COLUMNS + column;

/**
 * A cell property stored row by row, as the values are: an import formats every cell of a 200,000-row table, and
 * a map entry a cell made the emulator spend most of a preview import collecting garbage.
 */
export class CellGrid<T> {
  private readonly rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = this.rows[row] = [];
    }
    cells[column] = value;
  }

  /** What one cell holds goes to another, and the first is left empty. */
  move(fromRow: number, fromColumn: number, toRow: number, toColumn: number): void {
    const value = this.get(fromRow, fromColumn);
    this.set(fromRow, fromColumn, undefined);
    this.set(toRow, toColumn, value);
  }

  /** One past the last row that was ever given something. */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Every cell that holds something, row by row (forEach skips the holes of a sparse row). */
  forEach(visit: (row: number, column: number, value: T) => void): void {
    this.rows.forEach((cells, row) =>
      cells.forEach((value, column) => value !== undefined && visit(row, column, value))
    );
  }
}

/**
 * What a protected sheet still lets an add-in do (Excel.WorksheetProtectionOptions, ExcelApi 1.2): every allowance is
 * false unless the protect call grants it, so a protected sheet refuses formats, widths and objects too.
 */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
}

export const NO_ALLOWANCES: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
};

/**
 * A change a protected sheet refuses, unless its options allow it (Excel.WorksheetProtectionOptions): the whole
 * call fails, nothing of it done. Excel does not say what code it gives; the emulator's AccessDenied names the sheet.
 */
export function checkUnprotected(sheet: SheetModel, allowance?: keyof ProtectionOptions): void {
  if (sheet.protected && !(allowance !== undefined && sheet.protectionOptions[allowance]))
    throw new EmulatedOfficeError("AccessDenied", `The worksheet '${sheet.name}' is protected.`);
}

export class SheetModel {
  visibility: Visibility = "Visible";
  /** A protected sheet refuses changes to its locked cells, and whatever its options do not allow (Worksheet.protection). */
  protected = false;
  protectionOptions: ProtectionOptions = NO_ALLOWANCES;
  protectionPassword: string | null = null;
  /**
   * Cells whose Locked box is cleared, by cell key: "the default value of the locked property is true" for every
   * cell (Excel.FormatProtection.locked, ExcelApi 1.2), so only these take values on a protected sheet.
   */
  readonly unlocked = new Set<number>();
  showGridlines = true;
  tabColor = "";
  frozenRows = 0;
  readonly values = new CellGrid<StoredValue>();
  readonly formulas = new Map<number, string>();
  readonly numberFormats = new CellGrid<string>();
  readonly formats = new Map<number, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly charts: ChartRecord[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  /** Cells showing a checkbox control (Range.control, ExcelApi 1.18), by cell key. */
  readonly checkboxes = new Set<number>();
  /** Data validation rules by address, as the add-in set them. */
  readonly dataValidations: { address: string; rule: unknown }[] = [];
  /** Worksheet custom properties (ExcelApi 1.12): they stay with the sheet when it is renamed. */
  readonly customProperties = new Map<string, string>();
  /** Merged areas (merged.ts), in the order they were made. */
  merged: CellArea[] = [];
  /** Excel keeps the leading apostrophe of text typed with one; reads leave it out. */
  readonly apostrophes = new CellGrid<true>();

  constructor(
    readonly id: string,
    public name: string,
    /** The workbook's variants (variants.ts), shared, so a switch applies to every sheet at once. */
    readonly variants: HostVariants = { ...DEFAULT_VARIANTS },
    /** The workbook the sheet is in, where its formulas look up other sheets. */
    readonly workbook: WorkbookModel | null = null
  ) {}

  value(row: number, column: number): StoredValue | undefined {
    return this.values.get(row, column);
  }

  setValue(row: number, column: number, value: StoredValue | undefined): void {
    this.values.set(row, column, value);
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(key(row, column));
  }

  setFormula(row: number, column: number, formula: string | undefined): void {
    if (formula === undefined) {
      if (this.formulas.size > 0) this.formulas.delete(key(row, column));
    } else this.formulas.set(key(row, column), formula);
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(row, column) ?? "General";
  }

  setNumberFormat(row: number, column: number, format: string): void {
    this.numberFormats.set(row, column, format === "General" || format === "" ? undefined : format);
  }

  format(row: number, column: number): CellFormat | undefined {
    return this.formats.get(key(row, column));
  }

  updateFormat(row: number, column: number, change: Partial<CellFormat> | null): void {
    const k = key(row, column);
    if (change === null) {
      this.formats.delete(k);
      return;
    }
    this.formats.set(k, { ...this.formats.get(k), ...change });
  }

  /**
   * The fill a cell shows: the first of its cell-value conditional formats whose rule holds (comparing as Excel's =
   * does, text without regard to case), else its own fill. Only EqualTo with a constant (="text", =12) is worked
   * out; the add-in sets no other rule that colours a cell.
   */
  shownFill(row: number, column: number): string | undefined {
    for (const format of this.conditionalFormats) {
      const fill = format.type === "CellValue" ? format.settings["cellValue/format/fill/color"] : undefined;
      const rule = format.settings["cellValue/rule"] as { formula1: string; operator: string } | undefined;
      if (typeof fill !== "string" || rule?.operator !== "EqualTo") continue;
      const b = conditionalFormatBlock(format);
      if (!b || !blockHolds(b, row, column)) continue;
      if (sameAsConstant(this.value(row, column), rule.formula1)) return fill;
    }
    return this.format(row, column)?.fill;
  }

  hasCheckbox(row: number, column: number): boolean {
    return this.checkboxes.has(key(row, column));
  }

  hasApostrophe(row: number, column: number): boolean {
    return this.apostrophes.get(row, column) === true;
  }

  markApostrophe(row: number, column: number, on: boolean): void {
    this.apostrophes.set(row, column, on ? true : undefined);
  }

  /** The smallest block holding every value or formula (and, unless valuesOnly, every formatted cell). */
  usedBlock(valuesOnly: boolean, within?: CellArea): CellArea | null {
    let firstRow = Infinity,
      lastRow = -1,
      firstColumn = Infinity,
      lastColumn = -1;
    const include = (row: number, column: number) => {
      if (within && !blockHolds(within, row, column)) return;
      firstRow = Math.min(firstRow, row);
      lastRow = Math.max(lastRow, row);
      firstColumn = Math.min(firstColumn, column);
      lastColumn = Math.max(lastColumn, column);
    };
    this.values.forEach(include);
    const keyed = [this.formulas.keys()];
    if (!valuesOnly) {
      keyed.push(this.formats.keys());
      this.numberFormats.forEach(include);
    }
    for (const keys of keyed) for (const k of keys) include(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    return lastRow < 0 ? null : { firstRow, firstColumn, lastRow, lastColumn };
  }

  /** Moves every cell at or below `fromRow` within the columns down by `count` rows (Excel's insert, shift down). */
  shiftDown(fromRow: number, count: number, firstColumn: number, lastColumn: number): void {
    const used = this.usedBlock(false);
    if (!used || used.lastRow < fromRow) return;
    for (let row = used.lastRow; row >= fromRow; row--) {
      for (let column = firstColumn; column <= lastColumn; column++) {
        this.moveCell(row, column, row + count, column);
      }
    }
  }

  /** Moves every cell at or right of `fromColumn` within the rows right by `count` columns (Excel's insert, shift right). */
  shiftRight(fromColumn: number, count: number, firstRow: number, lastRow: number): void {
    const used = this.usedBlock(false);
    if (!used || used.lastColumn < fromColumn) return;
    for (let row = firstRow; row <= lastRow; row++) {
      for (let column = used.lastColumn; column >= fromColumn; column--)
        this.moveCell(row, column, row, column + count);
    }
  }

  /** Moves every cell at or below `fromRow` within the columns up by `count` rows, over the cells deleted. */
  shiftUp(fromRow: number, count: number, firstColumn: number, lastColumn: number): void {
    const used = this.usedBlock(false);
    for (let column = firstColumn; column <= lastColumn; column++) {
      for (let row = fromRow - count; row < fromRow; row++) this.clearCell(row, column);
    }
    if (!used || used.lastRow < fromRow) return;
    for (let row = fromRow; row <= used.lastRow; row++) {
      for (let column = firstColumn; column <= lastColumn; column++) this.moveCell(row, column, row - count, column);
    }
  }

  private clearCell(row: number, column: number): void {
    this.setValue(row, column, undefined);
    const k = key(row, column);
    this.formulas.delete(k);
    this.numberFormats.set(row, column, undefined);
    this.formats.delete(k);
    this.apostrophes.set(row, column, undefined);
  }

  private moveCell(fromRow: number, column: number, toRow: number, toColumn: number): void {
    if (fromRow === toRow && column === toColumn) return;
    for (const grid of [this.values, this.apostrophes, this.numberFormats] as CellGrid<unknown>[])
      grid.move(fromRow, column, toRow, toColumn);
    const from = key(fromRow, column),
      to = key(toRow, toColumn);
    for (const map of [this.formulas, this.formats] as Map<number, unknown>[]) {
      const v = map.get(from);
      map.delete(from);
      if (v === undefined) map.delete(to);
      else map.set(to, v);
    }
  }
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  /** The whole table, header row included. */
  block: CellArea;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

/** Excel's rules for a worksheet name. */
export function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || FORBIDDEN_IN_SHEET_NAME.test(name)) {
    throw invalidArgument(`worksheet name ${JSON.stringify(name)}: 1–31 characters, none of : \\ / ? * [ ]`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw invalidArgument(`worksheet name ${JSON.stringify(name)}`);
  }
  return name;
}

/** Excel's rules for a table name: starts with a letter, _ or \, then letters, digits, _ and .; not a cell reference. */
export function checkTableName(name: unknown): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) ||
    /^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/.test(name)
  ) {
    throw invalidArgument(`table name ${JSON.stringify(name)}`);
  }
  return name;
}

export class WorkbookModel {
  constructor(readonly variants: HostVariants = { ...DEFAULT_VARIANTS }) {}

  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; block: CellArea } | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  findTable(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.findSheet(name)) {
      throw new EmulatedOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    }
    const sheet = new SheetModel(this.newId("sheet"), name, this.variants, this);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  /** Excel's name for a new sheet: Sheet1, Sheet2 … the first one free. */
  nextSheetName(): string {
    for (let n = 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }
}
