/**
 * Sycm's 竞品分析 and 竞店分析 downloads put the subjects side by side: one row a day, a column per subject and index,
 * each prefixed by whose it is (本店商品交易指数, 竞品1交易指数, 竞品2流量指数 …), and sometimes a column naming each
 * subject (竞品1名称). The Competitors table holds one row a day and subject, so such a file is turned into that long
 * form before the import reads it: each wide row gives one row per subject that has a figure that day. Everything
 * else (preamble lines, a file of any other layout) passes through as it is.
 *
 * The import's problems then name lines of the long form: a wide row's subjects are lines of their own.
 */
import { COMPETITION_FIELDS, COMPETITION_INDEX_FIELDS, DATE_HEADERS } from "./fields";
import { HEADER_SEARCH_ROWS, findExportHeader, isBlankRow, isCommentRow } from "./header";
import { indexOfName, nameKey } from "../names";
import { trimValue } from "./normalize";

/** Whose a prefix marks, and the Kind the long form gives it. */
const PREFIXES: readonly { readonly pattern: RegExp; readonly kind: string }[] = [
  { pattern: /^本店商品/, kind: "本店商品" },
  { pattern: /^本店/, kind: "本店" },
  { pattern: /^竞品\s*\d+/, kind: "竞品" },
  { pattern: /^竞店\s*\d+/, kind: "竞店" },
];
const SEPARATOR = /^[\s\-_－—:：·.]*/;
const NAME_SUFFIXES = ["", "名称", "商品名称", "店铺名称", "名字"];

/** One subject's columns in the wide header. */
interface Group {
  readonly prefix: string;
  readonly kind: string;
  name: number;
  /** Column of each index field, -1 where the file has none for this subject. */
  readonly indices: number[];
}

export interface WideLayout {
  readonly date: number;
  readonly groups: readonly Group[];
  /** The long form's header: the date column (when the file has one), Subject, Kind, then the indices present. */
  readonly header: readonly string[];
  /** The index fields the long form carries, in its order. */
  readonly fields: readonly number[];
}

/** The subject's prefix a header starts with, and what follows it. */
function splitPrefix(header: string): { prefix: string; kind: string; rest: string } | null {
  for (const { pattern, kind } of PREFIXES) {
    const m = pattern.exec(header);
    if (m) return { prefix: m[0].replace(/\s+/g, ""), kind, rest: header.slice(m[0].length).replace(SEPARATOR, "") };
  }
  return null;
}

/**
 * The wide layout of a header, or null when it is not one: at least one subject's index column must carry a prefix.
 * @example wideLayout(["日期", "本店商品交易指数", "竞品1交易指数"])?.groups.length === 2
 */
export function wideLayout(headers: readonly string[]): WideLayout | null {
  const groups: Group[] = [];
  const group = (prefix: string, kind: string): Group => {
    let g = groups.find((x) => x.prefix === prefix);
    if (!g) groups.push((g = { prefix, kind, name: -1, indices: COMPETITION_INDEX_FIELDS.map(() => -1) }));
    return g;
  };
  headers.forEach((raw, column) => {
    const split = splitPrefix(trimValue(raw));
    if (!split) return;
    const field = COMPETITION_INDEX_FIELDS.findIndex(
      (f) => indexOfName([split.rest], COMPETITION_FIELDS[f] ?? []) === 0
    );
    if (field >= 0) group(split.prefix, split.kind).indices[field] = column;
    else if (NAME_SUFFIXES.some((s) => nameKey(s) === nameKey(split.rest)))
      group(split.prefix, split.kind).name = column;
  });
  const withIndices = groups.filter((g) => g.indices.some((c) => c >= 0));
  if (withIndices.length === 0) return null;
  const fields = COMPETITION_INDEX_FIELDS.flatMap((_, f) =>
    withIndices.some((g) => (g.indices[f] as number) >= 0) ? [f] : []
  );
  const date = indexOfName(headers.map(trimValue), DATE_HEADERS);
  const chinese = (f: number) => (COMPETITION_FIELDS[COMPETITION_INDEX_FIELDS[f] as string] ?? [])[1] as string;
  return {
    date,
    groups: withIndices,
    fields,
    header: [...(date >= 0 ? [trimValue(headers[date] ?? "")] : []), "主体", "类型", ...fields.map(chinese)],
  };
}

/** A wide row as long rows: one per subject with any figure, named by its name column, else by its prefix. */
export function longRows(layout: WideLayout, row: readonly string[]): string[][] {
  if (isCommentRow(row) || isBlankRow(row)) return [row.slice()];
  const out: string[][] = [];
  for (const g of layout.groups) {
    const figures = layout.fields.map((f) => {
      const column = g.indices[f] as number;
      return column >= 0 ? (row[column] ?? "") : "";
    });
    // Sycm shows a dash for no figure: a subject with only dashes that day has no row.
    if (figures.every((v) => /^[-—–]*$/.test(trimValue(v)))) continue;
    const name = g.name >= 0 ? trimValue(row[g.name] ?? "") : "";
    out.push([
      ...(layout.date >= 0 ? [row[layout.date] ?? ""] : []),
      name === "" ? g.prefix : name,
      g.kind,
      ...figures,
    ]);
  }
  return out;
}

/**
 * Rows of a file on their way to the import, the wide form turned long once its header shows. Until then rows are
 * held back (as the import itself holds them); `end` gives back whatever is still held when the file ends.
 */
export class CompetitionReshaper {
  private held: string[][] = [];
  /** undefined while the header has not shown; null when the file is not wide. */
  private layout: WideLayout | null | undefined = undefined;

  push(rows: readonly string[][]): string[][] {
    if (this.layout === null) return rows as string[][];
    if (this.layout !== undefined) return this.reshape(rows);
    this.held.push(...rows);
    const at = findExportHeader(this.held);
    if (at < 0) return this.held.length >= HEADER_SEARCH_ROWS ? this.release(null) : [];
    const layout = wideLayout(this.held[at] ?? []);
    if (!layout) return this.release(null);
    const held = this.held;
    this.held = [];
    this.layout = layout;
    return [...held.slice(0, at), layout.header.slice(), ...this.reshape(held.slice(at + 1))];
  }

  end(): string[][] {
    return this.release(this.layout ?? null);
  }

  private release(layout: WideLayout | null | undefined): string[][] {
    const held = this.held;
    this.held = [];
    if (this.layout === undefined) this.layout = layout ?? null;
    return held;
  }

  private reshape(rows: readonly string[][]): string[][] {
    const layout = this.layout as WideLayout;
    const out: string[][] = [];
    for (const row of rows) for (const r of longRows(layout, row)) out.push(r);
    return out;
  }
}

/** A batch of a file's rows, and the bytes of the file read so far. */
interface RowsRead {
  readonly rows: string[][];
  readonly bytesRead: number;
}

/** A file's batches of rows with Sycm's wide competition layout turned long; other files' rows as they are. */
export function longForm<B extends RowsRead>(rows: AsyncIterator<B>): AsyncIterator<RowsRead> {
  const reshaper = new CompetitionReshaper();
  let ended = false;
  let bytesRead = 0;
  return {
    async next(): Promise<IteratorResult<RowsRead>> {
      if (ended) return { done: true, value: undefined };
      const next = await rows.next();
      if (next.done) {
        ended = true;
        const rest = reshaper.end();
        return rest.length > 0 ? { done: false, value: { rows: rest, bytesRead } } : { done: true, value: undefined };
      }
      bytesRead = next.value.bytesRead;
      return { done: false, value: { ...next.value, rows: reshaper.push(next.value.rows) } };
    },
  };
}
