/**
 * `npm run bench`: measures the add-in and writes bench/results.json with `budgets: [{ name, value, budget, ok }]`
 * and the raw figures, then prints a table. Timings vary with the machine and its load, so they are measured here
 * and never asserted in tests; the deterministic budgets (sync counts, request bytes, bundle size) are also
 * asserted by tests. Run with `node --expose-gc` (npm run bench does) so heap figures start from a clean heap.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { cpus, totalmem } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import Papa from "papaparse";
import { parse as csvParse } from "csv-parse/sync";
import type { CommandEnvironment } from "../src/commands/environment";
import { generateDailySchedule, logDailyReport } from "../src/commands/dailySchedule";
import { diagnoseStoreData } from "../src/commands/diagnoseStoreData";
import { setGoalsForFocus } from "../src/commands/setGoals";
import { readWorkbookState } from "../src/commands/workbookSetup";
import { importStoreData } from "../src/commands/importStoreData";
import { rankGrowthPoints } from "../src/commands/rankGrowthPoints";
import { updateGoalStatus } from "../src/commands/updateGoalStatus";
import { writeWeeklyReview } from "../src/commands/weeklyReview";
import { toDateSerial } from "../src/core/excelDate";
import { lastFullWeek } from "../src/core/review/period";
import { columnRule, normalizeValue } from "../src/core/import/normalize";
import { ExportSession } from "../src/core/import/session";
import type { GrowthPoint } from "../src/core/ranking";
import { rankPoints as rankInCore } from "../src/core/ranking";
import { readCsvRows } from "../src/csv/reader";
import { CHUNK_BYTES, blobChunks } from "../src/csv/chunks";
import { readSpreadsheetInThread } from "../src/spreadsheet/inThread";
import * as XLSX from "@e965/xlsx";
import { orderSessionFigure } from "./orders";
import { median, ratioFigure } from "./spread";
import type { JsonCell, WorkbookJson } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import { clientHost } from "../test/fixtures/officeClient";
import { browserFigures } from "./browser";
import { MB, figure, figures, time } from "./figures";
import { layoutFigure, profitFigure } from "./scale";
import { adsFigure } from "./ads";
import { refundsFigure } from "./refunds";
import { days, ordersSheet, productsSheet, storeMetricsSheet } from "../test/fixtures/generators/storeSheets";

const ROOT = join(__dirname, "..", "..");

/** A Sycm-like product export, built in parts so that no single string holds the whole file. */
function sycmLikeFile(rows: number): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = [
    new TextEncoder().encode("统计日期,商品ID,商品名称,商品访客数,商品浏览量,支付转化率,支付金额,支付件数\n"),
  ];
  const encoder = new TextEncoder();
  for (let start = 0; start < rows; start += 50_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 50_000); i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      lines.push(
        `2026-11-${day},="${600000000000 + i}",商品${i % 997}号 连衣裙 ,"${(1000 + (i % 5000)).toLocaleString("en-US")} ",${(i % 9000) + 3},${((i % 1000) / 100).toFixed(2)}%,"¥${((i % 100000) / 3).toFixed(2)}",${i % 50}`
      );
    }
    parts.push(encoder.encode(lines.join("\n") + "\n"));
  }
  return new Blob(parts);
}

function environment(workbook?: WorkbookJson): { excel: ExcelEmulator; env: CommandEnvironment } {
  const excel = new ExcelEmulator(workbook);
  return {
    excel,
    env: { host: clientHost(excel), language: () => "en-US", today: () => ({ year: 2026, month: 11, day: 24 }) },
  };
}

async function roundTrips(): Promise<void> {
  const sizes = [10, 1_000, 100_000];
  // Request bytes each further row may cost (formats once per column, 15 digits, no repeated text), counted on the
  // bodies Microsoft's client sends between 1,000 and 100,000 rows, so that what a command writes once (Goal
  // Trends' 20 charts, a summary, the fitted widths) is not spread over the rows: measured 69, 56 and 25. Goal
  // status writes six figures a goal, most of them 15-digit fractions.
  const bytesPerRow: Record<string, number> = {
    "rank growth points": 75,
    "update goal status": 60,
    "generate daily schedule": 28,
  };
  const writtenAt: Record<string, number> = {};
  const metrics = storeMetricsSheet(days(17), 46349);
  const points = (n: number) => ({
    name: "Growth Points",
    values: [
      ["Growth point", "Success rate", "Growth rate", "Owner"],
      ...Array.from({ length: n }, (_, i): JsonCell[] => [
        `Point ${i}`,
        ((i * 37) % 100) / 100,
        ((i * 53) % 200) / 100,
        `Owner ${i % 7}`,
      ]),
    ],
  });
  const tasks = (n: number) => ({
    name: "Daily Tasks",
    values: [
      ["Task", "Minutes", "Priority"],
      ...Array.from({ length: n }, (_, i): JsonCell[] => [`Task ${i}`, 30, (i % 5) + 1]),
    ],
  });
  type Run = (env: CommandEnvironment) => Promise<{ ok: boolean; message: string }>;
  // Each command, the workbook it runs on at n rows, and what must run first (the log needs the day's schedule).
  const commands: [string, (rows: number) => WorkbookJson, Run, Run | null][] = [
    ["rank growth points", (n) => ({ sheets: [points(n)] }), rankGrowthPoints, null],
    [
      "update goal status",
      (n) => ({
        sheets: [
          {
            name: "Goals",
            values: [
              ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
              ...Array.from({ length: n }, (_, i): JsonCell[] => [
                `Goal ${i}`,
                "CTR",
                0.04,
                0.06,
                0.04 + (i % 20) / 1000,
                46348,
                46355,
              ]),
            ],
          },
        ],
      }),
      updateGoalStatus,
      null,
    ],
    ["generate daily schedule", (n) => ({ sheets: [tasks(n)] }), (env) => generateDailySchedule(env), null],
    [
      "log daily report",
      (n) => ({ sheets: [tasks(n)] }),
      (env) => logDailyReport(env),
      (env) => generateDailySchedule(env),
    ],
    [
      "diagnose store data (order list of n rows)",
      (n) => ({ sheets: [metrics, ordersSheet(n, Math.round(n * 0.6), 46349)] }),
      diagnoseStoreData,
      null,
    ],
    ["set goals for focus points", (n) => ({ sheets: [metrics, points(n)] }), setGoalsForFocus, null],
    // The review reads Store Metrics, the inputs, the log and the week's schedules with the Sycm product report's
    // first rows; a long report's further rows come in blocks.
    [
      "write weekly review (product report of n rows)",
      (n) => ({
        sheets: [
          metrics,
          points(10),
          productsSheet(
            Array.from({ length: Math.ceil(n / 2) }, (_, i) => ({
              name: `Product ${i}`,
              visitors: 200 + (i % 50),
              buyers: 4 + (i % 5),
            })),
            46348
          ),
        ],
      }),
      (env) => writeWeeklyReview(env, lastFullWeek(toDateSerial(env.today()))),
      null,
    ],
  ];
  for (const [name, workbook, run, before] of commands) {
    for (const size of sizes) {
      const book = workbook(size);
      const { excel, env } = environment(book);
      if (before) await before(env);
      // As an operator meets it: the pane has read the workbook when it opened, so the layout is known.
      await readWorkbookState(env);
      excel.resetStats();
      const outcome = await run(env);
      const stats = excel.stats();
      // The issue's budget: 2 round trips while the data fits one read and one write under 4 MB; beyond that one
      // more per further 4 MB block. The blocks the data needs: its cells to read (values and formats, about 25
      // bytes a cell) and the request written, each in 4 MB.
      const cells = book.sheets.reduce((n, sheet) => n + sheet.values.length * (sheet.values[0]?.length ?? 0), 0);
      const written = stats.requestBytes.reduce((a, b) => a + b, 0);
      const blocks =
        Math.max(0, Math.ceil((cells * 25) / (4 * MB)) - 1) + Math.max(0, Math.ceil(written / (4 * MB)) - 1);
      figure({
        name: `${name}, ${size.toLocaleString("en-US")} rows: syncs`,
        value: stats.syncs,
        unit: "syncs",
        budget: 2 + blocks,
        kind: "max",
        ...(outcome.ok ? {} : { note: `failed: ${outcome.message}` }),
      });
      figure({
        name: `${name}, ${size.toLocaleString("en-US")} rows: largest request / response`,
        value: Math.max(stats.maxRequestBytes, stats.maxResponseBytes),
        unit: "bytes",
        budget: 5 * MB,
        kind: "max",
      });
      if (size === 1_000) writtenAt[name] = written;
      if (size === 100_000 && bytesPerRow[name] !== undefined && writtenAt[name] !== undefined) {
        figure({
          name: `${name}: request bytes per further row (1,000 → 100,000 rows)`,
          value: Math.round((written - writtenAt[name]) / (size - 1_000)),
          unit: "B/row",
          budget: bytesPerRow[name],
          kind: "max",
        });
      }
      if (!outcome.ok)
        figures.find((f) => f.name === `${name}, ${size.toLocaleString("en-US")} rows: syncs`)!.ok = false;
    }
  }
}

/**
 * An import of `rows` rows into an emulated workbook, in a function of its own: once it returns, nothing holds the
 * workbook. (Kept in the caller's scope, a million-row workbook stayed live through the figures measured after it,
 * and every garbage collection there traced it: the throughput ratios fell by half.)
 */
async function importOnEmulator(rows: number): Promise<void> {
  const label = rows.toLocaleString("en-US");
  const file = sycmLikeFile(rows);
  const { excel, env } = environment();
  const started = performance.now();
  const outcome = await importStoreData(env, [{ name: "products.csv", chunks: () => blobChunks(file) }], {
    replace: false,
    clock: () => performance.now(),
    now: () => ({ year: 2026, month: 11, day: 24, hour: 12, minute: 0, second: 0 }),
  });
  const ms = performance.now() - started;
  const stats = excel.stats();
  const added = outcome.results[0]?.counts.rowsAdded ?? 0;
  // Issue budget: the blocks the file's megabytes need, twice (write, and reading back what they touch), and six more.
  const megabytes = file.size / MB;
  const budget = rows >= 200_000 ? { budget: 2 * Math.ceil(megabytes / 4) + 6, kind: "max" as const } : {};
  figure({
    name: `import ${label} rows (${megabytes.toFixed(1)} MB): syncs`,
    value: stats.syncs,
    unit: "syncs",
    ...budget,
    ...(added === rows ? {} : { note: `added ${added}` }),
  });
  if (rows === 200_000) {
    // The same export again into the table it made: every key read back to tell unchanged rows, nothing else.
    excel.resetStats();
    const again = await importStoreData(env, [{ name: "products.csv", chunks: () => blobChunks(file) }], {
      replace: false,
      clock: () => performance.now(),
      now: () => ({ year: 2026, month: 11, day: 24, hour: 12, minute: 5, second: 0 }),
    });
    const unchanged = again.results[0]?.counts.rowsUnchanged ?? 0;
    figure({
      name: `import ${label} rows again into its table: syncs`,
      value: excel.stats().syncs,
      unit: "syncs",
      ...budget,
      ...(unchanged === rows ? {} : { note: `unchanged ${unchanged}` }),
    });
  }
  figure({
    name: `import ${label} rows: largest request`,
    value: stats.maxRequestBytes,
    unit: "bytes",
    budget: 4 * MB,
    kind: "max",
  });
  figure({ name: `import ${label} rows: time on the emulator`, value: Math.round(ms), unit: "ms" });
}

async function importFigures(): Promise<void> {
  for (const rows of [10_000, 200_000, 1_000_000]) await importOnEmulator(rows);

  // Peak heap above the baseline while a million rows stream through the reader and the session into a sink that
  // only counts: what the pipeline itself holds, without a workbook.
  const file = sycmLikeFile(1_000_000);
  // Live memory is the JS heap and the typed arrays' buffers outside it (the key table lives there).
  const live = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  gc?.();
  const baseline = live();
  let peak = baseline;
  let counted = 0;
  const session = new ExportSession("products.csv");
  let batches = 0;
  for await (const batch of readCsvRows(blobChunks(file), () => undefined)) {
    counted += session.push(batch.rows).length;
    // Every 1 MB of file (16 chunks), collected and then read while the batch is still held: what the pipeline
    // really holds, not garbage V8 has merely not reclaimed yet (that depended on when V8 happened to collect, and
    // so on whatever else the process held). A collection per 64 KB chunk would take longer than the import.
    if (++batches % 16 === 0) {
      gc?.();
      peak = Math.max(peak, live());
    }
  }
  figure({
    name: "import 1,000,000 rows into a counting sink, with de-duplication: peak live heap + array buffers above baseline",
    value: Number(((peak - baseline) / MB).toFixed(1)),
    unit: "MB",
    budget: 32,
    kind: "max",
    ...(counted === 1_000_000 ? {} : { note: `counted ${counted}` }),
    ...(gc ? {} : { note: "run with --expose-gc for a clean baseline" }),
  });

  // The same stream without the session's key set: what decoding, parsing and normalising hold on their own.
  gc?.();
  const streamBase = process.memoryUsage().heapUsed;
  let streamPeak = streamBase;
  let cells = 0;
  for await (const batch of readCsvRows(blobChunks(file), () => undefined)) {
    for (const row of batch.rows)
      for (const cell of row) if (normalizeValue(cell, { fen: false, id: false }).type !== "blank") cells++;
    if (++batches % 16 === 0) {
      gc?.();
      streamPeak = Math.max(streamPeak, process.memoryUsage().heapUsed);
    }
  }
  figure({
    name: "stream 1,000,000 rows through decode + parse + normalise: peak live heap above baseline",
    value: Number(((streamPeak - streamBase) / MB).toFixed(1)),
    unit: "MB",
    budget: 64,
    kind: "max",
    ...(cells > 0 ? {} : { note: "no cells" }),
  });

  const bytes = new Uint8Array(await sycmLikeFile(200_000).arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const raw = () => void Papa.parse<string[]>(new TextDecoder().decode(bytes));
  // The same bytes in memory for every variant, in the reader's chunks: reading a Blob is I/O (in Node it alone
  // takes about a third of the pipeline's time), and raw papaparse is given its bytes in memory too.
  const inMemory = async function* (): AsyncGenerator<Uint8Array> {
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) yield bytes.subarray(start, start + CHUNK_BYTES);
  };
  const pipeline = async () => {
    let rules: ReturnType<typeof columnRule>[] | null = null;
    for await (const batch of readCsvRows(inMemory(), () => undefined)) {
      for (const row of batch.rows) {
        rules ??= row.map(columnRule);
        for (let c = 0; c < row.length; c++) normalizeValue(row[c] as string, rules[c] ?? { fen: false, id: false });
      }
    }
  };
  const wholeSession = async () => {
    const s = new ExportSession("products.csv");
    for await (const batch of readCsvRows(inMemory(), () => undefined)) s.push(batch.rows);
  };
  const other = await time(() => void csvParse(text, { relax_column_count: true, relax_quotes: true }));
  const rounds = await interleaved({ raw, pipeline, wholeSession });
  const perSecond = (ms: number) => Math.round(200_000 / (ms / 1000));
  figure({
    name: "raw papaparse (decode + parse), 200,000 rows (median)",
    value: perSecond(median(rounds.raw)),
    unit: "rows/s",
  });
  figure({ name: "csv-parse (parse only, for context), 200,000 rows", value: perSecond(other), unit: "rows/s" });
  figure({
    name: "decode + parse + normalise, 200,000 rows (median)",
    value: perSecond(median(rounds.pipeline)),
    unit: "rows/s",
  });
  // Ratios per round, then their median and spread: a spread that crosses the budget counts as missed.
  const ratio = (name: string, times: number[], budget: number) =>
    figure(
      ratioFigure(
        `${name}: throughput ratio to raw papaparse`,
        times.map((t, i) => (rounds.raw[i] as number) / t),
        budget
      )
    );
  // The import performance issue's budgets: the pipeline as fast as papaparse alone, the session three quarters of it.
  ratio("decode + parse + normalise", rounds.pipeline, 1.0);
  ratio("the whole session with de-duplication", rounds.wholeSession, 0.75);
}

/** Times each variant once per round, in turn, for five rounds after a warm-up, each on a collected heap. */
async function interleaved<K extends string>(
  variants: Record<K, () => Promise<void> | void>,
  rounds = 5
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round <= rounds; round++) {
    for (const name of names) {
      gc?.();
      const start = performance.now();
      await variants[name]();
      if (round > 0) times[name].push(performance.now() - start);
    }
  }
  return times;
}

/**
 * The same 100,000 rows as .xlsx (compressed, as Excel and the stores' exports save it) and as CSV, each read into
 * rows and through the session (no workbook): the
 * spreadsheet path's cost beside the CSV path's. Rounds interleave the two, and the medians are compared.
 */
async function spreadsheetFigure(): Promise<void> {
  const csv = sycmLikeFile(100_000);
  const csvBytes = new Uint8Array(await csv.arrayBuffer());
  const xlsxBytes = new Uint8Array(
    XLSX.write(XLSX.read(new TextDecoder().decode(csvBytes), { type: "string", raw: true }), {
      type: "array",
      bookType: "xlsx",
      compression: true,
    }) as ArrayBuffer
  );
  const through = async (batches: AsyncIterable<{ rows: string[][] }>) => {
    const session = new ExportSession("products");
    let added = 0;
    for await (const batch of batches) added += session.push(batch.rows).length;
    return added;
  };
  const csvTimes: number[] = [];
  const xlsxTimes: number[] = [];
  let rows = 0;
  for (let round = 0; round < 6; round++) {
    gc?.();
    let start = performance.now();
    rows = await through(readCsvRows(blobChunks(new Blob([csvBytes])), () => undefined));
    if (round > 0) csvTimes.push(performance.now() - start);
    gc?.();
    start = performance.now();
    const xlsxRows = await through(readSpreadsheetInThread(xlsxBytes));
    if (round > 0) xlsxTimes.push(performance.now() - start);
    if (xlsxRows !== rows) throw new Error(`xlsx gave ${xlsxRows} rows, CSV ${rows}`);
  }
  const perSecond = (ms: number) => Math.round(100_000 / (ms / 1000));
  figure({ name: "100,000 rows as CSV: read + session", value: perSecond(median(csvTimes)), unit: "rows/s" });
  figure({
    name: "the same rows as .xlsx (read on this thread, as without a Worker): read + session",
    value: perSecond(median(xlsxTimes)),
    unit: "rows/s",
  });
  // Half the CSV path's pace: the import performance issue's budget.
  figure(
    ratioFigure(
      ".xlsx throughput as a ratio to CSV",
      csvTimes.map((c, i) => c / (xlsxTimes[i] as number)),
      0.5
    )
  );
}

async function rankingFigure(): Promise<void> {
  const points: GrowthPoint[] = Array.from({ length: 100_000 }, (_, i) => ({
    name: `Point ${i}`,
    successRate: ((i * 7919) % 101) / 100,
    growthRate: ((i * 104729) % 201) / 100,
    owner: null,
    deadline: null,
    row: i + 1,
    order: i,
  }));
  const ranked = await time(
    () => void rankInCore(points, { focusLimit: 2, successThreshold: 0.5, growthThreshold: "median" }),
    7
  );
  const scores = points.map((p) => p.successRate * p.growthRate);
  const sorted = await time(() => void Float64Array.from(scores).sort(), 7);
  figure({ name: "rank 100,000 growth points in the core", value: Number(ranked.toFixed(1)), unit: "ms" });
  figure({ name: "plain sort of 100,000 floats", value: Number(sorted.toFixed(1)), unit: "ms" });
  // For context: the earlier performance issue's 5× budget was replaced by the current issue's budgets.
  figure({ name: "ranking as a ratio to the plain sort", value: Number((ranked / sorted).toFixed(2)), unit: "×" });
}

function bundleFigure(): void {
  const dist = join(ROOT, "dist");
  const page = existsSync(join(dist, "taskpane.html")) ? readFileSync(join(dist, "taskpane.html"), "utf8") : "";
  // Every script the pane's page loads, office.js aside: the pane's own code, the custom functions and what they share.
  const files = [...page.matchAll(/<script[^>]*src="?([^" >]+)"?/g)]
    .map((m) => m[1] as string)
    .filter((src) => !src.startsWith("https://"));
  if (files.length === 0) {
    figure({
      name: "task pane page's initial JavaScript, gzipped (run npm run build first)",
      value: NaN,
      unit: "KB",
      budget: 60,
      kind: "max",
    });
    return;
  }
  const size = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  figure({
    name: `task pane page's initial JavaScript without office.js (${files.length} scripts), gzipped`,
    value: Number((size / 1024).toFixed(1)),
    unit: "KB",
    budget: 60,
    kind: "max",
  });
}

async function browserFigure(): Promise<void> {
  const csv = new Uint8Array(await sycmLikeFile(200_000).arrayBuffer());
  const hundred = new Uint8Array(await sycmLikeFile(100_000).arrayBuffer());
  const xlsx = new Uint8Array(
    XLSX.write(XLSX.read(new TextDecoder().decode(hundred), { type: "string", raw: true }), {
      type: "array",
      bookType: "xlsx",
      compression: true,
    }) as ArrayBuffer
  );
  const nodeImport = async () => {
    const { env } = environment();
    const started = performance.now();
    await importStoreData(env, [{ name: "products.csv", chunks: () => blobChunks(new Blob([csv])) }], {
      replace: false,
      clock: () => performance.now(),
      now: () => ({ year: 2026, month: 11, day: 24, hour: 12, minute: 0, second: 0 }),
    });
    return performance.now() - started;
  };
  for (const f of await browserFigures(ROOT, { xlsx, csv, csvRows: 200_000 }, nodeImport)) figure(f);
}

/** The parts, by name; BENCH_ONLY=roundTrips,importFigures runs some of them and leaves results.json as it was. */
const PARTS: Record<string, () => Promise<void> | void> = {
  profitFigure,
  layoutFigure,
  adsFigure,
  refundsFigure,
  rankingFigure,
  bundleFigure,
  browserFigure,
  importFigures,
  spreadsheetFigure,
  orderSessionFigure,
  roundTrips,
};

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(",").filter((p) => p in PARTS);
  for (const [name, part] of Object.entries(PARTS)) if (!only || only.includes(name)) await part();
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const budgets = figures
    .filter((f) => f.budget !== undefined)
    .map((f) => ({ name: f.name, value: f.value, budget: f.budget, ok: f.ok, ...(f.note ? { note: f.note } : {}) }));
  if (!only)
    writeFileSync(
      join(ROOT, "bench", "results.json"),
      JSON.stringify({ machine, date: new Date().toISOString(), budgets, figures }, null, 2) + "\n"
    );
  console.log(`Machine: ${machine}\n`);
  console.log("| figure | value | budget |\n|---|---:|---|");
  for (const f of figures) {
    const budget =
      f.budget === undefined
        ? ""
        : `${f.ok ? "ok" : "**missed**"} (${f.kind === "min" ? "≥" : "≤"} ${f.budget.toLocaleString("en-US")})`;
    console.log(
      `| ${f.name}${f.note ? ` (${f.note})` : ""} | ${f.value.toLocaleString("en-US")} ${f.unit} | ${budget} |`
    );
  }
}

void main();
