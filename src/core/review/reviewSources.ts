/**
 * The review's sources beyond Store Metrics and Goals, read from their cells: the Sycm traffic table's source,
 * day and visitors columns, and the Operation Log's days. Columns are found by name, as the import and the log
 * write them, so a table whose columns the operator moved is still read.
 */
import type { CellValue } from "../cellValues";
import { OPERATION_LOG } from "../contract";
import { DATE_HEADERS, KIND_FIELDS } from "../import/fields";
import { indexOfName, indexOfPreferredName } from "../names";
import type { TrafficFact } from "./weeklyReview";

const TRAFFIC = KIND_FIELDS.sycmTraffic;

/** The traffic table's source, detail, visitors and day columns (−1 where absent), or null without source and visitors. */
export function trafficColumns(headers: readonly string[]): number[] | null {
  const at = [
    indexOfPreferredName(headers, TRAFFIC.source ?? []),
    indexOfPreferredName(headers, TRAFFIC.detail ?? []),
    indexOfPreferredName(headers, TRAFFIC.visitors ?? []),
    indexOfPreferredName(headers, DATE_HEADERS),
  ];
  return (at[0] as number) >= 0 && (at[2] as number) >= 0 ? at : null;
}

/**
 * Sources from the columns trafficColumns named, in that order (absent ones as empty arrays): a source with its
 * detail is its own row ("手淘搜索 · 关键词"), so a download that lists both a source and its details is not
 * summed twice into one.
 */
export function trafficFacts([sources, details, visitors, days]: readonly (readonly CellValue[])[]): TrafficFact[] {
  return (sources ?? []).flatMap((s, i) => {
    const v = visitors?.[i],
      day = days?.[i],
      detail = String(details?.[i] ?? "").trim();
    if (s === "" || s === null || typeof v !== "number" || !Number.isFinite(v)) return [];
    return [
      {
        source: detail === "" ? String(s) : `${String(s)} · ${detail}`,
        day: typeof day === "number" ? Math.floor(day) : null,
        visitors: v,
      },
    ];
  });
}

/** The Operation Log's rows as days: date, planned and done slots. Rows without a date are passed over. */
export function operationLogDays(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[]
): { date: number; planned: number; done: number }[] {
  const c = OPERATION_LOG.columns;
  const [date, planned, done] = [
    indexOfName(headers, c.date),
    indexOfName(headers, c.plannedSlots),
    indexOfName(headers, c.doneSlots),
  ];
  if (date < 0) return [];
  const n = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  return rows.flatMap((r) =>
    typeof r[date] === "number"
      ? [{ date: Math.floor(r[date] as number), planned: n(r[planned]), done: n(r[done]) }]
      : []
  );
}
