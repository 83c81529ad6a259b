/** Every kind of Alipay statement line the profit counts, by the words Alipay and Tmall write on it. */
import type { LineKind, StatementLine } from "../../../src/core/profit/fees";
import { FEE_KINDS, classifyLine, orderNamed } from "../../../src/core/profit/fees";

const line = (words: Partial<StatementLine>): StatementLine => ({
  business: "",
  note: "",
  description: "",
  counterparty: "",
  reference: "",
  amount: -1,
  ...words,
});

describe("classifying a statement line", () => {
  it.each([
    [{ business: "交易", note: "天猫佣金（类目：女装）" }, "commission"],
    [{ business: "其它", note: "软件服务费" }, "commission"],
    [{ business: "其它", note: "类目软件服务费" }, "commission"],
    [{ business: "交易", note: "代扣返点积分" }, "commission"],
    [{ business: "其它", note: "淘宝客佣金代扣款" }, "affiliate"],
    [{ business: "其它", note: "淘宝客佣金退款", amount: 3.2 }, "affiliate"],
    [{ business: "其它", note: "淘宝客月度返还", amount: 12 }, "affiliate"],
    [{ business: "交易", note: "花呗支付服务费" }, "paymentFee"],
    [{ business: "交易", note: "信用卡支付服务费" }, "paymentFee"],
    [{ business: "交易", note: "花呗分期手续费" }, "paymentFee"],
    [{ business: "其它", note: "运费险保费" }, "shippingInsurance"],
    [{ business: "其它", note: "退货险保费" }, "shippingInsurance"],
    [{ business: "其它", note: "运费险理赔", amount: 8 }, "shippingInsurance"],
    [{ business: "转账", note: "直通车充值" }, "adTopUp"],
    [{ business: "转账", counterparty: "万相台", note: "充值" }, "adTopUp"],
    [{ business: "其它", note: "保证金冻结" }, "deposit"],
    [{ business: "提现", note: "提现到银行卡" }, "transfer"],
    [{ business: "转账", note: "转账到支付宝账户" }, "transfer"],
    [{ business: "交易退款", note: "退款" }, "refundPaid"],
    [{ business: "其它", note: "售后退款-仅退款" }, "refundPaid"],
    [{ business: "在线支付", note: "交易收款", amount: 99 }, "sale"],
    [{ business: "其它", note: "某项新服务费用" }, "unclassified"],
  ] as const)("%o is %s", (words, kind: LineKind) => {
    expect(classifyLine(line(words)).kind).toBe(kind);
  });

  it("counts the platform's fees as costs, and not money that only moved or is counted elsewhere", () => {
    expect([...FEE_KINDS].sort()).toEqual(["affiliate", "commission", "paymentFee", "shippingInsurance"]);
    for (const moved of ["adTopUp", "deposit", "transfer", "refundPaid", "sale", "unclassified"] as const)
      expect(FEE_KINDS.has(moved)).toBe(false);
  });

  it("finds the order a line names, in each way Alipay writes it, and none where there is none", () => {
    expect(orderNamed("天猫佣金{T200P3451234567890123}")).toBe("3451234567890123");
    expect(orderNamed("花呗支付服务费[154839030206893571]")).toBe("154839030206893571");
    expect(orderNamed("淘宝客佣金代扣款<154839030206893571>")).toBe("154839030206893571");
    expect(orderNamed("售后退款 订单号：154839030206893571")).toBe("154839030206893571");
    expect(orderNamed("软件服务费 2026-11")).toBeNull();
    expect(classifyLine(line({ note: "花呗支付服务费", reference: "T200P154839030206893571" })).order).toBe(
      "154839030206893571"
    );
  });
});
