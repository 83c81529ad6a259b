/**
 * An input sheet the add-in makes for rows it adds when the workbook has no such input yet (Goals for Set goals,
 * Daily Tasks and Goals for Plan promotion): the input's template with the given headers, each cell with its own
 * format, under names no sheet or table has. No Office.js here: the caller queues or writes it.
 */
import type { InputKind } from "../core/contract";
import type { CalendarDay } from "../core/excelDate";
import type { Language } from "../core/language";
import type { SampleSheet } from "../core/sampleData";
import { inputTemplate } from "../core/sampleData";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import type { WorkbookOutline } from "../excel/layoutMemory";

export function newInputSheet(
  kind: InputKind,
  language: Language,
  today: CalendarDay,
  headers: readonly string[],
  cells: readonly { readonly row: readonly (string | number)[]; readonly formats: readonly string[] }[],
  outline: WorkbookOutline
): { sample: SampleSheet; sheetName: string; tableName: string } {
  const template = inputTemplate(kind, language, today);
  return {
    sample: {
      ...template,
      headers,
      rows: cells.map((c) => c.row),
      columnFormats: headers.map(() => "General"),
      cellFormats: cells.flatMap((c, row) => c.formats.map((format, column) => ({ row, column, format }))),
    },
    sheetName: freeSheetName(
      template.sheetName,
      outline.sheets.map((s) => s.name)
    ),
    tableName: freeTableName(template.tableName, outline.tables),
  };
}
