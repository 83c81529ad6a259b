/**
 * The shop's own rows as the diagnosis and the review read them: orders from the Qianniu order list (placed, and
 * whether paid) and products from Sycm's product report, each found by every spelling the import knows.
 */
import type { CellValue } from "./cellValues";
import { KIND_FIELDS } from "./import/fields";
import { indexOfName, indexOfPreferredName } from "./names";

/** One order of the Qianniu order list, as far as payment friction needs it. */
export interface OrderFact {
  /** Excel serial of when it was placed. */
  readonly placed: number;
  readonly paid: boolean;
}

/** One row of Sycm's product performance. */
export interface ProductFact {
  readonly name: string;
  /** Excel serial of its day, or null for a row covering a multi-day period. */
  readonly day: number | null;
  readonly visitors: number;
  readonly buyers: number;
  readonly gmv: number;
}

/** Where the Qianniu order list keeps when an order was placed and paid. */
const ORDER_COLUMNS = {
  placed: ["订单创建时间", "买家下单时间", "下单时间"],
  paid: ["订单付款时间", "买家付款时间", "付款时间"],
} as const;
/** Where Sycm's product report keeps each product's figures; buyers may only be there as a conversion rate. */
/** The product report's fields as the import knows them (import/kinds.ts): a name, else the id, names a product. */
const productField = (key: string): readonly string[] => KIND_FIELDS.sycmProducts[key] ?? [];
const PRODUCT_COLUMNS = {
  name: [...productField("productName"), ...productField("productId")],
  visitors: productField("visitors"),
  gmv: productField("gmv"),
  buyers: productField("payingBuyers"),
  conversion: productField("conversion"),
  day: ["统计日期", "日期"],
} as const;

/** The order list's columns the unpaid-orders rule reads, or null when it lacks them. */
export function orderColumns(headers: readonly string[]): number[] | null {
  const at = [indexOfName(headers, ORDER_COLUMNS.placed), indexOfName(headers, ORDER_COLUMNS.paid)];
  return at.every((i) => i >= 0) ? at : null;
}

/** Orders from the columns orderColumns named: placed when created, paid when it has a payment time. */
export function orderFacts(columns: readonly (readonly CellValue[])[]): OrderFact[] {
  return factsOf(columns, orderFactAt);
}

/** The order of row i, or null for a row with no time it was placed. */
function orderFactAt([placed, paid]: readonly (readonly CellValue[])[], i: number): OrderFact | null {
  const p = placed?.[i];
  return typeof p === "number" && p >= 1 ? { placed: p, paid: typeof paid?.[i] === "number" } : null;
}

/** Every row's fact, in order, rows without one left out. */
function factsOf<F>(columns: readonly (readonly CellValue[])[], at: (c: typeof columns, i: number) => F | null): F[] {
  const out: F[] = [];
  const rows = columns[0]?.length ?? 0;
  for (let i = 0; i < rows; i++) {
    const fact = at(columns, i);
    if (fact) out.push(fact);
  }
  return out;
}

/** The product report's columns (name, visitors, GMV, buyers, conversion, day; −1 where absent), or null. */
export function productColumns(headers: readonly string[]): number[] | null {
  const at = Object.values(PRODUCT_COLUMNS).map((names) => indexOfPreferredName(headers, names));
  const [name, visitors, gmv, buyers, conversion] = at as [number, number, number, number, number];
  return name >= 0 && visitors >= 0 && gmv >= 0 && (buyers >= 0 || conversion >= 0) ? at : null;
}

/** Products from the columns productColumns named, in that order (absent ones as empty arrays). */
export function productFacts(columns: readonly (readonly CellValue[])[]): ProductFact[] {
  return factsOf(columns, productFactAt);
}

const finite = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The product row i, or null for a row with no name or no visitors. */
function productFactAt(
  [names, visitors, gmv, buyers, conversion, days]: readonly (readonly CellValue[])[],
  i: number
): ProductFact | null {
  const name = names?.[i];
  const v = finite(visitors?.[i]);
  if (name === "" || name === null || name === undefined || v <= 0) return null;
  const day = days?.[i];
  return {
    name: String(name),
    day: typeof day === "number" ? Math.floor(day) : null,
    visitors: v,
    buyers: buyers && buyers.length > 0 ? finite(buyers[i]) : Math.round(v * finite(conversion?.[i])),
    gmv: finite(gmv?.[i]),
  };
}

/**
 * The diagnosis's facts of a table an import has just written to: gathered from the table's own rows as the import
 * read them for their keys, the rows it staged and the rows it rewrote, so the pane's count after the import need
 * not read back what the import holds. A table of more rows than STAGED_FACTS_ROWS is read back instead, rather
 * than held twice in memory.
 */
export interface StagedFacts {
  readonly table: string;
  /** The table's body rows once the import committed: the diagnosis uses the facts only while it still has these. */
  readonly rows: number;
  readonly orders?: readonly OrderFact[];
  readonly products?: readonly ProductFact[];
}

export const STAGED_FACTS_ROWS = 300_000;

/**
 * Gathers a table's fact columns from its rows in order, by the table's own headers, and each row's fact as the row
 * comes: a hundred thousand facts made at once, after the import, took one 25–45 ms task on the pane's page.
 */
export class FactsGatherer {
  private readonly columns: CellValue[][];
  private readonly byRow: (OrderFact | ProductFact | null)[] = [];
  private rows = 0;

  private constructor(
    readonly table: string,
    private readonly kind: "orders" | "products",
    private readonly at: readonly number[]
  ) {
    this.columns = at.map(() => []);
  }

  /** A gatherer for the order list's or the product report's table; null for a table whose facts no rule reads. */
  static forTable(table: string, kind: "orders" | "products" | null, headers: readonly string[]): FactsGatherer | null {
    const at = kind === "orders" ? orderColumns(headers) : kind === "products" ? productColumns(headers) : null;
    return at && kind ? new FactsGatherer(table, kind, at) : null;
  }

  /** The table's columns it gathers. */
  gathered(): number[] {
    return this.at.filter((c) => c >= 0);
  }

  /** The table's next rows, in its columns; false once there are too many to keep. */
  add(rows: readonly (readonly (CellValue | null | undefined)[])[]): boolean {
    const first = this.rows;
    this.rows += rows.length;
    if (this.rows > STAGED_FACTS_ROWS) return false;
    // As the table reads back: a blank cell is "", and a column the table lacks stays empty.
    this.at.forEach((c, k) => {
      const column = this.columns[k];
      if (c >= 0 && column) for (const row of rows) column.push(row[c] ?? "");
    });
    for (let i = first; i < this.rows; i++) this.byRow.push(this.factAt(i));
    return true;
  }

  /** A row of the table written over: its cells as written (null where a cell was left as it was). */
  rewrite(row: number, values: readonly (CellValue | null)[]): void {
    this.at.forEach((c, k) => {
      const value = c >= 0 ? values[c] : null;
      const column = this.columns[k];
      if (value !== null && value !== undefined && column && row < column.length) column[row] = value;
    });
    if (row < this.byRow.length) this.byRow[row] = this.factAt(row);
  }

  facts(): StagedFacts {
    const kept = this.byRow.filter((f) => f !== null);
    return this.kind === "orders"
      ? { table: this.table, rows: this.rows, orders: kept as OrderFact[] }
      : { table: this.table, rows: this.rows, products: kept as ProductFact[] };
  }

  private factAt(i: number): OrderFact | ProductFact | null {
    return this.kind === "orders" ? orderFactAt(this.columns, i) : productFactAt(this.columns, i);
  }
}
