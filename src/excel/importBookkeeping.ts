/**
 * After an import: one Import Log row per file (appended to the add-in's log table), and Store Metrics' reads and
 * writes (the refresh itself is the command commands/storeMetrics.ts).
 */
import type { ImportLogRow } from "../core/contract";
import { IMPORT_LOG, PROFIT_OUTPUT, REFUNDS_OUTPUT, STORE_METRICS, columnNames, rowInOrder } from "../core/contract";
import type { Language } from "../core/language";
import { METRIC_SOURCES } from "../core/import/metrics";
import { writeSheet } from "./sheetWriter";
import { tableOfKind } from "../core/import/kinds";
import type { SumsCell } from "../core/import/metricSums";
import type { ExportKind } from "../core/import/kinds";
import type { SheetDescription } from "../core/sheetDescription";
import { freeSheetName } from "../core/sheetNames";
import type { SheetInfo } from "../core/workbookPlan";
import { planOutputSheet } from "../core/workbookPlan";
import { fillNumberFormat, writeValues } from "./ranges";
import { logColumns, queueRowsBelowTable } from "./tableRows";
import { METRICS_PENDING_PROPERTY, queueTableSheetMark } from "./sheetMarks";
import type { WorkbookOutline } from "./workbook";
import { OWNER_PROPERTY, queueOutputSheet, readWorkbook, syncNotingLayout } from "./workbook";

export const METRICS_OWNER = "storeMetrics";
const LOG_OWNER = "importLog";
const LOG_FORMATS = rowInOrder(IMPORT_LOG.columns, {
  time: "yyyy-mm-dd hh:mm:ss",
  file: "@",
  kind: "@",
  encoding: "@",
  rowsRead: "#,##0",
  rowsAdded: "#,##0",
  duplicates: "#,##0",
  problems: "@",
  rowsUpdated: "#,##0",
  rowsUnchanged: "#,##0",
});

type LogColumn = keyof typeof IMPORT_LOG.columns;

/**
 * Appends the log rows: three round trips to an existing log, two to a new one. Columns are found by name, so a
 * log made by an earlier version gets the newer columns at its right, and columns the user added stay empty.
 */
export async function appendImportLog(
  context: Excel.RequestContext,
  records: readonly ImportLogRow[],
  language: Language
): Promise<void> {
  const existing = context.workbook.tables.getItemOrNullObject(IMPORT_LOG.tableName);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const keys = Object.keys(IMPORT_LOG.columns) as LogColumn[];
  if (!existing.isNullObject) {
    const table = context.workbook.tables.getItem(IMPORT_LOG.tableName);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const headers = (header.values[0] ?? []).map(String);
    const at = logColumns(table, headers, IMPORT_LOG.columns, language);
    const rows = records.map((record) => {
      const row: (string | number)[] = headers.map(() => "");
      // Text goes as it is into the log's Text columns, since a guard apostrophe written into a Text cell stays
      // part of the text.
      for (const key of keys) row[at.get(key) as number] = record[key];
      return row;
    });
    // Each row with its columns' formats (rows written below a table do not take them), a column of the user's General.
    const formatOf = new Map(keys.map((key, i) => [at.get(key) as number, LOG_FORMATS[i] as string]));
    const formats = rows.map(() => headers.map((_, i) => formatOf.get(i) ?? "General"));
    queueRowsBelowTable(table, rows, formats);
    // The layout noted, so Store Metrics' read after it plans on it in one round trip.
    await syncNotingLayout(context);
    return;
  }
  const rows = records.map((record) => rowInOrder(IMPORT_LOG.columns, record));
  const sheet = context.workbook.worksheets.add(
    freeSheetName(
      IMPORT_LOG.sheetName[language],
      sheets.items.map((s) => s.name)
    )
  );
  sheet.customProperties.add(OWNER_PROPERTY, LOG_OWNER);
  const headers = columnNames(IMPORT_LOG.columns, language);
  const block = sheet.getRangeByIndexes(0, 0, rows.length + 1, headers.length);
  // Formats before values: file names are as the user chose them, and "=x.csv" in a Text cell stays text. The
  // table's columns keep their formats for the rows later imports add.
  fillNumberFormat(sheet.getRangeByIndexes(0, 0, 1, headers.length), "@");
  LOG_FORMATS.forEach((format, i) => fillNumberFormat(sheet.getRangeByIndexes(1, i, rows.length, 1), format));
  writeValues(block, [headers, ...rows.map((r) => [...r])]);
  const table = sheet.tables.add(block, true);
  table.name = IMPORT_LOG.tableName;
  block.format.autofitColumns();
  await syncNotingLayout(context);
}

/** The hidden sheet where Store Metrics' sums are kept between imports (core/import/metricSums.ts). */
export const SUMS_SHEET = "GrowthOps Sums";
const SUMS_OWNER = "metricSums";

/** What Store Metrics' refresh starts from: the workbook's layout, the kept sums, and each data table's rows. */
export interface MetricsState {
  readonly outline: WorkbookOutline;
  readonly sheets: readonly SheetInfo[];
  /** The hidden sums sheet exists. */
  readonly sumsSheet: boolean;
  /** The kept sums' cells, null when there are none. */
  readonly cells: unknown[][] | null;
  /** Body rows of each data table Store Metrics reads, by kind. */
  readonly tableRows: Map<ExportKind, number>;
  /** Kinds whose table's sheet is marked: an import stopped before Store Metrics was rebuilt. */
  readonly pending: readonly ExportKind[];
  /** The Profit sheet's days table, header row first; null without one. */
  readonly profitDays: unknown[][] | null;
  /** The Refunds sheet's payment days table, header row first; null without one. */
  readonly refundDays: unknown[][] | null;
}

/** What Store Metrics' refresh reads beside a command's own reads, before the layout is known to it. */
export interface MetricsReads {
  readonly profit: unknown[][] | null;
  readonly refunds: unknown[][] | null;
  readonly cells: unknown[][] | null;
  readonly counts: readonly (readonly [ExportKind, number])[];
  readonly pending: readonly ExportKind[];
}

/**
 * Queues what Store Metrics' refresh starts from: the kept sums, each data table's rows and mark, the Profit and
 * Refunds sheets' days. A command that refreshes Store Metrics after its own work queues these with its first read.
 */
export function queueMetricsReads(ctx: Excel.RequestContext, outline: WorkbookOutline): () => MetricsReads {
  const hasTable = (name: string) => outline.tables.some((t) => t.toLowerCase() === name.toLowerCase());
  const cells = outline.sheets.some((sh) => sh.name === SUMS_SHEET)
    ? ctx.workbook.worksheets.getItem(SUMS_SHEET).getUsedRangeOrNullObject(true).load("values")
    : null;
  const present = METRIC_SOURCES.filter((src) => hasTable(tableOfKind(src.kind)));
  const ranges = present.map(
    (src) => [src.kind, ctx.workbook.tables.getItem(tableOfKind(src.kind)).getRange().load("rowCount")] as const
  );
  const marks = present.map(
    (src) => [src.kind, queueTableSheetMark(ctx, tableOfKind(src.kind), METRICS_PENDING_PROPERTY)] as const
  );
  // The Profit sheet's days: a few hundred rows, read whole with the rest.
  const [profit, refunds] = [PROFIT_OUTPUT.daysTable, REFUNDS_OUTPUT.cohortsTable].map((name) =>
    hasTable(name) ? ctx.workbook.tables.getItem(name).getRange().load("values") : null
  );
  return () => ({
    profit: profit ? (profit.values as unknown[][]) : null,
    refunds: refunds ? (refunds.values as unknown[][]) : null,
    cells: cells && !cells.isNullObject ? (cells.values as unknown[][]) : null,
    counts: ranges.map(([kind, range]) => [kind, range.rowCount - 1] as const),
    pending: marks.flatMap(([kind, mark]) => (mark() === null ? [] : [kind])),
  });
}

/** Store Metrics' starting state from the layout and sheets a read found, and what queueMetricsReads read. */
export function metricsState(
  outline: WorkbookOutline,
  sheets: readonly SheetInfo[],
  reads: MetricsReads
): MetricsState {
  return {
    outline,
    sheets,
    sumsSheet: outline.sheets.some((sh) => sh.name === SUMS_SHEET),
    cells: reads.cells,
    tableRows: new Map(reads.counts),
    pending: reads.pending,
    profitDays: reads.profit,
    refundDays: reads.refunds,
  };
}

/**
 * Reads what Store Metrics' refresh starts from in one round trip on the layout the host last saw (two when it
 * changed): names, marks, the kept sums, the tables' rows.
 */
export async function readMetricsState(context: Excel.RequestContext): Promise<MetricsState> {
  const read = await readWorkbook(context, queueMetricsReads, () => true);
  return metricsState(read.outline, read.workbook.sheets, read.extra);
}

/**
 * Writes the refreshed sums to the hidden sheet and Store Metrics' sheet (none when no table held any input), and
 * clears the marks with the last round trip: Store Metrics and the sums are then what the tables hold.
 */
export async function writeStoreMetrics(
  context: Excel.RequestContext,
  state: MetricsState,
  sums: readonly (readonly SumsCell[])[],
  sheet: SheetDescription<string> | null,
  language: Language,
  /** False: the writes are queued for the caller's next sync, which carries its own writes too. */
  sync = true
): Promise<void> {
  queueSums(context, state.sumsSheet, sums);
  const clearMarks = () => {
    for (const kind of state.pending)
      context.workbook.tables
        .getItem(tableOfKind(kind))
        .worksheet.customProperties.getItem(METRICS_PENDING_PROPERTY)
        .delete();
  };
  if (!sheet) {
    clearMarks();
    if (sync) await context.sync();
    return;
  }
  const target = queueOutputSheet(
    context,
    planOutputSheet(METRICS_OWNER, STORE_METRICS.sheetName[language], state.sheets),
    METRICS_OWNER,
    state.outline.sheets.map((sh) => sh.name)
  );
  await writeSheet(context, target, sheet);
  clearMarks();
  if (sync) await syncNotingLayout(context);
}

/** The kept sums written over the hidden sheet's cells (the sheet made, very hidden, the first time). */
function queueSums(context: Excel.RequestContext, exists: boolean, cells: readonly (readonly SumsCell[])[]): void {
  let sheet: Excel.Worksheet;
  if (exists) {
    sheet = context.workbook.worksheets.getItem(SUMS_SHEET);
    sheet.getRange().clear("Contents");
  } else {
    sheet = context.workbook.worksheets.add(SUMS_SHEET);
    sheet.customProperties.add(OWNER_PROPERTY, SUMS_OWNER);
    // Very hidden: the operator's sheet tabs and the Unhide list stay theirs; the add-in alone reads it.
    sheet.visibility = "VeryHidden";
  }
  const width = cells[0]?.length ?? 1;
  writeValues(
    sheet.getRangeByIndexes(0, 0, cells.length, width),
    cells.map((r) => [...r])
  );
}
