/**
 * The built preview in a real Chromium: the task pane, the ribbon strip and the grid working together on the
 * emulated workbook, in both languages.
 */
import { SCHEDULE_OUTPUT } from "../../src/core/contract";
import type { Language } from "../../src/core/language";
import { translator } from "../../src/wording";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import type { WorkbookJson } from "../../src/emulator";
import { packageBytes, worksheetXml } from "../fixtures/generators/ooxml";
import { sycmProductsWorkbook } from "../fixtures/generators/workbooks";
import { sycmProducts } from "../fixtures/generators/sycm";
import { LATEST, competitionFixture, ourShopAndRivals } from "../fixtures/generators/competition";
import { reviewWorkbook } from "../fixtures/generators/review";
import { describeInBrowser, isOfficeTelemetryRefusal, screenshotPath, usePreviewSession } from "./browser";

describeInBrowser("the preview in Chromium", () => {
  const session = usePreviewSession();
  /** The grid draws what the host's worker last sent, a moment after a change: wait until it shows this sheet. */
  const grid = (language: Language, sheet: string) =>
    page.getByRole("table", { name: translator(language)("preview.grid", { sheet }), exact: true });
  const showing = (sheet: string) => grid("en-US", sheet).or(grid("zh-CN", sheet)).waitFor();
  let page: Page;
  let pageErrors: string[];
  let offOrigin: string[];

  /** `today`: the page's clock stands at this local time (its timers still run), for work that counts from today. */
  async function open(language: "en-US" | "zh-CN", today?: Date): Promise<Page> {
    page = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    if (today) await page.clock.setFixedTime(today);
    pageErrors = [];
    offOrigin = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on(
      "console",
      (message) =>
        message.type() === "error" && !isOfficeTelemetryRefusal(message.text()) && pageErrors.push(message.text())
    );
    page.on("request", (request) => !request.url().startsWith(session.server.url) && offOrigin.push(request.url()));
    await page.goto(`${session.server.url}/preview.html?lang=${language}`);
    await page.evaluate(() => window.preview.ready);
    return page;
  }

  afterEach(async () => {
    await page?.close();
  });

  /** Inserts the sample and waits for its own completion message ("Working…" comes first and must not count). */
  async function insertSample(language: "en-US" | "zh-CN"): Promise<void> {
    const [label, done] =
      language === "zh-CN" ? ["插入示例数据", "已添加示例数据"] : ["Insert sample data", "Sample data added"];
    await page.getByRole("complementary").getByRole("button", { name: label }).first().click();
    await page.getByRole("status").filter({ hasText: done }).waitFor();
  }

  it("shows a command's outcome under the section clicked, in view, and clears the last command's alert", async () => {
    await open("en-US");
    await insertSample("en-US");
    const pane = page.getByRole("complementary");
    // A command near the foot of a tall pane: Copy daily report before any schedule exists fails.
    await pane.getByRole("button", { name: "Copy daily report" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "No report made:" });
    await alert.waitFor();
    const section = (locator: typeof alert) =>
      locator.evaluate((el) => el.closest("section")?.getAttribute("aria-labelledby") ?? null);
    await expect(section(alert)).resolves.toBe("pane-schedule-title");
    await expect(
      alert.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      })
    ).resolves.toBe(true);
    // A command near the top: its outcome moves up beside it, and the old alert is gone.
    await pane.getByRole("button", { name: "Rank growth points" }).click();
    const done = page.getByRole("status").filter({ hasText: "Ranked" });
    await done.waitFor();
    await expect(section(done)).resolves.toBe("pane-growth-title");
    // An empty alert region is not shown, so it is found by its class rather than its role.
    await expect(page.locator(".pane-alert").textContent()).resolves.toBe("");
    await page.screenshot({ path: screenshotPath("preview-outcome-beside-command") });
    expect(pageErrors).toEqual([]);
  });

  it("inserts the sample data from the pane, shows it in the grid, and reports in the status region", async () => {
    await open("en-US");
    const pane = page.getByRole("complementary");
    const before = await page.evaluate(async () => (await window.preview.stats()).syncs);
    await pane.getByRole("button", { name: "Insert sample data" }).first().click();
    await page.getByRole("status").filter({ hasText: "Sample data added" }).waitFor();
    // Two round trips to insert (the second notes the layout it leaves), one for the pane to read the workbook again.
    expect((await page.evaluate(async () => (await window.preview.stats()).syncs)) - before).toBe(3);

    const dump = await page.evaluate(() => window.preview.dumpWorkbook());
    expect(dump.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Growth Points",
      "Goals",
      "Daily Tasks",
      "Settings",
      "Promotions",
    ]);
    expect(dump.sheets[1]?.values[0]).toEqual(["Growth point", "Success rate", "Growth rate", "Owner", "Deadline"]);
    await showing("Growth Points");
    await expect(page.getByRole("tab", { name: "Growth Points" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(
      page.getByRole("table", { name: "Cells of Growth Points" }).getByRole("cell", { name: "70%" }).first().isVisible()
    ).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath("preview-sample-data-en-US") });
    for (const sheet of ["Goals", "Daily Tasks", "Settings"]) {
      await page.getByRole("tab", { name: sheet }).click();
      await page.getByRole("table", { name: `Cells of ${sheet}` }).waitFor();
      await page.screenshot({ path: screenshotPath(`preview-sheet-${sheet.replace(" ", "-").toLowerCase()}-en-US`) });
    }
    expect(pageErrors).toEqual([]);
    // Nothing leaves the page's own origin: office.js is served locally and the add-in calls no service.
    expect(offOrigin).toEqual([]);
  });

  it("speaks Chinese with ?lang=zh-CN, in the pane, the ribbon and the sheets it writes", async () => {
    await open("zh-CN");
    await expect(page.getByRole("navigation").getByRole("button", { name: "增长点排名" }).isVisible()).resolves.toBe(
      true
    );
    await page.getByRole("complementary").getByRole("button", { name: "插入示例数据" }).click();
    await page.getByRole("status").filter({ hasText: "已添加示例数据" }).waitFor();
    const dump = await page.evaluate(() => window.preview.dumpWorkbook());
    expect(dump.sheets.map((s) => s.name)).toEqual(["Sheet1", "增长点", "目标", "每日任务", "设置", "大促"]);
    await page.screenshot({ path: screenshotPath("preview-sample-data-zh-CN") });
    expect(pageErrors).toEqual([]);
  });

  it("loads and dumps a workbook through window.preview, and keeps a user's sheet when its name is taken", async () => {
    await open("en-US");
    const workbook: WorkbookJson = {
      sheets: [
        {
          name: "Goals",
          values: [
            ["Mine", 1],
            [null, 1],
          ],
          formulas: [
            [null, null],
            [null, "=B1"],
          ],
        },
      ],
    };
    await page.evaluate((json) => window.preview.loadWorkbook(json), workbook);
    await page.getByRole("complementary").getByRole("button", { name: "Insert sample data" }).click();
    await page.getByRole("status").filter({ hasText: "Goals (2)" }).waitFor();
    const dump = await page.evaluate(() => window.preview.dumpWorkbook());
    expect(dump.sheets[0]).toEqual(workbook.sheets[0]);
  });

  it("lists and switches the host's variants, and ranks text that starts like a formula as that text under each", async () => {
    await open("en-US");
    const listed = await page.evaluate(() => window.preview.variants());
    expect(listed).toEqual({
      apostropheInTextCell: { value: "kept", values: ["kept", "prefix"] },
      signInTextCell: { value: "formula", values: ["formula", "text"] },
      valueUnderMerge: { value: "refused", values: ["refused", "dropped"] },
    });
    await expect(page.evaluate(() => window.preview.setVariant("signInTextCell", "maybe"))).rejects.toThrow(
      /takes formula or text/
    );
    for (const value of ["text", "formula"]) {
      expect(
        (await page.evaluate((v) => window.preview.setVariant("signInTextCell", v), value)).signInTextCell.value
      ).toBe(value);
      const points = [
        ["Growth point", "Success rate", "Growth rate", "Owner"],
        ['=HYPERLINK("http://x","y")', 0.7, 0.3, "@me"],
        ["-10% refunds", 0.5, 0.2, "+86 hotline"],
      ];
      await page.evaluate(
        (values) => window.preview.loadWorkbook({ sheets: [{ name: "Growth Points", values }] }),
        points
      );
      await page.getByRole("complementary").getByRole("button", { name: "Rank growth points" }).click();
      await page.getByRole("status").filter({ hasText: "Ranked 2" }).waitFor();
      const ranking = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find(
        (s) => s.name === "Growth Ranking"
      );
      const cells = (ranking?.values ?? []).slice(1, 3).map((r) => [r[1], r[7]]);
      expect(cells).toEqual([
        ['=HYPERLINK("http://x","y")', "@me"],
        ["-10% refunds", "+86 hotline"],
      ]);
      expect((ranking?.formulas ?? []).flat().filter((f) => typeof f === "string" && f.startsWith("="))).toEqual([]);
    }
    expect(pageErrors).toEqual([]);
  });

  it.each([
    [
      "en-US",
      "Insert sample data",
      "Generate daily schedule",
      "Log daily report",
      "Schedule date",
      "Schedule 2026-11-23",
      "Operation Log",
    ],
    ["zh-CN", "插入示例数据", "生成每日日程", "记录运营日志", "日程日期", "日程 2026-11-23", "运营日志"],
  ] as const)(
    "plans a chosen day and logs its report from the pane in %s",
    async (language, _insert, generate, log, dateLabel, sheetName, logSheet) => {
      await open(language);
      const pane = page.getByRole("complementary");
      await insertSample(language);
      await pane.getByLabel(dateLabel).fill("2026-11-23");
      await pane.getByRole("button", { name: generate }).click();
      await page.getByRole("status").filter({ hasText: sheetName }).waitFor();
      await pane.getByRole("button", { name: generate }).scrollIntoViewIfNeeded();
      await showing(sheetName);
      await page.screenshot({ path: screenshotPath(`preview-schedule-${language}`) });
      // Tick the first slot as a user would, then log the day.
      await page.evaluate(
        async ({ name, mark }) => {
          const dump = await window.preview.dumpWorkbook();
          const sheet = dump.sheets.find((s) => s.name === name);
          // The preview's client has no cell checkboxes, so Done takes the done mark from its list: tick the first slot.
          if (sheet)
            sheet.values[1] = [
              sheet.values[1]?.[0] ?? null,
              sheet.values[1]?.[1] ?? null,
              sheet.values[1]?.[2] ?? null,
              mark,
              "ok",
            ];
          await window.preview.loadWorkbook({ ...dump, activeSheet: name });
        },
        { name: sheetName, mark: SCHEDULE_OUTPUT.doneMark }
      );
      await pane.getByRole("button", { name: log }).click();
      await page.getByRole("status").filter({ hasText: "2026-11-23" }).waitFor();
      const dump = await page.evaluate(() => window.preview.dumpWorkbook());
      expect(dump.sheets.find((s) => s.name === logSheet)?.values[1]?.slice(0, 3)).toEqual([
        46349,
        expect.any(Number),
        1,
      ]);
      expect(pageErrors).toEqual([]);
    }
  );

  it.each([
    ["en-US", "Insert sample data", "Rank growth points", "Ranked 8 growth points", "Growth Ranking"],
    ["zh-CN", "插入示例数据", "增长点排名", "给 8 个增长点排名", "增长点排名"],
  ] as const)(
    "ranks the sample growth points from the pane in %s, with the chart drawn",
    async (language, _insert, rankLabel, done, sheetName) => {
      await open(language);
      const pane = page.getByRole("complementary");
      await insertSample(language);
      const before = await page.evaluate(async () => (await window.preview.stats()).syncs);
      await pane.getByRole("button", { name: rankLabel }).click();
      await page.getByRole("status").filter({ hasText: done }).waitFor();
      // The pane knows the layout: one read, one write.
      expect((await page.evaluate(async () => (await window.preview.stats()).syncs)) - before).toBe(2);

      const dump = await page.evaluate(() => window.preview.dumpWorkbook());
      const ranking = dump.sheets.find((s) => s.name === sheetName);
      expect(ranking?.tables).toEqual([{ name: "GrowthRanking", address: "A1:J9" }]);
      expect(dump.activeSheet).toBe(sheetName);
      // The grid redraws from the host's next view, a moment after the command is done, as Excel's grid does.
      await page
        .getByRole("img", { name: language === "zh-CN" ? "成功率 × 增长率" : "Success rate × growth rate" })
        .waitFor();
      // Wide enough to show the chart beside the table, as on a desktop screen.
      await page.setViewportSize({ width: 1840, height: 720 });
      await showing(sheetName);
      await page.screenshot({ path: screenshotPath(`preview-ranking-${language}`) });
      expect(pageErrors).toEqual([]);
    }
  );

  it.each([
    ["en-US", "Import store data", "Imported", "Sycm Overview", "Import Log", "Store Metrics"],
    ["zh-CN", "导入店铺数据", "已导入", "生意参谋概况", "导入记录", "店铺指标"],
  ] as const)(
    "imports a GBK Sycm export with a preamble through the pane's file input in %s",
    async (language, label, done, dataSheet, logSheet, metricsSheet) => {
      await open(language);
      const workers: string[] = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await page
        .getByLabel(label)
        .setInputFiles(join(__dirname, "..", "fixtures", "import", "sycm-overview-preamble.gbk.csv"));
      await page.getByRole("status").filter({ hasText: done }).waitFor();
      // The text was decoded, parsed and de-duplicated in a worker of the page's own origin; the page only sent it:
      // none of the scripts the page loaded holds papaparse (its message for a delimiter it cannot find marks it).
      expect(workers.length).toBe(1);
      expect(workers[0]?.startsWith(session.server.url)).toBe(true);
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((name) => name.endsWith(".js"))
      );
      const texts = await Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
      expect(scripts.length).toBeGreaterThan(3);
      expect(texts.filter((text) => text.includes("UndetectableDelimiter"))).toEqual([]);
      const dump = await page.evaluate(() => window.preview.dumpWorkbook());
      const data = dump.sheets.find((s) => s.name === dataSheet);
      expect(data?.tables).toEqual([{ name: "SycmOverview", address: "A1:I4" }]);
      expect(data?.values[1]?.slice(0, 6)).toEqual([46347, 1204, 3688, 36, 0.0299, 3456.7]);
      expect(dump.sheets.find((s) => s.name === logSheet)?.values[1]?.slice(1, 8)).toEqual([
        "sycm-overview-preamble.gbk.csv",
        language === "zh-CN" ? "生意参谋店铺概况" : "Sycm shop overview",
        "gb18030",
        3,
        3,
        0,
        language === "zh-CN" ? "正常。" : "OK.",
      ]);
      expect(dump.sheets.find((s) => s.name === metricsSheet)?.values[4]?.[1]).toBe(3534);
      await page.getByRole("tab", { name: dataSheet }).click();
      await showing(dataSheet);
      await page.screenshot({ path: screenshotPath(`preview-import-${language}`) });
      await page.getByRole("tab", { name: metricsSheet }).click();
      await showing(metricsSheet);
      await page.getByLabel(label).scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`preview-metrics-${language}`) });
      expect(pageErrors).toEqual([]);
    }
  );

  it("imports a day sent again through the worker: the table's rows are its keys, and Store Metrics adds up the newer figures", async () => {
    await open("zh-CN");
    const dir = mkdtempSync(join(tmpdir(), "growth-ops-"));
    const head = "统计日期,访客数,浏览量,支付买家数,支付转化率,支付金额,客单价\n";
    const first = join(dir, "店铺概况1.csv");
    writeFileSync(
      first,
      `${head}2026-11-24,2000,6000,50,2.50%,5000.00,100.00\n2026-11-25,2500,7000,75,3.00%,6000.00,80.00\n`
    );
    // 11-25 again, its GMV since grown; 11-26 new.
    const again = join(dir, "店铺概况2.csv");
    writeFileSync(
      again,
      `${head}2026-11-25,2500,7000,75,3.00%,6600.00,88.00\n2026-11-26,3000,8000,90,3.00%,7200.00,80.00\n`
    );
    await page.getByLabel("导入店铺数据").setInputFiles(first);
    await page.getByRole("status").filter({ hasText: "已导入 店铺概况1.csv" }).waitFor({ timeout: 20_000 });
    await page.getByLabel("导入店铺数据").setInputFiles(again);
    await page.getByRole("status").filter({ hasText: "新增 1 行，更新 1 行，未变 0 行" }).waitFor({ timeout: 20_000 });
    const sheets = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets;
    expect(sheets.find((s) => s.name === "生意参谋概况")?.values.map((row) => row[5])).toEqual([
      "支付金额",
      5000,
      6600,
      7200,
    ]);
    // The total row: GMV 5,000 + 6,600 + 7,200, and buyers over visitors (215 of 7,500), not the days' mean rate.
    const total = sheets.find((s) => s.name === "店铺指标")?.values.find((row) => row[0] === "合计");
    expect(total?.[5]).toBe(18_800);
    expect(total?.[4]).toBeCloseTo(215 / 7_500, 10);
    expect(pageErrors).toEqual([]);
  });

  it("imports the shop's overview and Sycm's competition download, then watches competitors on the Competition sheet", async () => {
    await open("zh-CN");
    const fixture = competitionFixture(ourShopAndRivals(), 28, LATEST);
    const day = (serial: number) => new Date(Date.UTC(1899, 11, 30 + serial)).toISOString().slice(0, 10);
    const overview = [
      "统计日期,访客数,支付买家数,支付金额",
      ...fixture.metrics.map(
        (d, i) => `${day(LATEST - 27 + i)},${Math.round(d.visitors)},${Math.round(d.buyers)},${d.gmv.toFixed(2)}`
      ),
    ].join("\n");
    const competition = fixture.rows
      .map((r, i) => (i === 0 ? r : [day(r[0] as number), ...r.slice(1)]).join(","))
      .join("\n");
    await page.getByLabel("导入店铺数据").setInputFiles([
      { name: "店铺概况.csv", mimeType: "text/csv", buffer: Buffer.from(overview) },
      { name: "竞店分析.csv", mimeType: "text/csv", buffer: Buffer.from(competition) },
    ]);
    await page.getByRole("status").filter({ hasText: "已导入" }).waitFor({ timeout: 20_000 });
    await page.getByRole("complementary").getByRole("button", { name: "监控竞争对手" }).click();
    await page.getByRole("status").filter({ hasText: "竞争分析" }).waitFor({ timeout: 20_000 });
    await showing("竞争分析");
    const sheet = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === "竞争分析");
    expect(sheet?.values[2]?.[10]).toBe("▲ 最大变动");
    expect(sheet?.charts).toEqual([{ type: "Line", title: "预估日支付金额", series: 3 }]);
    // Wide enough that the chart beside the daily GMV shows too.
    await page.setViewportSize({ width: 1800, height: 900 });
    // Its value axis on round ticks, evenly apart (not 415,179.2), the data inside them.
    await page.locator("svg.chart").first().waitFor();
    const ticks = (await page.locator("svg.chart text.chart-tick-y").allTextContents())
      .filter((t) => /^-?[\d,]+(\.\d+)?$/.test(t))
      .map((t) => Number(t.replace(/,/g, "")));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    expect(String(step)).toMatch(/^[125]0*$/);
    ticks.forEach((tick, i) => expect(tick).toBe((ticks[0] ?? 0) + i * step));
    await page.screenshot({ path: screenshotPath("preview-competition-zh-CN") });
    expect(pageErrors).toEqual([]);
  });

  it("writes last week's review in Chinese from the Goals section, and copies it as a message", async () => {
    // A Tuesday: the last full week is 2026-W47, the generated one.
    await open("zh-CN", new Date(2026, 10, 24, 10, 0, 0));
    await page.evaluate((json) => window.preview.loadWorkbook(json), { sheets: reviewWorkbook(true) } as WorkbookJson);
    const pane = page.getByRole("complementary");
    await expect(pane.getByLabel("复盘周期").inputValue()).resolves.toBe("2026-W47");
    await pane.getByRole("button", { name: "写周报" }).click();
    await page.getByRole("status").filter({ hasText: "周报 2026-W47" }).waitFor({ timeout: 20_000 });
    await showing("周报 2026-W47");
    const sheet = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find(
      (s) => s.name === "周报 2026-W47"
    );
    expect(sheet?.values[0]?.[0]).toBe("周报 2026-W47：2026-11-16 至 2026-11-22，对比 2026-11-09 至 2026-11-15");
    await page.setViewportSize({ width: 1500, height: 1100 });
    await page.screenshot({ path: screenshotPath("preview-weekly-review-zh-CN") });
    await pane.getByRole("button", { name: "复制周报" }).click();
    await page.getByRole("status").filter({ hasText: "报告已生成" }).waitFor({ timeout: 20_000 });
    const text = await pane.getByLabel("周报", { exact: true }).inputValue();
    expect(text.split("\n")[0]).toBe("周报 2026-W47：2026-11-16 至 2026-11-22，对比 2026-11-09 至 2026-11-15");
    expect(text.length).toBeLessThanOrEqual(1500);
    // Plan next week: the proposals listed with their ticks, nothing written until Add ticked goals.
    const goalsBefore = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === "目标")
      ?.values.length;
    await pane.getByRole("button", { name: "计划下周" }).click();
    await page.getByRole("status").filter({ hasText: "建议了 2 个目标" }).waitFor({ timeout: 20_000 });
    const ticks = pane.getByRole("group", { name: "下周目标：勾选要添加的" }).getByRole("checkbox");
    await expect(ticks.count()).resolves.toBe(2);
    await ticks.first().uncheck();
    await pane.getByRole("group", { name: "下周目标：勾选要添加的" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("pane-plan-next-week-zh-CN") });
    await pane.getByRole("button", { name: "添加勾选的目标" }).click();
    await page.getByRole("status").filter({ hasText: "已向“目标”添加 1 个目标" }).waitFor({ timeout: 20_000 });
    expect(
      (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === "目标")?.values.length
    ).toBe((goalsBefore ?? 0) + 1);
    expect(pageErrors).toEqual([]);
  });

  it.each([
    ["en-US", "Import store data", "Imported", "Sycm Products"],
    ["zh-CN", "导入店铺数据", "已导入", "生意参谋商品"],
  ] as const)(
    "imports a Sycm .xls dropped on the pane, read in a Web Worker, in %s",
    async (language, label, done, dataSheet) => {
      await open(language);
      const dir = mkdtempSync(join(tmpdir(), "growth-ops-"));
      const path = join(dir, "【生意参谋平台】商品_全部_2026-11-20_2026-11-20.xls");
      writeFileSync(path, sycmProductsWorkbook(46346, "2026-11-20", 200, "biff8", { withDateColumn: false }));
      const workers: string[] = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await page.getByLabel(label).setInputFiles(path);
      await page.getByRole("status").filter({ hasText: done }).waitFor({ timeout: 20_000 });
      const data = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === dataSheet);
      expect(data?.values).toHaveLength(201);
      expect(data?.values[0]?.slice(0, 3)).toEqual(["统计日期", "商品ID", "商品名称"]);
      expect(data?.values[1]?.[0]).toBe(46346);
      // SheetJS and the session ran in a worker of the page's own origin, not on the pane's thread.
      expect(workers.length).toBe(1);
      expect(workers[0]?.startsWith(session.server.url)).toBe(true);
      await page.getByRole("tab", { name: dataSheet }).click();
      await page.screenshot({ path: screenshotPath(`preview-import-xls-${language}`) });
      expect(pageErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
    }
  );

  it("cancels a large import part way: the worker is ended and no row reaches the workbook", async () => {
    await open("en-US");
    const dir = mkdtempSync(join(tmpdir(), "growth-ops-"));
    const path = join(dir, "products.csv");
    writeFileSync(path, sycmProducts({ day: "2026-11-20", products: 150_000 }));
    const ended: string[] = [];
    page.on("worker", (worker) => worker.on("close", () => ended.push(worker.url())));
    await page.getByLabel("Import store data").setInputFiles(path);
    // Rows are being staged: the progress line counts them.
    await page.getByRole("status").filter({ hasText: "rows read" }).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Cancel import" }).click();
    // Said as a file that was not imported, in the alert region.
    await page.getByRole("alert").filter({ hasText: "cancelled, nothing was added" }).waitFor({ timeout: 20_000 });
    // The sheet made for the rows went with them: the workbook is as it was.
    const sheets = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets;
    expect(sheets.map((s) => s.name)).not.toContain("Sycm Products");
    for (let wait = 0; wait < 50 && ended.length === 0; wait++) await page.waitForTimeout(100);
    expect(ended).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it("imports a Qianniu .xlsx as Excel saves it (shared strings, 年月日 dates) through the Web Worker", async () => {
    await open("zh-CN");
    const dir = mkdtempSync(join(tmpdir(), "growth-ops-"));
    const path = join(dir, "ExportOrderList.xlsx");
    const header = ["订单编号", "买家会员名", "买家下单时间", "买家实付金额", "收货人姓名", "联系手机", "订单状态"];
    const strings = [...header, "tb_buyer", "张三", "交易成功"].map((text) => `<t>${text}</t>`);
    const cell = (column: string, row: number, inner: string) => `<c r="${column}${row}"${inner}</c>`;
    const sheetData =
      `<row r="1" spans="1:7">${header.map((_, i) => cell("ABCDEFG"[i] as string, 1, ` t="s"><v>${i}</v>`)).join("")}</row>` +
      Array.from({ length: 300 }, (_, i) => {
        const r = i + 2;
        return `<row r="${r}" spans="1:7">${cell("A", r, ` t="str"><v>${3154839030206893571n + BigInt(i)}</v>`)}${cell("B", r, ` t="s"><v>7</v>`)}${cell("C", r, ` s="1"><v>46345.5</v>`)}${cell("D", r, `><v>99.8</v>`)}${cell("E", r, ` t="s"><v>8</v>`)}${cell("F", r, ` t="str"><v>13900000001</v>`)}${cell("G", r, ` t="s"><v>9</v>`)}</row>`;
      }).join("");
    writeFileSync(
      path,
      packageBytes({
        sheets: [{ name: "订单", xml: worksheetXml(sheetData) }],
        sharedStrings: strings,
        cellStyles: [0, 31],
      })
    );
    await page.getByLabel("导入店铺数据").setInputFiles(path);
    await page.getByRole("status").filter({ hasText: "已导入" }).waitFor({ timeout: 20_000 });
    const data = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === "千牛订单");
    expect(data?.values).toHaveLength(301);
    expect(data?.values[1]?.[0]).toBe("3154839030206893571");
    // The order time in built-in format 31 (yyyy年m月d日) arrives as its date; the buyer and the contacts are masked.
    expect(data?.values[1]?.[1]).toMatch(/^买家-[0-9a-f]+$/);
    expect(data?.values[1]?.[2]).toBeCloseTo(46345.5, 8);
    expect(data?.values[300]?.slice(4, 7)).toEqual(["张**", "139****0001", "交易成功"]);
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  it.each([
    [
      "en-US",
      "Insert sample data",
      "Update goal status",
      "Updated 4 goals",
      "Goals",
      ["Progress", "Time elapsed", "Status", "Days left", "Projected", "Needed per day", "Note"],
    ],
    [
      "zh-CN",
      "插入示例数据",
      "更新目标状态",
      "个目标",
      "目标",
      ["进度", "时间进度", "状态", "剩余天数", "预计到期值", "每日需提升", "说明"],
    ],
  ] as const)(
    "updates the sample goals' status from the ribbon in %s",
    async (language, _insert, update, done, sheetName, written) => {
      await open(language);
      await insertSample(language);
      await page.getByRole("navigation").getByRole("button", { name: update }).click();
      await page.getByRole("status").filter({ hasText: done }).waitFor();
      const goals = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === sheetName);
      expect(goals?.values[0]?.slice(8)).toEqual([...written]);
      expect(goals?.tables).toEqual([{ name: "Goals", address: "A1:O5" }]);
      await page.getByRole("tab", { name: sheetName, exact: true }).click();
      await showing(sheetName);
      await page.setViewportSize({ width: 1840, height: 720 });
      // Scroll to the written columns at the right of the table, as a user would.
      await page.locator(".grid-wrap").evaluate((grid) => (grid.scrollLeft = grid.scrollWidth));
      await page.screenshot({ path: screenshotPath(`preview-goals-${language}`) });
      expect(pageErrors).toEqual([]);
    }
  );

  it.each([
    [
      "en-US",
      "This workbook has no Growth Ops inputs yet",
      "Create Growth Points",
      "Created Growth Points",
      "Growth Points",
    ],
    ["zh-CN", "这个工作簿还没有增长运营的输入表", "创建增长点", "已创建增长点", "增长点"],
  ] as const)(
    "explains each input on a blank workbook and creates one with its headers, in %s",
    async (language, heading, create, done, sheetName) => {
      await open(language);
      const pane = page.getByRole("complementary");
      await pane.getByRole("heading", { name: heading }).waitFor();
      await pane.screenshot({ path: screenshotPath(`pane-empty-${language}`) });
      await pane.getByRole("button", { name: create }).click();
      await page.getByRole("status").filter({ hasText: done }).waitFor();
      const sheet = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find((s) => s.name === sheetName);
      expect(sheet?.values).toHaveLength(1);
      expect(sheet?.tables).toEqual([{ name: "GrowthPoints", address: "A1:E2" }]);
      // With an input in the workbook, the pane no longer shows the first-run explanation.
      await expect(pane.getByRole("heading", { name: heading }).count()).resolves.toBe(0);
    }
  );

  it.each([
    [
      "en-US",
      "Formula or value for the cell (Enter writes it)",
      "=GROWTHOPS.SCORE(B2, C2)",
      "=GROWTHOPS.GOALSTATUS(4.8%, 6%, 5.5%, TODAY_TEXT, DEADLINE_TEXT)",
      "On track",
      "Quick win",
    ],
    [
      "zh-CN",
      "单元格的公式或值（回车写入）",
      "=GROWTHOPS.增长得分(B2, C2)",
      "=GROWTHOPS.目标状态(4.8%, 6%, 5.5%, TODAY_TEXT, DEADLINE_TEXT)",
      "正常",
      "重点突破",
    ],
  ] as const)(
    "works out GROWTHOPS formulas typed in its formula bar, in %s",
    async (language, formulaLabel, score, status, statusText, quadrantText) => {
      await open(language);
      await page.evaluate(() =>
        window.preview.loadWorkbook({
          sheets: [
            {
              name: "Points",
              values: [
                ["Growth point", "Success rate", "Growth rate", "Score", "Quadrant"],
                ["Main image", 0.7, 0.3],
              ],
            },
          ],
        })
      );
      // Cells are clicked on the grid the host sent for the loaded workbook, not on the one before it.
      await showing("Points");
      const now = new Date();
      const day = (offset: number) => {
        const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
        return `"${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}"`;
      };
      const write = async (address: string, formula: string) => {
        await page
          .getByRole("table")
          .getByRole("cell")
          .and(page.locator(`[data-address="${address}"]`))
          .click();
        await page.waitForFunction(
          (a) => document.querySelector<HTMLInputElement>(".formula-cell")?.value === a,
          address,
          { polling: 100 }
        );
        await page.getByLabel(formulaLabel).fill(formula);
        await page.getByLabel(formulaLabel).press("Enter");
      };
      await write("D2", score);
      await write("E2", "=GROWTHOPS.QUADRANT(B2, C2)");
      await write("F2", status.replace("TODAY_TEXT", day(-1)).replace("DEADLINE_TEXT", day(6)));
      await write("G2", "=GROWTHOPS.CONVERSION(5, 0)");
      // The grid redraws in a task of its own after the write: read each cell once it shows something.
      const shown = async (address: string) => {
        await page.waitForFunction(
          (a) => (document.querySelector(`[data-address="${a}"]`)?.textContent ?? "") !== "",
          address,
          { polling: 100 }
        );
        return page.locator(`[data-address="${address}"]`).textContent();
      };
      await expect(shown("D2")).resolves.toBe("0.21");
      await expect(shown("E2")).resolves.toBe(quadrantText);
      await expect(shown("F2")).resolves.toBe(statusText);
      await expect(shown("G2")).resolves.toBe("#DIV/0!");
      // The cell keeps its formula, as Excel's does; clicking it shows the formula again.
      const dump = await page.evaluate(() => window.preview.dumpWorkbook());
      expect(dump.sheets[0]?.formulas?.[1]?.[3]).toBe(score);
      await page.locator('[data-address="D2"]').click();
      await expect(page.getByLabel(formulaLabel).inputValue()).resolves.toBe(score);
      await page.screenshot({ path: screenshotPath(`preview-formulas-${language}`) });
      expect(pageErrors).toEqual([]);
    }
  );

  it("saves a setting typed in the pane into the workbook's Settings sheet", async () => {
    await open("en-US");
    const pane = page.getByRole("complementary");
    await insertSample("en-US");
    const growth = pane.getByRole("region", { name: "Growth points" });
    await growth.locator("summary").click();
    await expect(growth.getByLabel("Focus limit").inputValue()).resolves.toBe("2");
    await growth.getByLabel("Focus limit").fill("3");
    await growth.getByLabel("Focus limit").press("Enter");
    await growth.getByLabel("Focus limit").blur();
    await page.getByRole("status").filter({ hasText: "Saved Focus limit = 3" }).waitFor();
    const settings = (await page.evaluate(() => window.preview.dumpWorkbook())).sheets.find(
      (s) => s.name === "Settings"
    );
    expect(settings?.values.find((r) => r[0] === "Focus limit")).toEqual(["Focus limit", 3]);
    // The disclosure the user opened stays open after the save, showing the value now in force.
    await expect(growth.locator("details").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(growth.getByLabel("Focus limit").inputValue()).resolves.toBe("3");
    await pane.screenshot({ path: screenshotPath("pane-settings-en-US") });
  });

  it.each([
    ["Insert sample data", "Sample data added", "Insert sample data"],
    ["Create Growth Points", "Created Growth Points", "Get started"],
  ] as const)("keeps keyboard focus in the pane after %s changes what it shows", async (label, done, focused) => {
    await open("en-US");
    const pane = page.getByRole("complementary");
    await pane.getByRole("heading", { name: "This workbook has no Growth Ops inputs yet" }).waitFor();
    await pane.getByRole("button", { name: label }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: done }).waitFor();
    // Focus is on the control used, or on its section's heading when the control went away: never the page body.
    const active = await page.evaluate(() => ({
      tag: document.activeElement?.tagName ?? "",
      text: document.activeElement?.textContent ?? "",
    }));
    expect(active.tag).not.toBe("BODY");
    expect(active.text).toBe(focused);
  });

  it("refuses office.js's telemetry frame by its CSP, so nothing leaves the page even after office.js's 3 s timer", async () => {
    await open("en-US");
    const refusals: string[] = [];
    page.on(
      "console",
      (message) =>
        message.type() === "error" && isOfficeTelemetryRefusal(message.text()) && refusals.push(message.text())
    );
    await page.waitForTimeout(3_500);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    // Either office.js tried (and was refused) or its timer had not fired: in neither case did anything load.
    expect(refusals.every((r) => /Content Security Policy/.test(r))).toBe(true);
  });

  it("switches the pane's language without reloading", async () => {
    await open("en-US");
    await page.getByLabel("Language").selectOption("zh-CN");
    // The Chinese words arrive in their own chunk: the pane repaints once they have.
    await page.getByRole("complementary").getByRole("button", { name: "插入示例数据" }).waitFor({ timeout: 5_000 });
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
  });
});
