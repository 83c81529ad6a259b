/**
 * Reads a block of cells (a table, or a sheet's used range) into typed records: finds the header row, matches
 * headers to fields by name or alias in either language, parses each cell by its field's type, and reports
 * every problem with its cell, all at once. Goals, daily tasks and settings use the same reader.
 */
import type { Spellings } from "./language";
import { LANGUAGES, SOURCE_LANGUAGE } from "./language";
import type { CellArea } from "./cellAddress";
import type { SheetCells } from "./cells";
import { cellAddress, blockAddress } from "./cellAddress";
import type { CellValue } from "./cellValues";
import { isBlank, isExcelError, parseDate, parseNumber, parseRate, parseTime, shownValue } from "./cellValues";
import { NameIndex, indexOfName } from "./names";
import type { Problem, ProblemCodeWithoutFacts, ProblemKind } from "./problems";
import { problemAt } from "./problems";

export type FieldType =
  "text" | "successRate" | "rate" | "number" | "wholeNumber" | "numberOrRate" | "date" | "time" | "raw";

export interface FieldSpec<K extends string = string, T extends FieldType = FieldType, R extends boolean = boolean> {
  readonly key: K;
  /** The contract's name, used when the column is missing. */
  readonly name: Spellings;
  /** Other headers that mean this field, in either language. */
  readonly aliases: readonly string[];
  readonly type: T;
  readonly required: R;
  /** Bounds for number types, inclusive. */
  readonly min?: number;
  readonly max?: number;
}

/** What a field of each type reads as: text, the cell itself for `raw` fields (read later by another column's meaning), a number for the rest. */
export type FieldValueOf<T extends FieldType> = T extends "text" ? string : T extends "raw" ? RawCell : number;

/** A record's fields by key, typed by each field's type; required fields are always there. */
export type FieldsOf<S extends FieldSpec> = {
  readonly [F in S as F["required"] extends true ? F["key"] : never]: FieldValueOf<F["type"]>;
} & {
  readonly [F in S as F["required"] extends true ? never : F["key"]]?: FieldValueOf<F["type"]>;
};

/**
 * The fields of an input whose columns the contract names: each field takes its name from its column's key.
 * @example const field = fieldsFor(INPUTS.goals.columns); field("goal", "text", true) // header "Goal" / "目标"
 */
export function fieldsFor<C extends string>(columns: Readonly<Record<C, Spellings>>) {
  return <K extends C, T extends FieldType, R extends boolean>(
    key: K,
    type: T,
    required: R,
    more: { readonly aliases?: readonly string[]; readonly min?: number; readonly max?: number } = {}
  ): FieldSpec<K, T, R> => ({
    key,
    name: columns[key],
    aliases: more.aliases ?? [],
    type,
    required,
    ...(more.min === undefined ? {} : { min: more.min }),
    ...(more.max === undefined ? {} : { max: more.max }),
  });
}

/** An input's cells as read from Excel, with what the reader needs to know of them besides their values. */
export interface InputCells extends SheetCells {
  /** Same shape as values; a `%` in a cell's format means its number is already a fraction. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** An Excel table: its first row is the header row. */
  readonly isTable?: boolean;
  /** Merged areas on the sheet's cells (sheet rows and columns), where the host could tell. */
  readonly mergedAreas?: readonly CellArea[];
}

export interface RawCell {
  readonly value: CellValue;
  readonly percent: boolean;
  /** A1 address on the sheet. */
  readonly address: string;
}

export interface InputRecord<S extends FieldSpec> {
  /** Row on the sheet, zero-based. */
  readonly row: number;
  /** Position among the records read, zero-based: "input order". */
  readonly order: number;
  readonly fields: FieldsOf<S>;
}

export interface ReadResult<S extends FieldSpec> {
  /** Rows that read without a problem. */
  readonly records: InputRecord<S>[];
  readonly problems: Problem[];
  /** Sheet rows of the records that had problems. */
  readonly rejectedRows: number[];
  /** Header row on the sheet, or -1 when none was found. */
  readonly headerRow: number;
  /** Data rows seen (not blank). */
  readonly rowsRead: number;
  /** The header could not be used (none, a column missing or twice, merged cells in it): nothing was read. */
  readonly stopped: boolean;
}

/** The header row: the first row with at least two non-empty cells (a table's first row). */
export function findHeaderRow(block: InputCells): number {
  if (block.isTable) return block.values.length > 0 ? 0 : -1;
  return block.values.findIndex((row) => row.filter((v) => !isBlank(v)).length >= 2);
}

/**
 * A record's cell of one field, for a problem found after the read (between rows, against another input): its
 * address, what it holds as shown, and its column's header as the sheet spells it; null when the column is absent.
 * Rows are sheet rows, as the read gives them.
 */
export function fieldCell(
  block: InputCells,
  headerRow: number,
  field: FieldSpec,
  row: number
): { address: string; value: string; header: string } | null {
  const headers = (block.values[headerRow - block.firstRow] ?? []).map(shownValue);
  const column = indexOfName(headers, field.name, field.aliases);
  if (column < 0) return null;
  return {
    address: cellAddress(row, block.firstColumn + column),
    value: shownValue(block.values[row - block.firstRow]?.[column] ?? ""),
    header: headers[column] ?? "",
  };
}

/** Whether the block's header row names every required field: how the active sheet is recognised as an input. */
export function headersMatch(block: InputCells, fields: readonly FieldSpec[]): boolean {
  const headerRow = findHeaderRow(block);
  if (headerRow < 0) return false;
  const headers = (block.values[headerRow] ?? []).map(shownValue);
  return fields.filter((f) => f.required).every((f) => indexOfName(headers, f.name, f.aliases) >= 0);
}

/** How a problem with one of the block's cells is named: its sheet, its address, its value, its column. */
type ProblemOnSheet = (
  kind: ProblemKind | ProblemCodeWithoutFacts,
  address: string,
  value: string,
  field: string
) => Problem;

/** A read that stopped at the header: no records, the problems that stopped it. */
function stoppedRead<S extends FieldSpec>(problems: Problem[], headerRow: number): ReadResult<S> {
  return { records: [], problems, rejectedRows: [], headerRow, rowsRead: 0, stopped: true };
}

/** No header row: the problem names the whole block, or nothing when the block is empty. */
function noHeaderProblem(block: InputCells, problem: ProblemOnSheet): Problem {
  const width = Math.max(0, ...block.values.map((r) => r.length));
  const last = { lastRow: block.firstRow + block.values.length - 1, lastColumn: block.firstColumn + width - 1 };
  return problem(
    "noHeader",
    block.values.length > 0 && width > 0
      ? blockAddress({ firstRow: block.firstRow, firstColumn: block.firstColumn, ...last })
      : "",
    "",
    ""
  );
}

/**
 * Merged areas: a merged title above the header is how operators head a sheet; a merged area at or below the
 * header hides cells and is reported, naming the area. One in the header stops the read; one in the data
 * rejects the rows it spans.
 */
function mergedAreaProblems(
  block: InputCells,
  headerRow: number,
  problem: ProblemOnSheet
): { problems: Problem[]; inHeader: boolean; rows: Set<number> } {
  const merged = mergedBelow(block, block.firstRow + headerRow);
  const problems = merged.map((area) => {
    const top = block.values[area.firstRow - block.firstRow]?.[area.firstColumn - block.firstColumn] ?? "";
    const header =
      area.firstRow > block.firstRow + headerRow
        ? shownValue(block.values[headerRow]?.[area.firstColumn - block.firstColumn] ?? "")
        : "";
    return problem("mergedCells", blockAddress(area), shownValue(top), header);
  });
  const inHeader = merged.some((area) => area.firstRow <= block.firstRow + headerRow);
  const rows = new Set(
    merged.flatMap((area) => Array.from({ length: area.lastRow - area.firstRow + 1 }, (_, i) => area.firstRow + i))
  );
  return { problems, inHeader, rows };
}

/** The header row read: each field's column, the headers as written, and what is wrong with them. */
interface HeaderColumns<S extends FieldSpec> {
  readonly columns: ReadonlyMap<S["key"], number>;
  readonly headers: readonly string[];
  readonly problems: Problem[];
}

/** Finds each field's column by its name or an alias; a field named twice, or a required one missing, is a problem. */
function matchColumns<S extends FieldSpec>(
  block: InputCells,
  headerRow: number,
  fields: readonly S[],
  problem: ProblemOnSheet
): HeaderColumns<S> {
  const problems: Problem[] = [];
  const headers = (block.values[headerRow] ?? []).map((v) => shownValue(v).trim());
  const columns = new Map<S["key"], number>();
  const byName = new NameIndex(fields.map((f) => [f, f.name, f.aliases] as const));
  headers.forEach((header, column) => {
    const field = header === "" ? undefined : byName.find(header);
    if (!field) return;
    const other = columns.get(field.key);
    if (other === undefined) columns.set(field.key, column);
    else
      problems.push(
        problem(
          { code: "duplicateColumn", facts: { other: headers[other] ?? "" } },
          cellAddress(block.firstRow + headerRow, block.firstColumn + column),
          header,
          header
        )
      );
  });
  const range = headerRange(block, headerRow, headers.length);
  for (const field of fields) {
    if (field.required && !columns.has(field.key))
      problems.push(
        problem(
          "missingColumn",
          range,
          headers.filter(Boolean).join(", "),
          LANGUAGES.map((l) => field.name[l]).join(" / ")
        )
      );
  }
  return { columns, headers, problems };
}

/** The header row's address, as wide as its headers. */
function headerRange(block: InputCells, headerRow: number, width: number): string {
  const row = block.firstRow + headerRow;
  return blockAddress({
    firstRow: row,
    firstColumn: block.firstColumn,
    lastRow: row,
    lastColumn: block.firstColumn + Math.max(0, width - 1),
  });
}

/** One data row's fields, each cell parsed by its field's type, or the problems of its cells (every one, not the first). */
function readRow<S extends FieldSpec>(
  block: InputCells,
  r: number,
  header: HeaderColumns<S>,
  fields: readonly S[],
  problem: ProblemOnSheet
): { values: FieldsOf<S> } | { problems: Problem[] } {
  const cells = block.values[r] ?? [];
  const problems: Problem[] = [];
  // Filled field by field; every required field is checked, so the finished record has its type.
  const values: Record<string, FieldValueOf<FieldType>> = {};
  for (const field of fields) {
    const column = header.columns.get(field.key);
    if (column === undefined) continue;
    const value = cells[column] ?? "";
    const address = cellAddress(block.firstRow + r, block.firstColumn + column);
    const name = header.headers[column] ?? field.name[SOURCE_LANGUAGE];
    const percent = (block.numberFormats?.[r]?.[column] ?? "").includes("%");
    if (isBlank(value)) {
      if (field.required) problems.push(problem("required", address, "", name));
    } else if (isExcelError(value)) {
      problems.push(problem("excelError", address, shownValue(value), name));
    } else if (field.type === "raw") {
      values[field.key] = { value, percent, address };
    } else {
      const parsed = parseField(field, value, percent);
      if ("code" in parsed) problems.push(problem(parsed, address, shownAs(value, percent), name));
      else values[field.key] = parsed.value;
    }
  }
  return problems.length > 0 ? { problems } : { values: values as FieldsOf<S> };
}

/**
 * Reads the block's records: its header, the merged areas in it, the fields' columns, then each row. Every
 * problem is reported with its cell, all at once; a problem in the header stops the read before any row.
 */
export function readRecords<S extends FieldSpec>(block: InputCells, fields: readonly S[]): ReadResult<S> {
  const problem: ProblemOnSheet = (kind, address, value, field) =>
    problemAt(kind, { sheet: block.sheet, address, value, field });
  const headerRow = findHeaderRow(block);
  if (headerRow < 0) return stoppedRead([noHeaderProblem(block, problem)], -1);
  const merged = mergedAreaProblems(block, headerRow, problem);
  if (merged.inHeader) return stoppedRead(merged.problems, headerRow);
  const header = matchColumns(block, headerRow, fields, problem);
  const problems = [...merged.problems, ...header.problems];
  if (header.problems.length > 0) return stoppedRead(problems, headerRow);

  const records: InputRecord<S>[] = [];
  const rejectedRows: number[] = [];
  let rowsRead = 0;
  for (let r = headerRow + 1; r < block.values.length; r++) {
    if ((block.values[r] ?? []).every((v) => isBlank(v))) continue;
    rowsRead++;
    const row = block.firstRow + r;
    const read = merged.rows.has(row) ? { problems: [] } : readRow(block, r, header, fields, problem);
    if ("values" in read) records.push({ row, order: records.length, fields: read.values });
    else {
      problems.push(...read.problems);
      rejectedRows.push(row);
    }
  }
  if (rowsRead === 0) problems.push(problem("noRows", headerRange(block, headerRow, header.headers.length), "", ""));
  return { records, problems, rejectedRows, headerRow: block.firstRow + headerRow, rowsRead, stopped: false };
}

/** The block's merged areas that reach the header row or below it, within its columns. */
function mergedBelow(block: InputCells, headerRow: number): CellArea[] {
  const lastColumn = block.firstColumn + Math.max(0, ...block.values.map((r) => r.length)) - 1;
  return (block.mergedAreas ?? []).filter(
    (a) => a.lastRow >= headerRow && a.lastColumn >= block.firstColumn && a.firstColumn <= lastColumn
  );
}

type Parsed = { value: string | number } | ProblemKind;

const range = (field: { min?: number; max?: number }, format: (n: number) => string) =>
  field.max === undefined ? `≥ ${format(field.min ?? 0)}` : `${format(field.min ?? 0)}–${format(field.max)}`;

const percentText = (n: number) => `${Number((n * 100).toPrecision(12))}%`;

/** A value as the operator sees it in its cell: a number in a percent-formatted cell as a percent. */
const shownAs = (value: CellValue, percent: boolean) =>
  percent && typeof value === "number" ? percentText(value) : shownValue(value);

/** Parses one cell by its field's type. */
export function parseField(
  field: Pick<FieldSpec<string>, "type" | "min" | "max">,
  value: CellValue,
  percent: boolean
): Parsed {
  switch (field.type) {
    case "text":
    case "raw":
      return { value: shownValue(value).trim() };
    case "successRate": {
      const parsed = parseRate(value, percent);
      if (!parsed) return { code: "notRate" };
      // 60 in a cell formatted as a percent after it was typed shows as 6000%: the same slip as a bare 60.
      const slipped = parsed.bare || (percent && typeof value === "number" && parsed.rate <= 100);
      if (parsed.rate > 1 && slipped) return { code: "successRateOver100", facts: { meant: `${parsed.rate}%` } };
      if (parsed.rate < 0 || parsed.rate > 1) return { code: "outOfRange", facts: { allowed: "0%–100%" } };
      return { value: parsed.rate };
    }
    case "rate": {
      const parsed = parseRate(value, percent);
      if (!parsed) return { code: "notRate" };
      if (parsed.rate < (field.min ?? 0)) return { code: "negativeRate" };
      if (field.max !== undefined && parsed.rate > field.max)
        return { code: "outOfRange", facts: { allowed: range(field, percentText) } };
      return { value: parsed.rate };
    }
    case "number":
    case "wholeNumber": {
      const n = parseNumber(value);
      if (n === null) return { code: "notNumber" };
      if (field.type === "wholeNumber" && !Number.isInteger(n)) return { code: "notWholeNumber" };
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
        return { code: "outOfRange", facts: { allowed: range(field, String) } };
      return { value: n };
    }
    case "numberOrRate": {
      // A goal's values: 4.8% (text or a percent cell) is 0.048, 2.2 is 2.2.
      const parsed = parseRate(value, percent);
      return parsed ? { value: parsed.rate } : { code: "notNumber" };
    }
    case "date": {
      const serial = parseDate(value);
      return serial === null ? { code: "notDate" } : { value: serial };
    }
    case "time": {
      const fraction = parseTime(value);
      return fraction === null ? { code: "notTime", facts: { example: "09:30, 9点30" } } : { value: fraction };
    }
  }
}

/**
 * A new row for an input, each value under the header that names its field (in any order, either language);
 * columns no value names stay blank, and the row is at least `width` wide.
 */
export function rowByHeaders<S extends FieldSpec, V = string | number>(
  headers: readonly string[],
  fields: readonly S[],
  values: Readonly<Partial<Record<S["key"], V>>>,
  width = headers.length
): (V | "")[] {
  const row: (V | "")[] = Array.from({ length: Math.max(width, headers.length) }, () => "");
  for (const field of fields) {
    const value = values[field.key as S["key"]];
    const at = indexOfName(headers, field.name, field.aliases);
    if (value !== undefined && at >= 0) row[at] = value;
  }
  return row;
}
