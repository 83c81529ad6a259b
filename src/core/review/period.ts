/**
 * The stretch a review looks back on: an ISO week (Monday–Sunday, as Chinese shops plan and as 周报 are kept) or a
 * calendar month (月报), and the stretch before it that the figures are compared with. Days are Excel serials.
 */
import { fromDateSerial, toDateSerial } from "../excelDate";
import type { CalendarDay } from "../excelDate";

export type PeriodKind = "week" | "month";

export interface ReviewPeriod {
  readonly kind: PeriodKind;
  /** `2026-W48` for a week (its ISO year and number), `2026-11` for a month. */
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** The stretch compared with: the week before, or the month before (which may be longer or shorter). */
  readonly beforeFrom: number;
  readonly beforeTo: number;
}

/** 1 for Monday … 7 for Sunday, as the schedule counts weekdays. Serial 2 (1900-01-01) was a Monday. */
export const weekdayOfSerial = (serial: number): number => ((((serial + 5) % 7) + 7) % 7) + 1;

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO week a Monday starts: its year is the year its Thursday falls in. */
export function weekOf(monday: number): ReviewPeriod {
  const thursday = fromDateSerial(monday + 3);
  const first = toDateSerial({ year: thursday.year, month: 1, day: 1 });
  const number = Math.floor((monday + 3 - first) / 7) + 1;
  return {
    kind: "week",
    id: `${thursday.year}-W${pad(number)}`,
    from: monday,
    to: monday + 6,
    beforeFrom: monday - 7,
    beforeTo: monday - 1,
  };
}

/** The month a day falls in, against the month before. */
export function monthOf(day: CalendarDay): ReviewPeriod {
  const from = toDateSerial({ year: day.year, month: day.month, day: 1 });
  const next =
    day.month === 12 ? { year: day.year + 1, month: 1, day: 1 } : { year: day.year, month: day.month + 1, day: 1 };
  const before =
    day.month === 1 ? { year: day.year - 1, month: 12, day: 1 } : { year: day.year, month: day.month - 1, day: 1 };
  return {
    kind: "month",
    id: `${day.year}-${pad(day.month)}`,
    from,
    to: toDateSerial(next) - 1,
    beforeFrom: toDateSerial(before),
    beforeTo: from - 1,
  };
}

/** The Monday of the week a day falls in. */
export const mondayOf = (serial: number): number => serial - weekdayOfSerial(serial) + 1;

/** The last full week before a day: the week a Monday review looks back on. */
export const lastFullWeek = (today: number): ReviewPeriod => weekOf(mondayOf(today) - 7);

/** The last full month before a day. */
export function lastFullMonth(today: number): ReviewPeriod {
  const first = fromDateSerial(today);
  return monthOf(fromDateSerial(toDateSerial({ ...first, day: 1 }) - 1));
}

/**
 * The periods the pane offers, newest first: the last `weeks` full weeks, then the last `months` full months. The
 * week in progress is not offered; a period is read back from its id.
 */
export function recentPeriods(today: number, weeks = 8, months = 3): ReviewPeriod[] {
  const last = lastFullWeek(today).from;
  const list = Array.from({ length: weeks }, (_, i) => weekOf(last - 7 * i));
  let month = lastFullMonth(today);
  for (let i = 0; i < months; i++) {
    list.push(month);
    month = monthOf(fromDateSerial(month.beforeFrom));
  }
  return list;
}

/** A period from its id (`2026-W48`, `2026-11`), or null when the id names none. */
export function periodFromId(id: string): ReviewPeriod | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(id.trim());
  if (week) {
    const [year, number] = [Number(week[1]), Number(week[2])];
    // ISO week 1 holds 4 January; its Monday, then the week asked for.
    const jan4 = toDateSerial({ year, month: 1, day: 4 });
    const period = weekOf(mondayOf(jan4) + 7 * (number - 1));
    return number >= 1 && period.id === id.trim() ? period : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(id.trim());
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return monthOf({ year: Number(month[1]), month: Number(month[2]), day: 1 });
  return null;
}
