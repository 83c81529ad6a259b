/**
 * The promotion loop in the preview, in a real Chromium: the picker lists the events, Plan promotion fills Daily
 * Tasks, Review promotion writes its sheet and Copy promotion review shows the message, in both languages.
 */
import type { Page } from "playwright-core";
import { toDateSerial } from "../../src/core/excelDate";
import type { JsonCell, SheetJson, WorkbookJson } from "../../src/emulator";
import { twelveDay } from "../fixtures/generators/promotionDays";
import { storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { describeInBrowser, pageErrors, screenshotPath, usePreviewSession } from "./browser";

const WORDS = {
  "en-US": {
    plan: "Plan promotion",
    review: "Review promotion",
    copy: "Copy promotion review",
    event: "Event",
    planned: "tasks of Year-end sale added to Daily Tasks",
    reviewed: "双12 reviewed on",
    copied: "ready to copy",
    sheet: "Promotion Review",
    promotions: [
      "Promotions",
      "Event",
      "Phase",
      "Start",
      "End",
      "GMV goal",
      "Sign-up deadline",
      "Warm-up",
      "Sale",
      "Return",
    ],
    tasks: "Daily Tasks",
    later: "Year-end sale",
  },
  "zh-CN": {
    plan: "大促计划",
    review: "大促复盘",
    copy: "复制大促复盘",
    event: "大促活动",
    planned: "年货节的",
    reviewed: "复盘双12",
    copied: "已可复制",
    sheet: "大促复盘",
    promotions: ["大促", "活动", "阶段", "开始", "结束", "GMV目标", "报名截止", "预热", "正式", "返场"],
    tasks: "每日任务",
    later: "年货节",
  },
} as const;

/** The 双12 of the generated days, moved to have ended 15 days ago, and an event ahead. */
function shop(language: "en-US" | "zh-CN"): WorkbookJson {
  const now = new Date();
  const today = toDateSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  const first = today - 30;
  const shift = first - 46355;
  const [name, event, phase, start, end, goal, signup, warmup, sale, returns] = WORDS[language].promotions;
  const promotions: SheetJson = {
    name,
    values: [
      [event, phase, start, end, goal],
      ["双12", signup, first - 1, null, 320000],
      ["双12", warmup, first, first + 10, null],
      ["双12", sale, first + 13, null, null],
      ["双12", returns, first + 14, first + 15, null],
      [WORDS[language].later, signup, today + 3, null, 300000],
      [WORDS[language].later, warmup, today + 5, today + 9, null],
      [WORDS[language].later, sale, today + 10, today + 12, null],
    ] as JsonCell[][],
    tables: [{ name: "Promotions", address: "A1:E8" }],
  };
  // 75 days of the generated shop, the last yesterday.
  const days = Array.from({ length: 75 }, (_, i) => twelveDay(first - 45 + i - shift));
  const metrics = storeMetricsSheet(days, today - 1, language === "zh-CN");
  return { sheets: [promotions, metrics] };
}

describeInBrowser("the promotion loop in the preview", () => {
  const session = usePreviewSession();
  let page: Page;

  afterEach(async () => {
    await page?.close();
  });

  it.each(["en-US", "zh-CN"] as const)("plans an event ahead and reviews the one just over in %s", async (language) => {
    const w = WORDS[language];
    page = await session.browser.newPage({ viewport: { width: 1840, height: 900 } });
    const errors = pageErrors(page);
    await page.goto(`${session.server.url}/preview.html?lang=${language}`);
    await page.evaluate(() => window.preview.ready);
    await page.evaluate((workbook) => window.preview.loadWorkbook(workbook), shop(language));
    const pane = page.getByRole("complementary");
    const picker = pane.getByLabel(w.event, { exact: true });
    // The event ahead first, then the one just over.
    await picker.locator("option", { hasText: "双12" }).waitFor({ state: "attached" });
    await expect(picker.locator("option").allTextContents()).resolves.toEqual([w.later, "双12"]);

    await pane.getByRole("button", { name: w.plan, exact: true }).click();
    await page.getByRole("status").filter({ hasText: w.planned }).waitFor();
    const dump = await page.evaluate(() => window.preview.dumpWorkbook());
    // Six of the default template's seven tasks under the header: the event has no return phase for its review task.
    expect(dump.sheets.find((s) => s.name === w.tasks)?.values.length).toBe(7);

    await picker.selectOption("双12");
    await pane.getByRole("button", { name: w.review, exact: true }).click();
    await page.getByRole("status").filter({ hasText: w.reviewed }).waitFor();
    await page.getByRole("tab", { name: new RegExp(`^${w.sheet}`) }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath(`preview-promotion-review-${language}`) });

    await pane.getByRole("button", { name: w.copy, exact: true }).click();
    await page.getByRole("status").filter({ hasText: w.copied }).waitFor();
    const text = await pane.locator("#pane-promotion-review").inputValue();
    expect(text.split("\n")[0]).toMatch(/^双12/);
    expect(text.length).toBeLessThanOrEqual(1500);
    expect(errors).toEqual([]);
  });
});
