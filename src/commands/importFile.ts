/**
 * One store export into its data table, driven as bytes → rows → core → Excel: the csv reader gives rows; the
 * session (core) finds the header, recognises the export, normalises and de-duplicates; src/excel finds the
 * table, reads the keys already there, stages row blocks and commits. Nothing here touches Office.js itself.
 */
import { MAX_COLUMNS } from "../core/cellAddress";
import type { ExportKind, ExportKindDefinition } from "../core/import/kinds";
import { columnsProblem } from "../core/import/columns";
import type { Placement } from "../core/import/placement";
import { placeFile } from "../core/import/placement";
import { longForm } from "../core/import/competitionWide";
import type { SumsChange } from "../core/import/metricSums";
import { rowKey, rowSignature } from "../core/import/kinds";
import { columnRule } from "../core/import/normalize";
import type { Period } from "../core/import/period";
import type { ExistingRow, ImportCounts, ImportedValue, SessionHeader } from "../core/import/session";
import { ExportSession, tableRow, updatedTableRow } from "../core/import/session";
import { attributionProblem } from "../core/import/attribution";
import { shopProblem } from "../core/import/shop";
import type { StagedFacts } from "../core/shopFacts";
import type { CellValue } from "../core/cellValues";
import { FactsGatherer } from "../core/shopFacts";
import type { Language } from "../core/language";
import type { Problem, ProblemCodeWithoutFacts, ProblemKind } from "../core/problems";
import { problemAt } from "../core/problems";
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
import { ATTRIBUTION_PROPERTY, METRICS_PENDING_PROPERTY, SHOP_PROPERTY } from "../excel/sheetMarks";

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
  /** Sheets that are protected: a file whose table is on one is refused before anything is written. */
  readonly protectedSheets?: readonly string[];
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
  /** The days the rows cover by their own dates or times, else the period the file names. */
  readonly span?: Period | null;
  /** Cancel was asked for after the import had begun changing the table's rows, so it finished. */
  readonly cancelTooLate?: boolean;
  /** The shop the file names, when it names one. */
  readonly shop?: string;
  /** Columns this file added to its table, and the table's columns it did not have. */
  readonly addedColumns: readonly string[];
  readonly lackingColumns: readonly string[];
  /** What an imported file did to Store Metrics' kept sums; null when nothing (or nothing Store Metrics reads). */
  readonly sums?: SumsChange | null;
  /** The diagnosis's facts of the table the file went to, when they could be gathered (core/shopFacts.ts). */
  readonly staged?: StagedFacts;
}

/** The kinds whose tables the diagnosis's rules read row by row. */
const FACT_KINDS: Partial<Record<ExportKind, "orders" | "products">> = {
  qianniuOrders: "orders",
  sycmProducts: "products",
};

/** A problem with the file as a whole (no cell to point at): its code, or its code and facts. */
const problem = (fileName: string, kind: ProblemKind | ProblemCodeWithoutFacts, value = "", field = ""): Problem =>
  problemAt(kind, { sheet: fileName, address: "", value, field });

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("en-US")} MB`;

/**
 * A file refused while it is read: too large, encrypted or unreadable as a workbook; binary, mis-encoded or with a
 * quote that never closes as text. Null for anything else (an Excel error, which the caller reports as such).
 */
function readProblem(error: unknown, fileName: string): Problem | null {
  if (error instanceof WorkbookTooLargeError)
    return problem(fileName, "workbookTooLarge", megabytes(MAX_SPREADSHEET_BYTES));
  if (error instanceof EncryptedWorkbookError) return problem(fileName, "workbookEncrypted");
  if (error instanceof CorruptWorkbookError) {
    if (error.reason === "unpackedTooLarge")
      return problem(
        fileName,
        { code: "workbookTooLargeUnpacked", facts: { limit: megabytes(MAX_UNPACKED_BYTES) } },
        megabytes(Number(error.detail))
      );
    if (error.reason === "beyondSheet") return problem(fileName, "cellsBeyondSheet", error.detail);
    return problem(fileName, error.reason === "stringsMissing" ? "workbookStringsMissing" : "workbookCorrupt");
  }
  if (error instanceof NotTextError) return problem(fileName, "notTextFile");
  if (error instanceof UnterminatedQuoteError) return problem(fileName, "unterminatedQuote", String(error.line));
  if (error instanceof EncodingError)
    return problem(
      fileName,
      { code: "encodingBroken", facts: { byte: error.byte } },
      String(error.line),
      encodingLabel(error.encoding)
    );
  return null;
}

/** A file the host failed on before its import could say anything (the host itself threw). */
export function failedFile(fileName: string, error: unknown): FileResult {
  return { ...new FileReport(fileName).result({ status: "failed", error }), format: "" };
}

/** What a file result is built from while the file is read: its encoding and format once known, round trips so far. */
class FileReport {
  meta: CsvMeta | null = null;
  format: FileFormat = "text";
  syncs = 0;

  constructor(private readonly fileName: string) {}

  result(fields: Partial<FileResult> & Pick<FileResult, "status">): FileResult {
    return {
      fileName: this.fileName,
      counts: { rowsRead: 0, rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 0, duplicates: 0, totalsSkipped: 0 },
      kind: null,
      encoding: this.meta ? `${this.meta.encoding}${this.meta.bom ? " BOM" : ""}` : "",
      sheetName: null,
      problems: [],
      error: null,
      syncs: this.syncs,
      maxRequestBytes: 0,
      maskedColumns: [],
      format: formatLabel(this.format),
      header: null,
      addedColumns: [],
      lackingColumns: [],
      ...fields,
    };
  }

  /** A refusal while the file is read, as a failed result; anything else is Excel's and goes on up. */
  refuse(error: unknown): FileResult {
    const refused = readProblem(error, this.fileName);
    if (refused) return this.result({ status: "failed", problems: [refused] });
    throw error;
  }
}

/** A file whose header was found: its rows still to come, and the session that has recognised it. */
interface Recognised {
  readonly rows: AsyncIterator<RowBatch>;
  readonly session: ExportSession;
  readonly found: SessionHeader;
  /** The file ended while its header was looked for. */
  readonly ended: boolean;
  /** Slices of the batch the header was found in that came after the one it was found in. */
  readonly rest: readonly (readonly string[][])[];
  /** Keys of the table's rows, filled before rows flow (the session asks for them only then). */
  readonly present: Map<string, ExistingRow>;
}

async function recognise(request: ImportRequest, report: FileReport): Promise<Recognised | FileResult> {
  let rows: AsyncIterator<RowBatch>;
  try {
    const opened = await openExport(
      request.chunks,
      request.spreadsheets ?? readSpreadsheetInThread,
      (m) => (report.meta = m),
      request.signal
    );
    report.format = opened.format;
    rows = longForm(opened.rows);
  } catch (error) {
    return report.refuse(error);
  }
  const present = new Map<string, ExistingRow>();
  const session = new ExportSession(request.fileName, (key) => present.get(key), {
    keepPersonalData: request.keepPersonalData === true,
  });
  let found: SessionHeader | null = null;
  let ended = false;
  let rest: string[][][] = [];
  try {
    while (!found && !session.gaveUp) {
      const next = await rows.next();
      if (next.done) {
        ended = true;
        break;
      }
      // Slice by slice, so that the rows held once the header shows are one slice at most.
      rest = slices(next.value.rows);
      while (!found && !session.gaveUp && rest.length > 0) found = session.findHeader(rest.shift() ?? []);
    }
  } catch (error) {
    return report.refuse(error);
  }
  if (request.signal?.aborted) return report.result({ status: "cancelled" });
  if (!found) return report.result({ status: "failed", problems: [problem(request.fileName, "noHeader")] });
  if (found.headers.length > MAX_COLUMNS)
    return report.result({
      status: "failed",
      problems: [problem(request.fileName, "tooManyColumns", String(found.headers.length))],
    });
  return { rows, session, found, ended, present, rest };
}

/**
 * Places the file (core/import/placement.ts) in the table found for its kind; when its rows join the table's, reads
 * the table's rows first, by key, so that a row already there is updated or left, never added twice.
 */
async function place(
  context: WorkbookSession,
  file: Recognised,
  request: ImportRequest,
  language: Language,
  report: FileReport
): Promise<Placed | FileResult> {
  const { headers, recognised } = file.found;
  const kind = recognised.definition;
  const unplaceable = columnsProblem(kind, headers, request.fileName);
  if (unplaceable) return report.result({ kind, status: "failed", problems: [unplaceable] });
  const table = await findTable(context, kind.tableName);
  report.syncs += table.syncs;
  const placed = placeFile({
    fileName: request.fileName,
    kind,
    headers,
    existing: table.table,
    sheetNames: table.sheetNames,
    protectedSheets: request.protectedSheets ?? [],
    replace: request.replace,
    language,
  });
  if ("problem" in placed)
    return report.result({
      kind,
      status: "failed",
      ...(placed.sheetName === undefined ? {} : { sheetName: placed.sheetName }),
      problems: [placed.problem],
    });
  const { placement } = placed;
  const existing = placement.existing;
  let gatherer = factsGatherer(placement, request);
  if (existing && !request.replace && existing.rowCount > 1) {
    const old = placement.sums && "old" in placement.sums ? placement.sums.old : null;
    // Keys and signatures are built in the file's order, as the session builds them. Every table column the file
    // has is read, so a newer export's changed figures can be told apart; a column the file adds is empty there.
    let row = 0;
    const idColumns = headers.map((h) => columnRule(h).id);
    const read = placement.order.slice(0, existing.headers.length);
    report.syncs += await readColumnsInBlocks(
      context,
      existing,
      read.flatMap((fileColumn, t) => (fileColumn >= 0 ? [t] : [])),
      (block) => {
        if (gatherer && !gatherer.add(block as readonly (readonly CellValue[])[])) gatherer = null;
        for (const tableRow of block) {
          const fileRow: ImportedValue[] = headers.map(() => null);
          read.forEach(
            (fileColumn, t) => fileColumn >= 0 && (fileRow[fileColumn] = asImported(tableRow[t], idColumns[fileColumn]))
          );
          old?.set(row, fileRow);
          file.present.set(rowKey(fileRow, recognised.keyColumns), { row: row++, signature: rowSignature(fileRow) });
        }
      }
    );
  }
  return { placement, gatherer };
}

export async function importFile(
  context: WorkbookSession,
  request: ImportRequest,
  language: Language
): Promise<FileResult> {
  const report = new FileReport(request.fileName);
  const file = await recognise(request, report);
  if ("status" in file) return file;
  const placed = await place(context, file, request, language, report);
  if ("status" in placed) return placed;
  return stream(context, file, placed, request, report);
}

/** The file's rows into the table: staged below it batch by batch, then committed, or rolled back on any refusal. */
/** The table import for a placed file: its table found or made, staged below within the request budget. */
function tableImportFor(context: WorkbookSession, placement: Placement, request: ImportRequest): TableImport {
  const { kind, existing, sheetName, headers } = placement;
  return new TableImport(context, {
    tableName: kind.tableName,
    sheetName,
    owner: `import:${kind.tableName}`,
    headers,
    existing,
    replace: request.replace,
    budgetBytes: request.budgetBytes ?? REQUEST_BUDGET_BYTES,
    pause: pacer(),
  });
}

/** What a placed file's result says however it ends: where it went, its columns, counts, problems and masks. */
function placedResult(placement: Placement, session: ExportSession, tableImport: TableImport) {
  return {
    kind: placement.kind,
    sheetName: placement.sheetName,
    addedColumns: placement.added,
    lackingColumns: placement.lacking,
    counts: { ...session.counts },
    problems: session.problems,
    maxRequestBytes: tableImport.maxRequestBytes,
    maskedColumns: [...session.maskedColumns],
    header: session.found,
    span: session.span,
  };
}

/**
 * Stages the rows held since the header, then each batch as it arrives, until the file ends, a cancel, or a batch is
 * refused (the problem returned). A pause between batches lets the page draw: batches that have already arrived
 * resolve at once, so without one the whole file is one task.
 */
async function stageAll(
  file: Recognised,
  stage: (fresh: ImportedValue[][]) => Promise<Problem | null>,
  cancelled: () => boolean
): Promise<Problem | null> {
  const pause = pacer();
  const stageSlices = async (parts: readonly (readonly string[][])[]): Promise<Problem | null> => {
    for (const part of parts) {
      if (cancelled()) return null;
      const problem = await stage(file.session.push(part));
      if (problem) return problem;
      await pause();
    }
    return null;
  };
  const refused = (await stageSlices([[]])) ?? (await stageSlices(file.rest));
  if (refused || file.ended) return refused;
  for await (const batch of { [Symbol.asyncIterator]: () => file.rows }) {
    if (cancelled()) break;
    const problem = await stageSlices(slices(batch.rows));
    if (problem) return problem;
  }
  return null;
}

/**
 * Rows the session and the stage take between two pauses. The first rows run on code the engine has not yet
 * optimised: a whole batch of 2,000 took one 260 ms task on the page (Chromium's trace of a 100,000-row .xlsx
 * import), where 250 stay within the pause's 25 ms once the code is warm and near it before.
 */
const SLICE_ROWS = 250;

function slices(rows: string[][]): string[][][] {
  const out: string[][][] = [];
  for (let start = 0; start < rows.length; start += SLICE_ROWS) out.push(rows.slice(start, start + SLICE_ROWS));
  return out;
}

/** A file placed in its table, and what gathers the diagnosis's facts of that table as the import goes. */
interface Placed {
  readonly placement: Placement;
  readonly gatherer: FactsGatherer | null;
}

/**
 * The diagnosis's facts of the table the file goes to are gathered as the import goes (core/shopFacts.ts), so what
 * the pane counts after the import is not read back: a table filled from empty (or replaced) holds just the rows
 * staged; a table added to, its own rows as read for their keys too. Those reads take the columns the file has,
 * so a fact column of the table's that the file lacks leaves the table to be read back.
 */
function factsGatherer(placement: Placement, request: ImportRequest): FactsGatherer | null {
  const { kind, existing, order, headers } = placement;
  const gatherer = FactsGatherer.forTable(kind.tableName, FACT_KINDS[kind.kind] ?? null, headers);
  if (!gatherer || !existing || existing.rowCount <= 1 || request.replace) return gatherer;
  // A column the file adds is blank in the table's own rows.
  const read = (c: number) => c >= existing.headers.length || (order[c] ?? -1) >= 0;
  return gatherer.gathered().every(read) ? gatherer : null;
}

/** Why the rows read so far may not reach the sheet: a portrait of another day, another shop, another window. */
function refusal(session: ExportSession, placement: Placement, request: ImportRequest): Problem | null {
  // Rows joining a table's own (not replacing them) must have been counted over the same attribution window.
  const joined = placement.existing && !request.replace && placement.existing.rowCount > 1 ? placement.existing : null;
  return (
    session.refusal ??
    shopProblem(request.fileName, request.shop ?? null, session.shops) ??
    (joined && session.counts.rowsRead > 0
      ? attributionProblem(request.fileName, joined.attributionDays, session.attributionDays)
      : null)
  );
}

async function stream(
  context: WorkbookSession,
  file: Recognised,
  placed: Placed,
  request: ImportRequest,
  report: FileReport
): Promise<FileResult> {
  const { session } = file;
  const { placement } = placed;
  const { order, sums } = placement;
  const delta = sums && "delta" in sums ? sums.delta : null;
  const tableImport = tableImportFor(context, placement, request);
  let gatherer = placed.gatherer;
  const finish = (fields: Partial<FileResult> & Pick<FileResult, "status">) =>
    report.result({
      ...placedResult(placement, session, tableImport),
      ...fields,
      syncs: report.syncs + tableImport.syncs,
    });
  const unwritten = () => ({ ...session.counts, rowsAdded: 0, rowsUpdated: 0 });
  const cancelled = () => request.signal?.aborted === true;
  /** Rows of a file from another shop, or of another window, never reach the sheet; checked before each batch. */
  const stage = async (fresh: ImportedValue[][]): Promise<Problem | null> => {
    const refused = refusal(session, placement, request);
    if (refused) return refused;
    const rows = fresh.map((values) => tableRow(order, values));
    if (gatherer && !gatherer.add(rows)) gatherer = null;
    await tableImport.add(rows);
    if (delta) for (const values of fresh) delta.added(values);
    request.onProgress?.(session.counts.rowsRead);
    return null;
  };
  try {
    const refused = await stageAll(file, stage, cancelled);
    if (refused) {
      await tableImport.rollback();
      return finish({ status: "failed", counts: unwritten(), problems: [refused] });
    }
    session.finish();
    if (!cancelled()) await tableImport.flush();
    // Cancel is honoured until here: the staged rows are cleared and the table is as it was. From the first
    // update on, rows of the table change, so the import finishes, and says it came too late for a cancel.
    if (cancelled()) {
      await tableImport.rollback();
      return finish({ status: "cancelled", counts: unwritten() });
    }
    const change = await commitRows(tableImport, session, placement, request, gatherer);
    const shop = session.shops[0];
    return finish({
      status: "imported",
      cancelTooLate: cancelled(),
      sums: change,
      ...(shop === undefined ? {} : { shop }),
      ...(gatherer ? { staged: gatherer.facts() } : {}),
    });
  } catch (error) {
    await tableImport.rollback().catch(() => undefined);
    return finish({ status: "failed", counts: unwritten(), ...failure(error, request.fileName, session.problems) });
  }
}

/**
 * The file's updates and staged rows made part of the table, with the marks its sheet keeps; what the import
 * changes in Store Metrics' sums.
 */
async function commitRows(
  tableImport: TableImport,
  session: Recognised["session"],
  placement: Placement,
  request: ImportRequest,
  gatherer: FactsGatherer | null
): Promise<SumsChange | null> {
  const { kind, existing, order, sums } = placement;
  const { delta, old } = sums && "delta" in sums ? sums : { delta: null, old: null };
  // From the first round trip that changes the table's rows until Store Metrics is rebuilt from them, the sheet
  // says so: whatever stops the import in between, the next one reads the table again.
  if (sums && (session.counts.rowsAdded > 0 || session.updates.length > 0 || request.replace))
    tableImport.mark(METRICS_PENDING_PROPERTY, kind.kind);
  const updates = session.updates.map((u) => ({
    row: u.row,
    values: updatedTableRow(order, u.values, existing?.textColumns ?? []),
  }));
  await tableImport.update(updates);
  for (const u of updates) gatherer?.rewrite(u.row, u.values);
  if (delta) for (const u of session.updates) delta.rewritten(old?.get(u.row) ?? null, u.values);
  const formats = session.columnFormats();
  const shop = session.shops[0];
  const attribution = session.attributionDays;
  await tableImport.commit(
    order.map((fileColumn) => formats[fileColumn] ?? "General"),
    {
      ...(shop ? { [SHOP_PROPERTY]: shop } : {}),
      ...(attribution === null ? {} : { [ATTRIBUTION_PROPERTY]: String(attribution) }),
    }
  );
  return !sums
    ? null
    : "reread" in sums
      ? { kind: kind.kind, reread: true }
      : { kind: kind.kind, reset: sums.reset, delta: sums.delta.delta, rowsAdded: sums.delta.rowsAdded };
}

/** Why an import that had begun writing failed: a refusal of the file, a table grown past Excel's rows, or Excel's error. */
function failure(
  error: unknown,
  fileName: string,
  sessionProblems: readonly Problem[]
): Pick<FileResult, "problems" | "error"> {
  const refused = readProblem(error, fileName);
  if (refused) return { problems: [refused], error: null };
  if (error instanceof TooManyRowsError)
    return { problems: [...sessionProblems, problem(fileName, "tooManyRows", error.message)], error: null };
  return { problems: sessionProblems, error };
}
