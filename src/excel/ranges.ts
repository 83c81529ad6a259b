import { startsLikeFormula } from "../core/cellValues";
import { REQUEST_BUDGET_BYTES, requestBytes } from "./limits";

type Written = string | number | boolean | null;

/**
 * Queues rows of values on a range so that every string lands as the text it is. Text that starts like a formula
 * ("=HYPERLINK(…)", "-10% refunds", "@me") would be a formula in a General cell, and no page says what a Text cell
 * does with it (the host models both), so such a cell is made General, takes the text behind an apostrophe (which a
 * General cell takes as Excel's quote prefix, never part of the text), then gets the Text format. Other cells are
 * written as they are, in one operation; the three extra operations a cell are for the rare text that needs them.
 */
export function writeValues(range: Excel.Range, rows: readonly (readonly Written[])[]): void {
  const guarded: [number, number][] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => typeof value === "string" && startsLikeFormula(value) && guarded.push([r, c]))
  );
  if (guarded.length === 0) {
    range.values = rows.map((r) => [...r]);
    return;
  }
  for (const [r, c] of guarded) fillNumberFormat(range.getCell(r, c), "General");
  const values = rows.map((r) => [...r]);
  for (const [r, c] of guarded) (values[r] as Written[])[c] = `'${String(values[r]?.[c])}`;
  range.values = values;
  for (const [r, c] of guarded) fillNumberFormat(range.getCell(r, c), "@");
}

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
export function writeTextLines(
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  lines: readonly (readonly string[])[]
): Excel.Range {
  const width = Math.max(...lines.map((l) => l.length));
  const range = sheet.getRangeByIndexes(row, column, lines.length, width);
  range.numberFormat = lines.map(() => Array.from({ length: width }, () => "@"));
  writeValues(
    range,
    lines.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ""))
  );
  return range;
}

/**
 * A write that may be larger than one request: what is queued through it is sent in round trips of at most
 * REQUEST_BUDGET_BYTES each, and the last part is left queued for the caller's own sync to carry with whatever it
 * queues after. Sizes are what the values weigh in the request Microsoft's client sends (limits.ts).
 */
export class WriteBatch {
  private bytes = 0;
  /** Round trips this batch has made. */
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Makes room for an operation of about this many bytes: sends what is queued first when both would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > REQUEST_BUDGET_BYTES) {
      await this.context.sync();
      this.syncs++;
      this.bytes = 0;
    }
    this.bytes += bytes;
  }

  /**
   * Writes rows of values from a cell, in as many parts as the request limit needs. A column that is "" in every
   * row is cleared with one operation instead of being sent a "" a cell (three bytes each); its number formats stay.
   */
  async values(
    sheet: Excel.Worksheet,
    firstRow: number,
    firstColumn: number,
    rows: readonly (readonly (string | number | boolean)[])[]
  ): Promise<void> {
    const width = rows[0]?.length ?? 1;
    const runs = columnRuns(rows, width);
    for (const run of runs) {
      if (!run.filled) {
        await this.room(RANGE_OPERATION_BYTES);
        sheet.getRangeByIndexes(firstRow, firstColumn + run.start, rows.length, run.end - run.start).clear("Contents");
        continue;
      }
      const part = runs.length === 1 ? rows : rows.map((r) => r.slice(run.start, run.end));
      await this.block(sheet, firstRow, firstColumn + run.start, part);
    }
  }

  private async block(
    sheet: Excel.Worksheet,
    firstRow: number,
    firstColumn: number,
    rows: readonly (readonly (string | number | boolean)[])[]
  ): Promise<void> {
    const width = rows[0]?.length ?? 1;
    let start = 0;
    while (start < rows.length) {
      // A part fills what is left of the request being built, or a fresh one when not even its first row fits.
      const left = REQUEST_BUDGET_BYTES - this.bytes;
      const limit = requestBytes(rows[start] ?? []) <= left ? left : REQUEST_BUDGET_BYTES;
      let end = start,
        bytes = 0;
      while (end < rows.length) {
        const size = requestBytes(rows[end] ?? []);
        if (end > start && bytes + size > limit) break;
        bytes += size;
        end++;
      }
      // Each part waits for room: one round trip per block is the point of the batch.
      await this.room(bytes);
      writeValues(sheet.getRangeByIndexes(firstRow + start, firstColumn, end - start, width), rows.slice(start, end));
      start = end;
    }
  }
}

/** About what an operation on a range (the range and one call on it) adds to a request. */
const RANGE_OPERATION_BYTES = 200;

/**
 * The columns as runs of those that hold something in some row and those "" in every row, as [start, end). An
 * empty run is cleared only where that sends less: a clear is a range and an operation, and splitting the values
 * around it another range, against three bytes for each "" it saves.
 */
function columnRuns(
  rows: readonly (readonly unknown[])[],
  width: number
): { start: number; end: number; filled: boolean }[] {
  const merge = (
    runs: { start: number; end: number; filled: boolean }[],
    start: number,
    end: number,
    filled: boolean
  ) => {
    const last = runs[runs.length - 1];
    if (last && last.filled === filled) last.end = end;
    else runs.push({ start, end, filled });
  };
  const byEmptiness: { start: number; end: number; filled: boolean }[] = [];
  for (let c = 0; c < width; c++)
    merge(
      byEmptiness,
      c,
      c + 1,
      rows.some((r) => r[c] !== "")
    );
  const runs: { start: number; end: number; filled: boolean }[] = [];
  for (const run of byEmptiness)
    merge(runs, run.start, run.end, run.filled || rows.length * (run.end - run.start) * 3 <= 2 * RANGE_OPERATION_BYTES);
  return runs;
}

/** Whether writing these rows would clear some column rather than send its "" cells (see columnRuns). */
export function clearsSomeColumn(rows: readonly (readonly unknown[])[]): boolean {
  return columnRuns(rows, rows[0]?.length ?? 1).some((r) => !r.filled);
}

/** The columns in sheet order, grouped where each stands right of the one before: the blocks one write can fill. */
export function adjacent<K>(columns: readonly { column: K; at: number }[]): { start: number; columns: K[] }[] {
  const groups: { start: number; columns: K[] }[] = [];
  for (const { column, at } of [...columns].sort((a, b) => a.at - b.at)) {
    const last = groups[groups.length - 1];
    if (last && last.start + last.columns.length === at) last.columns.push(column);
    else groups.push({ start: at, columns: [column] });
  }
  return groups;
}
