/**
 * An in-memory Excel workbook for tests and the preview: the host behind Microsoft's Office.js client
 * (richApi.ts answers its requests), loaded from and dumped to plain JSON. Each request is counted and its body
 * measured, so tests can hold the add-in to a fixed number of round trips and to Excel on the web's size limits.
 */
import { blockAddress, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { EmulatedOfficeError, invalidArgument } from "./errors";
import type { SheetModel, Visibility } from "./model";
import type { HostVariants, VariantListing } from "./variants";
import { mergeBlock } from "./merged";
import { cellShows } from "./calc";
import { DEFAULT_VARIANTS, listVariants, setVariant } from "./variants";
import { WorkbookModel, checkTableName } from "./model";
import type { StoredValue } from "./typedInput";

export { EmulatedOfficeError } from "./errors";
export { CoauthoringTurns } from "./coauthoring";
export type { SheetModel, TableModel, WorkbookModel } from "./model";
export type { HostVariants, VariantListing, VariantName } from "./variants";
export { DEFAULT_VARIANTS, VARIANT_VALUES, everyVariant } from "./variants";

export type JsonCell = string | number | boolean | null;

/** The workbook as JSON: values from A1, dates as serial numbers; formulas the same shape, null where none. */
export interface WorkbookJson {
  sheets: SheetJson[];
  /** Name of the active sheet; the first visible sheet when absent. */
  activeSheet?: string;
}

export interface SheetJson {
  name: string;
  values: JsonCell[][];
  formulas?: (string | null)[][];
  /** Number formats the same shape; null or absent means General. */
  numberFormats?: (string | null)[][];
  tables?: { name: string; address: string }[];
  visibility?: Visibility;
  /** The sheet is protected: writes to it fail with AccessDenied. */
  protected?: boolean;
  /** Merged areas by A1 address (`A1:D1`): only each area's top-left cell keeps its value. */
  merged?: string[];
  /** Charts the add-in made on the sheet (dump only): type, title and number of series. */
  charts?: { type: string; title: string | null; series: number }[];
}

export interface EmulatorOptions {
  /** Largest request one sync may send, in bytes of its JSON: Excel on the web refuses 5 MB. */
  requestLimitBytes?: number;
  /** Largest response one sync may bring back: Excel on the web limits it to 5 MB as well. */
  responseLimitBytes?: number;
  /** How the host behaves where no document says how Excel does (variants.ts); the harder way by default. */
  variants?: Partial<HostVariants>;
}

export interface SyncStats {
  syncs: number;
  /** Bytes of each request, in order. */
  requestBytes: number[];
  maxRequestBytes: number;
  /** Bytes of what each sync's loads returned, in order: Excel on the web limits responses to 5 MB too. */
  responseBytes: number[];
  maxResponseBytes: number;
}

/**
 * Excel on the web's limits: 5 MB for a request and for a response, and five million cells for one range read
 * (office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md, "Excel add-ins").
 */
export const DEFAULT_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

export class ExcelEmulator {
  model = new WorkbookModel();
  /**
   * While true every sync fails as Excel does when the user is typing in a cell, except those of a run with
   * delayForCellEdit, which wait until the edit ends (Excel.RunOptions.delayForCellEdit).
   */
  get cellEditMode(): boolean {
    return this.editing;
  }

  set cellEditMode(on: boolean) {
    this.editing = on;
    if (!on) for (const resume of this.editWaiters.splice(0)) resume();
  }

  private editing = false;
  private readonly editWaiters: (() => void)[] = [];
  /** Fails the next sync with this code before anything runs, as Excel does with GeneralException and the like. */
  failNextSync: string | null = null;
  /** Fails the sync with this number (counting from 1 since the stats were reset) the same way. */
  failOnSync: { readonly sync: number; readonly code: string } | null = null;
  /** The action (counted from 0 in its request) at which the last request failed; null when it ran whole. */
  failedOperation: number | null = null;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  /** The variants in force: one object shared with the workbook's model, so a switch takes effect at once. */
  readonly variants: HostVariants;
  private syncs = 0;
  private requestBytes: number[] = [];
  private responseBytes: number[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(workbook?: WorkbookJson, options: EmulatorOptions = {}) {
    this.requestLimitBytes = options.requestLimitBytes ?? DEFAULT_REQUEST_LIMIT_BYTES;
    this.responseLimitBytes = options.responseLimitBytes ?? DEFAULT_RESPONSE_LIMIT_BYTES;
    this.variants = { ...DEFAULT_VARIANTS, ...options.variants };
    this.load(workbook ?? { sheets: [{ name: "Sheet1", values: [] }] });
  }

  /** The request being carried out: Excel carries out one request at a time, in the order they came. */
  private carrying: Promise<void> = Promise.resolve();

  /**
   * Carries out one request as Excel does: counted, then refused whole when a simulated failure is due, when the
   * user is editing a cell (or, with delayForCellEdit, once the edit ends) or when its body passes the limit;
   * otherwise `work` carries out its actions. The add-in's code always resumes in a later task, as after a real
   * round trip.
   */
  carryOut<T>(requestBytes: number, delayForCellEdit: boolean, work: () => T): Promise<T> {
    const done = this.carrying.then(() => this.carryOutNow(requestBytes, delayForCellEdit, work));
    this.carrying = done.then(
      () => undefined,
      () => undefined
    );
    return done;
  }

  private async carryOutNow<T>(bytes: number, delayForCellEdit: boolean, work: () => T): Promise<T> {
    this.syncs++;
    this.failedOperation = null;
    await nextTask();
    this.requestBytes.push(bytes);
    this.responseBytes.push(0);
    if (this.failOnSync?.sync === this.syncs) this.failNextSync = this.failOnSync.code;
    if (this.failNextSync) {
      const code = this.failNextSync;
      this.failNextSync = null;
      throw new EmulatedOfficeError(code as never, `Simulated failure: ${code}.`);
    }
    if (this.editing && delayForCellEdit) await new Promise<void>((resume) => this.editWaiters.push(resume));
    if (this.editing) {
      throw new EmulatedOfficeError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode."
      );
    }
    if (bytes > this.requestLimitBytes) {
      throw new EmulatedOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`
      );
    }
    try {
      return work();
    } finally {
      this.changed();
    }
  }

  /**
   * The response body that answered the last sync over the wire: it, not the emulator's count of what the loads
   * returned, is what Excel on the web limits. Returns false when it passes the limit.
   */
  noteWireResponse(bytes: number): boolean {
    if (this.responseBytes.length > 0) this.responseBytes[this.responseBytes.length - 1] = bytes;
    return bytes <= this.responseLimitBytes;
  }

  stats(): SyncStats {
    return {
      syncs: this.syncs,
      requestBytes: [...this.requestBytes],
      maxRequestBytes: Math.max(0, ...this.requestBytes),
      responseBytes: [...this.responseBytes],
      maxResponseBytes: this.responseBytes.reduce((m, b) => Math.max(m, b), 0),
    };
  }

  resetStats(): void {
    this.syncs = 0;
    this.requestBytes = [];
    this.responseBytes = [];
  }

  /** Called after every sync, applied or failed, and after load(); the preview redraws on it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Each variant's value now and the values it takes. */
  listVariants(): VariantListing {
    return listVariants(this.variants);
  }

  /** Switches one variant for what is written from now on; what the cells hold stays as it is. */
  setVariant(name: string, value: string): void {
    setVariant(this.variants, name, value);
  }

  /** Replaces the whole workbook. Values are stored as given (no parsing): they are what the cells hold. */
  load(json: WorkbookJson): void {
    if (!json || !Array.isArray(json.sheets) || json.sheets.length === 0)
      throw invalidArgument("a workbook needs at least one sheet");
    const model = new WorkbookModel(this.variants);
    for (const sheetJson of json.sheets) {
      const sheet = model.addSheet(sheetJson.name);
      sheet.visibility = sheetJson.visibility ?? "Visible";
      fillGrid(sheetJson.values, (r, c, v) => {
        if (v !== null && v !== "") sheet.setValue(r, c, v as StoredValue);
      });
      fillGrid(sheetJson.formulas, (r, c, f) => {
        if (typeof f === "string" && f.startsWith("=")) sheet.setFormula(r, c, f);
      });
      fillGrid(sheetJson.numberFormats, (r, c, f) => {
        if (typeof f === "string") sheet.setNumberFormat(r, c, f);
      });
      for (const table of sheetJson.tables ?? []) addTable(model, sheet, table);
      // Merged as Excel would merge them: the covered cells' values go, and an area cutting another or a table is refused.
      for (const address of sheetJson.merged ?? []) {
        const block = parseBlock(address);
        if (!block) throw invalidArgument(`merged area ${address} on ${sheet.name}`);
        mergeBlock(sheet, model.tablesOn(sheet), block, false);
      }
      sheet.protected = sheetJson.protected ?? false;
    }
    const active = json.activeSheet === undefined ? undefined : model.findSheet(json.activeSheet);
    model.activeSheet = active ?? model.sheets.find((s) => s.visibility === "Visible") ?? null;
    if (!model.activeSheet) throw invalidArgument("a workbook needs a visible sheet");
    this.model = model;
    this.changed();
  }

  /** The workbook as JSON, each sheet from A1 to its last cell with a value or formula. */
  dump(): WorkbookJson {
    return {
      activeSheet: this.model.activeSheet?.name ?? "",
      sheets: this.model.sheets.map((sheet) => dumpSheet(this.model, sheet)),
    };
  }
}

function fillGrid<V>(grid: V[][] | undefined, visit: (row: number, column: number, value: V) => void): void {
  grid?.forEach((row, r) => row.forEach((value, c) => visit(r, c, value)));
}

function addTable(model: WorkbookModel, sheet: SheetModel, table: { name: string; address: string }): void {
  const block = parseBlock(splitQualifiedAddress(table.address).local);
  if (!block || block.lastRow === block.firstRow) throw invalidArgument(`table ${table.name} at ${table.address}`);
  if (model.findTable(checkTableName(table.name))) throw invalidArgument(`two tables named ${table.name}`);
  model.tables.push({
    id: model.newId("table"),
    name: table.name,
    sheet,
    block,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showFilterButton: true,
  });
}

function dumpSheet(model: WorkbookModel, sheet: SheetModel): SheetJson {
  const used = sheet.usedBlock(true);
  const rows = used ? used.lastRow + 1 : 0,
    columns = used ? used.lastColumn + 1 : 0;
  const values: JsonCell[][] = [],
    formulas: (string | null)[][] = [],
    numberFormats: (string | null)[][] = [];
  let anyFormula = false,
    anyFormat = false;
  for (let r = 0; r < rows; r++) {
    const valueRow: JsonCell[] = [],
      formulaRow: (string | null)[] = [],
      formatRow: (string | null)[] = [];
    for (let c = 0; c < columns; c++) {
      valueRow.push(cellShows(sheet, r, c) ?? null);
      const formula = sheet.formula(r, c) ?? null;
      anyFormula ||= formula !== null;
      formulaRow.push(formula);
      const format = sheet.numberFormat(r, c);
      anyFormat ||= format !== "General";
      formatRow.push(format === "General" ? null : format);
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
  }
  const json: SheetJson = { name: sheet.name, values };
  if (anyFormula) json.formulas = formulas;
  if (anyFormat) json.numberFormats = numberFormats;
  const tables = model.tablesOn(sheet).map((t) => ({ name: t.name, address: blockAddress(t.block) }));
  if (tables.length > 0) json.tables = tables;
  if (sheet.charts.length > 0)
    json.charts = sheet.charts.map((c) => ({ type: c.type, title: c.title, series: c.seriesCount }));
  if (sheet.visibility !== "Visible") json.visibility = sheet.visibility;
  if (sheet.protected) json.protected = true;
  if (sheet.merged.length > 0) json.merged = sheet.merged.map(blockAddress);
  return json;
}

/** A task of its own: where a reply from Excel resumes the add-in. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
