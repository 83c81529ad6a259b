/**
 * The operator's loop in the preview, in a real Chromium: store data → Diagnose → Add suggestions → Rank → Set
 * goals → Update goal status with its Goal Trends charts, all from the pane's buttons, in both languages.
 */
import type { Page } from "playwright-core";
import type { SheetJson, WorkbookJson } from "../../src/emulator";
import { toDateSerial } from "../../src/core/excelDate";
import { days, ordersSheet, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { describeInBrowser, pageErrors, screenshotPath, usePreviewSession } from "./browser";

const WORDS = {
  "en-US": {
    diagnose: "Diagnose store data",
    add: "Add suggestions to growth points",
    rank: "Rank growth points",
    goals: "Set goals for focus points",
    update: "Update goal status",
    diagnosis: "Diagnosis",
    trends: "Goal Trends",
    points: "Growth Points",
    goalsSheet: "Goals",
  },
  "zh-CN": {
    diagnose: "诊断店铺数据",
    add: "把建议加入增长点",
    rank: "增长点排名",
    goals: "为重点增长点设定目标",
    update: "更新目标状态",
    diagnosis: "诊断建议",
    trends: "目标趋势",
    points: "增长点",
    goalsSheet: "目标",
  },
} as const;

/** A shop whose conversion and AOV slipped in the last three days, with a CTR goal under way for ten days. */
function shop(language: "en-US" | "zh-CN"): WorkbookJson {
  const now = new Date();
  const today = toDateSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
  const zh = language === "zh-CN";
  const history = [...days(14), ...days(3, { buyers: 21, gmv: 1700 })].map((d, i) => ({
    ...d,
    clicks: 380 + i * 6 + (i % 3) * 5,
  }));
  const points: SheetJson = {
    name: WORDS[language].points,
    values: [
      zh ? ["增长点", "成功率", "增长率"] : ["Growth point", "Success rate", "Growth rate"],
      [zh ? "直播带货" : "Live streaming", 0.3, 0.1],
    ],
    tables: [{ name: "GrowthPoints", address: "A1:C2" }],
  };
  const goals: SheetJson = {
    name: WORDS[language].goalsSheet,
    values: [
      zh
        ? ["目标", "增长点", "指标", "基准值", "目标值", "当前值", "开始日期", "截止日期"]
        : ["Goal", "Growth point", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
      [
        zh ? "主图点击率到 4.5%" : "Main image CTR to 4.5%",
        zh ? "主图优化" : "Main image",
        zh ? "点击率" : "CTR",
        0.04,
        0.045,
        null,
        today - 10,
        today + 4,
      ],
    ],
    tables: [{ name: "Goals", address: "A1:H2" }],
  };
  return { sheets: [storeMetricsSheet(history, today - 1, zh), ordersSheet(90, 60, today - 1), points, goals] };
}

describeInBrowser("the operator's loop in the preview", () => {
  const session = usePreviewSession();
  let page: Page;

  afterEach(async () => {
    await page?.close();
  });

  it.each(["en-US", "zh-CN"] as const)(
    "diagnoses, adds suggestions, sets goals and draws their trends in %s",
    async (language) => {
      const w = WORDS[language];
      page = await session.browser.newPage({ viewport: { width: 1840, height: 760 } });
      const errors = pageErrors(page);
      await page.goto(`${session.server.url}/preview.html?lang=${language}`);
      await page.evaluate(() => window.preview.ready);
      await page.evaluate((workbook) => window.preview.loadWorkbook(workbook), shop(language));
      const pane = page.getByRole("complementary");
      const click = async (label: string, sheet: string) => {
        const before = JSON.stringify(
          await page.evaluate(async () =>
            (await window.preview.dumpWorkbook()).sheets.map((s) => s.name + s.values.length)
          )
        );
        await pane.getByRole("button", { name: label, exact: true }).click();
        await page.waitForFunction(
          async (old) =>
            JSON.stringify((await window.preview.dumpWorkbook()).sheets.map((s) => s.name + s.values.length)) !== old,
          before
        );
        await page.getByRole("button", { name: label, exact: true }).and(page.locator(":enabled")).first().waitFor();
        return (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === sheet);
      };

      const diagnosis = await click(w.diagnose, w.diagnosis);
      expect(diagnosis?.values.slice(1, 4).map((r) => r[1])).toEqual(
        language === "zh-CN" ? ["支付转化率", "客单价", "订单数"] : ["Conversion rate", "AOV", "Orders"]
      );
      await page.getByRole("tab", { name: w.diagnosis }).click();
      await page.screenshot({ path: screenshotPath(`preview-diagnosis-${language}`) });

      const points = await click(w.add, w.points);
      expect(points?.values).toHaveLength(5);
      await click(w.rank, language === "zh-CN" ? "增长点排名" : "Growth Ranking");
      const goals = await click(w.goals, w.goalsSheet);
      expect(goals?.values).toHaveLength(4);
      await pane.getByRole("button", { name: w.update, exact: true }).click();
      await page.getByRole("tab", { name: w.trends }).waitFor();
      await page.getByRole("tab", { name: w.trends }).click();
      // Three goals with a store metric: three line charts, the CTR goal's with ten days of actuals. The grid
      // draws the sheet once the host has sent it.
      await page.locator("svg.chart").nth(2).waitFor();
      await expect(page.locator("svg.chart").count()).resolves.toBe(3);
      await expect(page.locator("svg.chart path.chart-line").count()).resolves.toBe(6);
      await page.screenshot({ path: screenshotPath(`preview-goal-trends-${language}`) });
      expect(errors).toEqual([]);
    }
  );
});
