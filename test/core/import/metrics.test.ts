import { METRIC_SOURCES } from "../../../src/core/import/metrics";
import { MetricsAccumulator, planStoreMetricsSheet } from "../../../src/core/import/daySums";

const source = (kind: string) => METRIC_SOURCES.find((s) => s.kind === kind)!;

describe("Store Metrics", () => {
  it("sums per date and recomputes ratios from the sums, never averaging them", () => {
    const metrics = new MetricsAccumulator();
    const overview = MetricsAccumulator.columns(source("sycmOverview"), [
      "统计日期",
      "访客数",
      "支付买家数",
      "支付金额",
    ])!;
    metrics.addRow("sycmOverview", overview, [46348, 1000, 10, 500]);
    metrics.addRow("sycmOverview", overview, [46349, 100, 9, 450]);
    const table = metrics.table();
    expect(table.metrics).toEqual(["visitors", "payingBuyers", "conversion", "gmv", "aov", "uvValue"]);
    expect(table.rows).toEqual([
      { date: 46348, values: [1000, 10, 0.01, 500, 50, 0.5] },
      { date: 46349, values: [100, 9, 0.09, 450, 50, 4.5] },
      // 19 / 1100, not the mean of 1% and 9%.
      { date: null, values: [1100, 19, 19 / 1100, 950, 950 / 19, 950 / 1100] },
    ]);
  });

  it("leaves a ratio blank when its denominator is zero", () => {
    const metrics = new MetricsAccumulator();
    const ads = MetricsAccumulator.columns(source("adReport"), ["日期", "展现量", "点击量", "花费", "总成交金额"])!;
    metrics.addRow("adReport", ads, [46349.5, 0, 0, 0, 0]);
    expect(metrics.table()).toEqual({
      metrics: ["impressions", "clicks", "ctr", "adSpend", "adSales", "roi"],
      rows: [
        { date: 46349, values: [0, 0, null, 0, 0, null] },
        { date: null, values: [0, 0, null, 0, 0, null] },
      ],
    });
  });

  it("takes GMV from Sycm's overview over the order list for the same date, and counts orders from the list", () => {
    const metrics = new MetricsAccumulator();
    const overview = MetricsAccumulator.columns(source("sycmOverview"), ["统计日期", "支付金额"])!;
    const orders = MetricsAccumulator.columns(source("qianniuOrders"), [
      "订单编号",
      "订单创建时间",
      "订单付款时间",
      "买家实际支付金额",
    ])!;
    metrics.addRow("sycmOverview", overview, [46349, 1000]);
    metrics.addRow("qianniuOrders", orders, ["a", 46349.2, 46349.9, 99]);
    metrics.addRow("qianniuOrders", orders, ["b", 46349.8, 46350.1, 50]);
    expect(metrics.table().rows).toEqual([
      { date: 46349, values: [1000, 1] },
      { date: 46350, values: [50, 1] },
      { date: null, values: [1050, 2] },
    ]);
  });
});

describe("orders in Store Metrics", () => {
  it("count on the day they were paid, once paid: placed-and-unpaid and closed-unpaid orders are no orders", () => {
    const metrics = new MetricsAccumulator();
    // 订单创建时间 stands before 订单付款时间, as Qianniu writes them: the payment time is still the day.
    const orders = MetricsAccumulator.columns(source("qianniuOrders"), [
      "订单编号",
      "订单创建时间",
      "订单付款时间",
      "订单状态",
      "买家实际支付金额",
    ])!;
    metrics.addRow("qianniuOrders", orders, ["paid late", 46348.9, 46349.1, "交易成功", 100]);
    metrics.addRow("qianniuOrders", orders, ["unpaid", 46349.2, null, "等待买家付款", 80]);
    metrics.addRow("qianniuOrders", orders, ["closed", 46349.3, "", "交易关闭", 60]);
    metrics.addRow("qianniuOrders", orders, ["paid", 46349.4, 46349.5, "卖家已发货，等待买家确认", 40]);
    expect(metrics.table().rows).toEqual([
      { date: 46349, values: [140, 2] },
      { date: null, values: [140, 2] },
    ]);
  });

  it("are not counted at all from a list without a payment time", () => {
    expect(
      MetricsAccumulator.columns(source("qianniuOrders"), ["订单编号", "订单创建时间", "买家实际支付金额"])
    ).toBeNull();
  });
});

describe("the Store Metrics sheet's plan", () => {
  it("tables a date column and each metric in its format, the total row bold, in the pane's language", () => {
    const metrics = new MetricsAccumulator();
    const overview = MetricsAccumulator.columns(source("sycmOverview"), ["统计日期", "访客数", "支付金额"])!;
    metrics.addRow("sycmOverview", overview, [46349, 100, 300]);
    const sheet = planStoreMetricsSheet(metrics.table(), "zh-CN");
    const [table] = sheet.blocks;
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.tableName).toBe("StoreMetrics");
    expect(table.columns.map((c) => [c.header, c.format])).toEqual([
      ["日期", "yyyy-mm-dd"],
      ["访客数", "#,##0"],
      ["支付金额", "#,##0.00"],
      ["UV价值", "#,##0.00"],
    ]);
    expect(table.rows).toEqual([
      [46349, 100, 300, 3],
      ["合计", 100, 300, 3],
    ]);
    expect(table.rowLooks).toEqual([{ rows: [1], bold: true }]);
    expect(sheet).toMatchObject({ freezeHeader: true, activate: false });
  });
});
