/**
 * How Excel shows a stored value under a number format: enough of Excel's format language for the formats the
 * add-in writes (General, 0, 0.0…, #,##0, percents, dates, times, text). Used for Range.text and the preview grid.
 */
import { fromDateSerial } from "../core/excelDate";
import type { StoredValue } from "./typedInput";

const pad = (n: number) => String(n).padStart(2, "0");

function general(n: number): string {
  if (Number.isInteger(n)) return Math.abs(n) < 1e11 ? String(n) : n.toExponential(5).replace("e+", "E+");
  return String(Number(n.toPrecision(10)));
}

function decimals(section: string): number {
  const m = /\.(0+)/.exec(section);
  return m ? (m[1] as string).length : 0;
}

/**
 * The section of a format a number takes, and the number it shows there: Excel's sections are positive; negative;
 * zero (Microsoft's "Review guidelines for customizing a number format"). A number in the negative section is shown
 * without its sign, since the section writes its own; a section's leading + or - is written as it stands.
 */
function section(value: number, numberFormat: string): { format: string; value: number; sign: string } {
  const sections = numberFormat.split(";");
  const pick = value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  const format = (sections[pick] ?? "General").replace(/\[[^\]]*\]/g, "");
  const sign = /^[+-]/.exec(format)?.[0] ?? "";
  return { format: format.slice(sign.length), value: pick === 1 ? Math.abs(value) : value, sign };
}

export function displayText(stored: StoredValue | undefined, numberFormat: string): string {
  if (stored === undefined) return "";
  if (typeof stored === "boolean") return stored ? "TRUE" : "FALSE";
  if (typeof stored === "string") return stored;
  const { format, value, sign } = section(stored, numberFormat);
  return `${sign}${shown(value, format)}`;
}

function shown(value: number, format: string): string {
  if (format === "General" || format === "@" || format === "") return general(value);
  if (format.includes("%")) return `${(value * 100).toFixed(decimals(format))}%`;
  if (/[yd]/i.test(format) || /m{3,}/.test(format)) {
    const day = fromDateSerial(value);
    const text = /y/i.test(format) ? `${day.year}-${pad(day.month)}-${pad(day.day)}` : `${day.month}/${day.day}`;
    return /h/i.test(format) ? `${text} ${clock(value)}` : text;
  }
  if (/h/i.test(format)) return clock(value);
  const fixed = value.toFixed(decimals(format));
  if (!format.includes(",")) return fixed;
  const [whole, fraction] = fixed.split(".") as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function clock(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 1440) % 1440;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
