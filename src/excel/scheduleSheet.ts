/** Reads a schedule sheet back: its cells and the carry record it keeps (core/scheduleSheet.ts plans both). */
import type { CellValue } from "../core/cellValues";
import { CARRY_PROPERTY } from "../core/scheduleSheet";

/** Queues the read of a schedule sheet's cells and carry record. */
export function queueScheduleRead(
  context: Excel.RequestContext,
  name: string
): () => { name: string; values: CellValue[][] | null; carryRecord: string | null } {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true).load("values");
  const record = sheet.customProperties.getItemOrNullObject(CARRY_PROPERTY).load("value");
  return () => ({
    name,
    values: used.isNullObject ? null : (used.values as CellValue[][]),
    carryRecord: record.isNullObject ? null : record.value,
  });
}
