/**
 * Adding Store Metrics up: each kind's inputs summed per day from its rows (with how many rows add to each), and
 * the table of metrics they make, each input from the most authoritative kind that has it. Only the import and its
 * bookkeeping add up; the pane's other commands read Store Metrics through metrics.ts alone, so this stays out of
 * the code the pane loads up front.
 */
import { indexOfName, indexOfPreferredName } from "../names";
import type { ExportKind } from "./fields";
import type { Metric, MetricInput, MetricSource } from "./metrics";
import { DIFFERENCES, METRIC_COLUMNS, METRIC_RATIOS, METRICS_DATE, METRICS_TOTAL, metricRatio } from "./metrics";
import { STORE_METRICS } from "../contract";
import type { Language } from "../language";
import type { ColumnLook, SheetDescription } from "../sheetDescription";

/** Sources in order of authority: the first with a value for a date and input wins. */
const AUTHORITY: readonly ExportKind[] = [
  "sycmOverview",
  "adReport",
  "sycmProducts",
  "qianniuOrders",
  "qianniuRefunds",
];

/**
 * A kind's inputs summed per day (an Excel date serial), each with how many rows added to it: an input no row adds
 * to any more is no input of that day, while one whose rows add up to 0 is a 0.
 */
export type DaySums = Map<number, Partial<Record<MetricInput, { sum: number; rows: number }>>>;

/** The inputs in the order the kept sums list them (core/import/metricSums.ts). */
export const METRIC_INPUTS: readonly MetricInput[] = [
  "visitors",
  "pageViews",
  "impressions",
  "clicks",
  "payingBuyers",
  "gmv",
  "orders",
  "refunds",
  "adSpend",
  "adSales",
];

/**
 * Sums kept to a millionth: added and taken away in any order, amounts in fen and whole counts come out as the same
 * decimal, so a kind's sums kept from import to import equal those added up again from its table.
 */
const kept = (n: number) => Math.round(n * 1e6) / 1e6;

export interface SourceColumns {
  readonly date: number;
  readonly inputs: [MetricInput, number | "count"][];
  readonly where: { readonly column: number; readonly values: readonly string[] } | null;
}

/** One row's part in Store Metrics: its day and what it adds to each input. */
export interface RowPart {
  readonly day: number;
  readonly inputs: readonly (readonly [MetricInput, number])[];
}

/** A row's part, by its source's columns; null for a row that adds nothing (no date, or its filter says no). */
export function rowPart(columns: SourceColumns, row: readonly unknown[]): RowPart | null {
  if (columns.where && !columns.where.values.includes(String(row[columns.where.column] ?? "").trim())) return null;
  const date = row[columns.date];
  if (typeof date !== "number" || !Number.isFinite(date) || date < 1) return null;
  const inputs: [MetricInput, number][] = [];
  for (const [input, at] of columns.inputs) {
    const v = at === "count" ? 1 : row[at];
    if (typeof v === "number" && Number.isFinite(v)) inputs.push([input, v]);
  }
  return { day: Math.floor(date), inputs };
}

/** Adds a row's part to a kind's sums, or takes it away (sign −1: a row an import rewrote or removed). */
export function addPart(sums: DaySums, part: RowPart, sign: 1 | -1 = 1): void {
  let day = sums.get(part.day);
  if (!day) sums.set(part.day, (day = {}));
  for (const [input, v] of part.inputs) {
    const was = day[input] ?? { sum: 0, rows: 0 };
    day[input] = { sum: kept(was.sum + sign * v), rows: was.rows + sign };
  }
}

/** Adds one set of sums to another: a file's change (its sums and row counts signed) to its kind's. */
export function addSums(sums: DaySums, change: DaySums): void {
  for (const [day, inputs] of change) {
    let target = sums.get(day);
    if (!target) sums.set(day, (target = {}));
    for (const [input, v] of Object.entries(inputs) as [MetricInput, { sum: number; rows: number }][]) {
      const was = target[input] ?? { sum: 0, rows: 0 };
      target[input] = { sum: kept(was.sum + v.sum), rows: was.rows + v.rows };
    }
  }
}

/** The same sums with only the inputs some row still adds to, and no day that has none. */
function settled(sums: DaySums): DaySums {
  const out: DaySums = new Map();
  for (const [day, inputs] of sums) {
    const left = (Object.entries(inputs) as [MetricInput, { sum: number; rows: number }][]).filter(
      ([, v]) => v.rows > 0
    );
    if (left.length > 0) out.set(day, Object.fromEntries(left));
  }
  return out;
}

export class MetricsAccumulator {
  private readonly sums = new Map<ExportKind, DaySums>();
  /** Each day's net sales and profit from the Profit sheet: read whole each time, never kept as sums. */
  /** Inputs from the add-in's own sheets, by day: the Profit sheet's and the Refunds sheet's. */
  private profit = new Map<number, Partial<Record<MetricInput, number>>>();
  private refunds = new Map<number, Partial<Record<MetricInput, number>>>();

  /** Starts from sums kept before (see metricSums.ts), by kind. */
  constructor(kept: ReadonlyMap<ExportKind, DaySums> = new Map()) {
    for (const [kind, sums] of kept)
      this.sums.set(kind, new Map([...sums].map(([day, inputs]) => [day, { ...inputs }])));
  }

  /**
   * Column indexes of a source's date and inputs within its headers; null when the table lacks a date column.
   */
  static columns(source: MetricSource, headers: readonly string[]): SourceColumns | null {
    const find = (names: readonly string[]) => indexOfName(headers, names);
    // The preferred date, wherever its column stands: an order list puts 订单创建时间 before 订单付款时间.
    const date = indexOfPreferredName(headers, source.date);
    if (date < 0) return null;
    const inputs: [MetricInput, number | "count"][] = [];
    for (const [input, names] of Object.entries(source.inputs) as [MetricInput, readonly string[] | "count"][]) {
      const at = names === "count" ? "count" : find(names);
      if (at !== -1) inputs.push([input, at]);
    }
    if (!source.where) return { date, inputs, where: null };
    const column = find(source.where.column);
    // A source whose filter column is missing cannot say which rows count: none do.
    if (column < 0) return null;
    return { date, inputs, where: { column, values: source.where.values } };
  }

  /** The columns a source's rows are read from. */
  static wanted(columns: SourceColumns): number[] {
    return [
      columns.date,
      ...columns.inputs.flatMap(([, at]) => (at === "count" ? [] : [at])),
      ...(columns.where ? [columns.where.column] : []),
    ];
  }

  /** A kind's sums, made when it has none yet. */
  kind(kind: ExportKind): DaySums {
    let sums = this.sums.get(kind);
    if (!sums) this.sums.set(kind, (sums = new Map()));
    return sums;
  }

  /** Forgets a kind's sums: its table is read again, or replaced. */
  reset(kind: ExportKind): void {
    this.sums.set(kind, new Map());
  }

  /** Adds one row of a source by its columns, when its filter lets it count. */
  addRow(kind: ExportKind, columns: SourceColumns, row: readonly unknown[]): void {
    const part = rowPart(columns, row);
    if (part) addPart(this.kind(kind), part);
  }

  /** The Profit sheet's days, for Store Metrics' Net sales, Profit and Margin. */
  setProfit(days: ReadonlyMap<number, { readonly netSales: number; readonly profit: number }>): void {
    this.profit = new Map([...days].map(([day, f]) => [day, { netSales: f.netSales, profit: f.profit }]));
  }

  /** The Refunds sheet's payment days, for Store Metrics' refunds and refund rate by payment day. */
  setRefunds(days: ReadonlyMap<number, { readonly paid: number; readonly refunded: number }>): void {
    this.refunds = new Map([...days].map(([day, f]) => [day, { cohortPaid: f.paid, cohortRefunds: f.refunded }]));
  }

  /** Every kind's sums, as they stand (the days taken back to nothing left out), to keep for the next import. */
  kinds(): Map<ExportKind, DaySums> {
    return new Map([...this.sums].map(([kind, sums]) => [kind, settled(sums)]));
  }

  /** Inputs per date, each from the most authoritative source that has it. */
  private resolved(): Map<number, Partial<Record<MetricInput, number>>> {
    const out = new Map<number, Partial<Record<MetricInput, number>>>();
    for (const kind of [...AUTHORITY].reverse()) {
      for (const [day, sums] of settled(this.sums.get(kind) ?? new Map())) {
        const values = Object.fromEntries(Object.entries(sums).map(([input, v]) => [input, v.sum])) as Partial<
          Record<MetricInput, number>
        >;
        out.set(day, { ...out.get(day), ...values });
      }
    }
    for (const [day, values] of [...this.profit, ...this.refunds]) out.set(day, { ...out.get(day), ...values });
    return out;
  }

  /** The metrics that have any input, and the rows: one per date (ascending), then the total. */
  table(): { metrics: Metric[]; rows: { date: number | null; values: (number | null)[] }[] } {
    const byDate = this.resolved();
    const days = [...byDate.keys()].sort((a, b) => a - b);
    const total: Partial<Record<MetricInput, number>> = {};
    // Day by day in date order, each sum kept to a millionth: the total is the same however the days were gathered.
    for (const day of days)
      for (const [k, v] of Object.entries(byDate.get(day) ?? {}) as [MetricInput, number][])
        total[k] = kept((total[k] ?? 0) + v);
    const present = new Set(Object.keys(total) as MetricInput[]);
    const metrics = METRIC_COLUMNS.map((c) => c.metric).filter((m) => {
      const pair = METRIC_RATIOS[m] ?? DIFFERENCES[m];
      return pair ? present.has(pair[0]) && present.has(pair[1]) : present.has(m as MetricInput);
    });
    const row = (sums: Partial<Record<MetricInput, number>>) =>
      metrics.map((m) => {
        const difference = DIFFERENCES[m];
        if (difference) {
          const [a, b] = [sums[difference[0]], sums[difference[1]]];
          // A day with GMV and no refund rows lost nothing to refunds.
          return a === undefined ? null : a - (b ?? 0);
        }
        const ratio = METRIC_RATIOS[m];
        if (!ratio) return sums[m as MetricInput] ?? null;
        const [numerator, denominator] = [sums[ratio[0]], sums[ratio[1]]];
        return numerator === undefined || denominator === undefined ? null : metricRatio(numerator, denominator);
      });
    return {
      metrics,
      rows: [
        ...days.map((d) => ({ date: d, values: row(byDate.get(d) ?? {}) })),
        ...(days.length > 0 ? [{ date: null, values: row(total) }] : []),
      ],
    };
  }
}

/** Store Metrics as the add-in writes it: the metrics that have any input, a row per date, then the total. */
export type MetricsTable = ReturnType<MetricsAccumulator["table"]>;

/**
 * The Store Metrics sheet: one table, a date column and a column per metric in its own format, the total row bold.
 * It is read, not typed into, so it is not shown when an import writes it.
 */
export function planStoreMetricsSheet(table: MetricsTable, language: Language): SheetDescription<string> {
  const columns: ColumnLook[] = [
    { key: "date", header: METRICS_DATE[language], format: "yyyy-mm-dd" },
    ...table.metrics.map((metric) => {
      const column = METRIC_COLUMNS.find((c) => c.metric === metric);
      return { key: metric, header: column?.name[language] ?? metric, format: column?.format ?? "General" };
    }),
  ];
  const rows = table.rows.map((r) => [r.date ?? METRICS_TOTAL[language], ...r.values.map((v) => v ?? "")]);
  return {
    blocks: [
      {
        kind: "table",
        tableName: STORE_METRICS.tableName,
        columns,
        rows,
        rowLooks: [{ rows: [rows.length - 1], bold: true }],
      },
    ],
    freezeHeader: true,
    activate: false,
  };
}
