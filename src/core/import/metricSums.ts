/**
 * What Store Metrics is made of, kept between imports: each kind's inputs summed per day (with how many rows add to
 * each), and how many rows its table had when they were summed. An import then changes only the days it touched
 * (its rows' parts added, the parts of the rows it rewrote taken away) instead of reading every table back; a table
 * whose row count is not what the kept sums expect (edited by hand, or an import that failed half way) is read again.
 * The sums live in the cells of a hidden sheet: a custom property holds 255 characters on some platforms.
 */
import type { ExportKind } from "./kinds";
import { EXPORT_KINDS } from "./kinds";
import type { MetricInput } from "./metrics";
import type { DaySums, RowPart, SourceColumns } from "./daySums";
import { METRIC_INPUTS, addPart, addSums, rowPart } from "./daySums";

export type SumsCell = string | number;

/** What one file's import did to its kind's sums. */
export type SumsChange =
  | { readonly kind: ExportKind; readonly reset: boolean; readonly delta: DaySums; readonly rowsAdded: number }
  /** The file's columns do not let its rows' parts be worked out (it lacks a column the table sums): read the table again. */
  | { readonly kind: ExportKind; readonly reread: true };

export interface KeptSums {
  readonly sums: Map<ExportKind, DaySums>;
  /** Body rows of each kind's table when its sums were kept. */
  readonly tableRows: Map<ExportKind, number>;
}

/**
 * What a row adds to Store Metrics is decided by rules (metrics.ts): when they change, sums kept under the earlier
 * rules are not this version's, so they read as absent and the tables are summed again. Version 2: an order counts
 * on its payment day, and only once paid.
 */
const SUMS_RULES = 2;
const FIXED = [`kind v${SUMS_RULES}`, "date", "rows"] as const;
const KINDS = new Set<string>(EXPORT_KINDS.map((k) => k.kind));

/**
 * The sums as the hidden sheet's cells: a header naming the inputs some kind has (each with its row count), then per
 * kind a row with its table's rows and a row per day. Inputs no kind has take no columns.
 */
export function sumsCells(kept: KeptSums): SumsCell[][] {
  const used = METRIC_INPUTS.filter((input) =>
    [...kept.sums.values()].some((sums) => [...sums.values()].some((day) => day[input] !== undefined))
  );
  const rows: SumsCell[][] = [[...FIXED, ...used.flatMap((input) => [input, `${input} rows`])]];
  for (const [kind, sums] of kept.sums) {
    rows.push([kind, "", kept.tableRows.get(kind) ?? 0, ...used.flatMap((): SumsCell[] => ["", ""])]);
    for (const [day, inputs] of [...sums].sort((a, b) => a[0] - b[0])) {
      rows.push([
        kind,
        day,
        "",
        ...used.flatMap((input): SumsCell[] => {
          const v = inputs[input];
          return v ? [v.sum, v.rows] : ["", ""];
        }),
      ]);
    }
  }
  return rows;
}

/** The sums read back from the hidden sheet's cells; null when they are not what sumsCells wrote (read the tables). */
export function readSums(cells: readonly (readonly unknown[])[] | null): KeptSums | null {
  const header = cells?.[0];
  if (!cells || !header || FIXED.some((h, i) => header[i] !== h)) return null;
  const at = METRIC_INPUTS.flatMap((input) => {
    const i = header.indexOf(input);
    return i >= 0 && header[i + 1] === `${input} rows` ? [[input, i] as const] : [];
  });
  const kept: KeptSums = { sums: new Map(), tableRows: new Map() };
  for (const row of cells.slice(1)) {
    const kind = row[0];
    if (typeof kind !== "string" || !KINDS.has(kind)) return null;
    const k = kind as ExportKind;
    if (!kept.sums.has(k)) kept.sums.set(k, new Map());
    if (row[1] === "" || row[1] === null) {
      if (typeof row[2] !== "number") return null;
      kept.tableRows.set(k, row[2]);
      continue;
    }
    if (typeof row[1] !== "number") return null;
    const inputs: Partial<Record<MetricInput, { sum: number; rows: number }>> = {};
    for (const [input, i] of at) {
      const [sum, rows] = [row[i], row[i + 1]];
      if (typeof sum === "number" && typeof rows === "number") inputs[input] = { sum, rows };
    }
    kept.sums.get(k)?.set(row[1], inputs);
  }
  return kept;
}

/**
 * The parts of a table's existing rows, by row, as compact columns: what an import takes away when it rewrites a row.
 * (A hundred thousand rows cost a few megabytes, not an object each.)
 */
export class RowParts {
  private readonly days: Float64Array;
  private readonly values: Float64Array[];

  constructor(
    rows: number,
    private readonly columns: SourceColumns
  ) {
    this.days = new Float64Array(rows).fill(NaN);
    this.values = columns.inputs.map(() => new Float64Array(rows).fill(NaN));
  }

  /** Keeps a row's part (null when the row adds nothing). */
  set(row: number, values: readonly unknown[]): void {
    const part = rowPart(this.columns, values);
    if (!part || row >= this.days.length) return;
    this.days[row] = part.day;
    for (const [input, v] of part.inputs) {
      const at = this.columns.inputs.findIndex(([i]) => i === input);
      const column = this.values[at];
      if (column) column[row] = v;
    }
  }

  get(row: number): RowPart | null {
    const day = this.days[row];
    if (day === undefined || Number.isNaN(day)) return null;
    const inputs: [MetricInput, number][] = [];
    this.columns.inputs.forEach(([input], i) => {
      const v = this.values[i]?.[row];
      if (v !== undefined && !Number.isNaN(v)) inputs.push([input, v]);
    });
    return { day, inputs };
  }
}

/** A file's change to its kind's sums, built as its rows are staged and its updates are known. */
export class SumsDelta {
  readonly delta: DaySums = new Map();
  rowsAdded = 0;

  constructor(private readonly columns: SourceColumns) {}

  /** A new row of the table. */
  added(values: readonly unknown[]): void {
    this.rowsAdded++;
    const part = rowPart(this.columns, values);
    if (part) addPart(this.delta, part);
  }

  /** A row rewritten: its old part goes, its new part comes. */
  rewritten(old: RowPart | null, values: readonly unknown[]): void {
    if (old) addPart(this.delta, old, -1);
    const part = rowPart(this.columns, values);
    if (part) addPart(this.delta, part);
  }
}

/**
 * Which kinds' sums stand as kept (with this import's changes added) and which are read from their tables again:
 * a kind with no kept sums, a change that could not be worked out, or a table whose body rows are not the kept
 * count plus the rows this import added (after any Replace). Kinds whose table is gone are dropped.
 */
export function planSums(
  kept: KeptSums | null,
  changes: readonly SumsChange[],
  tableRows: ReadonlyMap<ExportKind, number>
): { start: Map<ExportKind, DaySums>; reread: ExportKind[] } {
  const start = new Map<ExportKind, DaySums>();
  const reread: ExportKind[] = [];
  for (const [kind, rows] of tableRows) {
    const own = changes.filter((c) => c.kind === kind);
    const sums = kept?.sums.get(kind);
    const recorded = kept?.tableRows.get(kind);
    const last = own.map((c) => "reset" in c && c.reset).lastIndexOf(true);
    const from = last >= 0 ? own.slice(last) : own;
    const exact = from.every((c) => !("reread" in c));
    const base = last >= 0 ? 0 : recorded;
    const expected =
      base === undefined ? undefined : base + from.reduce((n, c) => n + ("rowsAdded" in c ? c.rowsAdded : 0), 0);
    if (!exact || expected !== rows || (last < 0 && !sums)) {
      reread.push(kind);
      continue;
    }
    const next: DaySums =
      last >= 0 ? new Map() : new Map([...(sums ?? new Map())].map(([day, inputs]) => [day, { ...inputs }]));
    for (const change of from) if ("delta" in change) addSums(next, change.delta);
    start.set(kind, next);
  }
  return { start, reread };
}
