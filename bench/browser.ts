/**
 * The figures only a browser can give, in Debian's Chromium on the built preview: how long the longest main-thread
 * task runs while a 100,000-row .xlsx imports (the workbook is read in a Web Worker; the emulator, which stands in
 * for Excel, runs on the page's thread), and a 200,000-row CSV import's pace against raw papaparse in the same
 * browser. Skipped, saying why, without a Chromium or a build.
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
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function browserFigures(root: string, files: { xlsx: Uint8Array; csv: Uint8Array; csvRows: number }): Promise<BrowserFigure[]> {
  const dist = join(root, "dist");
  if (!existsSync(CHROMIUM) || !existsSync(join(dist, "preview.html"))) return [{ name: "browser figures (need Chromium and a build)", value: NaN, unit: "" }];
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
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: "longtask" });
    });
    await importing(page, xlsxPath);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    out.push({ name: "100,000-row .xlsx import in the preview: longest main-thread task (the emulator's work included)", value: Math.round(Math.max(0, ...tasks)), unit: "ms", budget: 200, kind: "max", note: `${tasks.length} tasks over 50 ms` });
    await page.close();

    // A CSV import's pace in the preview against raw papaparse on the same bytes in the same browser: five rounds
    // after a warm-up, each a fresh page (an import into a workbook that already holds the rows would only find
    // duplicates) and then papaparse in that page, so the two alternate; the ratio per round, then its median and
    // spread.
    const ratios: number[] = [];
    const imports: number[] = [];
    const raws: number[] = [];
    for (let round = 0; round <= 5; round++) {
      const csvPage = await open();
      const ms = await importing(csvPage, csvPath);
      // Same-origin URLs for papaparse and the file: the page's CSP allows only its own scripts.
      await csvPage.route("**/bench-papaparse.js", (route) => route.fulfill({ path: join(root, "node_modules", "papaparse", "papaparse.min.js"), contentType: "text/javascript" }));
      await csvPage.route("**/bench-products.csv", (route) => route.fulfill({ path: csvPath, contentType: "text/csv" }));
      await csvPage.addScriptTag({ url: "/bench-papaparse.js" });
      const raw = await csvPage.evaluate(async () => {
        const bytes = await (await fetch("/bench-products.csv")).arrayBuffer();
        const papa = (window as unknown as { Papa: { parse(text: string): unknown } }).Papa;
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const start = performance.now();
          papa.parse(new TextDecoder().decode(bytes));
          times.push(performance.now() - start);
        }
        return times.sort((a, b) => a - b)[1] as number;
      });
      await csvPage.close();
      if (round === 0) continue;
      imports.push(ms);
      raws.push(raw);
      ratios.push(raw / ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
    const perSecond = (t: number) => Math.round(files.csvRows / (t / 1000));
    const low = Math.min(...ratios), high = Math.max(...ratios);
    out.push({ name: `${files.csvRows.toLocaleString("en-US")}-row CSV import in the preview (median of 5)`, value: perSecond(median(imports)), unit: "rows/s" });
    out.push({ name: "raw papaparse in the same browser (median of 5)", value: perSecond(median(raws)), unit: "rows/s" });
    out.push({ name: `preview import as a ratio to raw papaparse in the browser (median of 5 interleaved rounds; spread ${spreadText(low, high)})`, value: Number(median(ratios).toFixed(2)), unit: "×", budget: 0.3, kind: "min", spread: [low, high] });
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
