/**
 * Position in market in the preview, in a real Chromium: the competition watch calibrates 交易指数 on our own days,
 * Sycm's 市场 exports and the order details are imported through the pane's file picker, and the Market sheet shows
 * the findings with the growth rates the fixtures know, in both languages.
 */
import type { Page } from "playwright-core";
import { LATEST, competitionFixture, competitorsSheet, ourShopAndRivals } from "../fixtures/generators/competition";
import { marketExports } from "../fixtures/generators/market";
import { storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { describeInBrowser, pageErrors, screenshotPath, usePreviewSession } from "./browser";

const WORDS = {
  "en-US": {
    watch: "Watch competitors",
    watched: "compares 3 subjects",
    file: "Import store data",
    imported: "Imported ",
    position: "Position in market",
    positioned: "with 4 findings",
    sheet: "Market",
    band: "A price band with demand where we sell little",
  },
  "zh-CN": {
    watch: "监控竞争对手",
    watched: "对比了 3 个主体",
    file: "导入店铺数据",
    imported: "已导入",
    position: "市场定位",
    positioned: "共 4 条发现",
    sheet: "市场定位",
    band: "有需求的价格带本店卖得少",
  },
} as const;

const fixture = competitionFixture(ourShopAndRivals(), 56, LATEST);
const FILES = Object.values(marketExports(LATEST)).map((f) => ({
  name: f.name,
  mimeType: "text/csv",
  buffer: Buffer.from(f.text, "utf8"),
}));

describeInBrowser("Position in market in the preview", () => {
  const session = usePreviewSession();
  let page: Page;

  afterEach(async () => {
    await page?.close();
  });

  it.each(["en-US", "zh-CN"] as const)("writes the Market sheet with its findings in %s", async (language) => {
    const w = WORDS[language];
    page = await session.browser.newPage({ viewport: { width: 1840, height: 900 } });
    const errors = pageErrors(page);
    await page.goto(`${session.server.url}/preview.html?lang=${language}`);
    await page.evaluate(() => window.preview.ready);
    const sheets = [storeMetricsSheet(fixture.metrics, LATEST, language === "zh-CN"), competitorsSheet(fixture.rows)];
    await page.evaluate((workbook) => window.preview.loadWorkbook(workbook), { sheets });
    const pane = page.getByRole("complementary");

    await pane.getByRole("button", { name: w.watch, exact: true }).click();
    await page.getByRole("status").filter({ hasText: w.watched }).waitFor();
    await page.getByLabel(w.file).setInputFiles(FILES);
    await page.getByRole("status").filter({ hasText: w.imported }).waitFor();
    await pane.getByRole("button", { name: w.position, exact: true }).click();
    await page.getByRole("status").filter({ hasText: w.positioned }).waitFor();

    const dump = await page.evaluate(() => window.preview.dumpWorkbook());
    const band = dump.sheets.find((s) => s.name === w.sheet)?.values.find((r) => r[0] === w.band);
    // 50 more units of the 50-100 band at 75 against our 12,700 of sales.
    expect(band?.[1]).toBe("50-100");
    expect(band?.[4] as number).toBeCloseTo(3750 / 12700, 12);

    await page.getByRole("tab", { name: w.sheet, exact: true }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath(`preview-market-${language}`) });
    expect(errors).toEqual([]);
  });
});
