/**
 * Writes one file's rows into its data table without ever leaving half an import in it. New rows are staged
 * in the cells below the table, in row blocks whose request stays under the budget (a block Excel still refuses
 * as too large is split and sent again). Only the commit makes them part of the table (and, with Replace,
 * removes the old rows); a cancel or a failure clears the staged cells and leaves the table as it was.
 */
import { MAX_ROWS } from "../core/cellAddress";
import type { RequestCell } from "./limits";
import { requestBytes, syncUnlessTooLarge } from "./limits";
import { fillNumberFormat, writeValues } from "./ranges";
import { OWNER_PROPERTY } from "./workbook";
import type { ExistingTable } from "../core/import/placement";

/** What a request adds around a block's values (the operation, the range): well under a kilobyte. */
const REQUEST_FRAMING_BYTES = 1024;

export type ExcelCell = Extract<RequestCell, string | number>;

export interface TableImportPlan {
  readonly tableName: string;
  readonly sheetName: string;
  /** The mark for a sheet the import creates. */
  readonly owner: string;
  /** The table's headers once the file is in: an existing table's own, then the columns the file adds at its right. */
  readonly headers: readonly string[];
  readonly existing: ExistingTable | null;
  readonly replace: boolean;
  readonly budgetBytes: number;
  /**
   * Lets the page's thread have a turn (the command's pacer). Office.js builds a request as the add-in assigns
   * values, on the add-in's thread: a block is handed to it in parts, with a pause between them, so no one task
   * builds a whole 4 MB request.
   */
  readonly pause?: () => Promise<void>;
}

/** The part of a block assigned at once: about a quarter of a full block, so each part's work stays short. */
const ASSIGN_PART_BYTES = 1024 * 1024;

export class TooManyRowsError extends Error {}

export class TableImport {
  private buffer: ExcelCell[][] = [];
  private bufferBytes = 0;
  private staged = 0;
  private sheetCreated = false;
  /** Rows that fit in the final table but not below it while staging: written by the commit (see flush). */
  private readonly held: ExcelCell[][] = [];
  private readonly firstRow: number;
  private readonly firstColumn: number;
  /** Where the next staged row goes. */
  private nextRow: number;
  /** Round trips this import made, and the largest request Excel accepted (as estimated before sending). */
  syncs = 0;
  maxRequestBytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly plan: TableImportPlan
  ) {
    const existing = plan.existing;
    this.firstRow = existing?.firstRow ?? 0;
    this.firstColumn = existing?.firstColumn ?? 0;
    // Rows are staged one empty row below an existing table, never right under it: Excel may make a row written
    // right under a table part of the table, and a cancelled import must leave the table exactly as it was.
    this.nextRow = existing ? this.gapRow(existing) + 1 : 1;
  }

  /** The empty row kept between an existing table and the rows staged for it. */
  private gapRow(existing: ExistingTable): number {
    return existing.firstRow + existing.rowCount;
  }

  private sheet(): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(this.plan.sheetName);
  }

  private async sync(bytes: number): Promise<void> {
    this.syncs++;
    await this.context.sync();
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
  }

  /** Adds rows (in the table's column order); sends a block whenever the buffer reaches the budget. */
  async add(rows: readonly ExcelCell[][]): Promise<void> {
    for (const row of rows) {
      const bytes = requestBytes(row);
      // Sent before the row that would pass the budget; the margin covers the request's own framing.
      if (this.buffer.length > 0 && this.bufferBytes + bytes > this.plan.budgetBytes - REQUEST_FRAMING_BYTES)
        await this.flush();
      this.buffer.push(row as ExcelCell[]);
      this.bufferBytes += bytes;
    }
  }

  /** Sends what is buffered. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0 && (this.sheetCreated || this.plan.existing)) return;
    const rows = this.buffer;
    let bytes = this.bufferBytes;
    this.buffer = [];
    this.bufferBytes = 0;
    // The table's final rows must fit in the sheet; staging needs one row more (the gap) and, with Replace, room
    // for the old rows too. Rows past the sheet's end that the final table still has room for wait for the commit.
    const body =
      this.staged +
      this.held.length +
      rows.length +
      (this.plan.existing && !this.plan.replace ? this.plan.existing.rowCount - 1 : 0);
    if (this.firstRow + 1 + body > MAX_ROWS) throw new TooManyRowsError(String(body));
    const room = Math.max(0, MAX_ROWS - this.nextRow);
    if (rows.length > room) {
      this.held.push(...rows.slice(room));

      if (this.held.reduce((n, r) => n + requestBytes(r), 0) > this.plan.budgetBytes / 2)
        throw new TooManyRowsError(String(body));
      rows.length = room;
      // Rows past the sheet's end are rare: only then are the block's bytes counted again.
      bytes = rows.reduce((n, r) => n + requestBytes(r), 0);
    }
    if (!this.plan.existing && !this.sheetCreated) {
      // The sheet is made with the first block, so a file that fails before it leaves nothing behind. It is
      // sent on its own: a block Excel refuses as too large takes everything queued with it.
      const sheet = this.context.workbook.worksheets.add(this.plan.sheetName);
      sheet.customProperties.add(OWNER_PROPERTY, this.plan.owner);
      const header = sheet.getRangeByIndexes(0, 0, 1, this.plan.headers.length);
      fillNumberFormat(header, "@");
      writeValues(header, [[...this.plan.headers]]);
      this.sheetCreated = true;
      await this.sync(requestBytes(this.plan.headers as ExcelCell[]));
    }
    await this.send(rows, bytes);
  }

  /** Sends rows whose request bytes (requestBytes) are `bytes`, counted once when they were buffered. */
  private async send(rows: ExcelCell[][], bytes: number): Promise<void> {
    if (rows.length === 0) return;
    await this.assign(rows, bytes);
    this.syncs++;
    if (!(await syncUnlessTooLarge(this.context, "RequestPayloadSizeLimitExceeded", rows.length > 1))) {
      // Excel refused the whole request, so nothing of it was written: send it again in halves.
      const half = rows.length >> 1;
      const first = rows.slice(0, half),
        second = rows.slice(half);
      await this.send(
        first,
        first.reduce((n, r) => n + requestBytes(r), 0)
      );
      await this.send(
        second,
        second.reduce((n, r) => n + requestBytes(r), 0)
      );
      return;
    }
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
    this.nextRow += rows.length;
    this.staged += rows.length;
  }

  /** Queues the block's values in parts of about ASSIGN_PART_BYTES (by row count), with a pause between parts. */
  private async assign(rows: ExcelCell[][], bytes: number): Promise<void> {
    const sheet = this.sheet();
    const perPart = Math.ceil(rows.length / Math.max(1, Math.ceil(bytes / ASSIGN_PART_BYTES)));
    for (let start = 0; start < rows.length; start += perPart) {
      if (start > 0) await this.plan.pause?.();
      const part = rows.slice(start, start + perPart);
      sheet.getRangeByIndexes(this.nextRow + start, this.firstColumn, part.length, this.plan.headers.length).values =
        part;
    }
  }

  /**
   * Queues the commit: the staged rows become part of the table (replacing its old rows with Replace), number
   * formats go on after the data.
   */
  private queueCommit(columnFormats: readonly string[], marks: Readonly<Record<string, string>>): void {
    const width = this.plan.headers.length;
    const sheet = this.sheet();
    const existing = this.plan.existing;
    let bodyRows = this.staged;
    for (const [name, value] of Object.entries(marks)) sheet.customProperties.add(name, value);
    if (existing) {
      const added = this.plan.headers.slice(existing.headers.length);
      if (this.staged === 0 && this.held.length === 0 && added.length === 0) return;
      this.context.workbook.tables.getItem(this.plan.tableName).convertToRange();
      if (added.length > 0) {
        // The file's new columns join the table at its right, headed as the file heads them (cells checked empty).
        const header = sheet.getRangeByIndexes(
          this.firstRow,
          this.firstColumn + existing.headers.length,
          1,
          added.length
        );
        fillNumberFormat(header, "@");
        writeValues(header, [added]);
      }
      const oldBody = existing.rowCount - 1;
      // The gap row goes, and with Replace the old rows too: the staged rows move up under the header or the old rows.
      if (this.plan.replace && oldBody > 0)
        sheet.getRangeByIndexes(this.firstRow + 1, this.firstColumn, oldBody + 1, width).delete("Up");
      else {
        sheet.getRangeByIndexes(this.gapRow(existing), this.firstColumn, 1, width).delete("Up");
        bodyRows += oldBody;
      }
    }
    if (this.held.length > 0) {
      sheet.getRangeByIndexes(this.firstRow + 1 + bodyRows, this.firstColumn, this.held.length, width).values =
        this.held;
      bodyRows += this.held.length;
    }
    const table = sheet.tables.add(
      sheet.getRangeByIndexes(this.firstRow, this.firstColumn, 1 + Math.max(1, bodyRows), width),
      true
    );
    table.name = this.plan.tableName;
    if (bodyRows > 0) {
      columnFormats.forEach((format, i) => {
        if (format !== "General")
          fillNumberFormat(sheet.getRangeByIndexes(this.firstRow + 1, this.firstColumn + i, bodyRows, 1), format);
      });
    }
    if (!existing) {
      sheet.freezePanes.freezeRows(1);
      sheet.getRangeByIndexes(0, 0, 1, width).format.autofitColumns();
    }
  }

  /**
   * Rewrites existing rows of the table with an export's newer values, in runs of neighbouring rows, as few
   * round trips as the request budget allows. A null leaves its cell alone (a column the operator added). The
   * last block is left queued for the commit's round trip: an import whose updates fit in one request changes
   * the table in a single request, so a round trip that fails leaves the table either as it was or as it should be.
   */
  async update(
    rows: readonly { readonly row: number; readonly values: readonly (ExcelCell | null)[] }[]
  ): Promise<void> {
    const existing = this.plan.existing;
    if (!existing || rows.length === 0) return;
    const sorted = [...rows].sort((a, b) => a.row - b.row);
    const sheet = this.sheet();
    let bytes = 0;
    for (let i = 0; i < sorted.length;) {
      let end = i + 1;
      while (
        end < sorted.length &&
        (sorted[end] as (typeof sorted)[number]).row === (sorted[end - 1] as (typeof sorted)[number]).row + 1
      )
        end++;
      const run = sorted.slice(i, end);
      const runBytes = run.reduce((n, r) => n + requestBytes(r.values.map((v) => v ?? "")), 0);
      // Sent before the run that would pass the budget, as staged blocks are.
      if (bytes > 0 && bytes + runBytes > this.plan.budgetBytes - REQUEST_FRAMING_BYTES) {
        await this.sync(bytes);
        bytes = 0;
      }
      const first = (run[0] as (typeof run)[number]).row;
      writeValues(
        sheet.getRangeByIndexes(existing.firstRow + 1 + first, this.firstColumn, run.length, this.plan.headers.length),
        run.map((r) => [...r.values])
      );
      bytes += runBytes;
      i = end;
    }
    this.queuedBytes = bytes;
  }

  /** Bytes of updates queued for the commit's round trip. */
  private queuedBytes = 0;

  /**
   * The commit, sent in one round trip; `marks` go on the sheet as custom properties: the shop the file names (see
   * readWorkbookShop), an ad report's attribution window (see readSheetMark).
   */
  async commit(columnFormats: readonly string[], marks: Readonly<Record<string, string>> = {}): Promise<void> {
    this.queueCommit(columnFormats, marks);
    await this.sync(this.queuedBytes);
    this.queuedBytes = 0;
  }

  /** Queues a mark on the table's sheet, sent with the next round trip (an update block or the commit). */
  mark(name: string, value: string): void {
    this.sheet().customProperties.add(name, value);
  }

  /** Removes every trace of this import: the staged cells, or the sheet it created. */
  async rollback(): Promise<void> {
    this.buffer = [];
    this.held.length = 0;
    if (this.sheetCreated) this.sheet().delete();
    else if (this.staged > 0 && this.plan.existing) {
      const start = this.gapRow(this.plan.existing) + 1;
      this.sheet().getRangeByIndexes(start, this.firstColumn, this.staged, this.plan.headers.length).clear();
    } else return;
    this.staged = 0;
    await this.sync(0);
  }
}
