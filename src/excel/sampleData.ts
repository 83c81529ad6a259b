/**
 * Writes the sample input sheets in two round trips: one to learn which sheet and table names are taken, one to
 * write everything. Existing sheets are never touched; a taken name gets " (2)".
 */
import type { SampleSheet } from "../core/sampleData";
import type { InputDefinition } from "../core/contract";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import { syncNotingLayout } from "./workbook";
import { writeValues } from "./ranges";

export interface PlacedSample {
  readonly kind: InputDefinition["kind"];
  readonly wantedSheetName: string;
  readonly sheetName: string;
  readonly wantedTableName: string;
  readonly tableName: string;
}

export async function writeSampleSheets(
  context: Excel.RequestContext,
  samples: readonly SampleSheet[]
): Promise<PlacedSample[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();

  const takenSheets = sheets.items.map((s) => s.name);
  const takenTables = tables.items.map((t) => t.name);
  const placed: PlacedSample[] = [];
  let first: Excel.Worksheet | null = null;

  for (const sample of samples) {
    const sheetName = freeSheetName(sample.sheetName, takenSheets);
    const tableName = freeTableName(sample.tableName, takenTables);
    takenSheets.push(sheetName);
    takenTables.push(tableName);

    const sheet = queueInputSheet(context, sample, sheetName, tableName);
    first ??= sheet;
    placed.push({
      kind: sample.kind,
      wantedSheetName: sample.sheetName,
      sheetName,
      wantedTableName: sample.tableName,
      tableName,
    });
  }
  first?.activate();
  await syncNotingLayout(context);
  return placed;
}

/** Queues a new input sheet holding the sample as a table under free names (the caller checked them). */
export function queueInputSheet(
  context: Excel.RequestContext,
  sample: SampleSheet,
  sheetName: string,
  tableName: string
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(sheetName);
  const block = sheet.getRangeByIndexes(0, 0, sample.rows.length + 1, sample.headers.length);
  // Formats go first: a column formatted as text (@) keeps "Mon,Wed" or "12:00-13:00" exactly as written.
  block.numberFormat = [sample.headers.map(() => "General"), ...sample.rows.map((_, r) => rowFormats(sample, r))];
  writeValues(block, [[...sample.headers], ...sample.rows.map((row) => [...row])]);
  const table = sheet.tables.add(block, true);
  table.name = tableName;
  sheet.freezePanes.freezeRows(1);
  block.format.autofitColumns();
  return sheet;
}

/** Writes one new input sheet, shown to the user, in one round trip. */
export async function writeInputSheet(
  context: Excel.RequestContext,
  sample: SampleSheet,
  sheetName: string,
  tableName: string
): Promise<void> {
  queueInputSheet(context, sample, sheetName, tableName).activate();
  await context.sync();
}

function rowFormats(sample: SampleSheet, row: number): string[] {
  const formats = [...sample.columnFormats];
  for (const cell of sample.cellFormats ?? []) if (cell.row === row) formats[cell.column] = cell.format;
  return formats;
}
