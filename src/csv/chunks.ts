/**
 * A file's bytes in chunks, for the CSV reader (or a workbook's reader) to take one at a time: apart from the reader
 * itself, so that what hands a file over need not load papaparse.
 */

/**
 * Bytes read and parsed at a time. Small chunks parse faster: papaparse's work per chunk grows faster than the
 * chunk (measured on 200,000 Sycm rows, 64 KB chunks ran about twice as fast as 1 MB ones), and rows reach the
 * session, and the pane its progress, sooner.
 */
export const CHUNK_BYTES = 64 * 1024;

/**
 * Bytes read from a file at a time. Each read has a fixed cost of its own: in Chromium a 41 MB file read 64 KB at a
 * time took 2.6 s, one read 0.2 s. A megabyte keeps reads few while only one is held at a time.
 */
const READ_BYTES = 1024 * 1024;

/** A file's bytes in chunks (views into megabyte reads): a browser File or Blob, or a Node Blob in tests. */
export async function* blobChunks(blob: Blob, chunkBytes = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  const readBytes = Math.max(chunkBytes, Math.floor(READ_BYTES / chunkBytes) * chunkBytes);
  for (let start = 0; start < blob.size; start += readBytes) {
    const read = new Uint8Array(await blob.slice(start, start + readBytes).arrayBuffer());
    for (let at = 0; at < read.length; at += chunkBytes) yield read.subarray(at, at + chunkBytes);
  }
}
