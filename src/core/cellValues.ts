/**
 * Reading what operators type: rates as 0.6, 60%, "60 %" or "６０％"; dates as serials or 2026-11-24,
 * 2026/11/24, 2026年11月24日; times as day fractions or 09:30, 9:30, 9点30. Each parser returns null for
 * anything it cannot read, and the caller reports it.
 */
import { MAX_DATE_SERIAL, dayFraction, existingDateSerial } from "./excelDate";

/** A cell as the Excel API reads it: empty cells are "". */
export type CellValue = string | number | boolean;

/** Full-width digits and signs to their ASCII forms (NFKC), trimmed. */
export function plainText(text: string): string {
  return text.normalize("NFKC").trim();
}

export const EXCEL_ERRORS = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#BUSY!",
  "#CONNECT!",
];

export function isExcelError(value: CellValue): boolean {
  return typeof value === "string" && EXCEL_ERRORS.includes(value.trim().toUpperCase());
}

export function isBlank(value: CellValue | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Text Excel would take as a formula when it is written: led by =, + or - ("If the returned value starts with a plus
 * ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula", the values reference of Range) or by @,
 * which leads a formula the same way; a number (-5, +1.5) and a sign alone are not.
 * @example startsLikeFormula("-10% refunds") → true; startsLikeFormula("-5") → false
 */
export function startsLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  // =, +, - and @: the first character alone rules out almost every cell, before any pattern runs.
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64) return false;
  return /[^=+\-@\s]/.test(text) && !NUMBER.test(text.trim());
}

const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number typed or shown as text: `1,234.5`, `１２３`. */
/**
 * A cell read back from the add-in's own sheet: its number where it holds one, null for a blank, a text or an error
 * (the sheet's own cells are numbers; anything else was typed over them).
 */
export const finiteNumber = (cell: unknown): number | null =>
  typeof cell === "number" && Number.isFinite(cell) ? cell : null;

export function parseNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = plainText(value);
  if (!NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

export interface ParsedRate {
  readonly rate: number;
  /** Typed as a bare number (60, "60") rather than a fraction in a percent cell or "60%". */
  readonly bare: boolean;
}

/**
 * A rate as a fraction. A number from a percent-formatted cell is already a fraction (60% is stored as 0.6).
 * @param percentFormatted the cell's number format contains %
 */
export function parseRate(value: CellValue, percentFormatted: boolean): ParsedRate | null {
  if (typeof value === "number") return Number.isFinite(value) ? { rate: value, bare: !percentFormatted } : null;
  if (typeof value !== "string") return null;
  const text = plainText(value);
  if (text.endsWith("%")) {
    const n = parseNumber(text.slice(0, -1).trim());
    return n === null ? null : { rate: n / 100, bare: false };
  }
  const n = parseNumber(text);
  return n === null ? null : { rate: n, bare: true };
}

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A date as an Excel serial (whole days). */
export function parseDate(value: CellValue): number | null {
  if (typeof value === "number") return value >= 1 && value <= MAX_DATE_SERIAL ? Math.floor(value) : null;
  if (typeof value !== "string") return null;
  const m = YMD.exec(plainText(value));
  if (!m) return null;
  const serial = existingDateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  return serial !== null && serial >= 1 && serial <= MAX_DATE_SERIAL ? serial : null;
}

const CLOCK = /^(\d{1,2})\s*(?::|点|时)\s*(?:(\d{1,2})\s*分?)?$/;

/** A time of day as a fraction of a day (09:30 → 0.395833…). */
export function parseTime(value: CellValue): number | null {
  if (typeof value === "number") return value >= 0 && value < 1 ? value : null;
  if (typeof value !== "string") return null;
  const text = plainText(value).replace(/半$/, "30");
  const m = CLOCK.exec(text);
  if (!m) return null;
  return dayFraction(Number(m[1]), Number(m[2] ?? 0));
}

/** Minutes since midnight of a day fraction, rounded to the minute. */
export function minutesOfDay(fraction: number): number {
  return Math.round(fraction * 1440);
}

/** How a cell reads back to the user in a problem: as typed, or empty. */
export function shownValue(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * A number as Excel will keep it: 15 significant digits. Sending more digits is request bytes for nothing
 * (a score like 0.12000000000000001 becomes 0.12), and comparing at 15 digits is how a re-import knows a row is unchanged.
 */
export function excelPrecision(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}
