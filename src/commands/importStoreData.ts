/**
 * "Import store data": each file into its kind's table (each in its own batch on the host, so one file's failure leaves
 * the others imported), then one Import Log row per file and Store Metrics rebuilt.
 */
import type { ImportLogRow } from "../core/contract";
import { periodText } from "../core/import/period";
import type { SpreadsheetReader } from "../spreadsheet/reader";
import { toDateTimeSerial } from "../core/excelDate";
import type { ClockTime } from "../core/excelDate";
import { describeExcelError } from "../excel/errors";
import { appendImportLog, rebuildStoreMetrics } from "../excel/importBookkeeping";
import { readWorkbookShop } from "../excel/storeImport";
import type { FileResult } from "./importFile";
import { importFile } from "./importFile";
import type { Translate } from "../i18n";
import type { Language } from "../core/language";
import { joinList, translator } from "../i18n";
import { describeProblem, problemMessage } from "../i18n/problems";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { attempt } from "./outcome";

export interface StoreFile {
  readonly name: string;
  chunks(): AsyncIterable<Uint8Array>;
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
  /** How spreadsheet files are read (the pane passes its Web Worker reader). */
  readonly spreadsheets?: SpreadsheetReader;
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

function failureReason(result: FileResult, t: Translate): string {
  if (result.problems.length > 0 && result.status === "failed") return problemMessage(result.problems[0] as FileResult["problems"][number], t);
  return result.error ? describeExcelError(result.error, t) : "";
}

function logRow(result: FileResult, time: number, language: Language, t: Translate): ImportLogRow {
  const status =
    result.status === "imported"
      ? result.problems.length === 0
        ? t("import.logOk")
        : result.problems.slice(0, 3).map((p) => describeProblem(p, t)).join(" ")
      : result.status === "cancelled"
        ? t("import.logCancelled")
        : t("import.logFailed", { reason: failureReason(result, t) });
  // Text cells in the log carry file names as the user chose them: guard them like imported text.
  const text = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
  const masked = maskedText(result, language, t);
  return {
    time,
    file: text(result.fileName),
    kind: result.kind ? result.kind.label[language] : "",
    encoding: result.encoding,
    rowsRead: result.counts.rowsRead,
    rowsAdded: result.status === "imported" ? result.counts.rowsAdded : 0,
    duplicates: result.counts.duplicates,
    problems: text(masked ? `${status} ${masked}` : status),
    rowsUpdated: result.status === "imported" ? result.counts.rowsUpdated : 0,
    rowsUnchanged: result.counts.rowsUnchanged,
  };
}

/** One line per imported file: kind, format and encoding, header row, period, what became of its rows. */
function fileLine(r: FileResult, language: Language, t: Translate): string {
  const c = r.counts;
  const skipped = c.duplicates + c.totalsSkipped;
  return t("import.file", {
    file: r.fileName,
    kind: r.kind?.label[language] ?? "",
    format: r.encoding ? `${r.format}, ${r.encoding}` : r.format,
    header: r.header?.headerLine ?? "",
    period: r.header?.period ? t("import.period", { period: periodText(r.header.period) }) : "",
    sheet: r.sheetName ?? "",
    read: c.rowsRead,
    added: c.rowsAdded,
    updated: c.rowsUpdated,
    unchanged: c.rowsUnchanged,
    skipped,
    reasons: skipped > 0 ? t("import.skipReasons", { duplicates: c.duplicates, totals: c.totalsSkipped }) : "",
  });
}

/** "Masked: <the masked columns>." for a file whose personal data was masked; "" otherwise. */
function maskedText(result: FileResult, language: Language, t: Translate): string {
  return result.maskedColumns.length === 0 ? "" : t("import.masked", { columns: joinList(language, result.maskedColumns) });
}

export function importStoreData(env: CommandEnvironment, files: readonly StoreFile[], options: ImportOptions): Promise<ImportOutcome> {
  const language = env.language();
  const t = translator(language);
  const results: FileResult[] = [];
  const run = async (): Promise<ImportOutcome> => {
    // The first file that names a shop makes the workbook that shop's, for the files after it too.
    let shop = await env.host.run((context) => readWorkbookShop(context, language));
    for (const [index, file] of files.entries()) {
      if (options.signal?.aborted) break;
      const started = options.clock();
      const result = await env.host
        .run((context) =>
          importFile(
            context,
            {
              fileName: file.name,
              chunks: file.chunks(),
              replace: options.replace,
              shop,
              keepPersonalData: options.keepPersonalData === true,
              ...(options.spreadsheets ? { spreadsheets: options.spreadsheets } : {}),
              ...(options.signal ? { signal: options.signal } : {}),
              ...(options.budgetBytes ? { budgetBytes: options.budgetBytes } : {}),
              onProgress: (rowsDone) => {
                const seconds = Math.max(0.001, (options.clock() - started) / 1000);
                options.onProgress?.({ file: file.name, fileIndex: index, files: files.length, rowsDone, rowsPerSecond: Math.round(rowsDone / seconds) });
              },
            },
            language,
          ),
        )
        .catch((error: unknown): FileResult => ({
          fileName: file.name,
          kind: null,
          encoding: "",
          sheetName: null,
          counts: { rowsRead: 0, rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 0, duplicates: 0, totalsSkipped: 0 },
          problems: [],
          status: "failed",
          error,
          syncs: 0,
          maxRequestBytes: 0,
          maskedColumns: [],
          format: "",
          header: null,
        }));
      results.push(result);
      if (result.status === "imported" && !shop && result.shop) shop = result.shop;
    }

    const time = toDateTimeSerial(options.now());
    await env.host.run((context) => appendImportLog(context, results.map((r) => logRow(r, time, language, t)), language));
    const imported = results.filter((r) => r.status === "imported");
    // Any changed row may change a day's figures: an update as much as an added row.
    const metrics = imported.some((r) => r.counts.rowsAdded > 0 || r.counts.rowsUpdated > 0 || options.replace)
      ? await env.host.run((context) => rebuildStoreMetrics(context, language))
      : false;

    // A Cancel that came after the last file's rows were in (while its log or Store Metrics was written) did not
    // stop it: that file says the Cancel came too late, as one that came during its commit does.
    const last = results[results.length - 1];
    if (options.signal?.aborted && last?.status === "imported" && !last.cancelTooLate) results[results.length - 1] = { ...last, cancelTooLate: true };

    const lines = results.map((r) =>
      r.status === "imported"
        ? [fileLine(r, language, t), maskedText(r, language, t), r.cancelTooLate ? t("import.cancelTooLate", { file: r.fileName }) : ""].filter(Boolean).join(" ")
        : r.status === "cancelled"
          ? t("import.fileCancelled", { file: r.fileName })
          : t("import.fileFailed", { file: r.fileName, reason: failureReason(r, t) }),
    );
    const problems = imported.flatMap((r) => r.problems.map((p) => describeProblem(p, t)));
    const failed = results.length - imported.length;
    const added = imported.reduce((n, r) => n + r.counts.rowsAdded, 0);
    const updated = imported.reduce((n, r) => n + r.counts.rowsUpdated, 0);
    const unchanged = imported.reduce((n, r) => n + r.counts.rowsUnchanged, 0);
    return {
      ok: failed === 0,
      message:
        failed === 0
          ? t("import.done", { files: joinList(language, imported.map((r) => r.fileName)), added, updated, unchanged })
          : results.length === 1
            ? t("import.oneFailed")
            : failed === results.length
              ? t("import.allFailed", { files: results.length })
              : t("import.someFailed", { failed, files: results.length }),
      details: [...lines, ...problems, ...(metrics ? [t("import.metrics")] : [])],
      results,
    };
  };
  return attempt(t, run).then((outcome) => ("results" in outcome ? (outcome as ImportOutcome) : { ...outcome, results }));
}
