import type { Spellings, Language } from "../core/language";
import { indexOfName } from "../core/names";
import { writeValues } from "./ranges";
/**
 * New rows for a table, written without TableRowCollection.add. Microsoft's "Coauthoring in Excel add-ins" ("Avoid
 * table row coauthoring conflicts") says rows.add causes merge conflicts when others edit the workbook, and to set
 * Range.values directly below the table instead, which expands it. Its caveats, and how they are met here:
 * - data under the table would be written over: the rows are first inserted below it (Range.insert, shift down),
 *   which moves whatever is there out of the way;
 * - validation below the table would apply to the rows: inserted cells bring none of their own;
 * - an empty row does not expand the table: every row the add-in appends has a date or a name.
 * The place is the table's as it stands when the batch runs (getRange, then getRowsBelow), never an address worked
 * out from an earlier read, so a row another session appended in between is kept, and these go under it.
 */

/**
 * Queues the rows (each as wide as the table will be when the batch reaches them) below the table, with their
 * number formats first when given, so text stays text and a rate lands as a number.
 */
export function queueRowsBelowTable(
  table: Excel.Table,
  rows: readonly (readonly (string | number | boolean)[])[],
  formats?: readonly (readonly string[])[]
): void {
  if (rows.length === 0) return;
  table.getRange().getRowsBelow(rows.length).insert("Down");
  const target = table.getRange().getRowsBelow(rows.length);
  if (formats) target.numberFormat = formats.map((f) => [...f]);
  writeValues(
    target,
    rows.map((r) => [...r])
  );
}

/**
 * Where each of the add-in's columns stands in one of its log tables, found by name in any language: a column the
 * table lacks (a log made by an earlier version) is queued at its right, named in the workbook's language, and its
 * name joins `headers`. Columns the operator added keep their places.
 */
export function logColumns<K extends string>(
  table: Excel.Table,
  headers: string[],
  columns: Readonly<Record<K, Spellings>>,
  language: Language
): Map<K, number> {
  return new Map(
    (Object.keys(columns) as K[]).map((key) => {
      let position = indexOfName(headers, columns[key]);
      if (position < 0) {
        table.columns.add(undefined, undefined, columns[key][language]);
        position = headers.push(columns[key][language]) - 1;
      }
      return [key, position] as const;
    })
  );
}
