/**
 * Bytes → rows, streaming: a file is read in chunks, decoded with a streaming TextDecoder, and parsed by
 * papaparse's Parser chunk by chunk (carrying an unfinished last row over, as papaparse's own streamers do).
 * Neither the whole text nor every row is ever held at once. The same code runs in the browser and in Node.
 */
import Papa from "papaparse";
import type { Delimiter, Newline } from "./dialect";
import { detectDelimiter, detectNewline } from "./dialect";
import type { DetectedEncoding, TextEncoding } from "./encoding";
import { clearlyUtf8, detectEncoding, looksUtf8, utf8Evidence } from "./encoding";

const SNIFF_BYTES = 64 * 1024;

export interface CsvMeta extends DetectedEncoding {
  readonly delimiter: Delimiter;
  readonly newline: Newline;
}

export interface RowBatch {
  readonly rows: string[][];
  /** Bytes of the file read so far. */
  readonly bytesRead: number;
}

export class NotTextError extends Error {}

/** A quote that is never closed: papaparse would run the rest of the file into one cell. */
export class UnterminatedQuoteError extends Error {
  constructor(
    /** Line of the file (1-based) where the quote opened. */
    readonly line: number
  ) {
    super(`quote opened on line ${line} is never closed`);
  }
}

/**
 * Bytes that are not the encoding the file was read in: a damaged download, or two files of different encodings
 * pasted together. The file is refused rather than read with replacement characters or as mojibake.
 */
export class EncodingError extends Error {
  constructor(
    /** Line of the file (1-based) that holds the bytes. */
    readonly line: number,
    /** Offset of the first such byte in the file. */
    readonly byte: number,
    /** The encoding the rest of the file is in. */
    readonly encoding: TextEncoding
  ) {
    super(`line ${line} (byte ${byte}) is not ${encoding}`);
  }
}

/** Line feeds in bytes[0, end): in UTF-8 and GB18030 a 0x0A byte is always a line feed, never part of a character. */
function lineFeeds(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/**
 * Offset of the first line of `bytes` that does not decode on its own (0 when none does: the fault then lies in
 * a character cut between chunks). Only for naming where a file fails, so it may be slow.
 */
function firstUndecodableLine(bytes: Uint8Array, encoding: TextEncoding): number {
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(10, start);
    const stop = end < 0 ? bytes.length : end + 1;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start, stop));
    } catch {
      return start;
    }
    start = stop;
  }
  return 0;
}

/** Line breaks in text[0, end): counted, not split (splitting made an array of every line of every chunk). */
function lineBreaks(text: string, end = text.length): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < end; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * Every line break as LF, across chunks: papaparse takes a single line ending, and a CR at the end of one chunk
 * may have its LF at the start of the next.
 */
class LineBreaks {
  /** The text ended in a CR whose LF, if any, comes with the next chunk. */
  private carriedCr = false;

  unify(text: string, last: boolean): string {
    let out = this.carriedCr && text.charCodeAt(0) === 10 ? text.slice(1) : text;
    this.carriedCr = false;
    if (out.indexOf("\r") < 0) return out;
    if (!last && out.charCodeAt(out.length - 1) === 13) this.carriedCr = true;
    // Split and join outrun a regular expression on the common case, CRLF throughout; a lone CR is rare.
    out = out.split("\r\n").join("\n");
    return out.indexOf("\r") < 0 ? out : out.replace(/\r/g, "\n");
  }
}

/**
 * Text → rows, chunk by chunk, through papaparse's Parser: an unfinished last row waits for the next chunk (as
 * papaparse's own streamers do), and lines are counted so that a quote that never closes is named by its line.
 */
class RowParser {
  private pending = "";
  private baseIndex = 0;
  /** Line breaks in the text already parsed. */
  private linesBefore = 0;
  private readonly breaks = new LineBreaks();

  constructor(private readonly parser: Papa.Parser) {}

  /** Line breaks in the text decoded so far: every decoded chunk is either parsed or still pending. */
  linesDecoded(): number {
    return this.linesBefore + lineBreaks(this.pending);
  }

  parse(raw: string, last: boolean): string[][] {
    const input = this.pending + this.breaks.unify(raw, last);
    const result = this.parser.parse(input, this.baseIndex, !last) as {
      data: string[][];
      errors: { code: string; index: number }[];
      meta: { cursor: number };
    };
    if (!last) {
      this.linesBefore += lineBreaks(input, result.meta.cursor - this.baseIndex);
      this.pending = input.substring(result.meta.cursor - this.baseIndex);
      this.baseIndex = result.meta.cursor;
      return result.data;
    }
    // Only the last parse can know a quote never closes; papaparse's index is just past the opening quote.
    const open = result.errors.find((e) => e.code === "MissingQuotes");
    if (open) throw new UnterminatedQuoteError(this.linesBefore + lineBreaks(input, Math.max(0, open.index - 1)) + 1);
    return result.data;
  }
}

/** A decoder that refuses bytes that are not its encoding, rather than putting U+FFFD in their place. */
function decoderFor(encoding: TextEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true });
}

/**
 * Bytes → text, chunk by chunk, in the encoding sniffed from the file's head, checking every chunk: a NUL byte
 * means a binary file, and bytes that are not the encoding are refused where they stand. A file read as ASCII so
 * far is decided by its first chunk with other bytes; a file read as GB18030 is refused where a chunk is
 * unmistakably UTF-8 (GB18030 would read it as wrong characters without a word).
 */
class ChunkDecoder {
  private decoder: TextDecoder;

  constructor(
    private meta: CsvMeta,
    private readonly onMeta: (meta: CsvMeta) => void,
    /** Line breaks in the text decoded before, to name the line of bytes that do not decode. */
    private readonly linesBefore: () => number
  ) {
    this.decoder = decoderFor(meta.encoding);
  }

  /** The file's head: its encoding read from its bytes (the BOM is the decoder's to skip), its dialect from its text. */
  static open(
    bytes: Uint8Array,
    last: boolean,
    onMeta: (meta: CsvMeta) => void,
    linesBefore: () => number
  ): { decoder: ChunkDecoder; text: string } {
    const detected = detectEncoding(bytes);
    if (detected.binary) throw new NotTextError("binary");
    const decoder = new ChunkDecoder({ ...detected, delimiter: ",", newline: "\n" }, onMeta, linesBefore);
    const text = decoder.decodeChecked(bytes, 0, last);
    const newline = detectNewline(text);
    decoder.meta = { ...detected, delimiter: detectDelimiter(text, newline), newline };
    onMeta(decoder.meta);
    return { decoder, text };
  }

  get delimiter(): Delimiter {
    return this.meta.delimiter;
  }

  decode(chunk: Uint8Array, offset: number, last: boolean): string {
    const meta = this.meta;
    if (!meta.encoding.startsWith("utf-16") && chunk.includes(0)) throw new NotTextError("binary");
    if (meta.ascii || meta.encoding === "gb18030") {
      // After ASCII no character is cut at a chunk's start; after GB18030 text one may be.
      const evidence = utf8Evidence(chunk, !meta.ascii);
      if (meta.ascii && evidence.firstNonAscii >= 0) {
        this.meta = { ...meta, encoding: looksUtf8(evidence) ? "utf-8" : "gb18030", ascii: false };
        this.decoder = decoderFor(this.meta.encoding);
        this.onMeta(this.meta);
      } else if (!meta.ascii && clearlyUtf8(evidence)) {
        throw new EncodingError(
          this.linesBefore() + lineFeeds(chunk, evidence.firstNonAscii) + 1,
          offset + evidence.firstNonAscii,
          meta.encoding
        );
      }
    }
    return this.decodeChecked(chunk, offset, last);
  }

  private decodeChecked(chunk: Uint8Array, offset: number, last: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream: !last });
    } catch {
      throw this.encodingError(chunk, offset);
    }
  }

  /** Where bytes of `chunk` fail to decode: the first invalid UTF-8 byte, or the start of the first line that fails. */
  private encodingError(chunk: Uint8Array, offset: number): EncodingError {
    const encoding = this.meta.encoding;
    const at =
      encoding === "utf-8"
        ? Math.max(0, utf8Evidence(chunk, offset > 0).firstInvalid)
        : firstUndecodableLine(chunk, encoding);
    return new EncodingError(this.linesBefore() + lineFeeds(chunk, at) + 1, offset + at, encoding);
  }
}

/** A file's text being read: its decoder and its parser, set up from its head. */
interface OpenText {
  readonly decoder: ChunkDecoder;
  readonly rows: RowParser;
}

/** Opens the text from the file's head and parses the head's rows. */
function openText(
  head: readonly Uint8Array[],
  last: boolean,
  onMeta: (meta: CsvMeta) => void
): { open: OpenText; rows: string[][] } {
  let rows: RowParser | null = null;
  const { decoder, text } = ChunkDecoder.open(concatBytes(head), last, onMeta, () => rows?.linesDecoded() ?? 0);
  rows = new RowParser(
    new Papa.Parser({ delimiter: decoder.delimiter, newline: "\n", quoteChar: '"', escapeChar: '"' })
  );
  return { open: { decoder, rows }, rows: rows.parse(text, last) };
}

/**
 * Reads rows from a stream of byte chunks. `onMeta` hears the encoding and dialect before the first rows, and
 * again if a file whose head was all ASCII turns out to be GBK. Stops early, cleanly, when `signal` is aborted.
 *
 * Every chunk is checked, not only the head: a NUL byte anywhere means a binary file, and bytes that are not the
 * file's encoding are refused where they stand (EncodingError). Line breaks of every kind, CRLF, LF and a lone
 * CR, end a row wherever they appear, even mixed in one file: papaparse takes a single line ending, so each
 * is given to it as LF (a line break inside a quoted cell too, which is what Excel keeps in a cell).
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Uint8Array>,
  onMeta: (meta: CsvMeta) => void,
  signal?: AbortSignal
): AsyncGenerator<RowBatch> {
  let text: OpenText | null = null;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let bytesRead = 0;
  for await (const chunk of chunks) {
    if (signal?.aborted) return;
    const offset = bytesRead;
    bytesRead += chunk.length;
    let rows: string[][];
    if (text) {
      rows = text.rows.parse(text.decoder.decode(chunk, offset, false), false);
    } else {
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes < SNIFF_BYTES) continue;
      const opened = openText(head, false, onMeta);
      text = opened.open;
      rows = opened.rows;
    }
    if (rows.length > 0) yield { rows, bytesRead };
  }
  if (signal?.aborted) return;
  // A file smaller than the sniffing sample is opened only now.
  const rows = text
    ? text.rows.parse(text.decoder.decode(new Uint8Array(0), bytesRead, true), true)
    : openText(head, true, onMeta).rows;
  if (rows.length > 0) yield { rows, bytesRead };
}

/** The parts as one array of bytes. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
