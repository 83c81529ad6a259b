/**
 * One store export into its data table: read the first rows to find the header and the kind, look at the
 * workbook (two round trips), read the keys already there (in row blocks), stream the rest of the file through
 * the session into staged row blocks, and commit. Also reads data tables back for Store Metrics.
 */
import { MAX_COLUMNS } from "../core/cellAddress";
import type { CsvMeta } from "../csv/reader";
import { NotTextError, readCsvRows } from "../csv/reader";
import type { ExportKindDefinition } from "../core/import/kinds";
import { rowKey } from "../core/import/kinds";
import type { ImportCounts, ImportedValue, SessionHeader } from "../core/import/session";
import { ExportSession, excelCell } from "../core/import/session";
import type { Problem } from "../core/problems";
import { freeSheetName } from "../core/sheetNames";
import type { ExistingTable } from "./tableImport";
import { REQUEST_BUDGET_BYTES, TableImport, TooManyRowsError, columnOrder } from "./tableImport";

export interface ImportRequest {
  readonly fileName: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly replace: boolean;
  readonly signal?: AbortSignal;
  /** Rows read so far in this file. */
  readonly onProgress?: (rowsDone: number) => void;
  readonly budgetBytes?: number;
}

export type ImportStatus = "imported" | "failed" | "cancelled";

export interface FileResult {
  readonly fileName: string;
  readonly kind: ExportKindDefinition | null;
  readonly encoding: string;
  readonly sheetName: string | null;
  readonly counts: ImportCounts;
  readonly problems: readonly Problem[];
  readonly status: ImportStatus;
  /** What Excel said, when it refused. */
  readonly error: unknown;
  readonly syncs: number;
  readonly maxRequestBytes: number;
}

/** Cells a read may ask for at once: about 80,000 keep a response of typical export values near 2 MB. */
const READ_BLOCK_CELLS = 80_000;

/**
 * Reads some columns of a table's body in row blocks, so that no response passes Excel's size limit; each block's
 * rows come back as arrays in table column order, with only the asked columns filled. Returns the syncs made.
 */
async function readColumnsInBlocks(
  context: Excel.RequestContext,
  table: ExistingTable,
  columns: readonly number[],
  onRows: (rows: readonly (readonly unknown[])[]) => void,
): Promise<number> {
  const sheet = context.workbook.worksheets.getItem(table.sheet);
  const body = table.rowCount - 1;
  const blockRows = Math.max(1, Math.floor(READ_BLOCK_CELLS / Math.max(1, columns.length)));
  let syncs = 0;
  for (let start = 0; start < body; start += blockRows) {
    const count = Math.min(blockRows, body - start);
    const ranges = columns.map((c) => sheet.getRangeByIndexes(table.firstRow + 1 + start, table.firstColumn + c, count, 1).load("values"));
    // One sync per block is the point: each response must stay under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    const rows: unknown[][] = [];
    for (let r = 0; r < count; r++) {
      const row: unknown[] = [];
      columns.forEach((c, i) => (row[c] = ranges[i]?.values[r]?.[0]));
      rows.push(row);
    }
    onRows(rows);
  }
  return syncs;
}

/** A cell read back from Excel as the session would have normalised it. */
function asImported(value: unknown): ImportedValue {
  if (value === "" || value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

/** The cells of an existing table and whether its sheet has cells under it; null when there is no such table. */
async function findTable(context: Excel.RequestContext, tableName: string): Promise<{ table: ExistingTable | null; sheetNames: string[]; syncs: number }> {
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
  const used = table.worksheet.getUsedRange().load("rowIndex, rowCount");
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
    },
    sheetNames,
    syncs: 2,
  };
}

const problem = (fileName: string, code: Problem["code"], value = "", field = "", detail?: string): Problem =>
  detail === undefined ? { code, sheet: fileName, address: "", value, field } : { code, sheet: fileName, address: "", value, field, detail };

export async function importFile(context: Excel.RequestContext, request: ImportRequest, language: "en-US" | "zh-CN"): Promise<FileResult> {
  let meta: CsvMeta | null = null;
  let syncs = 0;
  const base = { fileName: request.fileName, counts: { rowsRead: 0, rowsAdded: 0, duplicates: 0, totalsSkipped: 0 } };
  const result = (fields: Partial<FileResult> & Pick<FileResult, "status">): FileResult => ({
    ...base,
    kind: null,
    encoding: meta ? `${meta.encoding}${meta.bom ? " BOM" : ""}` : "",
    sheetName: null,
    problems: [],
    error: null,
    syncs,
    maxRequestBytes: 0,
    ...fields,
  });

  const rows = readCsvRows(request.chunks, (m) => (meta = m), request.signal);
  // The session is built before the table's keys are known; it asks for them only once rows flow.
  const present = new Set<string>();
  const session = new ExportSession(request.fileName, (key) => present.has(key));
  let found: SessionHeader | null = null;
  let ended = false;
  try {
    while (!found && !session.gaveUp) {
      const next = await rows.next();
      if (next.done) {
        ended = true;
        break;
      }
      found = session.findHeader(next.value.rows);
    }
  } catch (error) {
    if (error instanceof NotTextError) return result({ status: "failed", problems: [problem(request.fileName, "notTextFile")] });
    throw error;
  }
  if (request.signal?.aborted) return result({ status: "cancelled" });
  if (!found) return result({ status: "failed", problems: [problem(request.fileName, "noHeader")] });

  const headers = found.headers;
  if (headers.length > MAX_COLUMNS) return result({ status: "failed", problems: [problem(request.fileName, "tooManyColumns", String(headers.length))] });
  const recognised = found.recognised;
  const kind = recognised.definition;
  const table = await findTable(context, kind.tableName);
  syncs += table.syncs;
  const existing = table.table;

  let order: number[] = headers.map((_, i) => i);
  if (existing) {
    const mapped = columnOrder(existing.headers, headers);
    if (!mapped) {
      return result({ kind, status: "failed", sheetName: existing.sheet, problems: [problem(request.fileName, "columnsDiffer", headers.join(", "), kind.tableName, existing.headers.join(", "))] });
    }
    if (existing.cellsBelow) return result({ kind, status: "failed", sheetName: existing.sheet, problems: [problem(request.fileName, "cellsBelowTable", existing.sheet, kind.tableName)] });
    order = mapped;
  }

  if (existing && !request.replace && existing.rowCount > 1) {
    // order[t] is the file column shown in table column t; keys are built in the file's order, as the session does.
    const fileColumns = recognised.keyColumns.length > 0 ? recognised.keyColumns : headers.map((_, i) => i);
    syncs += await readColumnsInBlocks(context, existing, fileColumns.map((c) => order.indexOf(c)), (block) => {
      for (const tableRow of block) {
        const fileRow: ImportedValue[] = headers.map(() => null);
        order.forEach((fileColumn, t) => (fileRow[fileColumn] = asImported(tableRow[t])));
        present.add(rowKey(fileRow, recognised.keyColumns));
      }
    });
  }

  const sheetName = existing?.sheet ?? freeSheetName(kind.sheetName[language], table.sheetNames);
  const tableImport = new TableImport(context, {
    tableName: kind.tableName,
    sheetName,
    owner: `import:${kind.tableName}`,
    headers: existing?.headers ?? headers,
    existing,
    replace: request.replace,
    budgetBytes: request.budgetBytes ?? REQUEST_BUDGET_BYTES,
  });
  const toTable = (values: ImportedValue[]) => order.map((fileColumn) => excelCell(values[fileColumn] ?? null));
  const finish = (fields: Partial<FileResult> & Pick<FileResult, "status">) =>
    result({ kind, sheetName, counts: { ...session.counts }, problems: session.problems, maxRequestBytes: tableImport.maxRequestBytes, ...fields, syncs: syncs + tableImport.syncs });

  try {
    await tableImport.add(session.push([]).map(toTable));
    request.onProgress?.(session.counts.rowsRead);
    if (!ended) {
      for await (const batch of { [Symbol.asyncIterator]: () => rows }) {
        await tableImport.add(session.push(batch.rows).map(toTable));
        request.onProgress?.(session.counts.rowsRead);
      }
    }
    if (request.signal?.aborted) {
      await tableImport.rollback();
      return finish({ status: "cancelled", counts: { ...session.counts, rowsAdded: 0 } });
    }
    await tableImport.flush();
    const formats = session.columnFormats();
    tableImport.queueCommit(order.map((fileColumn) => formats[fileColumn] ?? "General"));
    await context.sync();
    syncs++;
    return finish({ status: "imported" });
  } catch (error) {
    await tableImport.rollback().catch(() => undefined);
    const counts = { ...session.counts, rowsAdded: 0 };
    if (error instanceof TooManyRowsError) return finish({ status: "failed", counts, problems: [...session.problems, problem(request.fileName, "tooManyRows", error.message)] });
    return finish({ status: "failed", counts, error });
  }
}

/** Reads some columns of a table, in row blocks; `pick` chooses them from the headers. Returns the syncs made. */
export async function readTableColumns(
  context: Excel.RequestContext,
  tableName: string,
  pick: (headers: readonly string[]) => readonly number[],
  onRows: (headers: readonly string[], rows: readonly (readonly unknown[])[]) => void,
): Promise<number> {
  const found = await findTable(context, tableName);
  const table = found.table;
  if (!table) return found.syncs;
  const columns = pick(table.headers);
  if (columns.length === 0) return found.syncs;
  return found.syncs + (await readColumnsInBlocks(context, table, columns, (rows) => onRows(table.headers, rows)));
}
