/**
 * What a store export's text becomes in Excel. Taobao exports write numbers as text with thousands separators,
 * trailing spaces, percents, ¥/￥/元; `-`, `--` and `null` for no data; long ids as `="…"` or `'…` so that Excel
 * keeps them as text; HTML entities in titles; amounts in fen in columns headed `(分)`.
 */
import { dayFraction, existingDateSerial } from "../excelDate";
import type { MaskKind } from "./privacy";
import { maskKind } from "./privacy";

/** Excel's limit for the text in one cell. */
export const MAX_CELL_TEXT = 32_767;

export type ValueType = "blank" | "text" | "number" | "percent" | "date" | "datetime";

export interface Normalized {
  readonly value: string | number | null;
  readonly type: ValueType;
  /** The text was longer than a cell holds and was cut. */
  readonly truncated?: true;
  /** Shaped like a date that does not exist: kept as text, reported as a problem. */
  readonly notDate?: true;
  /** An id in scientific notation: kept as text, reported as a problem. */
  readonly scientificId?: true;
}

export interface ColumnRule {
  /** Amounts in fen (分): divided by 100 to give yuan. */
  readonly fen: boolean;
  /** Ids and numbers that name things (商品ID, 订单编号, 账号): never amounts, so scientific notation means lost digits. */
  readonly id: boolean;
  /** Personal data, masked unless the operator keeps it. */
  readonly mask?: MaskKind | null;
}

export function columnRule(header: string): ColumnRule {
  return {
    fen: /[（(]\s*分\s*[）)]/.test(header),
    id: /(id|编号|单号|账号|编码|流水号)$/i.test(header.trim()),
    mask: maskKind(header),
  };
}

/** 1.23E+17: how Excel shows a long id it has already cut to 15 digits. */
const SCIENTIFIC = /^\d(?:\.\d+)?e\+\d+$/i;

// \N is a database's null, as some 万相台 downloads write it.
const BLANKS = new Set(["", "-", "--", "—", "null", "NULL", "Null", "'null", "N/A", "n/a", "\\N"]);
/** The first characters of BLANKS, so that most cells skip the look-up (which hashes the text). */
const MAY_BE_BLANK = new Set([..."-—nN'\\"].map((c) => c.charCodeAt(0)));
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Trims spaces, tabs and the full-width space (U+3000) an export leaves around values. */
export function trimValue(text: string): string {
  // String.prototype.trim removes every Unicode space, U+3000 included; most cells need no trimming at all.
  if (text.length === 0) return text;
  const first = text.charCodeAt(0),
    last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || first === 0x3000 || last === 0x3000 || first === 0xa0 || last === 0xa0
    ? text.trim()
    : text;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const DATE_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function textValue(text: string): Normalized {
  if (text.length > MAX_CELL_TEXT) return { value: text.slice(0, MAX_CELL_TEXT), type: "text", truncated: true };
  return { value: text, type: "text" };
}

/**
 * An unsigned decimal between `from` and `to` (digits, thousands separators in threes, one decimal point with
 * digits on both sides) as Number reads it; -1 for anything else. Most cells of an export are such numbers, so
 * they are read here in one pass, without a regular expression or a copy without commas. Up to 15 digits the
 * digits make a whole number and the decimal places a power of ten, both exact doubles, so one division rounds
 * to the double nearest the decimal, which is what Number gives; longer ones are left to Number.
 */
function unsignedDecimal(text: string, from: number, to: number): number {
  let whole = 0,
    digits = 0,
    point = -1,
    group = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      whole = whole * 10 + (code - 48);
      digits++;
      if (group >= 0 && point < 0) group++;
    } else if (code === 44 /* , */ && point < 0 && digits > 0) {
      // The first group has 1 to 3 digits, every later one 3.
      if (group < 0 ? digits > 3 : group !== 3) return -1;
      group = 0;
    } else if (code === 46 /* . */ && point < 0 && digits > 0 && (group < 0 || group === 3)) point = i;
    else return -1;
  }
  if (digits === 0 || point === to - 1 || (group >= 0 && point < 0 && group !== 3)) return -1;
  if (digits > 15) return Number(group < 0 ? text.slice(from, to) : text.slice(from, to).replace(/,/g, ""));
  return point < 0 ? whole : whole / 10 ** (to - point - 1);
}

function number(text: string): number | null {
  const plain = unsignedDecimal(text, 0, text.length);
  if (plain >= 0) return plain;
  if (!NUMBER.test(text)) return null;
  const n = Number(text.includes(",") ? text.replace(/,/g, "") : text);
  return Number.isFinite(n) ? n : null;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Only text starting like a number, an amount or a date can be one; anything else is text at once. */
function mayBeNumeric(code: number): boolean {
  return (
    isDigit(code) ||
    code === 43 /* + */ ||
    code === 45 /* - */ ||
    code === 46 /* . */ ||
    code === 0xa5 /* ¥ */ ||
    code === 0xffe5
  ); /* ￥ */
}

/**
 * @example normalizeValue("1,204 ", { fen: false }) → { value: 1204, type: "number" }
 * @example normalizeValue('="154839030206893571"', …) → { value: "154839030206893571", type: "text" }
 */
export function normalizeValue(raw: string, rule: ColumnRule): Normalized {
  let text = trimValue(raw);
  let first = text.charCodeAt(0);
  // Most cells are plain numbers (1204, 3,456.70): read at once, before the checks no such text can meet.
  if (isDigit(first)) {
    const n = unsignedDecimal(text, 0, text.length);
    if (n >= 0) return numberValue(text, n, rule);
  }
  if (text.length === 0 || (text.length <= 5 && MAY_BE_BLANK.has(first) && BLANKS.has(text))) return BLANK;
  if (text.includes("&")) {
    text = decodeEntities(text);
    first = text.charCodeAt(0);
  }
  // ="…" and a leading apostrophe are how exports tell Excel "this is text".
  if (
    first === 61 /* = */ &&
    text.length >= 3 &&
    text.charCodeAt(1) === 34 &&
    text.charCodeAt(text.length - 1) === 34
  ) {
    return textValue(text.slice(2, -1));
  }
  if (first === 39 /* ' */) return text === "'null" ? BLANK : textValue(text.slice(1));
  if (!mayBeNumeric(first)) return textValue(text);

  if (text.charCodeAt(text.length - 1) === 37 /* % */) {
    const n = number(text.slice(0, -1).trim());
    if (n !== null) return { value: n / 100, type: "percent" };
  }
  if (rule.id && SCIENTIFIC.test(text)) return { ...textValue(text), scientificId: true };
  const amount =
    first === 0xa5 || first === 0xffe5 ? text.slice(1).trim() : text.endsWith("元") ? text.slice(0, -1).trim() : text;
  const n = number(amount);
  if (n !== null) return numberValue(amount, n, rule);
  if (text.length >= 8 && isDigit(first)) return dateValue(text);
  return textValue(text);
}

/** A number read from `amount`, unless it is an id or code, which stays text. */
function numberValue(amount: string, n: number, rule: ColumnRule): Normalized {
  // Ids and codes: in an id column, or with more digits than Excel keeps (15), or leading zeros, they stay text
  // (a 12-digit 商品ID as a number shows as 6E+11 and invites arithmetic on it).
  if ((rule.id || amount.length > 15 || (amount.length > 1 && amount.charCodeAt(0) === 48)) && /^\d+$/.test(amount))
    return textValue(amount);
  return { value: rule.fen ? n / 100 : n, type: "number" };
}

/** Exports repeat the same few dates on every row: each spelling is read once. */
const dates = new Map<string, Normalized>();

function dateValue(text: string): Normalized {
  // Times to the second are a new spelling on almost every row (an order's payment time): read without the map.
  const timed = text.length === 19 ? secondsTime(text) : null;
  if (timed) return timed;
  let known = dates.get(text);
  if (known === undefined) {
    known = readDate(text);
    if (dates.size > 50_000) dates.clear();
    dates.set(text, known);
  }
  return known;
}

/** Two digits at `at` as a number; -1 for anything else. */
function twoDigits(text: string, at: number): number {
  const [a, b] = [text.charCodeAt(at) - 48, text.charCodeAt(at + 1) - 48];
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * `2026-11-05 14:03:27`, the shape order and refund times take: its day read once per spelling, its time from the
 * digits. Null for any other shape, or one that is not a real day and time, which `readDate` then reads (and flags)
 * as it reads every other spelling.
 */
function secondsTime(text: string): Normalized | null {
  const at = text.charCodeAt(10);
  if ((at !== 32 && at !== 84) || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
  const [hours, minutes, seconds] = [twoDigits(text, 11), twoDigits(text, 14), twoDigits(text, 17)];
  if (hours < 0 || minutes < 0 || seconds < 0) return null;
  const day = dateValue(text.slice(0, 10));
  const time = dayFraction(hours, minutes, seconds);
  return day.type !== "date" || time === null ? null : { value: (day.value as number) + time, type: "datetime" };
}

/**
 * A date or date-time as Excel serials. Shaped like a date but not one (2026-02-31, 2026-13-01, a time of
 * 25:61): kept as the text it is, and flagged so the import reports it at its cell.
 */
function readDate(text: string): Normalized {
  const date = DATE_TIME.exec(text);
  if (!date) return textValue(text);
  const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const serial = y >= 1900 && y <= 9999 ? existingDateSerial(y, m, d) : null;
  const time = date[4] === undefined ? 0 : dayFraction(Number(date[4]), Number(date[5]), Number(date[6] ?? 0));
  if (serial === null || time === null) return { ...textValue(text), notDate: true };
  return date[4] === undefined ? { value: serial, type: "date" } : { value: serial + time, type: "datetime" };
}

const BLANK: Normalized = { value: null, type: "blank" };

/**
 * Text Excel would not keep as typed: a formula start (=, +, -, @), a leading tab or CR, surrounding spaces, or
 * anything Excel would turn into a number, date, time, percent, boolean or error. Written with a leading
 * apostrophe, Excel stores it as the text it is and never as a formula.
 */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@'\t\r\n\s]/.test(text) || /\s$/.test(text)) return true;
  if (/^(true|false)$/i.test(text) || /^#[A-Z0-9/!?_]+[!?]?$/i.test(text)) return true;
  return /\d/.test(text) && /^[\d\s.,:/%$¥￥€()eE+-]+$/.test(text);
}
