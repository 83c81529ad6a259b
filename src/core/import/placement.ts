/**
 * Where a file's rows go: its kind's table, found in the workbook or made on a free sheet, each file column's place
 * in it; or why the file cannot go there (its table on a protected sheet, cells below the table that staging would
 * overwrite, cells right of it where new columns would go).
 * The table is found and its rows read by the shell; what follows from them is decided here. How the file changes
 * Store Metrics' kept sums (sumsPlan) is planned where its rows are read (reading/fileReading.ts).
 */
import type { CellsAt } from "../cells";
import type { Language } from "../language";
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import { freeSheetName } from "../sheetNames";
import type { ColumnMerge } from "./columns";
import { mergeColumns } from "./columns";
import { MetricsAccumulator } from "./daySums";
import type { ExportKindDefinition } from "./kinds";
import { RowParts, SumsDelta } from "./metricSums";
import { METRIC_SOURCES } from "./metrics";

/** An export's table already in the workbook, as the import finds it: at its header row's first cell. */
export interface ExistingTable extends CellsAt {
  /** Rows including the header. */
  readonly rowCount: number;
  readonly headers: readonly string[];
  /** The sheet holds cells below the table, which staging would overwrite. */
  readonly cellsBelow: boolean;
  /** The sheet holds cells right of the table, where columns a file adds would go. */
  readonly cellsRight: boolean;
  /** Per column, whether its first body cell is formatted as Text (`@`): updates write their text there as it is. */
  readonly textColumns: readonly boolean[];
  /** The attribution days the table's ad rows were counted over (core/import/attribution.ts); null if none kept. */
  readonly attributionDays: number | null;
}

/** A file's way into its kind's kept sums: its rows' parts from scratch, or as changes to the table's rows. */
export type SumsPlan =
  { readonly reset: boolean; readonly delta: SumsDelta; readonly old: RowParts | null } | { readonly reread: true };

/** Where the file's rows go: its kind's table (found, or to be made on a free sheet name) and each column's place in it. */
export interface Placement extends ColumnMerge {
  readonly kind: ExportKindDefinition;
  readonly existing: ExistingTable | null;
  readonly sheetName: string;
}

/**
 * The sums plan for a file: a new table or Replace starts the kind's sums from the file's rows; a merge adds its
 * rows and rewrites, which needs the table's date (and filter) column in the file, else the table is read again.
 */
export function sumsPlan(
  kind: ExportKindDefinition,
  fileHeaders: readonly string[],
  existing: Pick<ExistingTable, "headers" | "rowCount"> | null,
  replace: boolean
): SumsPlan | null {
  const source = METRIC_SOURCES.find((s) => s.kind === kind.kind);
  if (!source) return null;
  const file = MetricsAccumulator.columns(source, fileHeaders);
  const table = existing ? MetricsAccumulator.columns(source, existing.headers) : null;
  if (table && !file && !replace) return { reread: true };
  const columns = file ?? { date: -1, inputs: [], where: null };
  const old = existing && !replace && existing.rowCount > 1 && file ? new RowParts(existing.rowCount - 1, file) : null;
  return { reset: !existing || replace, delta: new SumsDelta(columns), old };
}

/** What the placement is decided on: the file, the table found (or none), and the workbook around it. */
export interface PlacementFacts {
  readonly fileName: string;
  readonly kind: ExportKindDefinition;
  /** The file's headers (after a day column the import adds). */
  readonly headers: readonly string[];
  readonly existing: ExistingTable | null;
  /** The workbook's sheet names, for a new table's free one. */
  readonly sheetNames: readonly string[];
  readonly protectedSheets: readonly string[];
  readonly replace: boolean;
  readonly language: Language;
}

/**
 * Places a file whose columns are each one field (columnsProblem, checked before the table is looked for): a new
 * table on a free sheet name in the workbook's language, or the existing one with the file's columns merged into
 * its own; else the problem that refuses the file, before anything is written.
 */
export function placeFile(facts: PlacementFacts): { placement: Placement } | { problem: Problem; sheetName?: string } {
  const { kind, headers, existing, fileName } = facts;
  if (!existing) {
    const sheetName = freeSheetName(kind.sheetName[facts.language], facts.sheetNames);
    return {
      placement: {
        kind,
        existing,
        sheetName,
        headers,
        order: headers.map((_, i) => i),
        added: [],
        lacking: [],
      },
    };
  }
  const refused = (problem: Problem) => ({ problem, sheetName: existing.sheet });
  const merged = mergeColumns(kind, existing.headers, headers, fileName);
  if (!merged.ok) return refused(merged.problem);
  if (facts.protectedSheets.some((name) => name.toLowerCase() === existing.sheet.toLowerCase()))
    return refused(problemAt("sheetProtected", { sheet: "", address: "", value: existing.sheet, field: "" }));
  const at = { sheet: fileName, address: "", value: existing.sheet, field: kind.tableName };
  if (existing.cellsBelow) return refused(problemAt("cellsBelowTable", at));
  if (merged.merge.added.length > 0 && existing.cellsRight)
    return refused(problemAt({ code: "cellsRightOfTable", facts: { columns: merged.merge.added } }, at));
  return {
    placement: {
      kind,
      existing,
      sheetName: existing.sheet,
      ...merged.merge,
    },
  };
}
