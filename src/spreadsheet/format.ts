/**
 * What a store export really is, from its first bytes rather than its name: Sycm's `.xls` may be a real BIFF8
 * workbook, an HTML table or CSV renamed; Qianniu's `.xlsx` is a zip. Encrypted workbooks are OLE files holding
 * an `EncryptedPackage` stream, and are refused before any parsing.
 */
export type FileFormat = "xlsx" | "xls" | "html" | "text";

/** Workbooks past this size are refused before parsing: a browser pane holds the whole file in memory to read it. */
export const MAX_SPREADSHEET_BYTES = 100 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** @example sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4])) === "xlsx" */
export function sniffFormat(head: Uint8Array): FileFormat {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  // An HTML table saved as .xls: "<" after an optional UTF-8 BOM and white space.
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x3c ? "html" : "text";
}

/** "EncryptedPackage" as UTF-16LE, the stream name an OLE-wrapped encrypted .xlsx carries in its directory. */
const ENCRYPTED = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);

export function isEncryptedPackage(bytes: Uint8Array): boolean {
  outer: for (let i = 0; i + ENCRYPTED.length <= bytes.length; i++) {
    for (let j = 0; j < ENCRYPTED.length; j++) if (bytes[i + j] !== ENCRYPTED[j]) continue outer;
    return true;
  }
  return false;
}

/** How the format reads to an operator. */
export function formatLabel(format: FileFormat): string {
  return format === "text" ? "CSV" : format.toUpperCase();
}
