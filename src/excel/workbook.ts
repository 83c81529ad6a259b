/**
 * Reading the workbook in as few round trips as the work allows. Every input block the command needs, the
 * add-in's marks on sheets and the workbook's names (sheets, tables, the active sheet) go in one round trip when
 * the layout last seen still holds; otherwise the names come first, in a round trip of their own. Commands then
 * decide in core and write in one more round trip.
 */
import type { CellValue } from "../core/cellValues";
import type { InputCells } from "../core/records";
import type { InputSource, OutputPlan, SheetInfo, WorkbookNames } from "../core/workbookPlan";
import { STORE_METRICS } from "../core/contract";
import { freeSheetName } from "../core/sheetNames";
import type { CellArea } from "../core/cellAddress";
import type { CellsAt } from "../core/cells";
import { MAX_COLUMNS, areaBlocks } from "../core/cellAddress";
import { jsonBytes } from "../core/payload";
import { READ_BLOCK_BYTES, syncUnlessTooLarge } from "./limits";
import { excelErrorCode } from "./errors";
import { hostApi } from "./hostApi";
import type { WorkbookOutline } from "./layoutMemory";
import { layoutMemory } from "./layoutMemory";

/** The custom property that marks a sheet the add-in made, with the output it holds as its value. */
export const OWNER_PROPERTY = "GrowthOps.Output";

export type { WorkbookOutline } from "./layoutMemory";

/** Queues the read of the workbook's names; after the sync, the outline. */
function queueOutline(context: Excel.RequestContext): () => WorkbookOutline {
  const sheets = context.workbook.worksheets.load("items/name, items/position");
  const tables = context.workbook.tables.load("items/name");
  const active = context.workbook.worksheets.getActiveWorksheet().load("name");
  return () => ({
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position })),
    tables: tables.items.map((t) => t.name),
    activeSheet: active.name,
  });
}

function remember(context: Excel.RequestContext, outline: WorkbookOutline): WorkbookOutline {
  const memory = layoutMemory(context);
  if (memory) memory.outline = outline;
  return outline;
}

/** The names alone, in a round trip of their own. */
export async function readOutline(context: Excel.RequestContext): Promise<WorkbookOutline> {
  const outline = queueOutline(context);
  await context.sync();
  return remember(context, outline());
}

/**
 * A command's last sync when it may add, rename or remove sheets or tables: the layout it leaves is read in the
 * same round trip, so the next command's first read is planned on what is there.
 */
export async function syncNotingLayout(context: Excel.RequestContext): Promise<void> {
  const after = layoutMemory(context) ? queueOutline(context) : null;
  await context.sync();
  if (after) remember(context, after());
}

/** The same sheets in the same places and the same tables: the marks and tables' sheets read for one hold for the other. */
function sameNames(a: WorkbookOutline, b: WorkbookOutline): boolean {
  return (
    a.sheets.length === b.sheets.length &&
    a.sheets.every((s, i) => s.name === b.sheets[i]?.name && s.position === b.sheets[i]?.position) &&
    a.tables.length === b.tables.length &&
    a.tables.every((t, i) => t === b.tables[i])
  );
}

/** The outline as the input planner takes it; sheet marks are not known yet (they come with the second round trip). */
export function outlineNames(outline: WorkbookOutline): WorkbookNames {
  return {
    sheets: outline.sheets.map((s) => ({ ...s, owner: null })),
    tables: outline.tables,
    activeSheet: outline.activeSheet,
  };
}

export interface PendingBlock {
  /** After the sync: the cells, or null when the source is a blank sheet. */
  read(): InputCells | null;
}

const BLOCK_PROPERTIES = "values, numberFormat, rowIndex, columnIndex";

/** Queues the read of an input's cells: a table's whole range, or a sheet's used range. */
export function queueBlockRead(
  context: Excel.RequestContext,
  source: Exclude<InputSource, { from: "several" }>
): PendingBlock {
  if (source.from === "table") {
    const table = context.workbook.tables.getItem(source.name);
    const range = table.getRange().load(BLOCK_PROPERTIES);
    const sheet = table.worksheet.load("name");
    return { read: () => toBlock(sheet.name, range, true) };
  }
  const range = context.workbook.worksheets.getItem(source.name).getUsedRangeOrNullObject(true).load(BLOCK_PROPERTIES);
  return { read: () => (range.isNullObject ? null : toBlock(source.name, range, false)) };
}

/**
 * Rows of an input read with the command's other reads: up to this many, header included. An input this size or
 * smaller is read in that one round trip; a larger one gets its further rows in blocks (readRowsInBlocks).
 */
export const FIRST_READ_ROWS = 2_000;

export interface PendingInput {
  /** After the sync: the first rows' cells and where all the input's cells are; null for a blank sheet. */
  read(): { head: InputCells | null; bounds: UsedBounds } | null;
}

/**
 * Queues the read of an input's first rows (`headRows`, FIRST_READ_ROWS unless its size is remembered) and of its
 * bounds: a table's whole range, or a sheet's used range. Reading a large input whole would pass Excel on the
 * web's 5 MB response limit.
 */
export function queueInputRead(
  context: Excel.RequestContext,
  source: Exclude<InputSource, { from: "several" }>,
  headRows = FIRST_READ_ROWS
): PendingInput {
  if (source.from === "table") {
    const table = context.workbook.tables.getItem(source.name);
    const whole = table.getRange();
    const bounds = whole.load("rowIndex, columnIndex, rowCount, columnCount");
    const head = whole
      .getIntersectionOrNullObject(whole.getRow(0).getResizedRange(headRows - 1, 0))
      .load(BLOCK_PROPERTIES);
    const sheet = table.worksheet.load("name");
    return { read: () => ({ head: toBlock(sheet.name, head, true), bounds: boundsOf(sheet.name, bounds) }) };
  }
  const ws = context.workbook.worksheets.getItem(source.name);
  const used = ws.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
  // getUsedRange (not OrNullObject) is A1 on a blank sheet, so the intersection is always on a real range.
  const head = ws
    .getUsedRange(true)
    .getIntersectionOrNullObject(ws.getRangeByIndexes(0, 0, headRows, MAX_COLUMNS))
    .load(BLOCK_PROPERTIES);
  const merged = queueMergedAreas(ws);
  return {
    read: () => {
      if (used.isNullObject) return null;
      const bounds = { ...boundsOf(source.name, used), merged: merged() };
      return {
        head: head.isNullObject ? null : { ...toBlock(source.name, head, false), mergedAreas: bounds.merged ?? [] },
        bounds,
      };
    },
  };
}

/**
 * Queues the read of the merged areas on a sheet's used cells (a table cannot hold any), where the host has the
 * call (ExcelApi 1.13, hostApi.ts): after the sync, their blocks, none on a host without it.
 */
function queueMergedAreas(sheet: Excel.Worksheet): () => CellArea[] {
  if (!hostApi().mergedAreas) return () => [];
  const areas = sheet.getUsedRange(true).getMergedAreasOrNullObject().load("address");
  return () => (areas.isNullObject ? [] : areaBlocks(areas.address));
}

function boundsOf(sheet: string, range: Excel.Range): UsedBounds {
  return {
    sheet,
    firstRow: range.rowIndex,
    firstColumn: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** An input whole: its first rows as read, and the rest, when there is more, read in blocks. */
export async function completeInput(
  context: Excel.RequestContext,
  read: { head: InputCells | null; bounds: UsedBounds },
  isTable: boolean
): Promise<InputCells> {
  const { head, bounds } = read;
  const headRows = head ? head.firstRow + head.values.length - bounds.firstRow : 0;
  if (head && headRows >= bounds.rowCount) return head;
  const rest = (await readRowsInBlocks(context, bounds, bounds.firstRow + headRows, bounds.rowCount - headRows, head))
    .block;
  if (!head) return { ...rest, isTable, mergedAreas: bounds.merged ?? [] };
  return {
    ...head,
    values: [...head.values, ...rest.values],
    numberFormats: [...(head.numberFormats ?? []), ...(rest.numberFormats ?? [])],
  };
}

function toBlock(sheet: string, range: Excel.Range, isTable: boolean): InputCells {
  return {
    sheet,
    firstRow: range.rowIndex,
    firstColumn: range.columnIndex,
    values: range.values as CellValue[][],
    numberFormats: range.numberFormat as string[][],
    isTable,
  };
}

/** Never more cells in one read, however small: Excel limits one range to five million, and the emulator and Excel do work per cell. */
export const MAX_READ_CELLS = 1_000_000;

/** What a cell's value and number format take in a response before any row was measured: a typical export cell. */
export const TYPICAL_CELL_BYTES = 25;

/** Rows one read may ask for, given what a row weighs in the response. */
export function rowsPerRead(bytesPerRow: number, cellsPerRow: number): number {
  return Math.max(
    1,
    Math.min(
      Math.floor(READ_BLOCK_BYTES / Math.max(1, bytesPerRow)),
      Math.floor(MAX_READ_CELLS / Math.max(1, cellsPerRow))
    )
  );
}

/** What a row of the block weighs in a response (its values and number formats as JSON), on average; null for no rows. */
export function bytesPerRow(block: Pick<InputCells, "values" | "numberFormats"> | null): number | null {
  if (!block || block.values.length === 0) return null;
  return (jsonBytes(block.values) + jsonBytes(block.numberFormats ?? [])) / block.values.length;
}

/**
 * Reads `rowCount` rows in blocks of at most `blockRows`, one round trip a block: `queue(start, count)` queues a
 * block's reads and returns how to take them after its sync. A block Excel refuses as too large
 * (ResponsePayloadSizeLimitExceeded) held only reads, so nothing changed: it is read again in halves. With `resize`,
 * the blocks after the first are sized on what the first one weighed. Returns the round trips made.
 */
export async function readInBlocks<T>(
  context: Excel.RequestContext,
  rowCount: number,
  blockRows: number,
  queue: (start: number, count: number) => () => T,
  take: (read: T) => void,
  resize?: (read: T, count: number) => number
): Promise<number> {
  let syncs = 0;
  let rows = Math.max(1, blockRows);
  let measured = resize === undefined;
  for (let start = 0; start < rowCount;) {
    const count = Math.min(rows, rowCount - start);
    const read = queue(start, count);
    syncs++;
    // One round trip per block is the point: each response must stay under Excel on the web's 5 MB.
    if (!(await syncUnlessTooLarge(context, "ResponsePayloadSizeLimitExceeded", count > 1))) {
      rows = Math.ceil(count / 2);
      continue;
    }
    const block = read();
    take(block);
    start += count;
    if (!measured) {
      measured = true;
      rows = Math.max(1, resize?.(block, count) ?? rows);
    }
  }
  return syncs;
}

/** Where a sheet's used cells are, without their contents. */
export interface UsedBounds extends CellsAt {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Merged areas on the used cells, where they were read. */
  readonly merged?: readonly CellArea[];
}

/** Queues the read of a sheet's used range bounds (no cells come back); null after the sync for a blank sheet. */
export function queueUsedBounds(
  context: Excel.RequestContext,
  sheet: string,
  withMerged = false
): () => UsedBounds | null {
  const ws = context.workbook.worksheets.getItem(sheet);
  const used = ws.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
  const merged = withMerged ? queueMergedAreas(ws) : () => [];
  return () =>
    used.isNullObject
      ? null
      : {
          sheet,
          firstRow: used.rowIndex,
          firstColumn: used.columnIndex,
          rowCount: used.rowCount,
          columnCount: used.columnCount,
          merged: merged(),
        };
}

/**
 * Reads some rows of a sheet's used cells in row blocks that each keep their response under the limit, one
 * round trip a block, sized on `sample` (rows of the same cells already read) when there is one. Returns the block
 * and the round trips made.
 */
export async function readRowsInBlocks(
  context: Excel.RequestContext,
  bounds: UsedBounds,
  firstRow: number,
  rowCount: number,
  sample: InputCells | null = null
): Promise<{ block: InputCells; syncs: number }> {
  const sheet = context.workbook.worksheets.getItem(bounds.sheet);
  const width = Math.max(1, bounds.columnCount);
  const blockRows = rowsPerRead(bytesPerRow(sample) ?? width * TYPICAL_CELL_BYTES, width);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const syncs = await readInBlocks(
    context,
    rowCount,
    blockRows,
    (start, count) => {
      const range = sheet
        .getRangeByIndexes(firstRow + start, bounds.firstColumn, count, bounds.columnCount)
        .load("values, numberFormat");
      return () => range;
    },
    (range) => {
      // A loop, not push(...rows): a block may hold more rows than a call may take arguments.
      for (const row of range.values as CellValue[][]) values.push(row);
      for (const row of range.numberFormat as string[][]) numberFormats.push(row);
    }
  );
  return {
    block: { sheet: bounds.sheet, firstRow, firstColumn: bounds.firstColumn, values, numberFormats, isTable: false },
    syncs,
  };
}

export interface WorkbookDetails {
  readonly sheets: SheetInfo[];
  /** Each table's name with the sheet it is on. */
  readonly tables: { name: string; sheet: string }[];
}

/** Queues the read of every sheet's mark and every table's sheet; after the sync, the details. */
export function queueDetailsRead(context: Excel.RequestContext, outline: WorkbookOutline): () => WorkbookDetails {
  const marks = outline.sheets.map((s) =>
    context.workbook.worksheets.getItem(s.name).customProperties.getItemOrNullObject(OWNER_PROPERTY).load("value")
  );
  // Whether each sheet is protected, so a command refuses before its first write rather than half way through.
  const protections = outline.sheets.map((s) =>
    context.workbook.worksheets.getItem(s.name).protection.load("protected")
  );
  const tableSheets = outline.tables.map((name) => context.workbook.tables.getItem(name).worksheet.load("name"));
  return () => ({
    sheets: outline.sheets.map((s, i) => ({
      ...s,
      owner: marks[i]?.isNullObject === false ? (marks[i]?.value ?? null) : null,
      protected: protections[i]?.protected === true,
    })),
    tables: outline.tables.map((name, i) => ({ name, sheet: tableSheets[i]?.name ?? "" })),
  });
}

/** Queues the read of the Store Metrics table when the workbook has one (goals, the ranking and the day's report use it). */
export function queueStoreMetrics(context: Excel.RequestContext, outline: WorkbookOutline): () => InputCells | null {
  const table = outline.tables.find((n) => n.toLowerCase() === STORE_METRICS.tableName.toLowerCase());
  const read = table ? queueBlockRead(context, { from: "table", name: table }) : null;
  return () => read?.read() ?? null;
}

export interface WorkbookRead<E> {
  readonly outline: WorkbookOutline;
  /** Sheets with the add-in's marks, and each table's sheet. */
  readonly workbook: WorkbookDetails;
  /** What the caller queued, after the sync. */
  readonly extra: E;
}

/**
 * The reading every command starts with: the workbook's names, the sheets' marks and whatever `queue` asks for (it
 * is given the names, so it can pick what to read).
 *
 * One round trip when the layout the host last saw still holds: `queue` plans on that layout and the names are
 * read afresh beside it. The reads are kept when the fresh names are the same sheets and tables and `plansAlike`
 * (the caller's own test, say the active sheet when an input would come from it) agrees. Otherwise, or when a
 * remembered sheet or table is gone (the batch fails with ItemNotFound, and it wrote nothing), two: the names,
 * then the rest.
 */
export async function readWorkbook<E>(
  context: Excel.RequestContext,
  queue: (context: Excel.RequestContext, outline: WorkbookOutline) => () => E,
  plansAlike: (known: WorkbookOutline, fresh: WorkbookOutline) => boolean
): Promise<WorkbookRead<E>> {
  const known = layoutMemory(context)?.outline;
  if (known) {
    const guessed = await readOnLayout(context, known, queue);
    if (guessed && sameNames(known, guessed.outline) && plansAlike(known, guessed.outline)) return guessed;
    // The workbook changed since: the inputs' remembered sizes may be wrong too, and this read must not fail on them.
    layoutMemory(context)?.inputs.clear();
  }
  const outline = await readOutline(context);
  const details = queueDetailsRead(context, outline);
  const extra = queue(context, outline);
  await context.sync();
  return { outline, workbook: details(), extra: extra() };
}

/** One round trip planned on a remembered layout, with the layout read afresh; null when it named what is gone. */
async function readOnLayout<E>(
  context: Excel.RequestContext,
  known: WorkbookOutline,
  queue: (context: Excel.RequestContext, outline: WorkbookOutline) => () => E
): Promise<WorkbookRead<E> | null> {
  const fresh = queueOutline(context);
  const details = queueDetailsRead(context, known);
  const extra = queue(context, known);
  try {
    await context.sync();
  } catch (error) {
    // A remembered sheet or table is gone, or an input grew past what its remembered size let the first read take:
    // the batch held only reads, so nothing changed; read again without the guess.
    const code = excelErrorCode(error);
    if (code !== "ItemNotFound" && code !== "ResponsePayloadSizeLimitExceeded") throw error;
    forgetLayout(context);
    return null;
  }
  return { outline: remember(context, fresh()), workbook: details(), extra: extra() };
}

function forgetLayout(context: Excel.RequestContext): void {
  const memory = layoutMemory(context);
  if (!memory) return;
  memory.outline = null;
  memory.inputs.clear();
}

/**
 * Writes an output sheet in one round trip: the sheet (new, or in place of the add-in's earlier one), then
 * whatever `fill` queues into it (one more round trip per block a large fill sends first).
 */
export async function writeOutputSheet(
  context: Excel.RequestContext,
  plan: OutputPlan,
  owner: string,
  sheetNames: readonly string[],
  fill: (sheet: Excel.Worksheet) => void | Promise<void>
): Promise<void> {
  // A fill too large for one request sends its earlier blocks itself; this sync carries the rest.
  await fill(queueOutputSheet(context, plan, owner, sheetNames));
  await syncNotingLayout(context);
}

/**
 * Queues the output sheet: a new one, or a fresh sheet in place of the add-in's earlier one (same name and
 * position; the old one with its tables, charts and formats is deleted), marked as the add-in's.
 */
export function queueOutputSheet(
  context: Excel.RequestContext,
  plan: OutputPlan,
  owner: string,
  sheetNames: readonly string[]
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (plan.replaces) {
    sheet = sheets.add(freeSheetName("Growth Ops", sheetNames));
    sheet.position = plan.replaces.position;
    sheets.getItem(plan.replaces.name).delete();
    sheet.name = plan.sheetName;
  } else {
    sheet = sheets.add(plan.sheetName);
  }
  sheet.customProperties.add(OWNER_PROPERTY, owner);
  return sheet;
}
