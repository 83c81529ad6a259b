/**
 * An .xlsx workbook's first sheet with cells (and the numbered sheets continuing it), read straight from its XML. SheetJS builds a whole workbook model
 * with regular expressions over every cell and its attributes (about 55,000 rows of eight cells a second here);
 * an import needs only each cell's text, which one pass of `indexOf` over the sheet's XML gives several times
 * faster. SheetJS still opens the zip and owns every format this does not: `.xls`, HTML tables, and any `.xlsx`
 * with something this reader does not know (a cell typed `d`, a cell out of order, CDATA, a missing part), for
 * which it answers `undefined` and the caller lets SheetJS read the workbook. So an unusual file is read more
 * slowly, never differently; tests hold the two readers to the same rows.
 *
 * Cell text follows `rows.ts`: text as written, numbers as their number, numbers in a date style as dates in the
 * 1900 system, booleans as TRUE/FALSE, errors as their code. Element and attribute names are from ECMA-376 Part 1,
 * §18.3.1 (sheet data), §18.4 (shared strings) and §18.8 (styles).
 */
import type * as XLSX from "@e965/xlsx";
import { CorruptWorkbookError, DAYS_1904, continuedRows, serialText } from "./rows";
import { MAX_COLUMNS, MAX_ROWS } from "../core/cellAddress";

/** Why the fast reader stepped aside; never shown, since SheetJS then reads the file. */
class NotPlain extends Error {}

/** ECMA-376 §18.8.30's built-in formats that are dates or times; 27–36 and 50–58 are the East Asian ones (年月日). */
function builtinIsDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58) ||
    (id >= 71 && id <= 81)
  );
}

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
function unescapeXml(text: string): string {
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
function stringText(raw: string): string {
  const text = unescapeXml(raw);
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n/g, "\n");
}

/** The attributes of one start tag, by name (prefix kept), as text still escaped. Only parts' small tags come here. */
function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(m[1] as string, m[2] ?? m[3] ?? "");
  return found;
}

/** Every start tag of an element (any prefix) in a part, as its attributes. */
function elements(xml: string, name: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b([^>]*)>`, "g"))].map((m) => attributesOf(m[1] as string));
}

/** The concatenated `t` runs of a string item (`si`, `is`), leaving out phonetic guides (`rPh`, §18.4.6). */
function richText(item: string): string {
  const withoutGuides = item.indexOf("rPh") < 0 ? item : item.replace(/<(\w+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, "");
  let text = "";
  for (const m of withoutGuides.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g)) text += m[1] ?? "";
  return stringText(text);
}

interface Zip {
  readonly part: (path: string) => string | undefined;
}

function openZip(xlsx: typeof XLSX, bytes: Uint8Array): Zip {
  // SheetJS's CFB reads zip containers too; its entries are found by their path from the root.
  const container: unknown = xlsx.CFB.read(bytes, { type: "array" });
  const decoder = new TextDecoder();
  return {
    part: (path) => {
      const entry = xlsx.CFB.find(container, `/${path}`) as { content?: Uint8Array } | null;
      return entry?.content ? decoder.decode(entry.content) : undefined;
    },
  };
}

/** A relationship's target as a path in the zip, from the folder of the part that names it (OPC, ECMA-376 Part 2). */
function partPath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const path: string[] = [];
  for (const part of parts) {
    if (part === "..") path.pop();
    else if (part !== "." && part !== "") path.push(part);
  }
  return path.join("/");
}

/** Relationships of a part, by id: their type's last word (`worksheet`, `styles`, …) and the path they point at. */
function relationships(zip: Zip, folder: string, relsPath: string): Map<string, { type: string; path: string }> {
  const rels = new Map<string, { type: string; path: string }>();
  for (const rel of elements(zip.part(relsPath) ?? "", "Relationship")) {
    const id = rel.get("Id"),
      type = rel.get("Type"),
      target = rel.get("Target");
    if (id && type && target && rel.get("TargetMode") !== "External")
      rels.set(id, { type: type.slice(type.lastIndexOf("/") + 1), path: partPath(folder, unescapeXml(target)) });
  }
  return rels;
}

/** For each cell style (the `s` of a cell), whether its number format is a date or time. */
function dateStyles(xlsx: typeof XLSX, styles: string): boolean[] {
  const custom = new Map<number, string>();
  for (const format of elements(styles, "numFmt"))
    custom.set(Number(format.get("numFmtId")), unescapeXml(format.get("formatCode") ?? ""));
  // Built-in ids by the standard's list, not SheetJS's format table: that table is shared by every workbook read
  // in this thread and changes as they load their own formats.
  const isDate = (id: number) => {
    const code = custom.get(id);
    return code !== undefined ? xlsx.SSF.is_date(code) === true : builtinIsDate(id);
  };
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? "";
  return elements(cellXfs, "xf").map((xf) => isDate(Number(xf.get("numFmtId") ?? 0)));
}

function sharedStrings(part: string | undefined): string[] {
  if (!part) return [];
  return [...part.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => richText(m[1] ?? ""));
}

interface SheetContext {
  readonly strings: readonly string[];
  /** The workbook has a shared strings part: without one, a cell typed "s" points at nothing. */
  readonly hasStrings: boolean;
  readonly dateStyle: readonly boolean[];
  readonly date1904: boolean;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
/** What may follow an element's name in a tag: white space, ">" or "/>". */
const isNameEnd = (code: number) => isSpace(code) || code === 0x3e || code === 0x2f;

/** The element names of one worksheet part, with the prefix its `sheetData` uses (`x:` from some exporters). */
interface SheetNames {
  readonly rowOpen: string;
  readonly rowClose: string;
  readonly cellOpen: string;
  readonly cellClose: string;
  readonly valueOpen: string;
  readonly valueClose: string;
  readonly inlineOpen: string;
  readonly inlineClose: string;
  readonly sheetDataClose: string;
}

/** The position of the first character at or after `at` that is not white space. */
function skipSpace(xml: string, at: number): number {
  while (isSpace(xml.charCodeAt(at))) at++;
  return at;
}

/**
 * The rows of one worksheet part: row i is the sheet's row i + 1, with a cell's text at its column and "" in the
 * columns between; a row without cells is empty. One pass: each row and cell is read where the one before ended,
 * never searched for ahead. Throws NotPlain where SheetJS should read the file instead.
 */
function sheetRows(xml: string, context: SheetContext): string[][] {
  const start = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!start) throw new NotPlain("no sheetData");
  if (start[2] === "/") return [];
  const ns = start[1] ?? "";
  const names: SheetNames = {
    rowOpen: `<${ns}row`,
    rowClose: `</${ns}row>`,
    cellOpen: `<${ns}c`,
    cellClose: `</${ns}c>`,
    valueOpen: `<${ns}v`,
    valueClose: `</${ns}v>`,
    inlineOpen: `<${ns}is>`,
    inlineClose: `</${ns}is>`,
    sheetDataClose: `</${ns}sheetData>`,
  };
  const rows: string[][] = [];
  const tag: TagAttributes = { r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1 };
  let rowNumber = 0;
  let at = skipSpace(xml, start.index + start[0].length);
  while (!xml.startsWith(names.sheetDataClose, at)) {
    if (!xml.startsWith(names.rowOpen, at) || !isNameEnd(xml.charCodeAt(at + names.rowOpen.length)))
      throw new NotPlain("unknown element in sheetData");
    const tagEnd = readTag(xml, at + names.rowOpen.length, tag);
    const next = tag.r < 0 ? rowNumber + 1 : wholeNumber(xml, tag.r, tag.rEnd);
    if (!(next > rowNumber)) throw new NotPlain("row out of order");
    // No sheet holds it, and SheetJS would drop it without a word.
    if (next > MAX_ROWS) throw new CorruptWorkbookError("beyondSheet", `A${next}`);
    rowNumber = next;
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      at = skipSpace(xml, tagEnd + 1);
      continue;
    }
    at = readRow(xml, tagEnd + 1, rowNumber, names, tag, context, rows);
  }
  // Rows without cells are holes; as in SheetJS's dense sheets, they become empty rows.
  return Array.from(rows, (row) => row ?? []);
}

/** The cells of one row, from just after its start tag; stores the row in `rows` and returns where the next begins. */
function readRow(
  xml: string,
  from: number,
  rowNumber: number,
  names: SheetNames,
  tag: TagAttributes,
  context: SheetContext,
  rows: string[][]
): number {
  let row: string[] | undefined;
  let column = -1;
  let at = skipSpace(xml, from);
  while (!xml.startsWith(names.rowClose, at)) {
    if (!xml.startsWith(names.cellOpen, at) || !isNameEnd(xml.charCodeAt(at + names.cellOpen.length)))
      throw new NotPlain("unknown element in a row");
    const tagEnd = readTag(xml, at + names.cellOpen.length, tag);
    column = tag.r < 0 ? column + 1 : referenceColumn(xml, tag.r, tag.rEnd, rowNumber, column);
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      at = skipSpace(xml, tagEnd + 1);
      continue;
    }
    const type = cellType(xml, tag.t, tag.tEnd);
    const style = tag.s < 0 ? 0 : wholeNumber(xml, tag.s, tag.sEnd);
    let text: string | undefined;
    let cellEnd: number;
    const valueAt = tagEnd + 1;
    const afterName = xml.charCodeAt(valueAt + names.valueOpen.length);
    if (
      type !== "inlineStr" &&
      xml.startsWith(names.valueOpen, valueAt) &&
      (afterName === 0x3e || isSpace(afterName))
    ) {
      // Most cells hold just <v>…</v> (or <v xml:space="preserve">…</v>): read on from there, the value ending at
      // its first "<".
      const valueTagEnd = afterName === 0x3e ? valueAt + names.valueOpen.length : xml.indexOf(">", valueAt);
      if (xml.charCodeAt(valueTagEnd - 1) === 0x2f) throw new NotPlain("empty value element");
      const valueStart = valueTagEnd + 1;
      const valueEnd = xml.indexOf("<", valueStart);
      if (!xml.startsWith(names.valueClose, valueEnd)) throw new NotPlain("markup in a value");
      text = valueText(xml.slice(valueStart, valueEnd), type, style, context);
      cellEnd = skipSpace(xml, valueEnd + names.valueClose.length);
      if (!xml.startsWith(names.cellClose, cellEnd)) cellEnd = closeOf(xml, cellEnd, names.cellClose);
    } else {
      // A formula before its value, an inline string, nothing at all: the cell's whole content.
      cellEnd = closeOf(xml, valueAt, names.cellClose);
      text = otherCellText(xml.slice(valueAt, cellEnd), type, style, context, names);
    }
    if (text !== undefined) {
      row ??= [];
      while (row.length < column) row.push("");
      row.push(text);
    }
    at = skipSpace(xml, cellEnd + names.cellClose.length);
  }
  if (row) rows[rowNumber - 1] = row;
  return skipSpace(xml, at + names.rowClose.length);
}

/** Where the element's end tag `close` begins, searching from `from`. */
function closeOf(xml: string, from: number, close: string): number {
  const end = xml.indexOf(close, from);
  if (end < 0) throw new NotPlain(`${close} missing`);
  return end;
}

/**
 * Where the one-letter attributes of a row or cell start tag (§18.3.1.4, §18.3.1.73) hold their values: positions
 * in the XML rather than strings, since a sheet has millions of them. -1 where the tag has none.
 */
interface TagAttributes {
  r: number;
  rEnd: number;
  s: number;
  sEnd: number;
  t: number;
  tEnd: number;
}

/**
 * Reads the attributes of the start tag whose name ends just before `from` into `into`, walking them one by one,
 * so that a longer name ending in the same letter (`x14ac:r`) or a value holding `r=` is never taken for one of
 * them; returns where the tag's ">" is (after a "/" for an empty element).
 */
function readTag(xml: string, from: number, into: TagAttributes): number {
  into.r = into.s = into.t = -1;
  let i = from;
  for (;;) {
    while (isSpace(xml.charCodeAt(i))) i++;
    const code = xml.charCodeAt(i);
    if (code === 0x3e) return i;
    if (code === 0x2f && xml.charCodeAt(i + 1) === 0x3e) return i + 1;
    const nameStart = i;
    for (let c = code; c !== 0x3d && !isSpace(c); c = xml.charCodeAt(++i))
      if (c === 0x3e || c === 0x2f || Number.isNaN(c)) throw new NotPlain("attribute without a value");
    const oneLetter = i - nameStart === 1 ? code : 0;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3d) throw new NotPlain("attribute without a value");
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) throw new NotPlain("attribute value not quoted");
    const close = xml.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (close < 0) throw new NotPlain("attribute value not closed");
    if (oneLetter === 0x72) {
      into.r = i + 1;
      into.rEnd = close;
    } else if (oneLetter === 0x73) {
      into.s = i + 1;
      into.sEnd = close;
    } else if (oneLetter === 0x74) {
      into.t = i + 1;
      into.tEnd = close;
    }
    i = close + 1;
  }
}

/** The whole number written from `from` to `to`, or -1 if it is anything else. */
function wholeNumber(xml: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The column of an `A1` reference, which must be on the row being read and right of the cell before. */
function referenceColumn(xml: string, from: number, to: number, rowNumber: number, before: number): number {
  let column = 0,
    i = from;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    column = column * 26 + code;
  }
  if (i === from || wholeNumber(xml, i, to) !== rowNumber || column - 1 <= before)
    throw new NotPlain("cell out of order");
  if (column > MAX_COLUMNS) throw new CorruptWorkbookError("beyondSheet", xml.slice(from, to));
  return column - 1;
}

/** A cell's type (§18.18.11), as one of the constants below, without cutting a string out of the XML for it. */
function cellType(xml: string, from: number, to: number): string | undefined {
  if (from < 0) return undefined;
  const length = to - from;
  if (length === 1) return ONE_LETTER_TYPES[xml.charCodeAt(from)] ?? xml.slice(from, to);
  if (length === 3 && xml.startsWith("str", from)) return "str";
  if (length === 9 && xml.startsWith("inlineStr", from)) return "inlineStr";
  return xml.slice(from, to);
}
const ONE_LETTER_TYPES: Record<number, string> = { 0x73: "s", 0x6e: "n", 0x62: "b", 0x65: "e", 0x64: "d" };

/** The text of a cell's content that is not a plain value: an inline string, or a value after a formula. */
function otherCellText(
  content: string,
  type: string | undefined,
  style: number,
  context: SheetContext,
  names: SheetNames
): string | undefined {
  if (content.indexOf("<![CDATA[") >= 0) throw new NotPlain("CDATA");
  if (type === "inlineStr") {
    const open = content.indexOf(names.inlineOpen);
    return open < 0
      ? ""
      : richText(content.slice(open + names.inlineOpen.length, closeOf(content, open, names.inlineClose)));
  }
  const open = content.indexOf(names.valueOpen);
  if (open < 0) return valueText(undefined, type, style, context);
  const tagEnd = content.indexOf(">", open);
  if (!isNameEnd(content.charCodeAt(open + names.valueOpen.length)) || content.charCodeAt(tagEnd - 1) === 0x2f)
    throw new NotPlain("value element");
  return valueText(content.slice(tagEnd + 1, closeOf(content, tagEnd, names.valueClose)), type, style, context);
}

/** A value's text by its cell's type, or undefined for a cell SheetJS would not store (no value: a style alone, a formula not yet worked out). */
function valueText(
  value: string | undefined,
  type: string | undefined,
  style: number,
  context: SheetContext
): string | undefined {
  switch (type) {
    case undefined:
    case "n": {
      if (value === undefined || value === "") return undefined;
      const number = parseFloat(unescapeXml(value));
      if (context.dateStyle[style] === true) return serialText(number + (context.date1904 ? DAYS_1904 : 0));
      return String(number);
    }
    case "s": {
      if (value === undefined || value === "") return undefined;
      if (!context.hasStrings) throw new CorruptWorkbookError("stringsMissing");
      const text = context.strings[Number(value)];
      if (text === undefined) throw new NotPlain("shared string out of range");
      return text;
    }
    case "str":
      return value === undefined ? "" : stringText(value);
    case "b":
      if (value === undefined || value === "") return undefined;
      return value === "1" || value === "true" ? "TRUE" : "FALSE";
    case "e":
      return value === undefined ? "" : unescapeXml(value);
    default:
      // "d" (an ISO date typed as such) and anything unknown: SheetJS's reading is the reference.
      throw new NotPlain(`cell type ${type}`);
  }
}

/**
 * The first sheet with cells, as rows of text; undefined when the workbook has something this reader leaves to
 * SheetJS (or is not a readable .xlsx at all, which SheetJS then reports).
 */
export function xlsxSheetRows(xlsx: typeof XLSX, bytes: Uint8Array): string[][] | undefined {
  try {
    const zip = openZip(xlsx, bytes);
    const office = [...relationships(zip, "", "_rels/.rels").values()].find((rel) => rel.type === "officeDocument");
    const bookPath = office?.path ?? "xl/workbook.xml";
    const book = zip.part(bookPath);
    if (!book) return undefined;
    const folder = bookPath.slice(0, bookPath.lastIndexOf("/") + 1);
    const rels = relationships(zip, folder, `${folder}_rels/${bookPath.slice(folder.length)}.rels`);
    const byType = (type: string) => [...rels.values()].find((rel) => rel.type === type)?.path;
    const stylesPath = byType("styles"),
      stringsPath = byType("sharedStrings");
    const properties = elements(book, "workbookPr")[0];
    const date1904 = properties?.get("date1904") === "1" || properties?.get("date1904") === "true";
    const context: SheetContext = {
      strings: sharedStrings(stringsPath ? zip.part(stringsPath) : undefined),
      hasStrings: stringsPath !== undefined && zip.part(stringsPath) !== undefined,
      dateStyle: stylesPath ? dateStyles(xlsx, zip.part(stylesPath) ?? "") : [],
      date1904,
    };
    const sheets = new Map(
      elements(book, "sheet").map((sheet, i) => {
        const id = [...sheet].find(([name]) => name.endsWith(":id"))?.[1];
        return [sheet.get("name") ?? `#${i}`, id === undefined ? undefined : rels.get(id)] as const;
      })
    );
    return continuedRows([...sheets.keys()], (name) => {
      const rel = sheets.get(name);
      if (rel?.type === "chartsheet") return [];
      if (rel?.type !== "worksheet") throw new NotPlain("not a worksheet");
      const xml = zip.part(rel.path);
      if (xml === undefined) throw new NotPlain("missing part");
      // A part cut short (its zip entry declared less than it holds, see zip.ts) would read as fewer rows.
      if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml))
        throw new CorruptWorkbookError("damaged", "worksheet part cut short");
      return sheetRows(xml, context);
    });
  } catch (error) {
    // A fault this reader can name is the file's; SheetJS would fail on it too, in JavaScript's words.
    if (error instanceof CorruptWorkbookError) throw error;
    // NotPlain, or a file SheetJS must judge (a broken zip, say): either way SheetJS reads it next.
    return undefined;
  }
}
