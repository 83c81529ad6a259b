/**
 * What each line of an Alipay statement (支付宝账务明细, or the newer 账务组合查询) is to the shop's profit: a fee the
 * platform took, money that only moved (a deposit, a transfer, an ad account's top-up), or a refund already counted
 * from the refund export. A line is read by its 业务类型, 备注, 业务描述 and 对方名称, the words Alipay and Tmall write
 * there; an expense none of the rules knows is `unclassified`, never a silent cost or a silent zero.
 */

/**
 * Why a line's money moved.
 * - `commission`: Tmall's commission (天猫佣金), its software service fee (软件服务费, 类目软件服务费), points it withholds
 *   (代扣返点积分).
 * - `affiliate`: 淘宝客 commission withheld, and what comes back of it (its refund, the monthly return).
 * - `paymentFee`: Huabei, credit card and instalment fees.
 * - `shippingInsurance`: 运费险 / 退货险 premiums, and claims paid back.
 * - `adTopUp`: money put into 直通车 / 万相台: the ad report's spend is the cost, counted once, so this is not.
 * - `deposit`: 保证金, kept by the platform and returned: not a cost.
 * - `transfer`: transfers and withdrawals between the shop's own accounts: not a cost.
 * - `refundPaid`: a refund paid to a buyer: counted from the refund export, never a second time here.
 * - `sale`: the buyer's payment coming in: counted from the order list.
 * - `unclassified`: an expense (or income) no rule knows: listed with its amount.
 */
export type LineKind =
  | "commission"
  | "affiliate"
  | "paymentFee"
  | "shippingInsurance"
  | "adTopUp"
  | "deposit"
  | "transfer"
  | "refundPaid"
  | "sale"
  | "unclassified";

/** The kinds that are the platform's fees: their net amount is a cost of the day or of the order they name. */
export const FEE_KINDS: ReadonlySet<LineKind> = new Set(["commission", "affiliate", "paymentFee", "shippingInsurance"]);

/** A statement line's words and amount, as the import keeps them. */
export interface StatementLine {
  /** 业务类型 (账务类型 in 账务组合查询). */
  readonly business: string;
  /** 备注. */
  readonly note: string;
  /** 业务描述, where the statement has one. */
  readonly description: string;
  /** 对方名称 (or 对方账号 when it has no name). */
  readonly counterparty: string;
  /** 商户订单号 / 业务流水号: where Alipay writes the trade a line belongs to. */
  readonly reference: string;
  /** Income positive, expense negative, in yuan. */
  readonly amount: number;
}

export interface ClassifiedLine {
  readonly kind: LineKind;
  /** The Taobao order the line belongs to, when its words name one; else the line is its day's. */
  readonly order: string | null;
}

/** One rule: the kind, and the words any of which in a line's text gives it (checked in this order). */
const RULES: readonly (readonly [LineKind, readonly string[]])[] = [
  // Refunds first: 淘宝客佣金退款 is the affiliate's, but 交易退款 / 售后退款 are the buyer's.
  ["affiliate", ["淘宝客", "淘宝联盟", "阿里妈妈推广佣金"]],
  ["refundPaid", ["交易退款", "售后退款", "退款-", "售后支付", "退款（交易）"]],
  ["commission", ["天猫佣金", "软件服务费", "类目软件服务费", "代扣返点积分", "返点积分", "技术服务费"]],
  ["paymentFee", ["花呗支付服务费", "信用卡支付服务费", "花呗分期", "分期手续费", "支付服务费"]],
  ["shippingInsurance", ["运费险", "退货险", "运费保险"]],
  ["adTopUp", ["直通车", "万相台", "钻石展位", "引力魔方", "超级推荐"]],
  ["deposit", ["保证金"]],
  ["transfer", ["提现", "转账", "转出", "转入", "充值到余额"]],
  ["sale", ["在线支付", "交易付款", "交易收款", "确认收货"]],
];

/** Order numbers as Alipay writes them in a line: T200P… (its trade number), [订单号], <订单号>, or 订单号 followed by digits. */
const ORDER_PATTERNS: readonly RegExp[] = [
  /T200P(\d{12,20})/,
  /\[(\d{12,20})\]/,
  /<(\d{12,20})>/,
  /订单号[:：]?\s*(\d{12,20})/,
];

/** The Taobao order a line's words name, or null. */
export function orderNamed(...texts: readonly string[]): string | null {
  for (const text of texts)
    for (const pattern of ORDER_PATTERNS) {
      const found = pattern.exec(text);
      if (found?.[1]) return found[1];
    }
  return null;
}

/**
 * What a statement line is, and the order it names. A 充值 into an ad account is a top-up even though it also reads as
 * a transfer; a 淘宝客 line is the affiliate's whether money goes out (commission) or comes back (its refund, the
 * monthly return).
 * @example classifyLine({ business: "交易", note: "天猫佣金（类目：女装）{T200P3451234567890123}", … amount: -12.5 }).kind === "commission"
 */
export function classifyLine(line: StatementLine): ClassifiedLine {
  const text = [line.business, line.note, line.description, line.counterparty].join(" ");
  const kind = RULES.find(([, words]) => words.some((word) => text.includes(word)))?.[0] ?? "unclassified";
  return { kind, order: orderNamed(line.note, line.description, line.reference) };
}
