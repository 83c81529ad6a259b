/**
 * One store export into its data table, driven as bytes → rows → core → Excel: the csv reader gives rows; the
 * session (core) finds the header, recognises the export, normalises and de-duplicates; src/excel finds the
 * table, reads the keys already there, stages row blocks and commits. Nothing here touches Office.js itself.
 */
import { MAX_COLUMNS } from "../core/cellAddress";
import type { ExportKindDefinition } from "../core/import/kinds";
import { columnOrder } from "../core/import/header";
import { rowKey, rowSignature } from "../core/import/kinds";
import { columnRule } from "../core/import/normalize";
import type { ExistingRow, ImportCounts, ImportedValue, SessionHeader } from "../core/import/session";
import { ExportSession, excelCell } from "../core/import/session";
import { shopProblem } from "../core/import/shop";
import type { Language } from "../core/language";
import type { Problem } from "../core/problems";
import { freeSheetName } from "../core/sheetNames";
import { pacer } from "./pace";
import type { CsvMeta } from "../csv/reader";
import type { RowBatch } from "../csv/reader";
import { EncodingError, NotTextError, UnterminatedQuoteError } from "../csv/reader";
import type { FileFormat } from "../spreadsheet/format";
import { MAX_SPREADSHEET_BYTES, formatLabel } from "../spreadsheet/format";
import { MAX_UNPACKED_BYTES } from "../spreadsheet/zip";
import { encodingLabel } from "../csv/encoding";
import { readSpreadsheetInThread } from "../spreadsheet/inThread";
import { WorkbookTooLargeError, openExport } from "../spreadsheet/open";
import type { SpreadsheetReader } from "../spreadsheet/reader";
import type { WorkbookSession } from "../excel/host";
import { CorruptWorkbookError, EncryptedWorkbookError } from "../spreadsheet/rows";
import { asImported, findTable, readColumnsInBlocks } from "../excel/storeImport";
import { REQUEST_BUDGET_BYTES } from "../excel/limits";
import { TableImport, TooManyRowsError } from "../excel/tableImport";

export interface ImportRequest {
  readonly fileName: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly replace: boolean;
  /** How spreadsheet files are read: in a Web Worker in the pane; on this thread in tests. */
  readonly spreadsheets?: SpreadsheetReader;
  /** Import names, phones and addresses as exported (the pane's option); masked otherwise. */
  readonly keepPersonalData?: boolean;
  readonly signal?: AbortSignal;
  /** Rows read so far in this file. */
  readonly onProgress?: (rowsDone: number) => void;
  readonly budgetBytes?: number;
  /** The shop the workbook belongs to (see core/import/shop.ts); null when none is known yet. */
  readonly shop?: string | null;
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
  /** Columns whose personal data was masked. */
  readonly maskedColumns: readonly string[];
  /** The file's format as the operator knows it: CSV, XLSX, XLS. */
  readonly format: string;
  /** What the session found: the header's line and the period the file names. */
  readonly header: SessionHeader | null;
  /** Cancel was asked for after the import had begun changing the table's rows, so it finished. */
  readonly cancelTooLate?: boolean;
  /** The shop the file names, when it names one. */
  readonly shop?: string;
}

const problem = (fileName: string, code: Problem["code"], value = "", field = "", detail?: string): Problem =>
  detail === undefined ? { code, sheet: fileName, address: "", value, field } : { code, sheet: fileName, address: "", value, field, detail };

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("en-US")} MB`;

/**
 * A file refused while it is read: too large, encrypted or unreadable as a workbook; binary, mis-encoded or with a
 * quote that never closes as text. Null for anything else (an Excel error, which the caller reports as such).
 */
function readProblem(error: unknown, fileName: string): Problem | null {
  if (error instanceof WorkbookTooLargeError) return problem(fileName, "workbookTooLarge", megabytes(MAX_SPREADSHEET_BYTES));
  if (error instanceof EncryptedWorkbookError) return problem(fileName, "workbookEncrypted");
  if (error instanceof CorruptWorkbookError) {
    if (error.reason === "unpackedTooLarge") return problem(fileName, "workbookTooLargeUnpacked", megabytes(Number(error.detail)), "", megabytes(MAX_UNPACKED_BYTES));
    if (error.reason === "beyondSheet") return problem(fileName, "cellsBeyondSheet", error.detail);
    return problem(fileName, error.reason === "stringsMissing" ? "workbookStringsMissing" : "workbookCorrupt");
  }
  if (error instanceof NotTextError) return problem(fileName, "notTextFile");
  if (error instanceof UnterminatedQuoteError) return problem(fileName, "unterminatedQuote", String(error.line));
  if (error instanceof EncodingError) return problem(fileName, "encodingBroken", String(error.line), encodingLabel(error.encoding), String(error.byte));
  return null;
}

export async function importFile(context: WorkbookSession, request: ImportRequest, language: Language): Promise<FileResult> {
  let meta: CsvMeta | null = null;
  let syncs = 0;
  const base = { fileName: request.fileName, counts: { rowsRead: 0, rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 0, duplicates: 0, totalsSkipped: 0 } };
  const result = (fields: Partial<FileResult> & Pick<FileResult, "status">): FileResult => ({
    ...base,
    kind: null,
    encoding: meta ? `${meta.encoding}${meta.bom ? " BOM" : ""}` : "",
    sheetName: null,
    problems: [],
    error: null,
    syncs,
    maxRequestBytes: 0,
    maskedColumns: [],
    format: formatLabel(format),
    header: null,
    ...fields,
  });

  let format: FileFormat = "text";
  let rows: AsyncIterator<RowBatch>;
  try {
    const opened = await openExport(request.chunks, request.spreadsheets ?? readSpreadsheetInThread, (m) => (meta = m), request.signal);
    format = opened.format;
    rows = opened.rows;
  } catch (error) {
    const refused = readProblem(error, request.fileName);
    if (refused) return result({ status: "failed", problems: [refused] });
    throw error;
  }
  // The session is built before the table's keys are known; it asks for them only once rows flow.
  const present = new Map<string, ExistingRow>();
  const session = new ExportSession(request.fileName, (key) => present.get(key), { keepPersonalData: request.keepPersonalData === true });
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
    const refused = readProblem(error, request.fileName);
    if (refused) return result({ status: "failed", problems: [refused] });
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
    // order[t] is the file column shown in table column t; keys and signatures are built in the file's order, as
    // the session builds them. Every file column is read, so a newer export's changed figures can be told apart.
    let row = 0;
    const idColumns = headers.map((h) => columnRule(h).id);
    syncs += await readColumnsInBlocks(context, existing, order.flatMap((fileColumn, t) => (fileColumn >= 0 ? [t] : [])), (block) => {
      for (const tableRow of block) {
        const fileRow: ImportedValue[] = headers.map(() => null);
        order.forEach((fileColumn, t) => fileColumn >= 0 && (fileRow[fileColumn] = asImported(tableRow[t], idColumns[fileColumn])));
        present.set(rowKey(fileRow, recognised.keyColumns), { row: row++, signature: rowSignature(fileRow) });
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
    pause: pacer(),
  });
  // A column the operator added gets nothing in a new row, and is left alone (null) in an updated one.
  const toTable = (values: ImportedValue[]) => order.map((fileColumn) => (fileColumn < 0 ? "" : excelCell(values[fileColumn] ?? null)));
  // A Text cell keeps text as it is; a guard apostrophe written there might stay part of the text.
  const textColumns = existing?.textColumns ?? [];
  const toUpdate = (values: ImportedValue[]) =>
    order.map((fileColumn, t) => (fileColumn < 0 ? null : textColumns[t] ? (values[fileColumn] ?? "") : excelCell(values[fileColumn] ?? null)));
  const finish = (fields: Partial<FileResult> & Pick<FileResult, "status">) =>
    result({ kind, sheetName, counts: { ...session.counts }, problems: session.problems, maxRequestBytes: tableImport.maxRequestBytes, maskedColumns: [...session.maskedColumns], header: session.found, ...fields, syncs: syncs + tableImport.syncs });

  const cancelled = () => request.signal?.aborted === true;
  /** Rows of a file from another shop never reach the sheet; checked before each batch is staged. */
  const otherShop = () => shopProblem(request.fileName, request.shop ?? null, session.shops);
  const refuseShop = async (refused: Problem) => {
    await tableImport.rollback();
    return finish({ status: "failed", counts: { ...session.counts, rowsAdded: 0, rowsUpdated: 0 }, problems: [refused] });
  };
  try {
    const first = session.push([]);
    let refused = otherShop();
    if (refused) return await refuseShop(refused);
    await tableImport.add(first.map(toTable));
    request.onProgress?.(session.counts.rowsRead);
    if (!ended) {
      const pause = pacer();
      for await (const batch of { [Symbol.asyncIterator]: () => rows }) {
        if (cancelled()) break;
        const fresh = session.push(batch.rows);
        refused = otherShop();
        if (refused) return await refuseShop(refused);
        await tableImport.add(fresh.map(toTable));
        request.onProgress?.(session.counts.rowsRead);
        // Batches that have already arrived resolve at once, so without a pause the whole file is one task.
        await pause();
      }
    }
    session.finish();
    if (!cancelled()) await tableImport.flush();
    // Cancel is honoured until here: the staged rows are cleared and the table is as it was. From the first
    // update on, rows of the table change, so the import finishes, and says it came too late for a cancel.
    if (cancelled()) {
      await tableImport.rollback();
      return finish({ status: "cancelled", counts: { ...session.counts, rowsAdded: 0, rowsUpdated: 0 } });
    }
    await tableImport.update(session.updates.map((u) => ({ row: u.row, values: toUpdate(u.values) })));
    const formats = session.columnFormats();
    const shop = session.shops[0];
    await tableImport.commit(order.map((fileColumn) => formats[fileColumn] ?? "General"), shop ?? null);
    return finish({ status: "imported", cancelTooLate: cancelled(), ...(shop === undefined ? {} : { shop }) });
  } catch (error) {
    await tableImport.rollback().catch(() => undefined);
    const counts = { ...session.counts, rowsAdded: 0, rowsUpdated: 0 };
    const refused = readProblem(error, request.fileName);
    if (refused) return finish({ status: "failed", counts, problems: [refused] });
    if (error instanceof TooManyRowsError) return finish({ status: "failed", counts, problems: [...session.problems, problem(request.fileName, "tooManyRows", error.message)] });
    return finish({ status: "failed", counts, error });
  }
}

