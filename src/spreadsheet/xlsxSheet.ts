/**
 * An .xlsx workbook's first sheet with cells (and the numbered sheets continuing it), read straight from its XML.
 * SheetJS builds a whole workbook model with regular expressions over every cell and its attributes (about 55,000
 * rows of eight cells a second here); an import needs only each cell's text, which one pass over the sheet's bytes
 * (sheetData.ts) gives several times faster. SheetJS still opens the zip and owns every format this does not:
 * `.xls`, HTML tables, and any `.xlsx` with something this reader does not know (a cell typed `d`, a cell out of
 * order, CDATA, a missing part), for which it answers `undefined` and the caller lets SheetJS read the workbook. So
 * an unusual file is read more slowly, never differently; tests hold the two readers to the same rows.
 *
 * Cell text follows `rows.ts`: text as written, numbers as their number, numbers in a date style as dates in the
 * 1900 system, booleans as TRUE/FALSE, errors as their code. Element and attribute names are from ECMA-376 Part 1,
 * §18.3.1 (sheet data), §18.4 (shared strings) and §18.8 (styles).
 */
import type * as XLSX from "@e965/xlsx";
import { CorruptWorkbookError, continuedRows } from "./rows";
import type { Inflater } from "./inflate";
import { platformInflater, platformPieces, sheetJsPieces } from "./inflate";
import { sheetRows } from "./sheetData";
import type { SheetContext } from "./xmlText";
import { NotPlain, richText, unescapeXml } from "./xmlText";

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

/** The parts of the package, inflated by the platform where it can (inflate.ts), else by SheetJS. */
interface Zip {
  /** A part as text: the workbook's small parts, and the shared strings, which every cell may point into. */
  readonly part: (path: string) => Promise<string | undefined>;
  /** A part's bytes as they inflate: a worksheet, never held whole (sheetData.ts). */
  readonly pieces: (path: string) => AsyncIterable<Uint8Array> | undefined;
}

const decoder = new TextDecoder();

/** What is in the pieces, as text. */
async function wholeText(pieces: AsyncIterable<Uint8Array> | undefined): Promise<string | undefined> {
  if (!pieces) return undefined;
  const parts: Uint8Array[] = [];
  for await (const piece of pieces) parts.push(piece);
  if (parts.length === 1) return decoder.decode(parts[0]);
  const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (whole.set(p, at), at + p.length), 0);
  return decoder.decode(whole);
}

function openZip(xlsx: typeof XLSX, file: Uint8Array, inflater: Inflater): Zip | null {
  const pieces = inflater === "platform" ? platformPieces(file) : sheetJsPieces(xlsx, file);
  return pieces && { part: (path) => wholeText(pieces(path)), pieces };
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
async function relationships(
  zip: Zip,
  folder: string,
  relsPath: string
): Promise<Map<string, { type: string; path: string }>> {
  const rels = new Map<string, { type: string; path: string }>();
  for (const rel of elements((await zip.part(relsPath)) ?? "", "Relationship")) {
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

/**
 * The first sheet with cells, as rows of text; undefined when the workbook has something this reader leaves to
 * SheetJS (or is not a readable .xlsx at all, which SheetJS then reports). Parts are inflated by the platform's
 * inflater where it has one (inflate.ts), else by SheetJS.
 */
export async function xlsxSheetRows(
  xlsx: typeof XLSX,
  bytes: Uint8Array,
  inflater: Inflater = platformInflater()
): Promise<string[][] | undefined> {
  try {
    const zip = openZip(xlsx, bytes, inflater);
    if (!zip) return undefined;
    const office = [...(await relationships(zip, "", "_rels/.rels")).values()].find(
      (rel) => rel.type === "officeDocument"
    );
    const bookPath = office?.path ?? "xl/workbook.xml";
    const book = await zip.part(bookPath);
    if (!book) return undefined;
    const folder = bookPath.slice(0, bookPath.lastIndexOf("/") + 1);
    const rels = await relationships(zip, folder, `${folder}_rels/${bookPath.slice(folder.length)}.rels`);
    const byType = (type: string) => [...rels.values()].find((rel) => rel.type === type)?.path;
    const stylesPath = byType("styles"),
      stringsPath = byType("sharedStrings");
    const properties = elements(book, "workbookPr")[0];
    const date1904 = properties?.get("date1904") === "1" || properties?.get("date1904") === "true";
    const strings = stringsPath ? await zip.part(stringsPath) : undefined;
    const context: SheetContext = {
      strings: sharedStrings(strings),
      hasStrings: strings !== undefined,
      dateStyle: stylesPath ? dateStyles(xlsx, (await zip.part(stylesPath)) ?? "") : [],
      date1904,
    };
    const sheets = new Map(
      elements(book, "sheet").map((sheet, i) => {
        const id = [...sheet].find(([name]) => name.endsWith(":id"))?.[1];
        return [sheet.get("name") ?? `#${i}`, id === undefined ? undefined : rels.get(id)] as const;
      })
    );
    return await continuedRows([...sheets.keys()], (name) => {
      const rel = sheets.get(name);
      if (rel?.type === "chartsheet") return [];
      if (rel?.type !== "worksheet") throw new NotPlain("not a worksheet");
      const pieces = zip.pieces(rel.path);
      if (pieces === undefined) throw new NotPlain("missing part");
      return sheetRows(pieces, context);
    });
  } catch (error) {
    // A fault this reader can name is the file's; SheetJS would fail on it too, in JavaScript's words.
    if (error instanceof CorruptWorkbookError) throw error;
    // NotPlain, or a file SheetJS must judge (a broken zip, say): either way SheetJS reads it next.
    return undefined;
  }
}
