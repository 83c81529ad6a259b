import { latestMetrics, metricNamed } from "../../src/core/storeMetricLookup";

describe("store metrics named in goals", () => {
  it.each([
    ["CTR", "ctr"],
    ["点击率", "ctr"],
    ["支付转化率", "conversion"],
    ["Conversion rate", "conversion"],
    ["访客数", "visitors"],
    ["GMV", "gmv"],
    ["支付金额", "gmv"],
    ["客单价", "aov"],
    ["UV value", "uvValue"],
    ["ROI", "roi"],
    ["退款率", "refundRate"],
    ["", null],
  ])("%s means %s", (name, metric) => {
    expect(metricNamed(name)).toBe(metric);
  });

  it("takes the latest date that has a value, passing over blanks and the total row", () => {
    const lookup = latestMetrics({
      sheet: "Store Metrics",
      firstRow: 0,
      firstColumn: 0,
      values: [
        ["Date", "Visitors", "CTR"],
        [46349, 100, 0.05],
        [46351, 120, ""],
        [46350, 90, 0.04],
        ["Total", 310, 0.045],
      ],
    });
    expect(lookup("visitors")).toEqual({ value: 120, date: 46351 });
    expect(lookup("ctr")).toEqual({ value: 0.04, date: 46350 });
    expect(lookup("gmv")).toBeNull();
  });
});
