/**
 * The Excel side of an import: find the table an export goes to (two round trips), read its existing cells in
 * row blocks that keep each response under Excel on the web's limit, and read data tables back for Store Metrics.
 * The file itself is driven through by the command (src/commands/importFile.ts).
 */
import type { Language } from "../core/language";
import type { ExportKind } from "../core/import/kinds";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { readInputs } from "./inputs";
import type { ExistingTable } from "../core/import/placement";
import { jsonBytes } from "../core/payload";
import { ATTRIBUTION_PROPERTY, METRICS_PENDING_PROPERTY, SHOP_PROPERTY, queueTableSheetMark } from "./sheetMarks";
import { METRIC_SOURCES } from "../core/import/metrics";
import { tableOfKind } from "../core/import/kinds";
import { TYPICAL_CELL_BYTES, readInBlocks, rowsPerRead } from "./workbook";
import type { WorkbookDetails } from "./workbook";

/**
 * Reads some columns of a table's body in row blocks, so that no response passes Excel's size limit; each block's
 * rows come back as arrays in table column order, with only the asked columns filled. Returns the syncs made.
 */
export async function readColumnsInBlocks(
  context: Excel.RequestContext,
  table: ExistingTable,
  columns: readonly number[],
  onRows: (rows: readonly (readonly unknown[])[]) => void
): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(table.sheet);
  const width = Math.max(1, columns.length);
  return readInBlocks(
    context,
    table.rowCount - 1,
    rowsPerRead(width * TYPICAL_CELL_BYTES, width),
    (start, count) => {
      const ranges = columns.map((c) =>
        sheet.getRangeByIndexes(table.firstRow + 1 + start, table.firstColumn + c, count, 1).load("values")
      );
      return () => ({ ranges, count });
    },
    ({ ranges, count }) => {
      const rows: unknown[][] = [];
      for (let r = 0; r < count; r++) {
        const row: unknown[] = [];
        columns.forEach((c, i) => (row[c] = ranges[i]?.values[r]?.[0]));
        rows.push(row);
      }
      onRows(rows);
    },
    // The first block's weight sizes the rest: ids and short numbers weigh far less than a typical cell, and a
    // 200,000-row table is then read in about half the round trips. A tenth is kept in hand for rows that weigh more.
    ({ ranges }, count) =>
      rowsPerRead((ranges.reduce((n, r) => n + jsonBytes(r.values), 0) / Math.max(1, count)) * 1.1, width)
  );
}

/** The cells of an existing table and whether its sheet has cells under it; null when there is no such table. */
export async function findTable(
  context: Excel.RequestContext,
  tableName: string
): Promise<{ table: ExistingTable | null; sheetNames: string[]; syncs: number }> {
  const sheets = context.workbook.worksheets.load("items/name");
  const found = context.workbook.tables.getItemOrNullObject(tableName).load("name");
  await context.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  if (found.isNullObject) return { table: null, sheetNames, syncs: 1 };
  const table = context.workbook.tables.getItem(tableName);
  // Only the header's values: the body can be hundreds of thousands of rows.
  const range = table.getRange().load("rowIndex, columnIndex, rowCount");
  const header = table.getHeaderRowRange().load("values");
  const sheet = table.worksheet.load("name");
  const used = table.worksheet.getUsedRange().load("rowIndex, rowCount, columnIndex, columnCount");
  // The first body row's formats stand for their columns: the import formats whole columns at each commit.
  const firstBody = table.getDataBodyRange().getRow(0).load("numberFormat");
  const window = table.worksheet.customProperties.getItemOrNullObject(ATTRIBUTION_PROPERTY).load("value");
  await context.sync();
  const headerRow = header.values[0] ?? [];
  return {
    table: {
      sheet: sheet.name,
      firstRow: range.rowIndex,
      firstColumn: range.columnIndex,
      rowCount: range.rowCount,
      headers: headerRow.map((h) => String(h)),
      cellsBelow: used.rowIndex + used.rowCount > range.rowIndex + range.rowCount,
      cellsRight: used.columnIndex + used.columnCount > range.columnIndex + headerRow.length,
      textColumns: headerRow.map((_, i) => firstBody.numberFormat[0]?.[i] === "@"),
      attributionDays: window.isNullObject ? null : Number(window.value) || null,
    },
    sheetNames,
    syncs: 2,
  };
}

/** Reads some columns of a table, in row blocks; `pick` chooses them from the headers. Returns the syncs made. */
export async function streamTableColumns(
  context: Excel.RequestContext,
  tableName: string,
  pick: (headers: readonly string[]) => readonly number[],
  onRows: (headers: readonly string[], rows: readonly (readonly unknown[])[]) => void
): Promise<number> {
  const found = await findTable(context, tableName);
  const table = found.table;
  if (!table) return found.syncs;
  const columns = pick(table.headers);
  if (columns.length === 0) return found.syncs;
  return found.syncs + (await readColumnsInBlocks(context, table, columns, (rows) => onRows(table.headers, rows)));
}

/**
 * The shop this workbook belongs to: its Shop setting, else the shop marked on the sheets earlier imports wrote
 * (null when neither names one), the names of its sheets (the language they are in), and whether an earlier import
 * stopped before Store Metrics was rebuilt (METRICS_PENDING_PROPERTY). One round trip, or two
 * when the layout must be learnt first.
 */
export async function readWorkbookShop(
  context: Excel.RequestContext,
  language: Language
): Promise<{ shop: string | null; sheetNames: string[]; metricsPending: ExportKind[]; workbook: WorkbookDetails }> {
  const found = await readInputs(context, { settings: SETTINGS_INPUT }, language, (ctx, outline) => {
    const mark = (name: string, property: string) =>
      ctx.workbook.worksheets.getItem(name).customProperties.getItemOrNullObject(property).load("value");
    const shops = outline.sheets.map((s) => mark(s.name, SHOP_PROPERTY));
    // Only tables Store Metrics is made from can be waiting for it.
    const present = METRIC_SOURCES.filter((src) =>
      outline.tables.some((t) => t.toLowerCase() === tableOfKind(src.kind).toLowerCase())
    );
    const pending = present.map(
      (src) => [src.kind, queueTableSheetMark(ctx, tableOfKind(src.kind), METRICS_PENDING_PROPERTY)] as const
    );
    return () => ({
      shops: shops.flatMap((m) => (m.isNullObject || m.value === "" ? [] : [m.value])),
      pending: pending.flatMap(([kind, m]) => (m() === null ? [] : [kind])),
    });
  });
  // A Settings sheet with problems elsewhere still names its shop: only the Shop row is read.
  const setting = found.inputs.ok ? readSettings(found.inputs.data.settings, ["shop"]).settings.shop : null;
  return {
    shop: setting || (found.extra.shops[0] ?? null),
    sheetNames: found.outline.sheets.map((s) => s.name),
    metricsPending: found.extra.pending,
    workbook: found.workbook,
  };
}
