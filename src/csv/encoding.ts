/**
 * Which text encoding a store export uses. Sycm and Qianniu save GBK (read as GB18030, its superset), newer tools
 * UTF-8 with or without a BOM, and Excel's "Unicode text" UTF-16LE with a BOM. Without a BOM, bytes that are valid
 * UTF-8 are UTF-8; anything else is taken as GB18030.
 */
export type TextEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface DetectedEncoding {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** The head holds NUL bytes outside UTF-16: not a text file. */
  readonly binary: boolean;
}

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bom: true, binary: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: true, binary: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: true, binary: false };
  const binary = head.includes(0);
  return { encoding: isUtf8(head) ? "utf-8" : "gb18030", bom: false, binary };
}

/** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return true;
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}
