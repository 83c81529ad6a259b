/**
 * The text of an .xlsx part's XML as a cell shows it: entities, character references and OOXML's `_xHHHH_` escapes
 * undone, rich runs joined. Shared by the parts read as text (shared strings, styles) and the sheet's bytes.
 */

/** Why the fast reader stepped aside; never shown, since SheetJS then reads the file. */
export class NotPlain extends Error {}

const ESCAPE = /_x([\da-fA-F]{4})_/g;

/** The character an entity between `&` and `;` stands for, or undefined for what is not one. */
function entity(text: string, from: number, to: number): string | undefined {
  const first = text.charCodeAt(from);
  if (first === 0x23) {
    const hex = text.charCodeAt(from + 1) === 0x78;
    const code = parseInt(text.slice(from + (hex ? 2 : 1), to), hex ? 16 : 10);
    return Number.isNaN(code) || code > 0x10ffff ? undefined : String.fromCodePoint(code);
  }
  switch (text.slice(from, to)) {
    case "quot":
      return '"';
    case "amp":
      return "&";
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "apos":
      return "'";
    default:
      return undefined;
  }
}

/**
 * XML's entities and character references, and OOXML's `_xHHHH_` escapes (§22.4.2.4). By hand rather than with a
 * regular expression: an export may quote every id (`=&quot;6000&quot;`), and this runs once per cell.
 */
export function unescapeXml(text: string): string {
  let amp = text.indexOf("&");
  let out = amp < 0 ? text : "";
  if (amp >= 0) {
    let last = 0;
    while (amp >= 0) {
      const semi = text.indexOf(";", amp);
      if (semi < 0) break;
      const character = entity(text, amp + 1, semi);
      if (character !== undefined) {
        out += text.slice(last, amp) + character;
        last = semi + 1;
      }
      amp = text.indexOf("&", character === undefined ? amp + 1 : semi + 1);
    }
    out += text.slice(last);
  }
  return out.indexOf("_x") < 0
    ? out
    : out.replace(ESCAPE, (_whole, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** Cell text as Excel shows it in the cell: line breaks as "\n" (§18.4.12 keeps "\r\n" from Windows). */
export function stringText(raw: string): string {
  const text = unescapeXml(raw);
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n/g, "\n");
}

/** The concatenated `t` runs of a string item (`si`, `is`), leaving out phonetic guides (`rPh`, §18.4.6). */
export function richText(item: string): string {
  const withoutGuides = item.indexOf("rPh") < 0 ? item : item.replace(/<(\w+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, "");
  let text = "";
  for (const m of withoutGuides.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g)) text += m[1] ?? "";
  return stringText(text);
}

export interface SheetContext {
  readonly strings: readonly string[];
  /** The workbook has a shared strings part: without one, a cell typed "s" points at nothing. */
  readonly hasStrings: boolean;
  readonly dateStyle: readonly boolean[];
  readonly date1904: boolean;
}
