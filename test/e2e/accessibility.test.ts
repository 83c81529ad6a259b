/**
 * axe-core over the task pane in a real Chromium, in both languages and both themes, at the pane's narrowest
 * width (320 px): no serious or critical violations, and every control reachable by keyboard.
 */
import { describeInBrowser, screenshotPath, usePreviewSession } from "./browser";

describeInBrowser("accessibility of the task pane", () => {
  const session = usePreviewSession();

  it.each([
    ["en-US", "light"],
    ["zh-CN", "light"],
    ["en-US", "dark"],
    ["zh-CN", "dark"],
  ])("has no serious or critical axe violations in %s, %s theme", async (language, theme) => {
    // axe is injected as a script, which the pages' Content-Security-Policy rightly forbids: bypassed for the audit only.
    const context = await session.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/preview.html?lang=${language}&theme=${theme}`);
    await page.evaluate(() => window.preview.ready);
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const pane = document.querySelector(".taskpane") as Element;
      const result = await axe.run(pane);
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    const pane = page.locator(".taskpane");
    await pane.screenshot({ path: screenshotPath(`pane-${language}-${theme}`) });
    await context.close();
  });

  it("reaches every control of the pane with the keyboard, with a visible focus", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.server.url}/preview.html?lang=en-US`);
    await page.evaluate(() => window.preview.ready);
    // Settings fields sit in closed <details>: their summaries are the stops until they are opened.
    const controls = await page.locator(".taskpane :is(button, select, input, summary):visible").count();
    expect(controls).toBeGreaterThan(10);
    await page.locator("#pane-language").focus();
    const reached = new Set<string>();
    // A date field takes a Tab per part (month, day, year), so allow more presses than controls.
    for (let i = 0; i < controls * 3; i++) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest(".taskpane")) return null;
        const outline = getComputedStyle(el).outlineStyle;
        return `${el.tagName}:${el.id || el.textContent}:${outline}`;
      });
      if (focused) reached.add(focused);
      await page.keyboard.press("Tab");
    }
    const expected = await page
      .locator(".taskpane :is(button, select, input, summary):visible")
      .evaluateAll((els) => els.map((el) => `${el.tagName}:${el.id || el.textContent}`));
    // Compared as sets: the three "Settings" summaries read alike.
    expect(new Set([...reached].map((r) => r.replace(/:[a-z]+$/, "")))).toEqual(new Set(expected));
    // The focus ring is drawn (outline), not left to the browser's default alone.
    expect([...reached].filter((r) => r.endsWith(":none"))).toEqual([]);
    await page.close();
  });
});
