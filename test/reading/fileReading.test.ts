/**
 * A file's reading on this thread and through messages (as the pane's worker serves it) gives the same header, the
 * same slices of table rows, the same end: what the worker sends survives the structured clone, and the order of
 * calls holds across the port.
 */
import { MessageChannel } from "node:worker_threads";
import { blobChunks } from "../../src/csv/chunks";
import type { FileReading, FileToRead, ReadingPlan, Staged } from "../../src/reading/fileReading";
import { ReadingHere, SLICE_ROWS } from "../../src/reading/fileReading";
import { ReadingByMessage, SLICES_AHEAD } from "../../src/reading/byMessage";
import type { ReadingPort } from "../../src/reading/protocol";
import { serveReading } from "../../src/reading/serve";
import type { SessionHeader } from "../../src/core/import/session";
import { sycmProducts } from "../fixtures/generators/sycm";

const fileOf = (
  fileName: string,
  bytes: Uint8Array<ArrayBuffer>,
  signal?: AbortSignal
): FileToRead & { blob: Blob } => {
  const blob = new Blob([bytes]);
  return { fileName, chunks: blobChunks(blob), blob, keepPersonalData: false, ...(signal ? { signal } : {}) };
};
const textOf = (fileName: string, text: string) => fileOf(fileName, new TextEncoder().encode(text));

const ports: MessageChannel[] = [];
afterAll(() => ports.forEach((c) => (c.port1.close(), c.port2.close())));

/** The reading served at the far end of a real message port, so every message is cloned as a worker's would be. */
function overPort(file: FileToRead & { blob: Blob }): ReadingByMessage {
  const channel = new MessageChannel();
  ports.push(channel);
  serveReading(channel.port2 as unknown as ReadingPort);
  return new ReadingByMessage(file, file.blob, channel.port1 as unknown as ReadingPort, () => channel.port1.close());
}

/** Each table column takes the file column of its place: a new table, or one the file matches column for column. */
const samePlaces = (found: SessionHeader, existing: ReadingPlan["existing"] = null): ReadingPlan => ({
  order: found.headers.map((_, i) => i),
  existing,
  replace: false,
});

async function readAll(reading: FileReading, existingRows: readonly (readonly unknown[])[] = []) {
  const header = await reading.header();
  if (!("found" in header)) return { header };
  const { found } = header;
  const existing =
    existingRows.length > 0
      ? { headers: found.headers, rowCount: existingRows.length + 1, textColumns: found.headers.map(() => false) }
      : null;
  reading.plan(samePlaces(found, existing));
  // In blocks, as the table is read within Excel's response limit.
  for (let at = 0; at < existingRows.length; at += 300) reading.existing(existingRows.slice(at, at + 300));
  const staged: Staged[] = [];
  for (let next = await reading.next(); next; next = await reading.next()) staged.push(next);
  const end = await reading.end();
  reading.close();
  return { header, staged, end };
}

const rowsOf = (staged: readonly Staged[] | undefined) => (staged ?? []).flatMap((s) => ("rows" in s ? s.rows : []));

describe("a file's reading", () => {
  const day = "2026-11-20";
  const first = sycmProducts({ day, products: 1_200 });
  // The day's figures sent again later: every tenth product's visitors changed, and 100 products more.
  const again = sycmProducts({ day, products: 1_300, visitors: (i) => (i % 10 === 0 ? 5_000 + i : 1_000 + i) });

  it("gives the same header, slices and end through messages as on this thread, for a new table", async () => {
    const here = await readAll(new ReadingHere(textOf("products.csv", first)));
    const sent = await readAll(overPort(textOf("products.csv", first)));
    expect(sent).toEqual(here);
    expect(rowsOf(here.staged)).toHaveLength(1_200);
    // Slices of at most SLICE_ROWS, so that the page stages them between pauses.
    expect(Math.max(...(here.staged ?? []).map((s) => ("rows" in s ? s.rows.length : 0)))).toBeLessThanOrEqual(
      SLICE_ROWS
    );
    expect(here.end?.counts).toMatchObject({ rowsRead: 1_200, rowsAdded: 1_200, rowsUpdated: 0 });
    expect(here.end?.sums).toMatchObject({ kind: "sycmProducts", reset: true, rowsAdded: 1_200 });
  });

  it("de-duplicates against the table's rows and works out the sums' change the same way through messages", async () => {
    const table = rowsOf((await readAll(new ReadingHere(textOf("first.csv", first)))).staged);
    const here = await readAll(new ReadingHere(textOf("again.csv", again)), table);
    const sent = await readAll(overPort(textOf("again.csv", again)), table);
    expect(sent).toEqual(here);
    expect(here.end?.counts).toMatchObject({ rowsRead: 1_300, rowsAdded: 100, rowsUpdated: 120, rowsUnchanged: 1_080 });
    expect(here.end?.updates).toHaveLength(120);
    // Product 10's row (the table's 11th) is rewritten with its new visitors, in the table's column order.
    const visitorsAt = (here.header as { found: SessionHeader }).found.headers.indexOf("商品访客数");
    expect(here.end?.updates.find((u) => u.row === 10)?.values[visitorsAt]).toBe(5_010);
    expect(here.end?.sums).toMatchObject({ kind: "sycmProducts", reset: false, rowsAdded: 100 });
  });

  it("refuses a file that is not text with the same problem both ways", async () => {
    const binary = new Uint8Array(4_096).map((_, i) => (i * 7) % 256);
    const here = await new ReadingHere(fileOf("photo.csv", binary)).header();
    const sent = await overPort(fileOf("photo.csv", binary)).header();
    expect(sent).toEqual(here);
    expect("refused" in here && here.refused.code).toBe("notTextFile");
  });

  it("says a file with no header is refused, and never reads its rows", async () => {
    const text = Array.from({ length: 400 }, (_, i) => `note ${i}`).join("\n");
    const sent = await overPort(textOf("notes.csv", text)).header();
    expect("refused" in sent && sent.refused.code).toBe("noHeader");
  });

  it("answers Cancel at once while the header is read, without waiting for the worker", async () => {
    const controller = new AbortController();
    const reading = overPort(fileOf("big.csv", new TextEncoder().encode(first), controller.signal));
    controller.abort();
    await expect(reading.header()).resolves.toMatchObject({ cancelled: true });
    reading.close();
  });

  it("counts only the slices the page took, not those the worker read ahead", async () => {
    const reading = overPort(textOf("products.csv", first));
    const header = await reading.header();
    if (!("found" in header)) throw new Error("no header");
    reading.plan(samePlaces(header.found));
    const taken = await reading.next();
    // By now the worker has read more slices ahead of the page.
    expect(SLICES_AHEAD).toBeGreaterThan(1);
    const snapshot = await reading.snapshot();
    expect(snapshot.counts.rowsRead).toBe(taken && taken.state.counts.rowsRead);
    expect(snapshot.counts.rowsRead).toBeLessThan(1_200);
    reading.close();
  });

  it("leaves no failure unheard when closed with slices still asked for ahead", async () => {
    const unheard: unknown[] = [];
    const listen = (reason: unknown) => unheard.push(reason);
    process.on("unhandledRejection", listen);
    try {
      const reading = overPort(textOf("products.csv", first));
      const header = await reading.header();
      if (!("found" in header)) throw new Error("no header");
      reading.plan(samePlaces(header.found));
      await reading.next();
      reading.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unheard).toEqual([]);
      await expect(reading.next()).rejects.toThrow("closed");
    } finally {
      process.off("unhandledRejection", listen);
    }
  });

  it("fails every call once the worker has failed, with its message", async () => {
    const reading = overPort(textOf("products.csv", first));
    const header = reading.header();
    reading.fail("Worker script failed to load");
    await expect(header).rejects.toThrow("Worker script failed to load");
    await expect(reading.snapshot()).rejects.toThrow("Worker script failed to load");
  });
});
