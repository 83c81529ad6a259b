/**
 * A worksheet part's `sheetData` (ECMA-376 Part 1, §18.3.1) read as rows, straight from the part's UTF-8 bytes. The
 * part of a 100,000-row export is 40–60 MB of XML: decoding it whole into one string took longer than reading its
 * cells, so the markup is walked as bytes and only each value is made text. Every byte that matters to the markup
 * (`<`, `>`, quotes, names) is ASCII, and UTF-8 never uses an ASCII byte inside a longer character, so a value cut
 * between two markup bytes is always whole characters.
 *
 * Cell text follows `rows.ts`: text as written, numbers as their number, numbers in a date style as dates,
 * booleans as TRUE/FALSE, errors as their code.
 */
import { CorruptWorkbookError, DAYS_1904, serialText } from "./rows";
import { MAX_COLUMNS, MAX_ROWS } from "../core/cellAddress";
import type { SheetContext } from "./xmlText";
import { NotPlain, richText, stringText, unescapeXml } from "./xmlText";

type Bytes = Uint8Array;

const LT = 0x3c,
  GT = 0x3e,
  SLASH = 0x2f,
  EQUALS = 0x3d,
  QUOTE = 0x22,
  APOSTROPHE = 0x27;

const isSpace = (code: number | undefined) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
/** What may follow an element's name in a tag: white space, ">" or "/>". */
const isNameEnd = (code: number | undefined) => isSpace(code) || code === GT || code === SLASH;
const isWordByte = (code: number | undefined) =>
  code !== undefined &&
  ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f);

const decoder = new TextDecoder();

/**
 * The text of the values met lately, by a hash of their bytes: a sheet repeats its dates, small numbers, statuses
 * and names down every column, and making each again cost more (in garbage collection) than reading the markup.
 * Each slot keeps its value's bytes in one shared block, so keeping them allocates nothing. An entry answers only
 * when its bytes are the value's, so a collision costs a decode, never a wrong value.
 */
const RECENT_SLOTS = 4096;
const RECENT_BYTES = 64;
const recentBytes = new Uint8Array(RECENT_SLOTS * RECENT_BYTES);
const recentLength = new Int32Array(RECENT_SLOTS).fill(-1);
const recentText: string[] = new Array<string>(RECENT_SLOTS).fill("");

/** The text of the bytes from `from` to `to`. */
function text(xml: Bytes, from: number, to: number): string {
  const length = to - from;
  if (length > RECENT_BYTES) return decoder.decode(xml.subarray(from, to));
  let hash = length;
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + (xml[i] as number)) | 0;
  const slot = hash & (RECENT_SLOTS - 1);
  const base = slot * RECENT_BYTES;
  if (recentLength[slot] === length) {
    let same = true;
    for (let i = 0; i < length && same; i++) same = recentBytes[base + i] === xml[from + i];
    if (same) return recentText[slot] as string;
  }
  const made = decoder.decode(xml.subarray(from, to));
  for (let i = 0; i < length; i++) recentBytes[base + i] = xml[from + i] as number;
  recentLength[slot] = length;
  recentText[slot] = made;
  return made;
}

/** An ASCII name as the bytes it is written in. */
const bytesOf = (name: string): Bytes => Uint8Array.from(name, (c) => c.charCodeAt(0));

/** Whether `pattern` is written at `at`. */
function startsWith(xml: Bytes, pattern: Bytes, at: number): boolean {
  if (at + pattern.length > xml.length) return false;
  for (let i = 0; i < pattern.length; i++) if (xml[at + i] !== pattern[i]) return false;
  return true;
}

/** Where `pattern` is next written at or after `from`, or -1. */
function indexOfBytes(xml: Bytes, pattern: Bytes, from: number): number {
  const first = pattern[0] as number;
  for (let at = xml.indexOf(first, from); at >= 0; at = xml.indexOf(first, at + 1))
    if (startsWith(xml, pattern, at)) return at;
  return -1;
}

/** The element names of one worksheet part, with the prefix its `sheetData` uses (`x:` from some exporters). */
interface SheetNames {
  readonly rowOpen: Bytes;
  readonly rowClose: Bytes;
  readonly cellOpen: Bytes;
  readonly cellClose: Bytes;
  readonly valueOpen: Bytes;
  readonly valueClose: Bytes;
  readonly sheetDataClose: Bytes;
  /** The same names as text, for the rare cell read whole (a formula, an inline string). */
  readonly text: { readonly valueOpen: string; readonly valueClose: string; inlineOpen: string; inlineClose: string };
}

/** The position of the first byte at or after `at` that is not white space. */
function skipSpace(xml: Bytes, at: number): number {
  while (isSpace(xml[at])) at++;
  return at;
}

/** Where the `sheetData` start tag is (the first `<sheetData` or `<prefix:sheetData`), its prefix and end, or null. */
function sheetDataStart(xml: Bytes): { prefix: string; end: number; empty: boolean } | null {
  const name = bytesOf("sheetData");
  for (let at = indexOfBytes(xml, name, 0); at >= 0; at = indexOfBytes(xml, name, at + 1)) {
    if (isWordByte(xml[at + name.length])) continue;
    let open = at - 1;
    let prefix = "";
    if (xml[open] === 0x3a) {
      while (isWordByte(xml[open - 1])) open--;
      prefix = text(xml, open, at);
      if (prefix.length === 1) continue;
      open--;
    }
    if (xml[open] !== LT) continue;
    const end = xml.indexOf(GT, at);
    if (end < 0) return null;
    return { prefix, end, empty: xml[end - 1] === SLASH };
  }
  return null;
}

/** Whether the part (or its last bytes) ends with the worksheet's end tag. */
function endsWholly(xml: Bytes): boolean {
  let end = xml.length;
  while (isSpace(xml[end - 1])) end--;
  return /<\/(?:\w+:)?worksheet>$/.test(text(xml, Math.max(0, end - 256), end));
}

/** The element names of the sheet's rows and cells, with the prefix its `sheetData` uses. */
function sheetNames(ns: string): SheetNames {
  return {
    rowOpen: bytesOf(`<${ns}row`),
    rowClose: bytesOf(`</${ns}row>`),
    cellOpen: bytesOf(`<${ns}c`),
    cellClose: bytesOf(`</${ns}c>`),
    valueOpen: bytesOf(`<${ns}v`),
    valueClose: bytesOf(`</${ns}v>`),
    sheetDataClose: bytesOf(`</${ns}sheetData>`),
    text: { valueOpen: `<${ns}v`, valueClose: `</${ns}v>`, inlineOpen: `<${ns}is>`, inlineClose: `</${ns}is>` },
  };
}

/** Where `pattern` is last written in `xml`, or -1. */
function lastIndexOfBytes(xml: Bytes, pattern: Bytes): number {
  const first = pattern[0] as number;
  for (let at = xml.lastIndexOf(first); at >= 0; at = at > 0 ? xml.lastIndexOf(first, at - 1) : -1)
    if (startsWith(xml, pattern, at)) return at;
  return -1;
}

/**
 * Reads `sheetData` from the part's bytes a piece at a time: each call reads the rows the piece holds whole and
 * says how far it got, and the rest comes again at the front of the next piece. One pass: each row and cell is read
 * where the one before ended.
 */
class SheetDataReader {
  private names: SheetNames | null = null;
  private closed = false;
  private rowNumber = 0;
  private readonly found: string[][] = [];
  private readonly tag: TagAttributes = { cellEnd: -1, r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1 };

  constructor(private readonly context: SheetContext) {}

  /** Reads what `xml` holds whole (everything, once the part has ended); returns how many of its bytes it used. */
  read(xml: Bytes, ended: boolean): number {
    if (this.closed) return xml.length;
    let at = 0;
    if (!this.names) {
      const start = sheetDataStart(xml);
      if (!start && !ended) return 0;
      if (!start) throw new NotPlain("no sheetData");
      this.closed = start.empty;
      if (this.closed) return xml.length;
      this.names = sheetNames(start.prefix);
      at = start.end + 1;
    }
    const names = this.names;
    // Before the part ends, a row is here whole when it starts before the last end tag of a row.
    const whole = ended ? xml.length : lastIndexOfBytes(xml, names.rowClose);
    for (;;) {
      at = skipSpace(xml, at);
      if (startsWith(xml, names.sheetDataClose, at)) {
        this.closed = true;
        return xml.length;
      }
      if (at >= whole) return at;
      if (!startsWith(xml, names.rowOpen, at) || !isNameEnd(xml[at + names.rowOpen.length]))
        throw new NotPlain("unknown element in sheetData");
      const tagEnd = readTag(xml, at + names.rowOpen.length, this.tag);
      const next = this.tag.r < 0 ? this.rowNumber + 1 : wholeNumber(xml, this.tag.r, this.tag.rEnd);
      if (!(next > this.rowNumber)) throw new NotPlain("row out of order");
      // No sheet holds it, and SheetJS would drop it without a word.
      if (next > MAX_ROWS) throw new CorruptWorkbookError("beyondSheet", `A${next}`);
      this.rowNumber = next;
      at =
        xml[tagEnd - 1] === SLASH
          ? tagEnd + 1
          : readRow(xml, tagEnd + 1, this.rowNumber, names, this.tag, this.context, this.found);
    }
  }

  /** Row i is the sheet's row i + 1; rows without cells are holes, and, as in SheetJS's dense sheets, empty rows. */
  rows(): string[][] {
    if (!this.closed) throw new NotPlain("sheetData not closed");
    const rows = this.found;
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return rows;
  }
}

/** The bytes of `a` then `b`. */
function joined(a: Bytes, b: Bytes): Bytes {
  if (a.length === 0) return b;
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/** How much of the part's end is kept to judge whether it ends wholly: its last bytes but white space. */
const TAIL_BYTES = 512;

/**
 * The rows of one worksheet part, read as its bytes come (inflated a piece at a time, never held whole): row i is
 * the sheet's row i + 1, with a cell's text at its column and "" in the columns between. Throws NotPlain where
 * SheetJS should read the file instead, and refuses a part cut short (its zip entry declared less than it holds,
 * see zip.ts), which would read as fewer rows, whatever else is wrong with it.
 */
export async function sheetRows(pieces: AsyncIterable<Bytes>, context: SheetContext): Promise<string[][]> {
  const reader = new SheetDataReader(context);
  let pending: Bytes = new Uint8Array(0);
  let tail: Bytes = new Uint8Array(0);
  let failure: { error: unknown } | null = null;
  for await (const piece of pieces) {
    let end = piece.length;
    while (isSpace(piece[end - 1])) end--;
    if (end > 0) tail = piece.length >= TAIL_BYTES ? piece.slice(-TAIL_BYTES) : joined(tail, piece).slice(-TAIL_BYTES);
    // After a failure the rest is only looked through, for how the part ends.
    if (failure) continue;
    const buffer = joined(pending, piece);
    try {
      pending = buffer.subarray(reader.read(buffer, false));
    } catch (error) {
      failure = { error };
    }
  }
  if (!endsWholly(tail)) throw new CorruptWorkbookError("damaged", "worksheet part cut short");
  if (failure) throw failure.error;
  reader.read(pending, true);
  return reader.rows();
}

/** The cells of one row, from just after its start tag; stores the row in `rows` and returns where the next begins. */
function readRow(
  xml: Bytes,
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
  while (!startsWith(xml, names.rowClose, at)) {
    if (!startsWith(xml, names.cellOpen, at) || !isNameEnd(xml[at + names.cellOpen.length]))
      throw new NotPlain("unknown element in a row");
    const tagEnd = readTag(xml, at + names.cellOpen.length, tag);
    column = tag.r < 0 ? column + 1 : referenceColumn(xml, tag.r, tag.rEnd, rowNumber, column);
    if (xml[tagEnd - 1] === SLASH) {
      at = skipSpace(xml, tagEnd + 1);
      continue;
    }
    const type = cellType(xml, tag.t, tag.tEnd);
    const style = tag.s < 0 ? 0 : wholeNumber(xml, tag.s, tag.sEnd);
    const text = cellText(xml, tagEnd + 1, type, style, context, names, tag);
    if (text !== undefined) {
      row ??= [];
      while (row.length < column) row.push("");
      row.push(text);
    }
    at = skipSpace(xml, tag.cellEnd + names.cellClose.length);
  }
  if (row) rows[rowNumber - 1] = row;
  return skipSpace(xml, at + names.rowClose.length);
}

/**
 * A cell's text (undefined for a cell SheetJS would not store) from just after its start tag; where its end tag is
 * goes to `into.cellEnd` (a sheet has millions of cells: no pair is made for each).
 */
function cellText(
  xml: Bytes,
  valueAt: number,
  type: string | undefined,
  style: number,
  context: SheetContext,
  names: SheetNames,
  into: TagAttributes
): string | undefined {
  const afterName = xml[valueAt + names.valueOpen.length];
  if (type !== "inlineStr" && startsWith(xml, names.valueOpen, valueAt) && (afterName === GT || isSpace(afterName))) {
    // Most cells hold just <v>…</v> (or <v xml:space="preserve">…</v>): read on from there, the value ending at
    // its first "<".
    const valueTagEnd = afterName === GT ? valueAt + names.valueOpen.length : xml.indexOf(GT, valueAt);
    if (xml[valueTagEnd - 1] === SLASH) throw new NotPlain("empty value element");
    const valueStart = valueTagEnd + 1;
    const valueEnd = nextByte(xml, LT, valueStart);
    if (!startsWith(xml, names.valueClose, valueEnd)) throw new NotPlain("markup in a value");
    // A shared string's index needs no text of its own.
    const index = type === "s" ? wholeNumber(xml, valueStart, valueEnd) : -1;
    const value =
      index >= 0
        ? sharedString(index, context)
        : valueText(valueEnd > valueStart ? text(xml, valueStart, valueEnd) : "", type, style, context);
    const cellEnd = skipSpace(xml, valueEnd + names.valueClose.length);
    into.cellEnd = startsWith(xml, names.cellClose, cellEnd) ? cellEnd : closeOf(xml, cellEnd, names.cellClose);
    return value;
  }
  // A formula before its value, an inline string, nothing at all: the cell's whole content.
  into.cellEnd = closeOf(xml, valueAt, names.cellClose);
  return otherCellText(text(xml, valueAt, into.cellEnd), type, style, context, names);
}

/**
 * Where `byte` next is at or after `from`, or -1: by hand, since what is searched (a value, an attribute's) is a
 * few bytes long and a call to the typed array's indexOf costs more than reading them.
 */
function nextByte(xml: Bytes, byte: number, from: number): number {
  for (let i = from; i < xml.length; i++) if (xml[i] === byte) return i;
  return -1;
}

/** Where the element's end tag `close` begins, searching from `from`. */
function closeOf(xml: Bytes, from: number, close: Bytes): number {
  const end = indexOfBytes(xml, close, from);
  if (end < 0) throw new NotPlain("end tag missing");
  return end;
}

/** Where the end tag `close` begins in a cell's content read as text. */
function closeIn(content: string, from: number, close: string): number {
  const end = content.indexOf(close, from);
  if (end < 0) throw new NotPlain(`${close} missing`);
  return end;
}

/**
 * Where the one-letter attributes of a row or cell start tag (§18.3.1.4, §18.3.1.73) hold their values: positions
 * in the XML rather than strings, since a sheet has millions of them (-1 where the tag has none); and where the
 * last cell read ends.
 */
interface TagAttributes {
  /** Where the last cell read ends: its end tag. */
  cellEnd: number;
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
function readTag(xml: Bytes, from: number, into: TagAttributes): number {
  into.r = into.s = into.t = -1;
  let i = from;
  for (;;) {
    while (isSpace(xml[i])) i++;
    const code = xml[i];
    if (code === GT) return i;
    if (code === SLASH && xml[i + 1] === GT) return i + 1;
    const nameStart = i;
    for (let c = code; c !== EQUALS && !isSpace(c); c = xml[++i])
      if (c === GT || c === SLASH || c === undefined) throw new NotPlain("attribute without a value");
    const oneLetter = i - nameStart === 1 ? code : 0;
    while (isSpace(xml[i])) i++;
    if (xml[i] !== EQUALS) throw new NotPlain("attribute without a value");
    i++;
    while (isSpace(xml[i])) i++;
    const quote = xml[i];
    if (quote !== QUOTE && quote !== APOSTROPHE) throw new NotPlain("attribute value not quoted");
    const close = nextByte(xml, quote, i + 1);
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
function wholeNumber(xml: Bytes, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = (xml[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The column of an `A1` reference, which must be on the row being read and right of the cell before. */
function referenceColumn(xml: Bytes, from: number, to: number, rowNumber: number, before: number): number {
  let column = 0,
    i = from;
  for (; i < to; i++) {
    const code = (xml[i] as number) - 64;
    if (code < 1 || code > 26) break;
    column = column * 26 + code;
  }
  if (i === from || wholeNumber(xml, i, to) !== rowNumber || column - 1 <= before)
    throw new NotPlain("cell out of order");
  if (column > MAX_COLUMNS) throw new CorruptWorkbookError("beyondSheet", text(xml, from, to));
  return column - 1;
}

/** A cell's type (§18.18.11), as one of the constants below, without making text of the XML for it. */
function cellType(xml: Bytes, from: number, to: number): string | undefined {
  if (from < 0) return undefined;
  const length = to - from;
  if (length === 1) return ONE_LETTER_TYPES[xml[from] as number] ?? text(xml, from, to);
  if (length === 3 && startsWith(xml, STR, from)) return "str";
  if (length === 9 && startsWith(xml, INLINE_STR, from)) return "inlineStr";
  return text(xml, from, to);
}
const ONE_LETTER_TYPES: Record<number, string> = { 0x73: "s", 0x6e: "n", 0x62: "b", 0x65: "e", 0x64: "d" };
const STR = bytesOf("str");
const INLINE_STR = bytesOf("inlineStr");

/** The text of a cell's content that is not a plain value: an inline string, or a value after a formula. */
function otherCellText(
  content: string,
  type: string | undefined,
  style: number,
  context: SheetContext,
  names: SheetNames
): string | undefined {
  if (content.indexOf("<![CDATA[") >= 0) throw new NotPlain("CDATA");
  const { inlineOpen, inlineClose, valueOpen, valueClose } = names.text;
  if (type === "inlineStr") {
    const open = content.indexOf(inlineOpen);
    return open < 0 ? "" : richText(content.slice(open + inlineOpen.length, closeIn(content, open, inlineClose)));
  }
  const open = content.indexOf(valueOpen);
  if (open < 0) return valueText(undefined, type, style, context);
  const tagEnd = content.indexOf(">", open);
  if (!isNameEnd(content.charCodeAt(open + valueOpen.length)) || content.charCodeAt(tagEnd - 1) === SLASH)
    throw new NotPlain("value element");
  return valueText(content.slice(tagEnd + 1, closeIn(content, tagEnd, valueClose)), type, style, context);
}

/** The shared string at `index`. */
function sharedString(index: number, context: SheetContext): string {
  if (!context.hasStrings) throw new CorruptWorkbookError("stringsMissing");
  const text = context.strings[index];
  if (text === undefined) throw new NotPlain("shared string out of range");
  return text;
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
    case "s":
      if (value === undefined || value === "") return undefined;
      return sharedString(Number(value), context);
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
