/**
 * What a store export's text becomes in Excel. Taobao exports write numbers as text with thousands separators,
 * trailing spaces, percents, ¥/￥/元; `-`, `--` and `null` for no data; long ids as `="…"` or `'…` so that Excel
 * keeps them as text; HTML entities in titles; amounts in fen in columns headed `(分)`.
 */
import { toDateSerial } from "../excelDate";

/** Excel's limit for the text in one cell. */
export const MAX_CELL_TEXT = 32_767;

export type ValueType = "blank" | "text" | "number" | "percent" | "date" | "datetime";

export interface Normalized {
  readonly value: string | number | null;
  readonly type: ValueType;
  /** The text was longer than a cell holds and was cut. */
  readonly truncated?: true;
}

export interface ColumnRule {
  /** Amounts in fen (分): divided by 100 to give yuan. */
  readonly fen: boolean;
}

export function columnRule(header: string): ColumnRule {
  return { fen: /[（(]\s*分\s*[）)]/.test(header) };
}

const BLANKS = new Set(["", "-", "--", "—", "null", "NULL", "Null", "'null", "N/A", "n/a"]);
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
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const DATE_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function textValue(text: string): Normalized {
  if (text.length > MAX_CELL_TEXT) return { value: text.slice(0, MAX_CELL_TEXT), type: "text", truncated: true };
  return { value: text, type: "text" };
}

function number(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/**
 * @example normalizeValue("1,204 ", { fen: false }) → { value: 1204, type: "number" }
 * @example normalizeValue('="154839030206893571"', …) → { value: "154839030206893571", type: "text" }
 */
export function normalizeValue(raw: string, rule: ColumnRule): Normalized {
  const text = decodeEntities(trimValue(raw));
  if (BLANKS.has(text)) return { value: null, type: "blank" };
  // ="…" and a leading apostrophe are how exports tell Excel "this is text".
  const formulaText = /^="(.*)"$/s.exec(text);
  if (formulaText) return textValue(formulaText[1] as string);
  if (text.startsWith("'")) return textValue(text.slice(1));

  if (text.endsWith("%")) {
    const n = number(text.slice(0, -1).trim());
    if (n !== null) return { value: n / 100, type: "percent" };
  }
  const amount = text.replace(/^[¥￥]\s*|\s*元$/g, "");
  const digits = amount.replace(/^[+-]/, "").replace(/[,.]/g, "");
  const n = number(amount);
  if (n !== null) {
    // Ids and codes: more digits than Excel keeps (15), or leading zeros, stay text.
    const integerText = /^\d+$/.test(amount);
    if (integerText && (digits.length > 15 || (amount.length > 1 && amount.startsWith("0")))) return textValue(amount);
    return { value: rule.fen ? n / 100 : n, type: "number" };
  }
  const date = DATE_TIME.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 9999) {
      const serial = toDateSerial({ year: y, month: m, day: d });
      if (date[4] === undefined) return { value: serial, type: "date" };
      const [h, min, s] = [Number(date[4]), Number(date[5]), Number(date[6] ?? 0)];
      if (h < 24 && min < 60 && s < 60) return { value: serial + (h * 3600 + min * 60 + s) / 86400, type: "datetime" };
    }
  }
  return textValue(text);
}

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
