/**
 * Queues the Diagnosis sheet: the findings as an Excel table (so "Add suggestions to growth points" and the
 * operator's own formulas can find them by name), then each rule's check under it. Everything for one sync.
 */
import { DIAGNOSIS_OUTPUT, columnPosition } from "../core/contract";
import { writeTextLines } from "./ranges";

const EVIDENCE_COLUMN = columnPosition(DIAGNOSIS_OUTPUT.columns, "evidence");
/** Points: about 70 characters of Calibri 11. */
const EVIDENCE_WIDTH = 380;

export interface DiagnosisSheetContent {
  readonly tableName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** One number format per column. */
  readonly formats: readonly string[];
  /** The line under the table: the period the rules looked at, or that nothing was found. */
  readonly note: string;
  readonly checks: { readonly title: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };
}

export function queueDiagnosisSheet(sheet: Excel.Worksheet, content: DiagnosisSheetContent): void {
  const width = content.headers.length;
  // A table needs a body row: with no findings it keeps one empty row, so the next run's shape is the same.
  const rows = content.rows.length > 0 ? content.rows : [content.headers.map(() => "")];
  const block = sheet.getRangeByIndexes(0, 0, rows.length + 1, width);
  block.numberFormat = [content.headers.map(() => "@"), ...rows.map(() => [...content.formats])];
  block.values = [[...content.headers], ...rows.map((r) => [...r])];
  const table = sheet.tables.add(block, true);
  table.name = content.tableName;
  block.format.autofitColumns();
  // Evidence is a sentence with its figures: a readable width, wrapped, so the growth point beside it stays in view.
  const evidence = sheet.getRangeByIndexes(0, EVIDENCE_COLUMN, rows.length + 1, 1);
  evidence.format.columnWidth = EVIDENCE_WIDTH;
  evidence.format.wrapText = true;
  block.format.autofitRows();

  let next = rows.length + 2;
  writeTextLines(sheet, next, 0, [[content.note]]).format.font.italic = true;
  next += 2;
  writeTextLines(sheet, next, 0, [[content.checks.title]]).format.font.bold = true;
  writeTextLines(sheet, next + 1, 0, [content.checks.headers]).format.font.bold = true;
  writeTextLines(sheet, next + 2, 0, content.checks.rows);

  sheet.freezePanes.freezeRows(1);
  sheet.activate();
}
