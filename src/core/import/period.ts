/**
 * The day an export's rows belong to. Sycm's exports often carry no date column: the day is only in the
 * preamble (`统计日期：2026-11-20 ~ 2026-11-20`) or in the file name (`商品_全部_2026-11-20_2026-11-20.xls`).
 * Without it, the next day's export of the same products looks like the same rows and is dropped as duplicates.
 */
import { existingDateSerial, fromDateSerial, isoDay } from "../excelDate";
import { indexOfName, indexOfPreferredName } from "../names";
import { trimValue } from "./normalize";

import { DATE_HEADERS } from "./fields";
export { DATE_HEADERS };

/** The header the importer gives the day when an export has no date column. */
export const ADDED_DATE_HEADER = "统计日期";

export interface Period {
  /** Excel date serials, inclusive. */
  readonly start: number;
  readonly end: number;
  /** Where it was read: the preamble, the file name, or the rows' own dates. */
  readonly from: "preamble" | "fileName" | "rows";
}

const DAY = String.raw`(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?`;
const PREAMBLE = new RegExp(
  String.raw`(?:统计日期|统计时间|日期范围|时间范围)\s*[：:]?\s*\[?\s*${DAY}(?:\s*(?:~|～|至|到|—|–|-)\s*\[?\s*${DAY})?`
);
const IN_NAME = /(\d{4})-?(\d{2})-?(\d{2})(?:\D{1,3}(\d{4})-?(\d{2})-?(\d{2}))?/;

function period(m: RegExpExecArray | null, from: Period["from"]): Period | null {
  if (!m) return null;
  const start = existingDateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  const end = m[4] === undefined ? start : existingDateSerial(Number(m[4]), Number(m[5]), Number(m[6]));
  return start === null || end === null || end < start ? null : { start, end, from };
}

/**
 * The period an export covers, from its preamble rows, else its file name; null when neither says.
 * @example exportPeriod([["统计日期：2026-11-20 ~ 2026-11-20"]], "x.xls") → { start: 46346, end: 46346, from: "preamble" }
 */
export function exportPeriod(preamble: readonly (readonly string[])[], fileName: string): Period | null {
  for (const row of preamble) {
    const found = period(PREAMBLE.exec(row.map(trimValue).join(" ")), "preamble");
    if (found) return found;
  }
  return period(IN_NAME.exec(fileName), "fileName");
}

/** The period as operators write it: `2026-11-20`, or `2026-11-01 ~ 2026-11-07`. */
export function periodText(p: Period): string {
  const start = isoDay(fromDateSerial(p.start));
  return p.start === p.end ? start : `${start} ~ ${isoDay(fromDateSerial(p.end))}`;
}

/**
 * Headers of a time each row carries of its own (an order's payment or creation, a refund's, a statement entry's):
 * a file with one has its days in its rows, and the date in its name is the day it was downloaded, not theirs.
 * In order of preference for the span the rows cover: an order is dated by its payment first.
 */
export const ROW_TIME_HEADERS = [
  "订单付款时间",
  "买家付款时间",
  "付款时间",
  "订单创建时间",
  "买家下单时间",
  "下单时间",
  "创建时间",
  "退款完结时间",
  "退款成功时间",
  "退款申请时间",
  "退款的申请时间",
  "发生时间",
  "入账时间",
];

/** Position of the column holding each row's own time, or -1. */
export function rowTimeColumn(headers: readonly string[]): number {
  return indexOfPreferredName(headers, ROW_TIME_HEADERS);
}

/** Position of the export's own date column, or -1. */
export function dateColumn(headers: readonly string[]): number {
  return indexOfName(headers, DATE_HEADERS);
}
