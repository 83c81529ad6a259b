/**
 * A store export read and made ready for its table: bytes → rows → the session (header, normalising, masking,
 * de-duplication against the table's keys, the change to Store Metrics' kept sums) → the table's rows, ready to
 * stage. The pane runs it in a Web Worker (reading/worker.ts), so that the page only sends; tests, the bench and a
 * host without workers run it on the calling thread. Both answer to FileReading, message for message.
 */
import { longForm } from "../core/import/competitionWide";
import type { ExportKind } from "../core/import/kinds";
import { rowKey, rowSignature } from "../core/import/kinds";
import type { RowParts, SumsChange, SumsDelta } from "../core/import/metricSums";
import { columnRule } from "../core/import/normalize";
import type { Period } from "../core/import/period";
import type { ExistingTable } from "../core/import/placement";
import { sumsPlan } from "../core/import/placement";
import type { ExistingRow, ImportCounts, ImportedValue, SessionHeader } from "../core/import/session";
import { ExportSession, asImported, tableRow, updatedTableRow } from "../core/import/session";
import { MAX_COLUMNS } from "../core/cellAddress";
import type { Problem } from "../core/problems";
import { fileProblem } from "../core/problems";
import type { CsvMeta, RowBatch } from "../csv/reader";
import type { FileFormat } from "../spreadsheet/format";
import { readSpreadsheetInThread } from "../spreadsheet/inThread";
import { openExport } from "../spreadsheet/open";
import { readProblem } from "./refusals";

export interface FileToRead {
  readonly fileName: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  /** The file itself, where it is one: a worker reads it for itself, in place of the chunks. */
  readonly blob?: Blob;
  /** Import names, phones and addresses as exported (the pane's option); masked otherwise. */
  readonly keepPersonalData: boolean;
  readonly signal?: AbortSignal;
}

/** What the file is once its header showed; or why it was refused first; or that the operator cancelled. */
export type HeaderRead = { readonly meta: CsvMeta | null; readonly format: FileFormat } & (
  { readonly found: SessionHeader } | { readonly refused: Problem } | { readonly cancelled: true }
);

/** The table as the reading needs it: its columns, rows (the header's included) and which columns are Text. */
export type TableShape = Pick<ExistingTable, "headers" | "rowCount" | "textColumns">;

/** Where the file's rows go, once the page has placed it (core/import/placement.ts). */
export interface ReadingPlan {
  /** For each table column, the file column it takes (−1: none). */
  readonly order: readonly number[];
  /** The table found for the file's kind; null when it is to be made. */
  readonly existing: TableShape | null;
  readonly replace: boolean;
}

/** The session as it stands after a slice: what the page checks before staging it. */
export interface ReadingState {
  readonly counts: ImportCounts;
  /** Why the rows may not reach the sheet, as the session sees it (a portrait of another day, say). */
  readonly refusal: Problem | null;
  readonly shops: readonly string[];
  readonly attributionDays: number | null;
}

/** A slice of the file's rows in the table's column order, ready to stage; or the problem the file was refused for. */
export type Staged = { readonly state: ReadingState } & (
  { readonly rows: (string | number)[][] } | { readonly refused: Problem }
);

/** What a result reports however the import ends. */
export interface ReadingSnapshot {
  readonly counts: ImportCounts;
  readonly problems: readonly Problem[];
  readonly maskedColumns: readonly string[];
  readonly found: SessionHeader | null;
  readonly span: Period | null;
}

/** The file read to its end: what to commit. */
export interface ReadingEnd extends ReadingSnapshot {
  /** Rows of the table to rewrite, in the table's column order. */
  readonly updates: readonly { readonly row: number; readonly values: (string | number | null)[] }[];
  /** Each table column's number format. */
  readonly formats: readonly string[];
  readonly shops: readonly string[];
  readonly attributionDays: number | null;
  /** What the file does to Store Metrics' kept sums; null for a kind Store Metrics does not read. */
  readonly sums: SumsChange | null;
}

export interface FileReading {
  /** Reads until the header shows. */
  header(): Promise<HeaderRead>;
  /** Where the rows go; before any table row or slice. */
  plan(plan: ReadingPlan): void;
  /** A block of the table's own rows, read for their keys, in table column order and in the table's row order. */
  existing(block: readonly (readonly unknown[])[]): void;
  /** The next slice of rows; null once the file has ended. */
  next(): Promise<Staged | null>;
  snapshot(): Promise<ReadingSnapshot>;
  /** Finishes the session (its checks on the whole file) and says what to commit. */
  end(): Promise<ReadingEnd>;
  /** Done with the file: a worker is ended at once. */
  close(): void;
}

/**
 * Rows the session and the stage take between two pauses. The first rows run on code the engine has not yet
 * optimised: a whole batch of 2,000 took one 260 ms task on the page (Chromium's trace of a 100,000-row .xlsx
 * import), where 250 stay within the pause's 25 ms once the code is warm and near it before.
 */
export const SLICE_ROWS = 250;

export function slices(rows: string[][]): string[][][] {
  const out: string[][][] = [];
  for (let start = 0; start < rows.length; start += SLICE_ROWS) out.push(rows.slice(start, start + SLICE_ROWS));
  return out;
}

/** What the reading keeps of the plan: the columns, and the kept sums' change as it is built. */
interface Planned {
  readonly order: readonly number[];
  readonly textColumns: readonly boolean[];
  readonly kind: ExportKind;
  readonly sums: ReturnType<typeof sumsPlan>;
  /** The file column each table column read for the keys stands for (−1: not read). */
  readonly read: readonly number[];
  readonly idColumns: readonly boolean[];
  /** Table rows read for their keys so far. */
  rowsRead: number;
}

/** The reading on the calling thread; the worker runs one too. */
export class ReadingHere implements FileReading {
  private rows: AsyncIterator<RowBatch> | null = null;
  private readonly present = new Map<string, ExistingRow>();
  private readonly session: ExportSession;
  /** Slices still to give, before the next batch is read. */
  private pending: string[][][] = [];
  private ended = false;
  private planned: Planned | null = null;

  constructor(private readonly file: FileToRead) {
    this.session = new ExportSession(file.fileName, (key) => this.present.get(key), {
      keepPersonalData: file.keepPersonalData,
    });
  }

  async header(): Promise<HeaderRead> {
    const { file, session } = this;
    let meta: CsvMeta | null = null;
    let format: FileFormat = "text";
    const refused = (problem: Problem): HeaderRead => ({ meta, format, refused: problem });
    try {
      const opened = await openExport(file.chunks, readSpreadsheetInThread, (m) => (meta = m), file.signal);
      format = opened.format;
      const rows = longForm(opened.rows);
      this.rows = rows;
      let found: SessionHeader | null = null;
      while (!found && !session.gaveUp) {
        const next = await rows.next();
        if (next.done) {
          this.ended = true;
          break;
        }
        // Slice by slice, so that the rows held once the header shows are one slice at most.
        this.pending = slices(next.value.rows);
        while (!found && !session.gaveUp && this.pending.length > 0)
          found = session.findHeader(this.pending.shift() ?? []);
      }
      if (file.signal?.aborted) return { meta, format, cancelled: true };
      if (!found) return refused(fileProblem(file.fileName, "noHeader"));
      if (found.headers.length > MAX_COLUMNS)
        return refused(fileProblem(file.fileName, "tooManyColumns", String(found.headers.length)));
      // The rows held after the header, in the slice it was found in, go first.
      this.pending.unshift([]);
      return { meta, format, found };
    } catch (error) {
      const problem = readProblem(error, file.fileName);
      if (problem) return refused(problem);
      throw error;
    }
  }

  plan(plan: ReadingPlan): void {
    const found = this.session.found;
    if (!found) throw new Error("The reading was planned before its header was found.");
    const { headers, recognised } = found;
    const existing = plan.existing;
    this.planned = {
      order: plan.order,
      textColumns: existing?.textColumns ?? [],
      kind: recognised.definition.kind,
      sums: sumsPlan(recognised.definition, headers, existing, plan.replace),
      read: existing ? plan.order.slice(0, existing.headers.length) : [],
      idColumns: headers.map((h) => columnRule(h).id),
      rowsRead: 0,
    };
  }

  /**
   * Keys and signatures are built in the file's order, as the session builds them. Every table column the file has
   * is read, so a newer export's changed figures can be told apart; a column the file adds is empty there.
   */
  existing(block: readonly (readonly unknown[])[]): void {
    const planned = this.planned;
    const found = this.session.found;
    if (!planned || !found) return;
    const { read, idColumns } = planned;
    const old = this.oldParts();
    const width = found.headers.length;
    for (const row of block) {
      const fileRow: ImportedValue[] = new Array<ImportedValue>(width).fill(null);
      for (let t = 0; t < read.length; t++) {
        const fileColumn = read[t] ?? -1;
        if (fileColumn >= 0) fileRow[fileColumn] = asImported(row[t], idColumns[fileColumn]);
      }
      const at = planned.rowsRead++;
      old?.set(at, fileRow);
      this.present.set(rowKey(fileRow, found.recognised.keyColumns), { row: at, signature: rowSignature(fileRow) });
    }
  }

  async next(): Promise<Staged | null> {
    const { session } = this;
    try {
      while (this.pending.length === 0) {
        if (this.ended || !this.rows || this.file.signal?.aborted) return null;
        const next = await this.rows.next();
        if (next.done) this.ended = true;
        else this.pending = slices(next.value.rows);
      }
      const fresh = session.push(this.pending.shift() ?? []);
      const order = this.planned?.order ?? [];
      const delta = this.delta();
      if (delta) for (const values of fresh) delta.added(values);
      return { state: this.state(), rows: fresh.map((values) => tableRow(order, values)) };
    } catch (error) {
      const problem = readProblem(error, this.file.fileName);
      if (problem) return { state: this.state(), refused: problem };
      throw error;
    }
  }

  snapshot(): Promise<ReadingSnapshot> {
    return Promise.resolve(this.snapshotNow());
  }

  end(): Promise<ReadingEnd> {
    const { session, planned } = this;
    session.finish();
    const order = planned?.order ?? [];
    const old = this.oldParts();
    const delta = this.delta();
    if (delta) for (const u of session.updates) delta.rewritten(old?.get(u.row) ?? null, u.values);
    const formats = session.columnFormats();
    const sums = planned?.sums ?? null;
    return Promise.resolve({
      ...this.snapshotNow(),
      updates: session.updates.map((u) => ({
        row: u.row,
        values: updatedTableRow(order, u.values, planned?.textColumns ?? []),
      })),
      formats: order.map((fileColumn) => formats[fileColumn] ?? "General"),
      shops: session.shops,
      attributionDays: session.attributionDays,
      sums:
        !sums || !planned
          ? null
          : "reread" in sums
            ? { kind: planned.kind, reread: true }
            : { kind: planned.kind, reset: sums.reset, delta: sums.delta.delta, rowsAdded: sums.delta.rowsAdded },
    });
  }

  close(): void {
    this.pending = [];
    this.ended = true;
  }

  private state(): ReadingState {
    const { session } = this;
    return {
      counts: { ...session.counts },
      refusal: session.refusal,
      shops: session.shops,
      attributionDays: session.attributionDays,
    };
  }

  private snapshotNow(): ReadingSnapshot {
    const { session } = this;
    return {
      counts: { ...session.counts },
      problems: [...session.problems],
      maskedColumns: [...session.maskedColumns],
      found: session.found,
      span: session.span,
    };
  }

  private delta(): SumsDelta | null {
    const sums = this.planned?.sums;
    return sums && "delta" in sums ? sums.delta : null;
  }

  private oldParts(): RowParts | null {
    const sums = this.planned?.sums;
    return sums && "old" in sums ? sums.old : null;
  }
}
