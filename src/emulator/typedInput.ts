/**
 * What Excel stores when a value is written through `Range.values` or `Range.formulas`: the same as if the
 * user typed it. Strings are not stored verbatim: "123" becomes a number, "60%" a number with a percent
 * format, "2026-11-24" a date serial, "=A1" a formula, and numbers keep only 15 significant digits. A leading
 * apostrophe or a text number format (`@`) keeps the string as text.
 * Docs: office-js-docs-reference Excel.Range.values ("If the returned value starts with a plus ('+'), minus
 * ('-'), or equal sign ('='), Excel interprets this value as a formula."); Excel's 15-digit precision
 * (support.microsoft.com, "Excel specifications and limits").
 */
import { existingDateSerial, timeFraction } from "../core/excelDate";

export type StoredValue = string | number | boolean;

export interface Entered {
  /** undefined: the cell is emptied. */
  readonly value?: StoredValue;
  readonly formula?: string;
  /** A number format Excel applies by itself when the input implies one (percent, date, time). */
  readonly impliedFormat?: string;
}

const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
/** An en-US Excel reads 1/1/2017 as month/day/year (typed values follow the en-US locale, as the API's values do). */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const CURRENCY = /^(-?)\$\s?([\d,]*\.?\d+)$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Excel keeps 15 significant digits: 154839030206893571 is stored as 154839030206894000. */
export function toExcelPrecision(n: number): number {
  // Integers below 10^15 have at most 15 digits already: the common case, without formatting the number.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n;
  // The shortest form of a fraction such as 0.0435 has at most 15 digits when it is at most 16 characters with its point.
  const shortest = String(n);
  if (shortest.length <= 16 && shortest.includes(".") && !shortest.includes("e")) return n;
  return Number(n.toPrecision(15));
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? toExcelPrecision(n) : null;
}

/** "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula" (Range.values); `@` is Excel's implicit-intersection operator and leads a formula the same way. */
export function excelTakesAsFormula(text: string): boolean {
  return /^[=+\-@]/.test(text) && /[^=+\-@\s]/.test(text);
}

function asFormula(text: string): string {
  return text.startsWith("=") ? text : `=${text}`;
}

/**
 * @param input one element of the array written; null (leave the cell alone) is handled by the caller
 * @param textFormat the cell's number format is `@`, so everything typed stays text
 */
export function enterValue(input: StoredValue, textFormat: boolean, signInTextIsFormula = false): Entered {
  // A Text cell keeps what is put in it as text, numbers and booleans too. Undocumented for the API; the
  // emulator takes the harder behaviour (a Boolean written into a Text cell is no longer a Boolean).
  if (textFormat && typeof input !== "string")
    return { value: typeof input === "boolean" ? (input ? "TRUE" : "FALSE") : String(input) };
  if (typeof input === "number") return { value: toExcelPrecision(input) };
  if (typeof input === "boolean") return { value: input };
  if (input === "") return {};
  // A Text cell and text led by a formula sign: undocumented, so a variant (variants.ts signInTextCell).
  if (textFormat)
    return signInTextIsFormula && excelTakesAsFormula(input) && parseNumber(input.trim()) === null
      ? { formula: asFormula(input) }
      : { value: input };
  if (input.startsWith("'")) return input.length === 1 ? {} : { value: input.slice(1) };

  const trimmed = input.trim();
  const number = parseNumber(trimmed);
  if (number !== null) return { value: number };
  if (trimmed.endsWith("%")) {
    const percent = parseNumber(trimmed.slice(0, -1).trim());
    if (percent !== null) {
      return { value: toExcelPrecision(percent / 100), impliedFormat: trimmed.includes(".") ? "0.00%" : "0%" };
    }
  }
  const currency = CURRENCY.exec(trimmed);
  if (currency) {
    const amount = parseNumber(currency[2] as string);
    if (amount !== null)
      return {
        value: currency[1] === "-" ? -amount : amount,
        impliedFormat: (currency[2] as string).includes(".") ? "$#,##0.00" : "$#,##0",
      };
  }
  if (excelTakesAsFormula(input)) return { formula: asFormula(input) };
  // A date that does not exist (2026-02-31, 2/30/2026) stays the text it is, never another day.
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const serial = existingDateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) return { value: serial, impliedFormat: "yyyy/m/d" };
  }
  const us = US_DATE.exec(trimmed);
  if (us) {
    const serial = existingDateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
    if (serial !== null) return { value: serial, impliedFormat: "m/d/yyyy" };
  }
  const clock = CLOCK.exec(trimmed);
  if (clock) {
    const [h, min, s] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (h < 24 && min < 60 && s < 60) return { value: timeFraction(h, min) + s / 86400, impliedFormat: "h:mm" };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  return { value: input };
}
