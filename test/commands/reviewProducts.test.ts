/** Review products on the emulator: the imported product report, Stock and Settings → the Products sheet. */
import { reviewProducts } from "../../src/commands/reviewProducts";
import type { ExcelEmulator } from "../../src/emulator";
import type { CommandEnvironment } from "../../src/commands/environment";
import { LAYOUT_OUTPUT } from "../../src/core/contract";
import { emulatedEnvironment } from "../helpers";
import { clientHost } from "../fixtures/officeClient";
import { LAYOUT_TIERS, layoutWorkbook } from "../fixtures/generators/productLayout";

const sheetOf = (excel: ExcelEmulator, name: string) => excel.dump().sheets.find((s) => s.name === name);

/** The Products table's rows by header. */
function productRows(excel: ExcelEmulator, sheet: string) {
  const found = sheetOf(excel, sheet);
  const table = found?.tables?.find((t) => t.name === "ProductLayout");
  const top = Number(/\d+/.exec(table?.address ?? "")?.[0] ?? 0) - 1;
  const bottom = Number(/:\D+(\d+)/.exec(table?.address ?? "")?.[1] ?? 0);
  const values = found?.values ?? [];
  const header = (values[top] ?? []).map(String);
  return values.slice(top + 1, bottom).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** Round trips of a run in a pane that has run the command once already (names and row sizes remembered). */
async function warmSyncs(excel: ExcelEmulator, env: CommandEnvironment): Promise<number> {
  const warm = { ...env, host: clientHost(excel) };
  await reviewProducts(warm);
  excel.resetStats();
  await reviewProducts(warm);
  return excel.stats().syncs;
}

describe("Review products", () => {
  it("writes each product's tier, share and stock cover, the thresholds above them, in two round trips warm", async () => {
    const stock = [
      ["60000000A1", "", 30, 40],
      ["60000000D1", "", 40, 12.5],
    ];
    const { excel, env } = emulatedEnvironment("en-US", layoutWorkbook(28, stock));
    const outcome = await reviewProducts(env);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toBe(
      "Products 2026-11-28 – 2026-12-04 on “Products”: 4 core, 3 potential, 3 traffic, 2 stalled, 8 to observe."
    );
    expect(outcome.details).toEqual([
      "1 product runs out before new stock can arrive (cover under the lead time and safety days): see Stock-out risk.",
    ]);
    const rows = productRows(excel, "Products");
    const tierWords: Record<string, string> = {
      core: "Core",
      potential: "Potential",
      traffic: "Traffic",
      stalled: "Stalled",
      observe: "Observe",
    };
    expect(Object.fromEntries(rows.map((r) => [r["Product ID"], r["Tier"]]))).toEqual(
      Object.fromEntries(Object.entries(LAYOUT_TIERS).map(([id, tier]) => [id, tierWords[tier]]))
    );
    const a1 = rows.find((r) => r["Product"] === "A1");
    expect(a1).toMatchObject({
      "Units in stock": 30,
      "Days of cover (7 days' sales)": 6,
      "Stock-out risk": "Runs out",
    });
    const flat = sheetOf(excel, "Products")?.values.flat() ?? [];
    expect(flat).toContain(
      "Tiers, over the 16 products with at least 50 visitors: Core at GMV ≥ 665.00 (75th percentile); Potential at conversion ≥ 5.00% (75th percentile) with visitors under 700 (75th percentile); Traffic at visitors ≥ 700 with conversion under 3.00% (median); Stalled with 50 visitors or more and no sale; Observe the rest."
    );
    expect(flat).toContain("Slow stock, by money tied up");
    // The week it covers is kept on the sheet, for the weekly review to name its tier changes only in that week.
    expect(excel.model.findSheet("Products")?.customProperties.get(LAYOUT_OUTPUT.weekProperty)).toBe("46354:46360");
    expect(sheetOf(excel, "Products")?.charts).toEqual([
      { type: "XYScatter", title: "Visitors and conversion", series: 1 },
    ]);

    expect(await warmSyncs(excel, env)).toBe(2);
  });

  it("sets the last 28 days beside the week, and the Profit sheet's profit with its period named", async () => {
    const workbook = layoutWorkbook(28);
    workbook.sheets.push({
      name: "Profit",
      values: [
        ["Day", "Net sales", "Profit"],
        [46331, 1000, 150],
        [46360, 1200, 180],
        [],
        ["Product", "Net sales", "Profit", "Ad spend", "Break-even ROI", "Ad ROI (final days)"],
        ["A1", 8000, 2000, 0, 4, null],
      ],
      tables: [
        { name: "ProfitDays", address: "A1:C3" },
        { name: "ProfitProducts", address: "A5:F6" },
      ],
    });
    const { excel, env } = emulatedEnvironment("en-US", workbook);
    expect((await reviewProducts(env)).ok).toBe(true);
    const a1 = productRows(excel, "Products").find((r) => r["Product"] === "A1");
    // Every day of the fixture is the same: 28 days of A1 are four of its weeks, and its tier is the week's.
    expect(a1).toMatchObject({
      "Visitors (28 days)": 2800,
      "GMV (28 days)": 14000,
      "Tier (28 days)": "Core",
      "Profit (Profit sheet)": 2000,
      "Margin (Profit sheet)": 0.25,
    });
    const flat = sheetOf(excel, "Products")?.values.flat() ?? [];
    expect(flat).toContain(
      "Profit and margin: the Profit sheet's, 2026-11-05 – 2026-12-04, by product title (that period, not the week)."
    );
    expect(flat).toContain(
      "Tier (28 days), over the 16 products with at least 200 visitors in the last 28 days, by the same percentiles: Core at GMV ≥ 2,660.00; Potential at conversion ≥ 5.00% with visitors under 2,800; Traffic at visitors ≥ 2,800 with conversion under 3.00%."
    );
    // The Profit sheet is read with the first read: still two round trips warm.
    expect(await warmSyncs(excel, env)).toBe(2);
  });

  it("leaves the 28-day columns blank, saying why, for a report of under 28 days", async () => {
    const { excel, env } = emulatedEnvironment("en-US", layoutWorkbook(20));
    expect((await reviewProducts(env)).ok).toBe(true);
    const flat = sheetOf(excel, "Products")?.values.flat() ?? [];
    expect(flat).toContain("The report covers 20 days: the 28-day columns stay blank until it covers 28.");
    expect(flat).toContain("Profit and margin stay blank until Calculate profit has written the Profit sheet.");
    const rows = productRows(excel, "Products");
    expect(rows.every((r) => r["Tier (28 days)"] === null && r["Visitors (28 days)"] === null)).toBe(true);
  });

  it("says in Chinese what it wrote, on the workbook's own sheet names, and that days of cover need a Stock table", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", layoutWorkbook(28));
    const outcome = await reviewProducts(env);
    expect(outcome.message).toMatch(/^2026-11-28 – 2026-12-04 的商品布局已写入“Products”：爆款\/主推 4 个/);
    expect(outcome.details).toEqual([
      "没有库存表：添加一张（商品ID或商家编码、库存数量），即可看到可售天数和滞销库存。",
    ]);
    // The sheets are English (Sycm Products): the Products sheet's words follow the workbook.
    expect(sheetOf(excel, "Products")?.values.flat()).toContain("Potential");
  });

  it("stops with a clear sentence, writing nothing, without a report, with one under a week, or with bad stock", async () => {
    const none = emulatedEnvironment("en-US", { sheets: [{ name: "Sheet1", values: [] }] });
    const missing = await reviewProducts(none.env);
    expect(missing.ok).toBe(false);
    expect(missing.details.join(" ")).toMatch(/Sycm's product report .* none is imported yet/);
    const short = emulatedEnvironment("en-US", layoutWorkbook(5));
    const tooShort = await reviewProducts(short.env);
    expect(tooShort.details).toContain(
      "'Sycm Products'!A2: The product report covers 5 days (to 2026-12-04): tiers compare a whole week, so import at least 7 days."
    );
    const bad = emulatedEnvironment(
      "en-US",
      layoutWorkbook(28, [
        ["60000000A1", "", -2, ""],
        ["60000000A2", "", "many", ""],
        ["60000000A3", "", 5, ""],
        ["60000000A3", "", 6, ""],
      ])
    );
    const refused = await reviewProducts(bad.env);
    expect(refused.details).toEqual(
      expect.arrayContaining([
        "Stock!C2: Units in stock: “-2” is out of range. Allowed: ≥ 0.",
        "Stock!C3: Units in stock: “many” is not a number.",
        "Stock!A5: “60000000A3” has a second stock row here (the first is in A4): keep one row for each product and SKU, or the stock would be counted twice.",
      ])
    );
    for (const run of [none, short, bad]) expect(sheetOf(run.excel, "Products")).toBeUndefined();
  });
});
