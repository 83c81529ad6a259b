/**
 * What an .xlsx unpacks to, judged from its zip directory before anything is inflated (APPNOTE.TXT, the .ZIP File
 * Format Specification: sections 4.3.7 local file header, 4.3.12 central directory header, 4.3.16 end of central
 * directory record). A few megabytes of zip can unpack to gigabytes; the pane holds what it unpacks, so such a file
 * is refused in a moment instead of filling the browser's memory.
 *
 * The sizes a zip declares are also what bounds the inflating: SheetJS inflates an entry into a buffer of the size
 * its local header declares and drops anything past it. Only an entry whose local header declares no size (a
 * streamed zip, sizes in a data descriptor) is inflated into a growing buffer; it is given the central directory's
 * size here, so a directory that lies about the size gives a cut sheet (refused as damaged), never an unbounded one.
 */
import { CorruptWorkbookError } from "./rows";

/** Most a workbook may unpack to: a 100,000-row, 8-column sheet is about 41 MB of XML; SheetJS needs several times it. */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A size of 0xFFFFFFFF means ZIP64: 4 GB or more, past any limit here. */
const ZIP64 = 0xffffffff;
const DEFLATE = 8;
const STORED = 0;

/**
 * Checks the sizes an .xlsx's directory declares against `limit`, and gives each streamed entry its declared size
 * (in place: the bytes are the reader's own copy). Returns the total declared; throws CorruptWorkbookError
 * ("unpackedTooLarge", the total) past the limit. A file whose directory cannot be found is left to SheetJS.
 */
export function checkUnpackedSize(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return 0;
  const entries = u16(end + 10);
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < entries && u32(at) === DIRECTORY_ENTRY; i++) {
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const size = u32(at + 24);
    const local = u32(at + 42);
    if (size === ZIP64 || compressed === ZIP64) throw new CorruptWorkbookError("unpackedTooLarge", String(ZIP64));
    const localSize = u32(local) === LOCAL_HEADER ? u32(local + 22) : 0;
    // SheetJS trusts the local header; an entry must not unpack to more than either header says.
    total += Math.max(size, localSize);
    if (total > limit) throw new CorruptWorkbookError("unpackedTooLarge", String(total));
    if (method === DEFLATE && localSize === 0 && u32(local) === LOCAL_HEADER) {
      // An empty entry deflates to a couple of bytes; more, with no size declared anywhere, would inflate unbounded.
      if (size === 0 && compressed > 16) throw new CorruptWorkbookError("damaged", "a streamed entry declares no size");
      view.setUint32(local + 22, size, true);
    }
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}

/** Where one part's data lies in the zip, how it is packed, and the size it may unpack to. */
export interface ZipEntry {
  readonly path: string;
  readonly stored: boolean;
  /** Where its packed bytes start, and how many there are. */
  readonly dataAt: number;
  readonly packed: number;
  /** What its local header declares (after checkUnpackedSize): SheetJS keeps no byte past it, and neither does this. */
  readonly size: number;
}

/**
 * The parts of a zip by path, from its central directory and each part's local header; null for a zip this cannot
 * read so plainly (no directory, a part packed any way but stored or deflated, an encrypted part), which SheetJS
 * then opens.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff) && end < 0; at--)
    if (u32(at) === END_OF_DIRECTORY) end = at;
  if (end < 0) return null;
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = u32(end + 16);
  for (let i = 0; i < u16(end + 10); i++) {
    if (u32(at) !== DIRECTORY_ENTRY) return null;
    const [flags, method, packed, nameLength] = [u16(at + 8), u16(at + 10), u32(at + 20), u16(at + 28)];
    const local = u32(at + 42);
    if (u32(local) !== LOCAL_HEADER || (flags & 1) === 1 || (method !== STORED && method !== DEFLATE)) return null;
    const dataAt = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataAt + packed > bytes.length) return null;
    const path = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(path, { path, stored: method === STORED, dataAt, packed, size: u32(local + 22) });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}
