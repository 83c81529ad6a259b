/**
 * 万相台 attributes an ad's sales to the click over a window of 1, 7 or 15 days, so a day's ad sales (and its ROI)
 * keep growing until that many days have passed: the last days of a report are provisional. The window is read from
 * the report's own 归因周期 column or its file name ("…15天累计…", "7天归因"); a report that says neither is taken at
 * 万相台's longest, 15 days, the reading that judges fewest days too early.
 */
import { indexOfName } from "../names";
import type { Problem } from "../problems";

export const DEFAULT_ATTRIBUTION_DAYS = 15;

/** Headers of the column that names the window, as 万相台 and 直通车 reports head it. */
const WINDOW_HEADERS = ["归因周期", "归因窗口", "归因天数", "转化周期", "Attribution window", "Attribution"];

/** Days in "15天", "7 天", "15-day", "15", or null. */
function daysIn(text: string): number | null {
  const m = /(\d{1,2})\s*(?:天|日|-?\s*days?)?/i.exec(text);
  const days = m ? Number(m[1]) : NaN;
  return Number.isInteger(days) && days >= 1 && days <= 90 ? days : null;
}

/**
 * The report's attribution window in days, from the first row's 归因周期 cell, else the file's name, else the default.
 * @example attributionDays(["日期", "花费"], [46349, 10], "万相台_15天累计数据.csv") === 15
 */
export function attributionDays(
  headers: readonly string[],
  firstRow: readonly unknown[] | null,
  fileName: string
): number {
  const column = indexOfName(headers, WINDOW_HEADERS);
  const cell = column < 0 ? null : (firstRow?.[column] ?? null);
  const fromCell = cell === null ? null : daysIn(String(cell));
  if (fromCell !== null) return fromCell;
  const named = /(\d{1,2})\s*天\s*(?:归因|累计|转化)|(\d{1,2})[-\s]?days?[-_\s]?attribution/i.exec(fileName);
  return named ? Number(named[1] ?? named[2]) : DEFAULT_ATTRIBUTION_DAYS;
}

/**
 * The first day whose ad sales are still provisional, as a date serial: a day is closed once its whole window has
 * passed by the report's latest day.
 * @example provisionalFrom(46360, 15) === 46346
 */
export function provisionalFrom(latestDay: number, days: number): number {
  return latestDay - days + 1;
}

/**
 * Why a report may not join the rows already in its table, or null when it may: the table's rows were counted over
 * another attribution period. Rows keep no period of their own, so once mixed, no analysis could tell which days'
 * sales are final; the operator replaces the table with the new period or exports again with the old one.
 * @example attributionProblem("关键词报表_15天归因.csv", 7, 15)?.code === "attributionDiffers"
 */
export function attributionProblem(
  fileName: string,
  tableDays: number | null,
  fileDays: number | null
): Problem | null {
  if (tableDays === null || fileDays === null || tableDays === fileDays) return null;
  return {
    code: "attributionDiffers",
    sheet: fileName,
    address: "",
    value: String(fileDays),
    field: "",
    facts: { table: tableDays, file: fileDays },
  };
}
