/**
 * One store export into its data table, driven as bytes → rows → core → Excel: the file's reading (reading/, in a
 * worker in the pane) reads it, finds the header, recognises the export, normalises and de-duplicates; src/excel
 * finds the table, reads the keys already there, stages row blocks and commits. Nothing here touches Office.js
 * itself.
 */
import type { ExportKind, ExportKindDefinition } from "../core/import/kinds";
import { columnsProblem } from "../core/import/columns";
import type { Placement } from "../core/import/placement";
import { placeFile } from "../core/import/placement";
import type { SumsChange } from "../core/import/metricSums";
import type { Period } from "../core/import/period";
import type { ImportCounts, SessionHeader } from "../core/import/session";
import { attributionProblem } from "../core/import/attribution";
import { shopProblem } from "../core/import/shop";
import type { StagedFacts } from "../core/shopFacts";
import type { CellValue } from "../core/cellValues";
import { FactsGatherer } from "../core/shopFacts";
import type { Language } from "../core/language";
import type { Problem } from "../core/problems";
import { fileProblem } from "../core/problems";
import { pacer } from "./pace";
import type { CsvMeta } from "../csv/reader";
import type { FileFormat } from "../spreadsheet/format";
import { formatLabel } from "../spreadsheet/format";
import type { WorkbookSession } from "../excel/host";
import { findTable, readColumnsInBlocks } from "../excel/storeImport";
import { REQUEST_BUDGET_BYTES } from "../excel/limits";
import { TableImport, TooManyRowsError } from "../excel/tableImport";
import { ATTRIBUTION_PROPERTY, METRICS_PENDING_PROPERTY, SHOP_PROPERTY } from "../excel/sheetMarks";
import type {
  FileReading,
  FileToRead,
  HeaderRead,
  ReadingEnd,
  ReadingSnapshot,
  ReadingState,
  Staged,
} from "../reading/fileReading";
import { readHere } from "../reading/here";

export interface ImportRequest {
  readonly fileName: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly replace: boolean;
  /** The file itself, where it is one: a worker reads it for itself. */
  readonly blob?: Blob;
  /** How the file is read and its rows made ready: in a Web Worker in the pane; on this thread by default. */
  readonly reading?: (file: FileToRead) => FileReading;
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
}

/** A file whose header was found, and the reading that found it. */
interface Recognised {
  readonly reading: FileReading;
  readonly found: SessionHeader;
}

async function recognise(request: ImportRequest, report: FileReport): Promise<Recognised | FileResult> {
  const reading = (request.reading ?? readHere)({
    fileName: request.fileName,
    chunks: request.chunks,
    keepPersonalData: request.keepPersonalData === true,
    ...(request.blob ? { blob: request.blob } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
  });
  let read: HeaderRead;
  try {
    read = await reading.header();
  } catch (error) {
    reading.close();
    throw error;
  }
  report.meta = read.meta;
  report.format = read.format;
  if ("found" in read) return { reading, found: read.found };
  reading.close();
  return "cancelled" in read
    ? report.result({ status: "cancelled" })
    : report.result({ status: "failed", problems: [read.refused] });
}

/**
 * Places the file (core/import/placement.ts) in the table found for its kind; when its rows join the table's, the
 * reading is given the table's rows first, for their keys, so that a row already there is updated or left, never
 * added twice.
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
  const { existing, order } = placement;
  file.reading.plan({ order, existing, replace: request.replace });
  let gatherer = factsGatherer(placement, request);
  if (existing && !request.replace && existing.rowCount > 1) {
    const read = order.slice(0, existing.headers.length);
    report.syncs += await readColumnsInBlocks(
      context,
      existing,
      read.flatMap((fileColumn, t) => (fileColumn >= 0 ? [t] : [])),
      (block) => {
        if (gatherer && !gatherer.add(block as readonly (readonly CellValue[])[])) gatherer = null;
        file.reading.existing(block);
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
  // However the file ends (refused where it would go, staged, failed), its reading ends with it: a worker is ended.
  try {
    const placed = await place(context, file, request, language, report);
    if ("status" in placed) return placed;
    return await stream(context, file, placed, request, report);
  } finally {
    file.reading.close();
  }
}

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
function placedResult(placement: Placement, reading: ReadingSnapshot, tableImport: TableImport) {
  return {
    kind: placement.kind,
    sheetName: placement.sheetName,
    addedColumns: placement.added,
    lackingColumns: placement.lacking,
    counts: reading.counts,
    problems: reading.problems,
    maxRequestBytes: tableImport.maxRequestBytes,
    maskedColumns: reading.maskedColumns,
    header: reading.found,
    span: reading.span,
  };
}

/**
 * Stages each slice the reading gives, until the file ends, a cancel, or a slice is refused (the problem returned).
 * A pause between slices lets the page draw: slices that have already arrived resolve at once, so without one the
 * whole file is one task.
 */
async function stageAll(
  reading: FileReading,
  stage: (staged: Staged & { rows: (string | number)[][] }) => Promise<Problem | null>,
  cancelled: () => boolean
): Promise<Problem | null> {
  const pause = pacer();
  for (;;) {
    if (cancelled()) return null;
    const staged = await reading.next();
    if (!staged) return null;
    const problem = "refused" in staged ? staged.refused : await stage(staged);
    if (problem) return problem;
    await pause();
  }
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
function refusal(state: ReadingState, placement: Placement, request: ImportRequest): Problem | null {
  // Rows joining a table's own (not replacing them) must have been counted over the same attribution window.
  const joined = placement.existing && !request.replace && placement.existing.rowCount > 1 ? placement.existing : null;
  return (
    state.refusal ??
    shopProblem(request.fileName, request.shop ?? null, state.shops) ??
    (joined && state.counts.rowsRead > 0
      ? attributionProblem(request.fileName, joined.attributionDays, state.attributionDays)
      : null)
  );
}

type ResultFields = Partial<FileResult> & Pick<FileResult, "status">;

/** How a placed file's result is made however it ends: from the reading's end, or from its state so far. */
function placedResults(report: FileReport, placement: Placement, tableImport: TableImport, file: Recognised) {
  const finish = (fields: ResultFields, snapshot: ReadingSnapshot) =>
    report.result({
      ...placedResult(placement, snapshot, tableImport),
      ...fields,
      syncs: report.syncs + tableImport.syncs,
    });
  /** A result whose rows never reached the table: the rows read are counted, none added or updated. */
  const unwritten = async (fields: (problems: readonly Problem[]) => ResultFields) => {
    const snapshot = await safeSnapshot(file.reading, file.found);
    const counts = { ...snapshot.counts, rowsAdded: 0, rowsUpdated: 0 };
    return finish({ counts, ...fields(snapshot.problems) }, snapshot);
  };
  return { finish, unwritten };
}

async function stream(
  context: WorkbookSession,
  file: Recognised,
  placed: Placed,
  request: ImportRequest,
  report: FileReport
): Promise<FileResult> {
  const { reading } = file;
  const { placement } = placed;
  const tableImport = tableImportFor(context, placement, request);
  let gatherer = placed.gatherer;
  const { finish, unwritten } = placedResults(report, placement, tableImport, file);
  const cancelled = () => request.signal?.aborted === true;
  /** Rows of a file from another shop, or of another window, never reach the sheet; checked before each slice. */
  const stage = async ({ rows, state }: { rows: (string | number)[][]; state: ReadingState }) => {
    const refused = refusal(state, placement, request);
    if (refused) return refused;
    if (gatherer && !gatherer.add(rows)) gatherer = null;
    await tableImport.add(rows);
    request.onProgress?.(state.counts.rowsRead);
    return null;
  };
  try {
    const refused = await stageAll(reading, stage, cancelled);
    if (refused) {
      await tableImport.rollback();
      return await unwritten(() => ({ status: "failed", problems: [refused] }));
    }
    if (!cancelled()) await tableImport.flush();
    // Cancel is honoured until here: the staged rows are cleared and the table is as it was. From the first
    // update on, rows of the table change, so the import finishes, and says it came too late for a cancel.
    if (cancelled()) {
      await tableImport.rollback();
      return await unwritten(() => ({ status: "cancelled" }));
    }
    const ended = await reading.end();
    const change = await commitRows(tableImport, ended, placement, request, gatherer);
    const shop = ended.shops[0];
    return finish(
      {
        status: "imported",
        cancelTooLate: cancelled(),
        sums: change,
        ...(shop === undefined ? {} : { shop }),
        ...(gatherer ? { staged: gatherer.facts() } : {}),
      },
      ended
    );
  } catch (error) {
    await tableImport.rollback().catch(() => undefined);
    return await unwritten((problems) => ({ status: "failed", ...failure(error, request.fileName, problems) }));
  }
}

/** The reading's state for a result; when the worker itself has failed, what the header said and nothing read. */
async function safeSnapshot(reading: FileReading, found: SessionHeader): Promise<ReadingSnapshot> {
  try {
    return await reading.snapshot();
  } catch {
    const counts = { rowsRead: 0, rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 0, duplicates: 0, totalsSkipped: 0 };
    return { counts, problems: [], maskedColumns: [], found, span: null };
  }
}

/**
 * The file's updates and staged rows made part of the table, with the marks its sheet keeps; what the import
 * changes in Store Metrics' sums.
 */
async function commitRows(
  tableImport: TableImport,
  ended: ReadingEnd,
  placement: Placement,
  request: ImportRequest,
  gatherer: FactsGatherer | null
): Promise<SumsChange | null> {
  const { kind } = placement;
  const { sums, updates } = ended;
  // From the first round trip that changes the table's rows until Store Metrics is rebuilt from them, the sheet
  // says so: whatever stops the import in between, the next one reads the table again.
  if (sums && (ended.counts.rowsAdded > 0 || updates.length > 0 || request.replace))
    tableImport.mark(METRICS_PENDING_PROPERTY, kind.kind);
  await tableImport.update(updates);
  for (const u of updates) gatherer?.rewrite(u.row, u.values);
  const shop = ended.shops[0];
  const attribution = ended.attributionDays;
  await tableImport.commit(ended.formats, {
    ...(shop ? { [SHOP_PROPERTY]: shop } : {}),
    ...(attribution === null ? {} : { [ATTRIBUTION_PROPERTY]: String(attribution) }),
  });
  return sums;
}

/** Why an import that had begun writing failed: a table grown past Excel's rows, or Excel's error. */
function failure(
  error: unknown,
  fileName: string,
  sessionProblems: readonly Problem[]
): Pick<FileResult, "problems" | "error"> {
  if (error instanceof TooManyRowsError)
    return { problems: [...sessionProblems, fileProblem(fileName, "tooManyRows", error.message)], error: null };
  return { problems: sessionProblems, error };
}
