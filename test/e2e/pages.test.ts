/**
 * The support and privacy pages as built, in a real Chromium: both languages, every link leading to a page that is
 * there, axe clean (no serious or critical findings), and readable in Windows' forced colours.
 */
import { describeInBrowser, screenshotPath, usePreviewSession } from "./browser";

const PAGES = ["support.html", "support.zh-CN.html", "privacy.html", "privacy.zh-CN.html"];

describeInBrowser("the support and privacy pages", () => {
  const session = usePreviewSession();

  it.each(PAGES)(
    "%s: in its language, its links lead to the other pages, and axe finds nothing serious",
    async (file) => {
      // axe is injected as a script, which the pages' policy rightly forbids: bypassed for the audit only.
      const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 900, height: 1000 } });
      const page = await context.newPage();
      const response = await page.goto(`${session.server.url}/${file}`);
      expect(response?.status()).toBe(200);
      const language = file.includes("zh-CN") ? "zh-CN" : "en-US";
      expect(await page.getAttribute("html", "lang")).toBe(language);
      expect(await page.locator("h1").textContent()).toMatch(language === "zh-CN" ? /^增长运营：/ : /^Growth Ops: /);
      // Support, privacy, and this page in the other language.
      const links = await page.locator("nav a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const other = language === "zh-CN" ? file.replace(".zh-CN", "") : file.replace(".html", ".zh-CN.html");
      expect(links.map((l) => l.slice(session.server.url.length + 1))).toEqual([
        language === "zh-CN" ? "support.zh-CN.html" : "support.html",
        language === "zh-CN" ? "privacy.zh-CN.html" : "privacy.html",
        other,
      ]);
      for (const link of links) expect((await page.request.get(link)).status()).toBe(200);
      // The stylesheets the page names are there too.
      for (const sheet of await page
        .locator("link[rel=stylesheet]")
        .evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href)))
        expect((await page.request.get(sheet)).status()).toBe(200);
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      if (file === "privacy.zh-CN.html")
        await page.screenshot({ path: screenshotPath("page-privacy-zh-CN"), fullPage: true });
      await context.close();
    }
  );

  it("shows the task pane in forced colours with its regions and buttons still told apart, and axe finds nothing serious", async () => {
    const context = await session.browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
      forcedColors: "active",
    });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/preview.html?lang=zh-CN`);
    await page.evaluate(() => window.preview.ready);
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    // A primary button, whose blue background the theme drops, keeps a border of the theme's button text colour.
    const border = await page
      .locator(".pane-button.primary")
      .first()
      .evaluate((b) => getComputedStyle(b).borderTopWidth);
    expect(border).toBe("2px");
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document.querySelector(".taskpane") as Element);
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.locator(".taskpane").screenshot({ path: screenshotPath("pane-zh-CN-forced-colors") });
    await context.close();
  });
});
