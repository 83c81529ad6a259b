/**
 * A file's columns matched to its table's by what they mean: the same report arrives with other columns from one day
 * to the next (the operator picks Sycm's indicators; layouts change by year), and is merged, never refused. Known
 * fields go to their column whatever the header says; a column the table does not have is added at its right; a
 * table column the file lacks stays blank for the file's new rows and as it was in the rows it updates.
 */
import type { Problem } from "../problems";
import { nameKey } from "../names";
import type { ExportKindDefinition } from "./kinds";
import { fieldsOf } from "./kinds";

export interface ColumnMerge {
  /** The table's headers after the import: its own, then the file's new columns at its right. */
  readonly headers: readonly string[];
  /** order[t] is the file column that goes to table column t, or -1 where the file has none. */
  readonly order: readonly number[];
  /** Headers of the columns the file adds to the table. */
  readonly added: readonly string[];
  /** Headers of the table's columns the file does not have (its rows leave them blank). */
  readonly lacking: readonly string[];
}

type Kind = Pick<ExportKindDefinition, "fields">;

/**
 * The file's columns as one field each at most: a header two fields claim, or two headers meaning one field, cannot
 * be placed without guessing, and is a problem naming the header (nothing of the file is imported).
 */
function fileFields(
  kind: Kind,
  fileHeaders: readonly string[],
  fileName: string
): { fields: (string | null)[] } | { problem: Problem } {
  const fields: (string | null)[] = [];
  const seen = new Map<string, number>();
  for (const [f, header] of fileHeaders.entries()) {
    const meant = fieldsOf(kind, header);
    if (meant.length > 1)
      return {
        problem: {
          code: "ambiguousHeader",
          sheet: fileName,
          address: "",
          value: header,
          field: "",
          facts: { meanings: meant.map((m) => kind.fields[m]?.[0] ?? m) },
        },
      };
    const field = meant[0] ?? null;
    const other = field === null ? undefined : seen.get(field);
    if (other !== undefined)
      return {
        problem: {
          code: "duplicateColumn",
          sheet: fileName,
          address: "",
          value: header,
          field: header,
          facts: { other: fileHeaders[other] ?? "" },
        },
      };
    if (field !== null) seen.set(field, f);
    fields.push(field);
  }
  return { fields };
}

/** The problem with a file's columns, before any table is touched: a header two fields claim, or two meaning one. */
export function columnsProblem(kind: Kind, fileHeaders: readonly string[], fileName: string): Problem | null {
  const file = fileFields(kind, fileHeaders, fileName);
  return "problem" in file ? file.problem : null;
}

/**
 * How a file's columns go into its table. Each file column takes the table column of the same header, else of the
 * same field; one table column takes one file column.
 * @example mergeColumns(SYCM_PRODUCTS, ["统计日期", "商品id", "访客数", "我的备注"], ["统计日期", "商品ID", "商品访客数", "加购人数"], "f.xls")
 *   → { headers: [..."我的备注", "加购人数"], order: [0, 1, 2, -1, 3], added: ["加购人数"], lacking: ["我的备注"] }
 */
export function mergeColumns(
  kind: Kind,
  tableHeaders: readonly string[],
  fileHeaders: readonly string[],
  fileName: string
): { ok: true; merge: ColumnMerge } | { ok: false; problem: Problem } {
  const file = fileFields(kind, fileHeaders, fileName);
  if ("problem" in file) return { ok: false, problem: file.problem };
  const tableFields = tableHeaders.map((h) => {
    const meant = fieldsOf(kind, h);
    return meant.length === 1 ? (meant[0] as string) : null;
  });
  const order: number[] = tableHeaders.map(() => -1);
  const placed = new Set<number>();
  const take = (f: number, t: number) => {
    order[t] = f;
    placed.add(f);
  };
  // Same header first, so a table with a column per spelling (made before fields were known) keeps each in place.
  for (const [f, header] of fileHeaders.entries()) {
    const t = tableHeaders.findIndex((h, i) => order[i] === -1 && (nameKey(h) || h) === (nameKey(header) || header));
    if (t >= 0) take(f, t);
  }
  for (const [f, field] of file.fields.entries()) {
    if (placed.has(f) || field === null) continue;
    const t = tableFields.findIndex((tf, i) => order[i] === -1 && tf === field);
    if (t >= 0) take(f, t);
  }
  const addedColumns = fileHeaders.flatMap((_, f) => (placed.has(f) ? [] : [f]));
  return {
    ok: true,
    merge: {
      headers: [...tableHeaders, ...addedColumns.map((f) => fileHeaders[f] ?? "")],
      order: [...order, ...addedColumns],
      added: addedColumns.map((f) => fileHeaders[f] ?? ""),
      lacking: tableHeaders.filter((_, t) => order[t] === -1),
    },
  };
}
