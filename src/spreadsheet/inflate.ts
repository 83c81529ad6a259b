/**
 * An .xlsx's parts inflated, a piece at a time. Where the platform has an inflater for raw deflate
 * (`DecompressionStream("deflate-raw")`: current Chromium, Edge, Firefox and Safari, and Node 20) it inflates the
 * parts this reader needs, natively and as they are read; elsewhere SheetJS's own inflater opens the whole package,
 * as it always did. Either way a part yields no byte past the size its local header declares (zip.ts), as SheetJS
 * keeps none.
 */
import type * as XLSX from "@e965/xlsx";
import type { ZipEntry } from "./zip";
import { zipEntries } from "./zip";

export type Inflater = "platform" | "sheetjs";

/** A part's bytes by its path in the package, as they inflate; undefined for a part it does not have. */
export type PartPieces = (path: string) => AsyncIterable<Uint8Array> | undefined;

/** The platform's inflater where it has one, else SheetJS's: chosen by the feature, not by the browser's name. */
export function platformInflater(): Inflater {
  try {
    return typeof DecompressionStream === "function" && new DecompressionStream("deflate-raw") ? "platform" : "sheetjs";
  } catch {
    return "sheetjs";
  }
}

/** A path as the package's parts are looked up: from its root, any case (as SheetJS finds them). */
const pathKey = (path: string) => path.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

/** The package's parts inflated by the platform, or null for a zip its directory does not let this read (SheetJS's then). */
export function platformPieces(file: Uint8Array): PartPieces | null {
  const entries = zipEntries(file);
  if (!entries) return null;
  const byPath = new Map([...entries.values()].map((entry) => [pathKey(entry.path), entry]));
  return (path) => {
    const entry = byPath.get(pathKey(path));
    return entry && inflated(file, entry);
  };
}

async function* inflated(file: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const packed = file.subarray(entry.dataAt, entry.dataAt + entry.packed);
  if (entry.stored) {
    yield packed.subarray(0, entry.size);
    return;
  }
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(packed as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let left = entry.size;
  try {
    while (left > 0) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value.length <= left ? value : value.subarray(0, left);
      left -= value.length;
    }
  } finally {
    // Past the declared size, or a reader that stopped early: the rest is not inflated.
    reader.cancel().catch(() => undefined);
  }
}

/** The package opened by SheetJS, every part inflated at once; each part then comes as one piece. */
export function sheetJsPieces(xlsx: typeof XLSX, file: Uint8Array): PartPieces {
  // SheetJS's CFB reads zip containers too; its entries are found by their path from the root.
  const container: unknown = xlsx.CFB.read(file, { type: "array" });
  return (path) => {
    const content = (xlsx.CFB.find(container, `/${path}`) as { content?: Uint8Array } | null)?.content;
    return content ? once(content) : undefined;
  };
}

async function* once(content: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(content);
}
