/**
 * Fuzzing the import with fast-check: random bytes and random CSV built from the grammar exports use (quotes,
 * doubled quotes, delimiters, newlines, BOMs, preambles, ids, percents). It never throws past the command, never
 * hangs, never writes a formula, and what it adds matches what it says it added.
 */
import fc from "fast-check";
import type { StoreFile } from "../../src/commands/importStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { blobChunks } from "../../src/csv/chunks";
import { ExcelEmulator } from "../../src/emulator";
import { clientHost } from "../fixtures/officeClient";
import { TODAY } from "../helpers";

const OPTIONS = { replace: false, clock: () => 0, now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }) };

const field = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    "",
    '"',
    '""',
    '"a,b"',
    '"x\ny"',
    "=1+1",
    "+86",
    "-A",
    "@x",
    "\t=2",
    "12,345",
    "9.98%",
    "¥9",
    "99元",
    "null",
    "--",
    '="154839030206893571"',
    "'139",
    "&amp;",
    "2026-11-24",
    "2026/11/24 08:05",
    "合计",
    "统计日期：2026-11-01"
  )
);
const delimiter = fc.constantFrom(",", "\t", ";", "\t,");
const newline = fc.constantFrom("\n", "\r\n", "\r");
const csv = fc
  .tuple(
    delimiter,
    newline,
    fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 12 }),
    fc.boolean()
  )
  .map(([d, n, rows, bom]) => (bom ? "\ufeff" : "") + rows.map((r) => r.join(d)).join(n));

async function importBytes(bytes: Uint8Array<ArrayBuffer>, chunk: number) {
  const excel = new ExcelEmulator();
  const env = { host: clientHost(excel), language: () => "en-US" as const, today: () => TODAY };
  const file: StoreFile = { name: "fuzz.csv", chunks: () => blobChunks(new Blob([bytes]), chunk) };
  const outcome = await importStoreData(env, [file], OPTIONS);
  return { excel, outcome };
}

function noFormulas(excel: ExcelEmulator): boolean {
  return excel.dump().sheets.every((s) => s.formulas === undefined);
}

describe("import fuzzing", () => {
  it("survives random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 64 }), async (bytes, chunk) => {
        const { excel, outcome } = await importBytes(new Uint8Array(bytes), chunk);
        expect(typeof outcome.message).toBe("string");
        expect(noFormulas(excel)).toBe(true);
      }),
      { numRuns: 150, interruptAfterTimeLimit: 20_000 }
    );
  });

  it("survives random CSV grammar, never writes a formula, and adds what it reports", async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.integer({ min: 1, max: 50 }), async (text, chunk) => {
        const { excel, outcome } = await importBytes(new TextEncoder().encode(text), chunk);
        expect(noFormulas(excel)).toBe(true);
        const result = outcome.results[0];
        if (result?.status === "imported" && result.sheetName) {
          const sheet = excel.dump().sheets.find((s) => s.name === result.sheetName);
          // Header row plus the rows it says it added (a table keeps one empty row when none was added).
          expect(sheet?.tables?.[0]?.address).toBeDefined();
          expect((sheet?.values.length ?? 1) - 1).toBeLessThanOrEqual(Math.max(1, result.counts.rowsAdded));
        }
      }),
      { numRuns: 200, interruptAfterTimeLimit: 25_000 }
    );
  });
});
