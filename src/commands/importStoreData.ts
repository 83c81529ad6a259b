/**
 * "Import store data": each file into its kind's table (each in its own batch on the host, so one file's failure leaves
 * the others imported), then one Import Log row per file and Store Metrics rebuilt.
 */
import { importLogRow, importOutcome } from "../core/import/importReport";
import type { FileReading, FileToRead } from "../reading/fileReading";
import { toDateTimeSerial } from "../core/excelDate";
import type { ClockTime } from "../core/excelDate";
import { describeExcelError } from "../excel/errors";
import { SUMS_SHEET, appendImportLog } from "../excel/importBookkeeping";
import { updateStoreMetrics } from "./storeMetrics";
import { readWorkbookShop } from "../excel/storeImport";
import { workbookLanguage } from "../core/workbookLanguage";
import type { FileResult, ImportRequest } from "./importFile";
import { failedFile, importFile } from "./importFile";
import type { Translate } from "../wording";
import type { Language } from "../core/language";
import type { ExportKind } from "../core/import/kinds";
import { loadWords, translator } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { attempt, detailsWithProblems, wordRecord, wording } from "./outcome";
import { protectedTargets } from "../core/workbookPlan";
import { IMPORT_LOG, STORE_METRICS } from "../core/contract";
import type { Problem } from "../core/problems";
// The words this command says load with it, not with the pane's page.

export interface StoreFile {
  readonly name: string;
  chunks(): AsyncIterable<Uint8Array>;
  /** The file itself, where it is one (a file the operator chose): a worker reads it for itself. */
  readonly blob?: Blob;
}

export interface ImportProgress {
  readonly file: string;
  readonly fileIndex: number;
  readonly files: number;
  readonly rowsDone: number;
  readonly rowsPerSecond: number;
}

export interface ImportOptions {
  readonly replace: boolean;
  /** How files are read and their rows made ready (the pane reads them in a Web Worker); on this thread by default. */
  readonly reading?: (file: FileToRead) => FileReading;
  /** Keep names, phones and addresses as exported; by default they are masked. */
  readonly keepPersonalData?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Milliseconds, for the rate; the shell passes performance.now. */
  readonly clock: () => number;
  /** The user's time now, for the log. */
  readonly now: () => ClockTime;
  /** Request budget per sync, bytes; Excel on the web's limit is 5 MB. */
  readonly budgetBytes?: number;
}

export interface ImportOutcome extends Outcome {
  readonly results: readonly FileResult[];
}

/** What Excel said, for a file Excel refused: the one reason the core cannot word. */
const excelReason = (result: FileResult, t: Translate) => (result.error ? describeExcelError(result.error, t) : "");

/** Each file in its own batch on the host, so one file's failure leaves the others imported. */
async function importEach(
  env: CommandEnvironment,
  files: readonly StoreFile[],
  options: ImportOptions,
  chosen: Language
): Promise<{ results: FileResult[]; language: Language; metricsPending: ExportKind[]; refused: Problem[] }> {
  const results: FileResult[] = [];
  // The first file that names a shop makes the workbook that shop's, for the files after it too.
  const workbook = await env.host.run((context) => readWorkbookShop(context, chosen));
  let shop = workbook.shop;
  // New tables, the log and Store Metrics are in the language the workbook's sheets were written in.
  const language = workbookLanguage(workbook.sheetNames, chosen);
  // Every import writes the log, Store Metrics and its sums: with one of them protected, no file is imported.
  const tableSheet = (table: string) =>
    workbook.workbook.tables.find((tb) => tb.name.toLowerCase() === table.toLowerCase())?.sheet;
  const refused = protectedTargets(workbook.workbook.sheets, [
    tableSheet(IMPORT_LOG.tableName),
    tableSheet(STORE_METRICS.tableName),
    SUMS_SHEET,
  ]);
  if (refused.length > 0) return { results, language, metricsPending: [], refused };
  const protectedSheets = workbook.workbook.sheets.flatMap((s) => (s.protected ? [s.name] : []));
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) break;
    const started = options.clock();
    const request: ImportRequest = {
      fileName: file.name,
      chunks: file.chunks(),
      replace: options.replace,
      shop,
      protectedSheets,
      keepPersonalData: options.keepPersonalData === true,
      ...(file.blob ? { blob: file.blob } : {}),
      ...(options.reading ? { reading: options.reading } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.budgetBytes ? { budgetBytes: options.budgetBytes } : {}),
      onProgress: (rowsDone) => {
        const seconds = Math.max(0.001, (options.clock() - started) / 1000);
        options.onProgress?.({
          file: file.name,
          fileIndex: index,
          files: files.length,
          rowsDone,
          rowsPerSecond: Math.round(rowsDone / seconds),
        });
      },
    };
    const result = await env.host
      .run((context) => importFile(context, request, language))
      .catch((error: unknown) => failedFile(file.name, error));
    results.push(result);
    if (result.status === "imported" && !shop && result.shop) shop = result.shop;
  }
  return { results, language, metricsPending: workbook.metricsPending, refused: [] };
}

export function importStoreData(
  env: CommandEnvironment,
  files: readonly StoreFile[],
  options: ImportOptions
): Promise<ImportOutcome> {
  const language = env.language();
  const t = translator(language);
  let results: FileResult[] = [];
  const run = async (): Promise<ImportOutcome> => {
    // Its report and the sheets it writes may be in another language than the pane.
    await Promise.all([loadWords("pane"), loadWords("storeData")]);
    const imported = await importEach(env, files, options, language);
    if (imported.refused.length > 0) {
      return {
        ok: false,
        message: files.length === 1 ? t("import.oneFailed") : t("import.allFailed", { files: files.length }),
        ...detailsWithProblems([], imported.refused, t, false),
        results: [],
      };
    }
    results = imported.results;
    const inSheets = imported.language;
    const sheetT = translator(inSheets);
    const words = wording(t);
    const time = toDateTimeSerial(options.now());
    const log = results.map((r) => importLogRow(r, time, inSheets, excelReason(r, sheetT)));
    await env.host.run((context) =>
      appendImportLog(
        context,
        log.map((row) => wordRecord(row, wording(sheetT))),
        inSheets
      )
    );
    // Any changed row may change a day's figures: an update as much as an added row; and an earlier import that
    // stopped before Store Metrics was rebuilt is finished now, whatever this one changed.
    const changed =
      imported.metricsPending.length > 0 ||
      results.some(
        (r) => r.status === "imported" && (r.counts.rowsAdded > 0 || r.counts.rowsUpdated > 0 || options.replace)
      );
    // A table an earlier import changed without finishing Store Metrics is read again, whatever the kept sums say.
    const sums = [
      ...imported.metricsPending.map((kind) => ({ kind, reread: true as const })),
      ...results.flatMap((r) => (r.status === "imported" && r.sums ? [r.sums] : [])),
    ];
    const metrics = changed ? await env.host.run((context) => updateStoreMetrics(context, inSheets, sums)) : false;

    // A Cancel that came after the last file's rows were in (while its log or Store Metrics was written) did not
    // stop it: that file says the Cancel came too late, as one that came during its commit does.
    const last = results[results.length - 1];
    if (options.signal?.aborted && last?.status === "imported" && !last.cancelTooLate)
      results[results.length - 1] = { ...last, cancelTooLate: true };

    const said = importOutcome(
      results,
      language,
      results.map((r) => excelReason(r, t)),
      metrics
    );
    return { ok: said.ok, message: words(said.message), details: said.details.map(words), results };
  };
  return attempt(t, run).then((outcome) =>
    "results" in outcome ? (outcome as ImportOutcome) : { ...outcome, results }
  );
}
