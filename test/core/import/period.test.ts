import { exportPeriod, periodText } from "../../../src/core/import/period";
import { ExportSession } from "../../../src/core/import/session";

describe("the period an export covers", () => {
  it.each([
    [[["统计日期：2026-11-20 ~ 2026-11-20"]], "x.csv", { start: 46346, end: 46346, from: "preamble" }],
    [[["统计日期：", "2026-11-01~2026-11-07"]], "x.csv", { start: 46327, end: 46333, from: "preamble" }],
    [[["#起始日期：[2026年11月01日 00:00:00]"]], "x.csv", null],
    [[["统计时间：2026/11/20 至 2026/11/21"]], "x.csv", { start: 46346, end: 46347, from: "preamble" }],
    [[], "【生意参谋平台】商品_全部_2026-11-20_2026-11-20.xls", { start: 46346, end: 46346, from: "fileName" }],
    [[], "万相台_20260803至20260809.csv", { start: 46237, end: 46243, from: "fileName" }],
    [[], "orders.csv", null],
    [[["统计日期：2026-02-31 ~ 2026-03-01"]], "x.csv", null],
  ] as const)("%j in %s", (preamble, name, expected) => {
    expect(exportPeriod(preamble as unknown as string[][], name)).toEqual(expected);
  });

  it("writes a day, or a range", () => {
    expect(periodText({ start: 46346, end: 46346, from: "preamble" })).toBe("2026-11-20");
    expect(periodText({ start: 46327, end: 46333, from: "preamble" })).toBe("2026-11-01 ~ 2026-11-07");
  });
});

describe("the days an export's rows cover", () => {
  const read = (name: string, lines: string[][]) => {
    const session = new ExportSession(name);
    session.push(lines);
    session.finish();
    return session;
  };

  it("come from the rows' own times: an order list named for the day it was downloaded is not stamped with that day", () => {
    const session = read("ExportOrderList_2026-12-05.csv", [
      ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单创建时间", "订单付款时间"],
      ["T1", "a", "99", "交易成功", "2026-11-21 09:00:00", "2026-11-21 09:01:00"],
      ["T2", "b", "50", "等待买家付款", "2026-12-04 22:00:00", ""],
      ["T3", "c", "70", "交易成功", "2026-12-03 22:00:00", "2026-12-04 08:00:00"],
    ]);
    expect(session.found?.addedDate).toBe(false);
    expect(session.found?.headers[0]).toBe("订单编号");
    // Dated by payment: the unpaid order's creation on 12-04 is the same day either way; the span is 11-21 ~ 12-04.
    expect(session.span).toEqual({ start: 46347, end: 46360, from: "rows" });
    expect(periodText(session.span!)).toBe("2026-11-21 ~ 2026-12-04");
    expect(session.problems).toEqual([]);
  });

  it("are the file name's day for a Sycm export without a date column, as before", () => {
    const session = read("【生意参谋平台】商品_全部_2026-11-20_2026-11-20.csv", [
      ["商品ID", "商品名称", "商品访客数", "支付金额"],
      ["1", "A", "10", "5"],
    ]);
    expect(session.found?.addedDate).toBe(true);
    expect(session.span).toEqual({ start: 46346, end: 46346, from: "fileName" });
  });

  it("are unknown for a traffic export with neither dates nor a dated name, and the import says so", () => {
    const session = read("流量来源.csv", [
      ["流量来源", "来源明细", "访客数"],
      ["手淘搜索", "", "100"],
    ]);
    expect(session.span).toBeNull();
    expect(session.problems).toEqual([{ code: "noDates", sheet: "流量来源.csv", address: "", value: "", field: "" }]);
    // An order's details name no day and need none: no warning.
    expect(
      read("details.csv", [
        ["订单编号", "标题", "价格", "购买数量"],
        ["T1", "A", "10", "1"],
      ]).problems
    ).toEqual([]);
  });
});
