/**
 * Writes one setting into the workbook's Settings, wherever the pane's save found its place: its row, a new
 * row of the Settings table, the row under a plain Settings sheet's cells, or a new Settings sheet and table.
 */
import { queueRowsBelowTable } from "./tableRows";
import { fillNumberFormat, writeValues } from "./ranges";
import { syncNotingLayout } from "./workbook";

export type SettingPlace =
  | { readonly kind: "row"; readonly sheet: string; readonly row: number; readonly column: number }
  | { readonly kind: "tableRow"; readonly table: string }
  | { readonly kind: "belowSheet"; readonly sheet: string; readonly row: number; readonly column: number }
  | { readonly kind: "emptySheet"; readonly sheet: string; readonly headers: readonly string[] }
  | {
      readonly kind: "newSheet";
      readonly sheetName: string;
      readonly tableName: string;
      readonly headers: readonly string[];
    };

export interface SettingWrite {
  readonly name: string;
  readonly value: string | number;
  /** The value cell's number format (a time, a percent, text). */
  readonly format: string;
  readonly place: SettingPlace;
}

/** One round trip. The value cell gets its format before its value, so "09:00" lands as a time and text as text. */
export async function writeSetting(context: Excel.RequestContext, write: SettingWrite): Promise<void> {
  const { place } = write;
  switch (place.kind) {
    case "row": {
      const cell = context.workbook.worksheets.getItem(place.sheet).getCell(place.row, place.column);
      fillNumberFormat(cell, write.format);
      writeValues(cell, [[write.value]]);
      break;
    }
    case "tableRow":
      queueRowsBelowTable(
        context.workbook.tables.getItem(place.table),
        [[write.name, write.value]],
        [["@", write.format]]
      );
      break;
    case "belowSheet": {
      const cells = context.workbook.worksheets.getItem(place.sheet).getRangeByIndexes(place.row, place.column, 1, 2);
      fillNumberFormat(cells.getCell(0, 1), write.format);
      writeValues(cells, [[write.name, write.value]]);
      break;
    }
    case "emptySheet": {
      // The user's own empty Settings sheet: its header and the setting as plain cells, as they would type them.
      const block = context.workbook.worksheets.getItem(place.sheet).getRangeByIndexes(0, 0, 2, 2);
      fillNumberFormat(block.getCell(1, 1), write.format);
      writeValues(block, [[...place.headers], [write.name, write.value]]);
      break;
    }
    case "newSheet": {
      const sheet = context.workbook.worksheets.add(place.sheetName);
      const block = sheet.getRangeByIndexes(0, 0, 2, 2);
      fillNumberFormat(block.getCell(1, 1), write.format);
      writeValues(block, [[...place.headers], [write.name, write.value]]);
      const table = sheet.tables.add(block, true);
      table.name = place.tableName;
      block.format.autofitColumns();
      break;
    }
  }
  await syncNotingLayout(context);
}
