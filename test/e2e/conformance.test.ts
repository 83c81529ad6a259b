/**
 * conformance.html and window.Excel in a real Chromium: the suite runs against the emulator when no Excel is
 * there, and any Office.js snippet can drive the preview's workbook.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { OFFICE_DIST, describeInBrowser, screenshotPath, usePreviewSession } from "./browser";

describeInBrowser("the conformance page and window.Excel", () => {
  const session = usePreviewSession();

  it("runs every case against the emulator when the page is outside Excel, and shows the table", async () => {
    const page = await session.browser.newPage({ viewport: { width: 900, height: 900 } });
    // No network here: Microsoft's office.js is answered with the same file from @microsoft/office-js, which
    // outside Office reports no host, as it would in any browser tab.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => {
      const file = new URL(route.request().url()).pathname.split("/").pop() ?? "";
      return ["office.js", "o15apptofilemappingtable.js"].includes(file)
        ? route.fulfill({ body: readFileSync(join(OFFICE_DIST, file)), contentType: "text/javascript" })
        : route.fulfill({ status: 404 });
    });
    await page.goto(`${session.server.url}/conformance.html`);
    // Outside Excel the page moves to its twin that runs the package's Excel client against the emulated workbook.
    await page.waitForURL(/conformance-emulated\.html$/);
    await page.waitForFunction(() => window.conformance?.done === true, undefined, { timeout: 20_000 });
    const result = await page.evaluate(() => ({
      passed: window.conformance.passed,
      failed: window.conformance.failed,
      cases: window.conformance.cases.length,
      host: window.conformance.host,
    }));
    expect(result).toMatchObject({ failed: 0, host: "Growth Ops emulator" });
    expect(result.passed).toBe(result.cases);
    expect(result.cases).toBeGreaterThanOrEqual(30);
    await expect(page.locator("tbody tr").count()).resolves.toBe(result.cases);
    await page.screenshot({ path: screenshotPath("conformance-emulator"), fullPage: false });
    await page.close();
  });

  it("exposes window.Excel in the preview, so a snippet runs against the emulated workbook", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/preview.html?lang=en-US`);
    await page.evaluate(() => window.preview.ready);
    const read = await page.evaluate(async () => {
      const excel = (
        window as unknown as {
          Excel: {
            run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
            ErrorCodes: Record<string, string>;
          };
        }
      ).Excel;
      const values = await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("A1:B1").values = [["Snippet", "60%"]];
        const range = sheet.getRange("A1:B1").load("values");
        await context.sync();
        return range.values;
      });
      return {
        values,
        code: excel.ErrorCodes.itemNotFound,
        stats: await window.preview.stats(),
        dump: (await window.preview.dumpWorkbook()).sheets[0]?.values[0],
      };
    });
    expect(read.values).toEqual([["Snippet", 0.6]]);
    expect(read.code).toBe("ItemNotFound");
    expect(read.dump).toEqual(["Snippet", 0.6]);
    expect(read.stats.maxResponseBytes).toBeGreaterThan(0);
    await page.close();
  });
});
