/**
 * `npm run bench`: measures the import pipeline and writes bench/results.json. Timings vary with the machine
 * and its load, so they are measured here and never asserted in tests.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { cpus, totalmem } from "os";
import Papa from "papaparse";
import { importStoreData } from "../src/commands/importStoreData";
import { ExportSession } from "../src/core/import/session";
import { columnRule, normalizeValue } from "../src/core/import/normalize";
import { blobChunks, readCsvRows } from "../src/csv/reader";
import { ExcelEmulator } from "../src/emulator";
import { emulatorHost } from "../src/emulator/host";

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  ok?: boolean;
}

/** A Sycm-like product export: dates, ids, names, counts, percents and amounts with separators. */
export function sycmLikeCsv(rows: number): Uint8Array<ArrayBuffer> {
  const lines = ["统计日期,商品ID,商品名称,商品访客数,商品浏览量,支付转化率,支付金额,支付件数"];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`2026-11-${day},="${600000000000 + i}",商品${i % 997}号 连衣裙 ,"${(1000 + (i % 5000)).toLocaleString("en-US")} ",${(i % 9000) + 3},${((i % 1000) / 100).toFixed(2)}%,"¥${((i % 100000) / 3).toFixed(2)}",${i % 50}`);
  }
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

/** The median of five runs after one warm-up, so the JIT and the heap settle before anything is counted. */
const time = async (work: () => Promise<void> | void): Promise<number> => {
  await work();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await work();
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[2] as number;
};

async function throughput(rows: number): Promise<Figure[]> {
  const bytes = sycmLikeCsv(rows);
  let rawRows = 0;
  const raw = await time(() => {
    rawRows = 0;
    rawRows = Papa.parse<string[]>(new TextDecoder().decode(bytes)).data.length;
  });
  // Decode + parse + normalise: the streaming reader and every cell through the importer's normalisation.
  let cells = 0;
  const pipeline = await time(async () => {
    cells = 0;
    let rules: ReturnType<typeof columnRule>[] | null = null;
    for await (const batch of readCsvRows(blobChunks(new Blob([bytes])), () => undefined)) {
      for (const row of batch.rows) {
        rules ??= row.map(columnRule);
        for (let c = 0; c < row.length; c++) {
          normalizeValue(row[c] as string, rules[c] ?? { fen: false });
          cells++;
        }
      }
    }
  });
  // The whole per-file session on top: header and totals, types, and de-duplication by key.
  let kept = 0;
  const session = await time(async () => {
    kept = 0;
    const s = new ExportSession("bench.csv");
    for await (const batch of readCsvRows(blobChunks(new Blob([bytes])), () => undefined)) kept += s.push(batch.rows).length;
  });
  if (kept !== rows || rawRows < rows || cells < rows) throw new Error(`row counts differ: ${kept} / ${rawRows}`);
  const label = rows.toLocaleString("en-US");
  return [
    { name: `raw papaparse (decode + parse), ${label} rows`, value: Math.round(rows / (raw / 1000)), unit: "rows/s" },
    { name: `decode + parse + normalise, ${label} rows`, value: Math.round(rows / (pipeline / 1000)), unit: "rows/s" },
    { name: "decode + parse + normalise: throughput ratio to raw papaparse", value: Number((raw / pipeline).toFixed(2)), unit: "×", budget: 0.5, ok: raw / pipeline >= 0.5 },
    { name: `whole session with de-duplication, ${label} rows`, value: Math.round(rows / (session / 1000)), unit: "rows/s" },
  ];
}

async function importOnEmulator(rows: number): Promise<Figure[]> {
  const excel = new ExcelEmulator();
  const env = { host: emulatorHost(excel), language: () => "en-US" as const, today: () => ({ year: 2026, month: 11, day: 24 }) };
  const bytes = sycmLikeCsv(rows);
  let added = 0;
  const started = performance.now();
  await (async () => {
    const outcome = await importStoreData(env, [{ name: "products.csv", chunks: () => blobChunks(new Blob([bytes])) }], {
      replace: false,
      clock: () => performance.now(),
      now: () => ({ year: 2026, month: 11, day: 24, hour: 12, minute: 0, second: 0 }),
    });
    added = outcome.results[0]?.counts.rowsAdded ?? 0;
  })();
  const ms = performance.now() - started;
  if (added !== rows) throw new Error(`imported ${added} of ${rows} rows`);
  const stats = excel.stats();
  const label = rows.toLocaleString("en-US");
  return [
    { name: `import of ${label} rows into the emulator: syncs`, value: stats.syncs, unit: "syncs" },
    { name: `import of ${label} rows: largest request`, value: stats.maxRequestBytes, unit: "bytes", budget: 4 * 1024 * 1024, ok: stats.maxRequestBytes < 4 * 1024 * 1024 },
    { name: `import of ${label} rows: time on the emulator`, value: Math.round(ms), unit: "ms" },
  ];
}

async function main(): Promise<void> {
  const figures = [...(await throughput(200_000)), ...(await importOnEmulator(200_000))];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const budgets = figures.filter((f) => f.budget !== undefined).map((f) => ({ name: f.name, value: f.value, budget: f.budget, ok: f.ok }));
  writeFileSync(join(__dirname, "..", "..", "bench", "results.json"), JSON.stringify({ machine, date: new Date().toISOString(), budgets, figures }, null, 2) + "\n");
  console.log(`Machine: ${machine}`);
  console.log("| figure | value | budget |\n|---|---:|---:|");
  for (const f of figures) console.log(`| ${f.name} | ${f.value.toLocaleString("en-US")} ${f.unit} | ${f.budget === undefined ? "" : `${f.ok ? "ok" : "MISSED"} (${f.budget.toLocaleString("en-US")})`} |`);
  if (budgets.some((b) => !b.ok)) process.exitCode = 1;
}

void main();
