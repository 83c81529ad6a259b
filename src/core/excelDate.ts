/**
 * Excel stores dates as serial day numbers and times as fractions of a day. Serial 1 is 1900-01-01 in Excel's
 * 1900 date system, which counts a 29 February 1900 that never was; from 1900-03-01 on, serial = days since
 * 1899-12-30. The add-in only deals with dates after that, as every store export does.
 */

/** A calendar day with no time zone: what an operator means by "today" or "the deadline". */
export interface CalendarDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** The last day Excel can show: 9999-12-31 is serial 2,958,465. */
export const MAX_DATE_SERIAL = 2_958_465;

/** @example toDateSerial({ year: 2026, month: 11, day: 24 }) === 46350 */
export function toDateSerial(day: CalendarDay): number {
  return Math.round((Date.UTC(day.year, day.month - 1, day.day) - EPOCH_1899_12_30) / MS_PER_DAY);
}

/**
 * The serial of a calendar date that exists, or null: 2026-02-31 and 2026-13-01 are not dates, never another
 * day. Typed input and imported files both go through here, so the two can never disagree.
 * @example existingDateSerial(2026, 2, 31) === null ; existingDateSerial(2026, 11, 24) === 46350
 */
export function existingDateSerial(year: number, month: number, day: number): number | null {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  )
    return null;
  const serial = toDateSerial({ year, month, day });
  const back = fromDateSerial(serial);
  return back.year === year && back.month === month && back.day === day ? serial : null;
}

/**
 * A time of day as a fraction of a day, or null when it is not one (25:61, 9:60).
 * @example dayFraction(9, 30) === 0.3958333333333333
 */
export function dayFraction(hours: number, minutes: number, seconds = 0): number | null {
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86400;
}

/** @example fromDateSerial(46350) → { year: 2026, month: 11, day: 24 } */
export function fromDateSerial(serial: number): CalendarDay {
  const d = new Date(EPOCH_1899_12_30 + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The day `days` after (or before, when negative) the given one. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromDateSerial(toDateSerial(day) + days);
}

/** @example timeFraction(9, 30) === 0.395833… (09:30) */
export function timeFraction(hours: number, minutes: number): number {
  return (hours * 60 + minutes) / 1440;
}

/** A time of day from its minutes after midnight. @example clockText(570) === "09:30" */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** @example isoDay({ year: 2026, month: 11, day: 24 }) === "2026-11-24" */
export function isoDay(day: CalendarDay): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** Parses `2026-11-24` into a calendar day; null when it is not a real date. */
export function parseIsoDay(text: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromDateSerial(toDateSerial(day));
  return back.year === day.year && back.month === day.month && back.day === day.day ? day : null;
}

/** A moment on the user's clock, with no time zone: what the Import Log records. */
export interface ClockTime extends CalendarDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** @example toDateTimeSerial({ year: 2026, month: 11, day: 24, hour: 12, minute: 0, second: 0 }) === 46350.5 */
export function toDateTimeSerial(time: ClockTime): number {
  return toDateSerial(time) + (time.hour * 3600 + time.minute * 60 + time.second) / 86400;
}
