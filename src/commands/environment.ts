import type { CalendarDay, ClockTime } from "../core/excelDate";
import type { Language } from "../core/language";
import type { ExcelHost } from "../excel/host";

/** What every command needs from the shell around it: where Excel is, the UI language, and today. */
export interface CommandEnvironment {
  readonly host: ExcelHost;
  language(): Language;
  today(): CalendarDay;
  /** What the host can do beyond the add-in's minimum requirement set. */
  readonly capabilities?: { readonly checkboxes: boolean };
}

/** The user's calendar day, in their own time zone: a deadline "today" means their today. */
export function localToday(now: Date): CalendarDay {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The user's wall-clock time. */
export function localTime(now: Date): ClockTime {
  return { ...localToday(now), hour: now.getHours(), minute: now.getMinutes(), second: now.getSeconds() };
}
