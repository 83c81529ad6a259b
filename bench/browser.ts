/**
 * The figures only a browser can give, in Debian's Chromium on the built preview: how long the longest main-thread
 * task runs while a 100,000-row .xlsx imports (the file is read in a Web Worker, and the workbook host answers
 * Microsoft's client from another, so the page's thread does what an add-in's does in Excel), and a 200,000-row CSV
 * import's pace against the same import on the host in Node, in the same run. Skipped, saying why, without a
 * Chromium or a build.
 */
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium } from "playwright-core";
import { serveDirectory } from "../test/e2e/staticServer";
import { spreadText } from "./spread";

export interface BrowserFigure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  kind?: "max" | "min";
  note?: string;
  spread?: readonly [number, number];
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>["newPage"]>>;

/**
 * The .xlsx read on the page's thread in this Chromium with each inflater, five interleaved rounds after a warm-up:
 * the platform's DecompressionStream is chosen where it exists, so it must be the faster here too.
 */
async function inflaterFigures(page: Page, xlsx: Uint8Array): Promise<BrowserFigure[]> {
  await page.route("**/bench-read.xlsx", (route) => route.fulfill({ body: Buffer.from(xlsx) }));
  const read = (inflater: "platform" | "sheetjs") =>
    page.evaluate(async (which) => {
      const bytes = new Uint8Array(await (await fetch("bench-read.xlsx")).arrayBuffer());
      const start = performance.now();
      const preview = (window as unknown as { preview: { readWorkbook(b: Uint8Array, i: string): Promise<number> } })
        .preview;
      const rows = await preview.readWorkbook(bytes, which);
      return { ms: performance.now() - start, rows };
    }, inflater);
  const platform: number[] = [];
  const sheetjs: number[] = [];
  for (let round = 0; round <= 5; round++) {
    const [p, s] = [await read("platform"), await read("sheetjs")];
    if (p.rows !== s.rows) throw new Error(`the inflaters gave ${p.rows} and ${s.rows} rows`);
    if (round === 0) continue;
    platform.push(p.ms);
    sheetjs.push(s.ms);
  }
  await page.close();
  const ratios = platform.map((p, i) => (sheetjs[i] as number) / p);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
  const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
  return [
    {
      name: "100,000-row .xlsx read in Chromium, the platform's inflater (median of 5)",
      value: Math.round(median(platform)),
      unit: "ms",
    },
    { name: "the same read with SheetJS's inflater (median of 5)", value: Math.round(median(sheetjs)), unit: "ms" },
    {
      name: `the platform's inflater's pace as a ratio to SheetJS's (median of 5 interleaved rounds; spread ${spreadText(low, high)})`,
      value: Number(median(ratios).toFixed(2)),
      unit: "×",
      budget: 1,
      kind: "min",
      spread: [low, high],
    },
  ];
}

/**
 * `nodeImport` runs the same CSV import on the host in Node (Microsoft's client in Node, the emulator answering it)
 * and gives its milliseconds: the rounds alternate with the preview's.
 */
export async function browserFigures(
  root: string,
  files: { xlsx: Uint8Array; csv: Uint8Array; csvRows: number },
  nodeImport: () => Promise<number>
): Promise<BrowserFigure[]> {
  const dist = join(root, "dist");
  if (!existsSync(CHROMIUM) || !existsSync(join(dist, "preview.html")))
    return [{ name: "browser figures (need Chromium and a build)", value: NaN, unit: "" }];
  const dir = mkdtempSync(join(tmpdir(), "growth-ops-bench-"));
  const xlsxPath = join(dir, "products.xlsx");
  const csvPath = join(dir, "products.csv");
  writeFileSync(xlsxPath, files.xlsx);
  writeFileSync(csvPath, files.csv);
  const server = await serveDirectory(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const out: BrowserFigure[] = [];
  try {
    const open = async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/preview.html?lang=en-US`);
      await page.evaluate(() => (window as unknown as { preview: { ready: Promise<void> } }).preview.ready);
      return page;
    };
    const importing = async (page: Awaited<ReturnType<typeof open>>, path: string) => {
      const started = Date.now();
      await page.getByLabel("Import store data").setInputFiles(path);
      await page.getByRole("status").filter({ hasText: "Imported" }).waitFor({ timeout: 600_000 });
      return Date.now() - started;
    };

    // The longest task on the page's thread while the .xlsx imports.
    const page = await open();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; importStart: number };
      w.longTasks = [];
      w.importStart = Infinity;
      // The task in which the harness hands the file to the input (its injected script) is not the add-in's: only
      // tasks that start after the input's change event count.
      document.addEventListener("change", () => (w.importStart = Math.min(w.importStart, performance.now())), {
        capture: true,
      });
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))
      ).observe({ type: "longtask" });
    });
    await importing(page, xlsxPath);
    const tasks = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; importStart: number };
      return w.longTasks.filter(([start]) => start >= w.importStart).map(([, duration]) => duration);
    });
    out.push({
      name: "100,000-row .xlsx import in the preview: longest main-thread task (the host in its worker)",
      value: Math.round(Math.max(0, ...tasks)),
      unit: "ms",
      budget: 50,
      kind: "max",
      note: `${tasks.length} tasks over 50 ms`,
    });
    await page.close();
    out.push(...(await inflaterFigures(await open(), files.xlsx)));

    // A CSV import's pace in the preview against the same import on the host in Node: five rounds after a
    // warm-up, each a fresh page (an import into a workbook that already holds the rows would only find duplicates)
    // and then the Node import, so the two alternate; the ratio per round, then its median and spread. What the
    // preview adds (the worker's messages, the page's client, the grid) is what the ratio shows.
    const ratios: number[] = [];
    const imports: number[] = [];
    const nodes: number[] = [];
    const syncs: number[] = [];
    const stats = (p: Awaited<ReturnType<typeof open>>) =>
      p.evaluate(() => (window as unknown as { preview: { stats(): Promise<{ syncs: number }> } }).preview.stats());
    for (let round = 0; round <= 5; round++) {
      const csvPage = await open();
      const before = (await stats(csvPage)).syncs;
      const ms = await importing(csvPage, csvPath);
      // The status shows once the pane's work after the import (its diagnosis count, a profit refresh) is done.
      syncs.push((await stats(csvPage)).syncs - before);
      await csvPage.close();
      const node = await nodeImport();
      if (round === 0) continue;
      imports.push(ms);
      nodes.push(node);
      ratios.push(node / ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
    const perSecond = (t: number) => Math.round(files.csvRows / (t / 1000));
    const low = Math.min(...ratios),
      high = Math.max(...ratios);
    out.push({
      name: `${files.csvRows.toLocaleString("en-US")}-row CSV import in the preview (median of 5)`,
      value: perSecond(median(imports)),
      unit: "rows/s",
    });
    out.push({
      name: "the same import on the host in Node (median of 5)",
      value: perSecond(median(nodes)),
      unit: "rows/s",
    });
    const megabytes = files.csv.length / 2 ** 20;
    out.push({
      name: `${files.csvRows.toLocaleString("en-US")}-row CSV import (${megabytes.toFixed(1)} MB) in the preview, the pane's work after it included: round trips (most of 6 rounds)`,
      value: Math.max(...syncs),
      unit: "syncs",
      budget: 2 * Math.ceil(megabytes / 4) + 6,
      kind: "max",
    });
    out.push({
      name: `preview import as a ratio to the same import in Node (median of 5 interleaved rounds; spread ${spreadText(low, high)})`,
      value: Number(median(ratios).toFixed(2)),
      unit: "×",
      budget: 0.5,
      kind: "min",
      spread: [low, high],
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
