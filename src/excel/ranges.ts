import { jsonBytes } from "../core/payload";

/**
 * Office.js takes one value for a whole range: "When setting number format to a range, the value argument can
 * be either a single value (string) or a two-dimensional array. If the argument is a single value, it will be
 * applied to all cells in the range" (Excel.Range.numberFormat; values and formulas read the same). The typings
 * only declare the 2D form, hence the cast. A single value keeps the request small for a column of any length.
 */
export function fillNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Writes lines of text from a cell: text cells get the text format first, so "=SUM" or "-10% refunds" stays text. */
export function writeTextLines(sheet: Excel.Worksheet, row: number, column: number, lines: readonly (readonly string[])[]): Excel.Range {
  const width = Math.max(...lines.map((l) => l.length));
  const range = sheet.getRangeByIndexes(row, column, lines.length, width);
  range.numberFormat = lines.map(() => Array.from({ length: width }, () => "@"));
  range.values = lines.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ""));
  return range;
}

/**
 * Request bytes one write may carry: Excel on the web refuses a request over 5 MB, and the operations around the
 * values (formats, the table, a chart) need room too.
 */
export const WRITE_BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * A write that may be larger than one request: what is queued through it is sent in round trips of at most
 * WRITE_BLOCK_BYTES each, and the last part is left queued for the caller's own sync to carry with whatever it
 * queues after. Sizes are the UTF-8 bytes of the JSON the values travel as.
 */
export class WriteBatch {
  private bytes = 0;
  /** Round trips this batch has made. */
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Makes room for an operation of about this many bytes: sends what is queued first when both would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > WRITE_BLOCK_BYTES) {
      await this.context.sync();
      this.syncs++;
      this.bytes = 0;
    }
    this.bytes += bytes;
  }

  /**
   * Writes rows of values from a cell of a new sheet, in as many parts as the request limit needs. A column that is
   * "" in every row is not sent: its cells are empty already, and "" would cost three bytes a cell.
   */
  async values(sheet: Excel.Worksheet, firstRow: number, firstColumn: number, rows: readonly (readonly (string | number | boolean)[])[]): Promise<void> {
    const width = rows[0]?.length ?? 1;
    const runs = filledColumnRuns(rows, width);
    for (const run of runs) {
      const part = runs.length === 1 && run.start === 0 && run.end === width ? rows : rows.map((r) => r.slice(run.start, run.end));
      await this.block(sheet, firstRow, firstColumn + run.start, part);
    }
  }

  private async block(sheet: Excel.Worksheet, firstRow: number, firstColumn: number, rows: readonly (readonly (string | number | boolean)[])[]): Promise<void> {
    const width = rows[0]?.length ?? 1;
    let start = 0;
    while (start < rows.length) {
      // A part fills what is left of the request being built, or a fresh one when not even its first row fits.
      const left = WRITE_BLOCK_BYTES - this.bytes;
      const limit = jsonBytes(rows[start]) + 1 <= left ? left : WRITE_BLOCK_BYTES;
      let end = start, bytes = 0;
      while (end < rows.length) {
        const size = jsonBytes(rows[end]) + 1;
        if (end > start && bytes + size > limit) break;
        bytes += size;
        end++;
      }
      // Each part waits for room: one round trip per block is the point of the batch.
      await this.room(bytes);
      sheet.getRangeByIndexes(firstRow + start, firstColumn, end - start, width).values = rows.slice(start, end).map((r) => [...r]);
      start = end;
    }
  }
}

/** The runs of columns that hold something in some row, as [start, end). */
function filledColumnRuns(rows: readonly (readonly unknown[])[], width: number): { start: number; end: number }[] {
  const filled = Array.from({ length: width }, (_, c) => rows.some((r) => r[c] !== ""));
  const runs: { start: number; end: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (!filled[c]) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === c) last.end = c + 1;
    else runs.push({ start: c, end: c + 1 });
  }
  return runs;
}
