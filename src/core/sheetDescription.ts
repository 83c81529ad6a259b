/**
 * An output sheet as plain data: blocks laid out from the top, one blank row between them, each a table (with its
 * column looks, row looks, rules and an optional chart beside it), a few lines of text, or a titled list. The
 * core's `plan…` functions describe a sheet with phrases for its words (`SheetDescription<Phrase>`); a command has
 * them worded (`wordSheet`) and src/excel/sheetWriter.ts writes the result. Nothing here knows Excel: a chart names
 * its columns by key, a look names rows by index into the block's rows.
 */
import type { CellValue } from "./cellValues";
import type { Columns } from "./contract";
import type { Language } from "./language";
import { indexOfName, isNamed } from "./names";

export type SheetCell = string | number | boolean;

/** How one column of a block looks: its header, the number format of its body cells, and its width. */
export interface ColumnLook {
  readonly key: string;
  readonly header: string;
  /** The body's number format; headers are always text. "@" keeps what the operator typed ("=SUM") as text. */
  readonly format: string;
  /** Points; the column is fitted to its contents otherwise. */
  readonly width?: number;
  readonly wrap?: boolean;
  readonly center?: boolean;
}

/** A look given to some rows of a block's body, by index into its rows. */
export interface RowLook {
  readonly rows: readonly number[];
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A number format for these rows in some columns (by key): a block whose rows are different metrics. */
  readonly numberFormat?: { readonly columns: readonly string[]; readonly format: string };
}

/** The Done column's ticks: checkboxes on some rows (a host that has them, ExcelApi 1.18), else a drop-down of one mark. */
export type Ticks =
  | { readonly column: string; readonly checkboxRows: readonly number[] }
  | { readonly column: string; readonly mark: string };

/** A chart beside its block, of columns named by key. */
export interface ChartLook<T> {
  readonly kind: "XYScatter" | "Line";
  /**
   * A scatter's x then y column, which must stand side by side (a scatter takes x from the first column of its
   * source and y from the next); a line's series, their headers as the series' names.
   */
  readonly columns: readonly string[];
  /** A line chart's category (x) axis. */
  readonly categories?: string;
  readonly title: T;
  readonly axisTitles?: { readonly x: string; readonly y: string };
  /** Labels of the first points, one each. */
  readonly labels?: readonly string[];
  /** Where it stands: rows below the block's first row, and how many rows tall. */
  readonly fromRow: number;
  readonly rows: number;
}

export interface TableBlock<T> {
  readonly kind: "table";
  /** An Excel table of that name, or a plain block of cells under bold headers. */
  readonly tableName: string | null;
  /** A bold line above the headers. */
  readonly title?: T;
  readonly columns: readonly ColumnLook[];
  /** Cells, or words to word (a finding's evidence, a track record). */
  readonly rows: readonly (readonly (SheetCell | T)[])[];
  readonly rowLooks?: readonly RowLook[];
  /** Columns shown with a data bar. */
  readonly dataBars?: readonly string[];
  readonly ticks?: Ticks;
  readonly chart?: ChartLook<T>;
  /** Rows the block takes at least, its blank row after it included: room for the chart beside it. */
  readonly minHeight?: number;
  /** Columns fitted to their contents where no width is given (the default), or left as they are. */
  readonly fitColumns?: boolean;
  /** Rows fitted to wrapped text. */
  readonly fitRows?: boolean;
}

/** Lines of text, one cell a word or sentence, all in the same style. */
export interface LinesBlock<T> {
  readonly kind: "lines";
  readonly lines: readonly (readonly T[])[];
  readonly style: "italic" | "bold" | "plain";
}

/** A bold title and bold headers over rows: the things left out, the checks made. */
export interface ListBlock<T> {
  readonly kind: "list";
  readonly title: T;
  readonly headers: readonly T[];
  readonly rows: readonly (readonly (T | number)[])[];
  /** A number format per column; text otherwise. */
  readonly formats?: readonly string[];
  /** Formats for single cells where a column mixes kinds of figure (counts, rates and money in one column). */
  readonly cellFormats?: readonly { readonly row: number; readonly column: number; readonly format: string }[];
}

export type OutputBlock<T> = TableBlock<T> | LinesBlock<T> | ListBlock<T>;

export interface SheetDescription<T> {
  readonly blocks: readonly OutputBlock<T>[];
  /** Custom properties the sheet keeps for the add-in's next run. */
  readonly properties?: Readonly<Record<string, string>>;
  /** The first block's header row stays in view. */
  readonly freezeHeader: boolean;
  /** The sheet is shown when written. */
  readonly activate: boolean;
}

/**
 * The description with each of its words worded, ready to write: `T` is what the core planned besides plain text
 * (a phrase); numbers and Booleans in cells stay as they are.
 */
export function wordSheet<T>(
  sheet: SheetDescription<string | T>,
  word: (text: string | T) => string
): SheetDescription<string> {
  const line = (cells: readonly (string | T | number)[]) => cells.map((c) => (typeof c === "number" ? c : word(c)));
  const cells = (row: readonly (SheetCell | T)[]) =>
    row.map((c) => (typeof c === "number" || typeof c === "boolean" ? c : word(c)));
  const block = (b: OutputBlock<string | T>): OutputBlock<string> => {
    switch (b.kind) {
      case "table": {
        const { title, chart, rows, ...rest } = b;
        return {
          ...rest,
          rows: rows.map(cells),
          ...(title === undefined ? {} : { title: word(title) }),
          ...(chart ? { chart: { ...chart, title: word(chart.title) } } : {}),
        };
      }
      case "lines":
        return { ...b, lines: b.lines.map((l) => l.map(word)) };
      case "list":
        return { ...b, title: word(b.title), headers: b.headers.map(word), rows: b.rows.map(line) };
    }
  };
  return { ...sheet, blocks: sheet.blocks.map(block) };
}

/** Rows a block takes on the sheet, without the blank row after it. */
export function blockHeight(block: OutputBlock<unknown>): number {
  switch (block.kind) {
    case "table":
      return Math.max((block.title === undefined ? 0 : 1) + 1 + block.rows.length, (block.minHeight ?? 0) - 1);
    case "lines":
      return block.lines.length;
    case "list":
      return 2 + block.rows.length;
  }
}

/** The first row of each block: one blank row between blocks. */
export function blockTops(blocks: readonly OutputBlock<unknown>[]): number[] {
  let row = 0;
  return blocks.map((b) => {
    const top = row;
    row += blockHeight(b) + 1;
    return top;
  });
}

/** Column looks from a contract's columns, in their order, with one format per key. */
export function columnLooks<C extends string>(
  columns: Columns<C>,
  language: Language,
  looks: Readonly<Record<C, string | Omit<ColumnLook, "key" | "header">>>
): ColumnLook[] {
  return (Object.keys(columns) as C[]).map((key) => {
    const look: string | Omit<ColumnLook, "key" | "header"> = looks[key];
    return typeof look === "string"
      ? { key, header: columns[key][language], format: look }
      : { key, header: columns[key][language], ...look };
  });
}

/** Where a column stands in a block, by key; -1 when the block has no such column. */
export const keyedColumn = (block: TableBlock<unknown>, key: string): number =>
  block.columns.findIndex((c) => c.key === key);

type Rows = readonly (readonly CellValue[])[];

/**
 * Reads a sheet written from a description back: the first table's body rows as records by column key, up to its
 * first blank row, its columns found by their headers in any language (so a sheet made in English reads in a pane
 * in Chinese, and columns the operator moved are still found). Keys whose column is gone read as undefined.
 */
export function readTableBack<C extends string>(
  rows: Rows,
  columns: Columns<C>
): { records: Partial<Record<C, CellValue>>[]; end: number } {
  const header = (rows[0] ?? []).map((v) => String(v ?? ""));
  const at = (Object.keys(columns) as C[]).map((key) => [key, indexOfName(header, columns[key])] as const);
  const records: Partial<Record<C, CellValue>>[] = [];
  let end = 1;
  for (; end < rows.length; end++) {
    const row = rows[end] ?? [];
    if (row.every((v) => v === "" || v === null || v === undefined)) break;
    records.push(
      Object.fromEntries(at.filter(([, i]) => i >= 0).map(([key, i]) => [key, row[i] ?? ""])) as Partial<
        Record<C, CellValue>
      >
    );
  }
  return { records, end };
}

/** The body rows of the list titled so after `after` (its title and header rows skipped); none when it is not there. */
export function readListBack(rows: Rows, after: number, title: Columns[string]): Rows {
  const at = rows.findIndex((r, i) => i > after && isNamed(String(r[0] ?? ""), title));
  return at < 0 ? [] : rows.slice(at + 2);
}
