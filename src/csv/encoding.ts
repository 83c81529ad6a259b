/**
 * Which text encoding a store export uses. Sycm and Qianniu save GBK (read as GB18030, its superset), newer tools
 * UTF-8 with or without a BOM, and Excel's "Unicode text" UTF-16LE with a BOM. Without a BOM the bytes decide:
 * text that is all ASCII reads the same either way, so the decision waits for the first byte that is not; then
 * UTF-8's multi-byte sequences are unmistakable (GBK text almost never forms a valid three-byte UTF-8 sequence,
 * let alone several in a row), so clear UTF-8 evidence means UTF-8, even beside a few bad bytes, and anything
 * else is taken as GB18030.
 */
export type TextEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** The head holds NUL bytes outside UTF-16: not a text file. */
  readonly binary: boolean;
  /** Every byte so far was ASCII: the encoding is decided by the first byte that is not. */
  readonly ascii: boolean;
}

export interface Utf8Evidence {
  /** Valid UTF-8 sequences of three or four bytes (Chinese characters are three). */
  readonly sequences: number;
  /** Bytes where a sequence is not valid UTF-8. */
  readonly invalid: number;
  /** Offset of the first invalid byte, or -1. */
  readonly firstInvalid: number;
  /** Offset of the first byte that is not ASCII, or -1. */
  readonly firstNonAscii: number;
}

/**
 * How much of `bytes` reads as UTF-8. A sequence cut off at the end is neither evidence for nor against, and so
 * are continuation bytes at the very start of a chunk that `continues` a text (a sequence cut by the chunk before).
 */
export function utf8Evidence(bytes: Uint8Array, continues = false): Utf8Evidence {
  let sequences = 0,
    invalid = 0,
    firstInvalid = -1,
    firstNonAscii = -1;
  let i = 0;
  while (continues && i < bytes.length && ((bytes[i] as number) & 0xc0) === 0x80) i++;
  for (; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (firstNonAscii < 0) firstNonAscii = i;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let k = 1;
    while (length > 0 && k < length && i + k < bytes.length && ((bytes[i + k] as number) & 0xc0) === 0x80) k++;
    if (length > 0 && (k === length || i + k === bytes.length)) {
      if (k === length && length >= 3) sequences++;
      i += k;
      continue;
    }
    invalid++;
    if (firstInvalid < 0) firstInvalid = i;
    i++;
  }
  return { sequences, invalid, firstInvalid, firstNonAscii };
}

/** Whether bytes that hold non-ASCII text are UTF-8: valid throughout, or clearly UTF-8 beside a few bad bytes. */
export function looksUtf8(evidence: Utf8Evidence): boolean {
  return evidence.invalid === 0 || (evidence.sequences >= 4 && evidence.sequences >= 3 * evidence.invalid);
}

/** Whether bytes are unmistakably UTF-8 text: several multi-byte characters and no invalid byte. */
export function clearlyUtf8(evidence: Utf8Evidence): boolean {
  return evidence.invalid === 0 && evidence.sequences >= 4;
}

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: "utf-8", bom: true, binary: false, ascii: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: true, binary: false, ascii: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: true, binary: false, ascii: false };
  const binary = head.includes(0);
  const evidence = utf8Evidence(head);
  if (evidence.firstNonAscii < 0) return { encoding: "utf-8", bom: false, binary, ascii: true };
  return { encoding: looksUtf8(evidence) ? "utf-8" : "gb18030", bom: false, binary, ascii: false };
}

/** An encoding as operators meet it in Excel's and Notepad's save dialogs. */
export function encodingLabel(encoding: TextEncoding): string {
  return encoding === "gb18030" ? "GBK" : encoding.toUpperCase();
}
