/** The imported tables read as profit's facts, by the columns Qianniu and Alipay write. */
import {
  itemAds,
  listedOrders,
  orderLines,
  orderRefunds,
  paidOrders,
  profitColumnsOf,
  statementFees,
} from "../../../src/core/profit/facts";

describe("profit's facts from the imported tables", () => {
  it("takes the paid orders on their payment day, and leaves out an order never paid", () => {
    const headers = ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单创建时间", "订单付款时间"];
    const orders = paidOrders(headers, [
      ["154839030206893571", "b1", 81, "交易成功", 46300.4, 46300.5],
      ["154839030206893572", "b2", 20, "交易关闭", 46300.6, null],
      ["154839030206893573", "b3", "1,299.00", "卖家已发货", 46301.1, 46301.9],
    ]);
    expect(orders).toEqual([
      { orderId: "154839030206893571", day: 46300, paid: 81 },
      { orderId: "154839030206893573", day: 46301, paid: 1299 },
    ]);
  });

  it("knows every listed order, paid or not, and reads only the columns its readers use", () => {
    const headers = ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单创建时间", "订单付款时间"];
    const rows = [
      ["o1", "b1", 81, "交易成功", 46300.4, 46300.5],
      ["o2", "b2", 20, "交易关闭", 46300.6, null],
    ];
    expect([...listedOrders(headers, rows)]).toEqual(["o1", "o2"]);
    // The buyer's name, the status and the creation time are never read.
    expect(profitColumnsOf("orders", headers)).toEqual([0, 2, 5]);
    const statement = [
      "账务流水号",
      "发生时间",
      "收入金额（+元）",
      "支出金额（-元）",
      "账务类型",
      "备注",
      "服务费（元）",
    ];
    expect(profitColumnsOf("statement", statement)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reads each detail line's product, code, SKU, price and quantity", () => {
    const headers = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "商家编码"];
    const rows = [
      ["", "", 0, 0],
      ["1548", "连衣裙", 30, 2, "", "颜色:红色", "", "B01"],
    ];
    expect(orderLines(headers, rows)).toEqual([
      { orderId: "1548", product: "连衣裙", code: "B01", sku: "颜色:红色", price: 30, quantity: 2, row: 1 },
    ]);
  });

  it("takes successful refunds, with the goods back, without them, or unsaid", () => {
    const headers = ["退款编号", "订单编号", "退款金额", "退款状态", "是否需要退货"];
    expect(
      orderRefunds(headers, [
        ["r1", "o1", 81, "退款成功", "是"],
        ["r2", "o2", 40.5, "退款成功", "否"],
        ["r3", "o3", 10, "退款关闭", "否"],
      ])
    ).toEqual([
      { orderId: "o1", amount: 81, goodsReturned: true },
      { orderId: "o2", amount: 40.5, goodsReturned: false },
    ]);
    const byKind = orderRefunds(
      ["订单编号", "退款金额", "退款类型"],
      [
        ["o4", 5, "仅退款"],
        ["o5", 6, "退货退款"],
        ["o6", 7, ""],
      ]
    );
    expect(byKind.map((r) => r.goodsReturned)).toEqual([false, true, null]);
  });

  it("reads 账务组合查询's service fee beside a trade as a payment fee of the order it names", () => {
    const headers = [
      "账务流水号",
      "发生时间",
      "收入金额（+元）",
      "支出金额（-元）",
      "账务类型",
      "备注",
      "服务费（元）",
    ];
    const lines = statementFees(headers, [
      ["s1", 46300.3, 81, "", "在线支付", "[154839030206893571]", 0.49],
      ["s2", 46300.4, "", 3, "其它", "扣款", ""],
    ]);
    expect(lines.map((l) => [l.kind, l.amount, l.order, l.row])).toEqual([
      ["sale", 81, "154839030206893571", 0],
      ["paymentFee", -0.49, "154839030206893571", 0],
      ["unclassified", -3, null, 1],
    ]);
  });

  it("classifies the statement's lines on their day, income positive and expense negative, with the order each names", () => {
    const headers = ["账务流水号", "发生时间", "收入金额（+元）", "支出金额（-元）", "业务类型", "备注", "对方名称"];
    const lines = statementFees(headers, [
      ["s1", 46300.3, "", "4.05", "交易", "天猫佣金{T200P154839030206893571}", "天猫"],
      ["s2", 46300.8, 0.5, "", "其它", "淘宝客月度返还", "阿里妈妈"],
      ["s3", 46301.1, "", 500, "转账", "直通车充值", "阿里妈妈"],
    ]);
    expect(lines.map((l) => [l.day, l.kind, l.amount, l.order])).toEqual([
      [46300, "commission", -4.05, "154839030206893571"],
      [46300, "affiliate", 0.5, null],
      [46301, "adTopUp", -500, null],
    ]);
  });

  it("reads the ad report's spend and ad sales by item and day, and nothing from a report that names no item", () => {
    const headers = ["日期", "场景名字", "计划名字", "宝贝ID", "花费", "展现量", "总成交金额"];
    const rows = [
      [46300, "货品全站推", "A", "6001", 12.5, 900, 40],
      [46300, "关键词推广", "B", "", 3, 100, 0],
      [null, "货品全站推", "A", "6001", 1, 1, 1],
      [46301, "货品全站推", "A", "6002", "1,000.00", 900, ""],
    ];
    expect(itemAds(headers, rows)).toEqual([
      { day: 46300, item: "6001", spend: 12.5, sales: 40 },
      { day: 46301, item: "6002", spend: 1000, sales: 0 },
    ]);
    expect(itemAds(["日期", "计划名字", "花费", "总成交金额"], [[46300, "A", 12.5, 40]])).toEqual([]);
    expect(profitColumnsOf("ads", headers)).toEqual([0, 3, 4, 6]);
  });
});
