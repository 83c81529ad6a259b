/** What a table's header row holds, as Excel keeps it. */
import type { CellArea } from "../core/cellAddress";
import { displayText } from "./display";
import type { SheetModel } from "./model";

/**
 * A table's header cells kept as Excel keeps them: text (a number or date becomes the text it shows), a blank one
 * named Column1, Column2 … by its place, and a name already in the table given the next free number ("Name2"),
 * the cells `from`–`to` being the ones just written, so the others keep their names. A table's column names are
 * unique ("Column names must be unique", Excel.TableColumn; the header row's cells are the columns' names,
 * Excel.Table.getHeaderRowRange).
 */
export function settleHeaders(sheet: SheetModel, block: CellArea, from: number, to: number): void {
  const seen = new Set<string>();
  for (let c = block.firstColumn; c <= block.lastColumn; c++) {
    const kept = sheet.value(block.firstRow, c);
    if ((c < from || c > to) && kept !== undefined && kept !== "") seen.add(String(kept).toLowerCase());
  }
  for (let c = Math.max(from, block.firstColumn); c <= Math.min(to, block.lastColumn); c++) {
    const raw = sheet.value(block.firstRow, c);
    let header =
      raw === undefined || raw === ""
        ? `Column${c - block.firstColumn + 1}`
        : displayText(raw, sheet.numberFormat(block.firstRow, c));
    const base = header;
    for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${base}${n}`;
    seen.add(header.toLowerCase());
    sheet.setValue(block.firstRow, c, header);
    sheet.setFormula(block.firstRow, c, undefined);
  }
}
