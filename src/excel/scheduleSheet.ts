/** Reads a schedule sheet back: its cells, and the carry record and deadlines it keeps (core/scheduleSheet.ts plans them). */
import type { CellValue } from "../core/cellValues";
import { CARRY_PROPERTY, DEADLINE_PROPERTY } from "../core/scheduleSheet";

export interface ScheduleRead {
  readonly name: string;
  readonly values: CellValue[][] | null;
  readonly carryRecord: string | null;
  readonly deadlines: string | null;
}

/** Queues the read of a schedule sheet's cells, carry record and deadlines. */
export function queueScheduleRead(context: Excel.RequestContext, name: string): () => ScheduleRead {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true).load("values");
  const [record, deadlines] = [CARRY_PROPERTY, DEADLINE_PROPERTY].map((p) =>
    sheet.customProperties.getItemOrNullObject(p).load("value")
  ) as [Excel.CustomProperty, Excel.CustomProperty];
  return () => ({
    name,
    values: used.isNullObject ? null : (used.values as CellValue[][]),
    carryRecord: record.isNullObject ? null : record.value,
    deadlines: deadlines.isNullObject ? null : deadlines.value,
  });
}

/** Reads one schedule sheet: for the day's report, when the schedule was renamed and not read with the rest. */
export async function readSchedule(context: Excel.RequestContext, name: string): Promise<ScheduleRead> {
  const read = queueScheduleRead(context, name);
  await context.sync();
  return read();
}
