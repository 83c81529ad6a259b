/**
 * The built task pane page as Excel's shared runtime loads it: office.js (served locally here, as the page's CDN
 * is out of reach), the shared chunk, functions.js and the pane. With a CustomFunctions runtime present, each
 * GROWTHOPS id is associated with a function that gives the core's answer; without one, the page still loads.
 */
import { join } from "path";
import type { Page } from "playwright-core";
import { OFFICE_DIST, describeInBrowser, pageErrors, usePreviewSession } from "./browser";

describeInBrowser("the task pane page's custom functions in Chromium", () => {
  const session = usePreviewSession();
  let page: Page;

  afterEach(async () => {
    await page?.close();
  });

  async function open(withRuntime: boolean): Promise<string[]> {
    page = await session.browser.newPage();
    const errors = pageErrors(page);
    // office.js and its host table from the package; anything else it asks the CDN for is refused, as offline.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => {
      const file = ["office.js", "o15apptofilemappingtable.js"].find((name) =>
        route.request().url().endsWith(`/${name}`)
      );
      return file ? route.fulfill({ path: join(OFFICE_DIST, file), contentType: "text/javascript" }) : route.abort();
    });
    if (withRuntime) {
      // What Excel's runtime provides: the Error class with its code. office.js keeps an existing CustomFunctions
      // object and sets its own associate on it; the setter below keeps office.js's and records each association.
      await page.addInitScript(() => {
        const bound: Record<string, (...args: unknown[]) => unknown> = {};
        (window as unknown as { bound: typeof bound }).bound = bound;
        let officeAssociate: ((id: string, fn: (...args: unknown[]) => unknown) => void) | null = null;
        const runtime = {
          Error: class {
            constructor(
              readonly code: string,
              readonly message?: string
            ) {}
          },
        };
        Object.defineProperty(runtime, "associate", {
          get: () => (id: string, fn: (...args: unknown[]) => unknown) => {
            bound[id] = fn;
            officeAssociate?.(id, fn);
          },
          set: (fn: typeof officeAssociate) => (officeAssociate = fn),
        });
        (window as unknown as { CustomFunctions: unknown }).CustomFunctions = runtime;
      });
    }
    await page.goto(`${session.server.url}/taskpane.html`, { waitUntil: "domcontentloaded" });
    return errors;
  }

  it("associates every GROWTHOPS id with its function, which answers as the core does", async () => {
    const errors = await open(true);
    await page.waitForFunction(() => Object.keys((window as unknown as { bound: object }).bound).length === 9);
    const answers = await page.evaluate(() => {
      const bound = (window as unknown as { bound: Record<string, (...args: unknown[]) => unknown> }).bound;
      const error = (call: () => unknown) => {
        try {
          call();
          return null;
        } catch (e) {
          return (e as { code: string }).code;
        }
      };
      return {
        ids: Object.keys(bound).sort(),
        score: bound["SCORE"]?.("60%", 0.2),
        conversion: bound["CONVERSION"]?.(36, 1200),
        refused: error(() => bound["ROI"]?.(800, 0)),
        index: bound["INDEXVALUE"]?.(20000, [["Trade index", "GMV", 28, 10000, 30000, 0.05, 1.3, 0.99, 0.05, ""]]),
        breakEven: bound["BREAKEVENROI"]?.(81, 40, "5%"),
        loss: error(() => bound["BREAKEVENROI"]?.(81, 80, "5%")),
        outside: error(() =>
          bound["INDEXVALUE"]?.(90000, [["Trade index", "GMV", 28, 10000, 30000, 0.05, 1.3, 0.99, 0.05, ""]])
        ),
      };
    });
    expect(answers).toEqual({
      ids: [
        "BREAKEVENROI",
        "CONVERSION",
        "GOALSTATUS",
        "INDEXVALUE",
        "PROGRESS",
        "QUADRANT",
        "ROI",
        "SCORE",
        "UVVALUE",
      ],
      score: 0.6 * 0.2,
      conversion: 0.03,
      refused: "#DIV/0!",
      index: expect.closeTo(0.05 * 20000 ** 1.3, 6),
      breakEven: expect.closeTo(81 / (81 * 0.95 - 40), 9),
      loss: "#NUM!",
      outside: "#N/A",
    });
    expect(errors).toEqual([]);
  });

  it("loads without a custom-functions runtime (the pane in a browser, an Excel without one)", async () => {
    const errors = await open(false);
    await page.locator("body").waitFor();
    expect(errors.filter((e) => /CustomFunctions|associate/.test(e))).toEqual([]);
  });
});
