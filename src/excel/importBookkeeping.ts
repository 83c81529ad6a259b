/**
 * After an import: one Import Log row per file (appended to the add-in's log table), and Store Metrics rebuilt
 * from every data table that holds its inputs.
 */
import type { ImportLogRow } from "../core/contract";
import { IMPORT_LOG, STORE_METRICS, columnNames, rowInOrder } from "../core/contract";
import type { Language } from "../core/language";
import type { SourceColumns } from "../core/import/metrics";
import { METRIC_COLUMNS, METRIC_SOURCES, METRICS_DATE, METRICS_TOTAL, MetricsAccumulator } from "../core/import/metrics";
import { EXPORT_KINDS } from "../core/import/kinds";
import { indexOfName } from "../core/names";
import { freeSheetName } from "../core/sheetNames";
import { planOutputSheet } from "../core/workbookPlan";
import { fillNumberFormat } from "./ranges";
import { readTableColumns } from "./storeImport";
import { OWNER_PROPERTY, queueDetailsRead, queueOutputSheet, readOutline, syncNotingLayout } from "./workbook";

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
export async function appendImportLog(context: Excel.RequestContext, records: readonly ImportLogRow[], language: Language): Promise<void> {
  const existing = context.workbook.tables.getItemOrNullObject(IMPORT_LOG.tableName);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const keys = Object.keys(IMPORT_LOG.columns) as LogColumn[];
  if (!existing.isNullObject) {
    const table = context.workbook.tables.getItem(IMPORT_LOG.tableName);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const headers = (header.values[0] ?? []).map(String);
    const at = new Map<LogColumn, number>();
    for (const key of keys) {
      let position = indexOfName(headers, IMPORT_LOG.columns[key]);
      if (position < 0) {
        table.columns.add(undefined, undefined, IMPORT_LOG.columns[key][language]);
        position = headers.push(IMPORT_LOG.columns[key][language]) - 1;
      }
      at.set(key, position);
    }
    const rows = records.map((record) => {
      const row: (string | number)[] = headers.map(() => "");
      // The log's text columns are Text (set when it was made, and new rows take their column's format): text
      // goes as it is, since a guard apostrophe written into a Text cell stays part of the text.
      for (const key of keys) row[at.get(key) as number] = record[key];
      return row;
    });
    table.rows.add(undefined, rows);
    await context.sync();
    return;
  }
  const rows = records.map((record) => rowInOrder(IMPORT_LOG.columns, record));
  const sheet = context.workbook.worksheets.add(freeSheetName(IMPORT_LOG.sheetName[language], sheets.items.map((s) => s.name)));
  sheet.customProperties.add(OWNER_PROPERTY, LOG_OWNER);
  const headers = columnNames(IMPORT_LOG.columns, language);
  const block = sheet.getRangeByIndexes(0, 0, rows.length + 1, headers.length);
  // Formats before values: file names are as the user chose them, and "=x.csv" in a Text cell stays text. The
  // table's columns keep their formats for the rows later imports add.
  fillNumberFormat(sheet.getRangeByIndexes(0, 0, 1, headers.length), "@");
  LOG_FORMATS.forEach((format, i) => fillNumberFormat(sheet.getRangeByIndexes(1, i, rows.length, 1), format));
  block.values = [headers, ...rows.map((r) => [...r])];
  const table = sheet.tables.add(block, true);
  table.name = IMPORT_LOG.tableName;
  block.format.autofitColumns();
  await context.sync();
}

/** Reads the data tables and rewrites Store Metrics; returns false when no table holds any of its inputs. */
export async function rebuildStoreMetrics(context: Excel.RequestContext, language: Language): Promise<boolean> {
  const metrics = new MetricsAccumulator();
  for (const source of METRIC_SOURCES) {
    const kind = EXPORT_KINDS.find((k) => k.kind === source.kind);
    if (!kind) continue;
    let columns: ReturnType<typeof MetricsAccumulator.columns> = null;
    await readTableColumns(
      context,
      kind.tableName,
      (headers) => {
        columns = MetricsAccumulator.columns(source, headers);
        return columns ? MetricsAccumulator.wanted(columns) : [];
      },
      (_headers, rows) => {
        const found: SourceColumns | null = columns;
        if (!found) return;
        for (const row of rows) metrics.addRow(source.kind, found, row);
      },
    );
  }
  const table = metrics.table();
  if (table.rows.length === 0) return false;

  const outline = await readOutline(context);
  const details = queueDetailsRead(context, outline);
  await context.sync();
  const plan = planOutputSheet(METRICS_OWNER, STORE_METRICS.sheetName[language], details().sheets);
  const sheet = queueOutputSheet(context, plan, METRICS_OWNER, outline.sheets.map((s) => s.name));
  const columns = table.metrics.map((m) => METRIC_COLUMNS.find((c) => c.metric === m));
  const header = [METRICS_DATE[language], ...columns.map((c) => c?.name[language] ?? "")];
  const values = table.rows.map((r) => [r.date ?? METRICS_TOTAL[language], ...r.values.map((v) => v ?? "")]);
  const block = sheet.getRangeByIndexes(0, 0, values.length + 1, header.length);
  block.values = [header, ...values];
  const metricsTable = sheet.tables.add(block, true);
  metricsTable.name = STORE_METRICS.tableName;
  fillNumberFormat(sheet.getRangeByIndexes(1, 0, values.length, 1), "yyyy-mm-dd");
  columns.forEach((c, i) => fillNumberFormat(sheet.getRangeByIndexes(1, i + 1, values.length, 1), c?.format ?? "General"));
  const total = sheet.getRangeByIndexes(values.length, 0, 1, header.length);
  total.format.font.bold = true;
  block.format.autofitColumns();
  sheet.freezePanes.freezeRows(1);
  await syncNotingLayout(context);
  return true;
}
