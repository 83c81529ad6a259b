/**
 * What Import store data says when it ends, planned as phrases: one line per file in the pane, one Import Log row
 * per file, and the outcome's sentence. The catalogues word them; the command only passes them on.
 */
import type { IMPORT_LOG } from "../contract";
import { COMPETITION_OUTPUT } from "../contract";
import type { Spellings, Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase, sentences } from "../phrases";
import type { Problem, ProblemCode } from "../problems";
import { problemPhrase, problemSentence } from "../problems";
import type { Period } from "./period";
import { periodText } from "./period";
import type { ImportCounts } from "./session";

/** One file's import as the report needs it (commands/importFile.ts gives more). */
export interface FileSummary {
  readonly fileName: string;
  readonly kind: { readonly label: Spellings; readonly kind?: string } | null;
  readonly status: "imported" | "failed" | "cancelled";
  readonly counts: ImportCounts;
  readonly problems: readonly Problem[];
  readonly encoding: string;
  readonly format: string;
  readonly sheetName: string | null;
  readonly header: { readonly headerLine: number; readonly period: Period | null } | null;
  /** The days the rows cover, by their own dates or times (else the period the file names); null when unknown. */
  readonly span?: Period | null;
  readonly maskedColumns: readonly string[];
  readonly cancelTooLate?: boolean;
  /** Columns the file added to its table, and the table's columns it lacked. */
  readonly addedColumns: readonly string[];
  readonly lackingColumns: readonly string[];
}

type ReportKey =
  | "import.competition"
  | "import.file"
  | "import.period"
  | "import.rowsSpan"
  | "import.skipReasons"
  | "import.masked"
  | "import.columnsAdded"
  | "import.columnsLacking"
  | "import.cancelTooLate"
  | "import.fileCancelled"
  | "import.fileFailed"
  | "import.logOk"
  | "import.logCancelled"
  | "import.logFailed"
  | "import.done"
  | "import.oneFailed"
  | "import.allFailed"
  | "import.someFailed"
  | "import.metrics"
  | "sentences"
  | "problem.at"
  | `problem.${ProblemCode}`;
/** Words the report holds: file names and the like as they are, and phrases for the catalogues. */
export type ReportText = string | Phrase<ReportKey>;

/**
 * Why a file was not imported: its first problem, else what Excel said (worded by the caller, who knows Excel's
 * errors), else nothing.
 */
function failureReason(file: FileSummary, excelReason: string): ReportText {
  const first = file.problems[0];
  return first && file.status === "failed" ? problemPhrase(first) : excelReason;
}

/** "Masked: <the masked columns>." for a file whose personal data was masked; "" otherwise. */
function masked(file: FileSummary): ReportText {
  return file.maskedColumns.length === 0 ? "" : phrase("import.masked", { columns: file.maskedColumns });
}

/** Which columns an imported file added to its table, and which of the table's it lacked; "" for each that is none. */
function columnChanges(file: FileSummary): ReportText[] {
  if (file.status !== "imported") return [];
  return [
    file.addedColumns.length === 0 ? "" : phrase("import.columnsAdded", { columns: file.addedColumns }),
    file.lackingColumns.length === 0 ? "" : phrase("import.columnsLacking", { columns: file.lackingColumns }),
  ];
}

/** The days a file's rows cover, by their own dates where they have them: an order list downloaded on 12-05 runs 11-21 ~ 12-04. */
function spanPhrase(file: FileSummary): ReportText {
  const span = file.span ?? file.header?.period ?? null;
  if (!span) return "";
  return phrase(span.from === "rows" ? "import.rowsSpan" : "import.period", { period: periodText(span) });
}

/** One line per file: kind, format and encoding, header row, period, and what became of its rows. */
export function fileLine(file: FileSummary, language: Language, excelReason: string): ReportText {
  if (file.status === "cancelled") return phrase("import.fileCancelled", { file: file.fileName });
  if (file.status === "failed")
    return phrase("import.fileFailed", { file: file.fileName, reason: failureReason(file, excelReason) });
  const c = file.counts;
  const skipped = c.duplicates + c.totalsSkipped;
  const line = phrase("import.file", {
    file: file.fileName,
    kind: file.kind?.label[language] ?? "",
    format: file.encoding ? `${file.format}, ${file.encoding}` : file.format,
    header: file.header?.headerLine ?? "",
    period: spanPhrase(file),
    sheet: file.sheetName ?? "",
    read: c.rowsRead,
    added: c.rowsAdded,
    updated: c.rowsUpdated,
    unchanged: c.rowsUnchanged,
    skipped,
    reasons: skipped > 0 ? phrase("import.skipReasons", { duplicates: c.duplicates, totals: c.totalsSkipped }) : "",
  });
  return sentences(
    line,
    ...columnChanges(file),
    masked(file),
    file.cancelTooLate ? phrase("import.cancelTooLate", { file: file.fileName }) : ""
  );
}

export type ImportLogEntry = Readonly<Record<keyof typeof IMPORT_LOG.columns, string | number | ReportText>>;

/**
 * The file's Import Log row (time as an Excel serial). Its text is as the user chose it (file names) or worded from
 * phrases; the log's writer guards whatever Excel would read as a formula.
 */
export function importLogRow(file: FileSummary, time: number, language: Language, excelReason: string): ImportLogEntry {
  const imported = file.status === "imported";
  const status: ReportText = imported
    ? file.problems.length === 0
      ? phrase("import.logOk")
      : sentences(...file.problems.slice(0, 3).map(problemSentence))
    : file.status === "cancelled"
      ? phrase("import.logCancelled")
      : phrase("import.logFailed", { reason: failureReason(file, excelReason) });
  return {
    time,
    file: file.fileName,
    kind: file.kind ? file.kind.label[language] : "",
    encoding: file.encoding,
    rowsRead: file.counts.rowsRead,
    rowsAdded: imported ? file.counts.rowsAdded : 0,
    duplicates: file.counts.duplicates,
    problems: sentences(status, ...columnChanges(file), masked(file)),
    rowsUpdated: imported ? file.counts.rowsUpdated : 0,
    rowsUnchanged: file.counts.rowsUnchanged,
  };
}

/** The outcome's sentence and details: every file's line, the problems of the imported ones, and Store Metrics. */
export function importOutcome(
  files: readonly FileSummary[],
  language: Language,
  excelReasons: readonly string[],
  metricsRebuilt: boolean
): { ok: boolean; message: Phrase<ReportKey>; details: ReportText[] } {
  const imported = files.filter((f) => f.status === "imported");
  const failed = files.length - imported.length;
  const sum = (count: keyof ImportCounts) => imported.reduce((n, f) => n + f.counts[count], 0);
  const message: Phrase<ReportKey> =
    failed === 0
      ? phrase("import.done", {
          files: imported.map((f) => f.fileName),
          added: sum("rowsAdded"),
          updated: sum("rowsUpdated"),
          unchanged: sum("rowsUnchanged"),
        })
      : files.length === 1
        ? phrase("import.oneFailed")
        : failed === files.length
          ? phrase("import.allFailed", { files: files.length })
          : phrase("import.someFailed", { failed, files: files.length });
  return {
    ok: failed === 0,
    message,
    details: [
      ...files.map((f, i) => fileLine(f, language, excelReasons[i] ?? "")),
      ...imported.flatMap((f) => f.problems.map(problemSentence)),
      ...(metricsRebuilt ? [phrase("import.metrics")] : []),
      // Competition data is read by its own command: the line says where it goes next.
      ...(imported.some((f) => f.kind?.kind === "sycmCompetition")
        ? [phrase("import.competition", { sheet: COMPETITION_OUTPUT.sheetName[language] })]
        : []),
    ],
  };
}
