/** The refund analysis' rule and its reading back of the Refunds sheet: products refunded far more than the shop. */
import { diagnose } from "../../../src/core/diagnosis";
import { findingRows } from "../../../src/core/diagnosisText";
import type { Phrase } from "../../../src/core/phrases";
import { reasonKind } from "../../../src/core/refunds/refundRules";
import type { RefundsBack } from "../../../src/core/refunds/refundsBack";
import { refundsBack } from "../../../src/core/refunds/refundsBack";
import { refundStatus } from "../../../src/core/refunds/facts";
import type { MessageKey } from "../../../src/wording";
import { loadWords, say, translator } from "../../../src/wording";

beforeAll(() => loadWords("storeData"));

const days = new Map([[46360, { gmv: 1000 }]]);
const product = (name: string, paid: number, refunded: number, reason: string) => ({
  product: name,
  orders: 40,
  paid,
  refunded,
  rate: refunded / paid,
  reason,
});
/** The shop gave back 5 % of 10,000. */
const REFUNDS: RefundsBack = {
  from: 46331,
  to: 46360,
  paid: 10_000,
  refunded: 500,
  days: new Map(),
  reasons: [],
  week: null,
  products: [
    product("连衣裙A", 2000, 400, "尺码偏小"),
    product("半身裙B", 1000, 90, "质量问题"),
    product("衬衫C", 1000, 120, "质量问题"),
  ],
};
const run = (refunds: RefundsBack | null) =>
  diagnose({ days, orders: null, products: null, breakEvenRoi: 2, adSpendThreshold: 500, refunds });

describe("the refund rule", () => {
  it("finds products refunded 1.5 × the shop's rate and 5 points above it, with what they would keep", () => {
    const found = run(REFUNDS)?.findings.filter((f) => f.rule === "refundProduct") ?? [];
    // 半身裙B at 9 % is 1.8 × the shop's 5 %, but only 4 points above it.
    expect(found.map((f) => [f.subject, f.facts["kept"], f.growthRate])).toEqual([
      ["连衣裙A", expect.closeTo(300, 9), expect.closeTo(300 / 10_000, 12)],
      ["衬衫C", expect.closeTo(70, 9), expect.closeTo(70 / 10_000, 12)],
    ]);
  });

  it("suggests what the commonest reason asks for, in both languages, and says what it lacks without the sheet", () => {
    const diagnosis = run(REFUNDS);
    if (!diagnosis) throw new Error("no diagnosis");
    const rows = findingRows(diagnosis, "en-US");
    const [en, zh] = [translator("en-US"), translator("zh-CN")];
    const words = (t: typeof en, cell: unknown) => say(t, cell as Phrase<MessageKey>);
    const sizes = rows.find((r) => words(en, r[0]).endsWith("连衣裙A"));
    expect(words(en, sizes?.[3])).toBe("Size chart and size advice (尺码表): 连衣裙A");
    expect(words(zh, sizes?.[3])).toBe("尺码表与尺码建议：连衣裙A");
    expect(words(en, sizes?.[2])).toBe(
      "20.00% of its sales refunded against the shop's 5.00%, on 40 orders paid 11/5–12/4, most often for “尺码偏小” (the Refunds sheet); at the shop's rate it would keep 300"
    );
    const quality = rows.find((r) => words(en, r[0]).endsWith("衬衫C"));
    expect(words(en, quality?.[3])).toBe("Quality check before shipping (质检): 衬衫C");
    expect(run(null)?.checks.find((c) => c.rule === "refundProduct")?.outcome).toBe("notEnoughData");
  });

  it("finds a reason asked for 5 times or more in the week, half again and 3 more than the week before", () => {
    const reason = (name: string, now: number, before: number) => ({
      reason: name,
      now,
      before,
      amountNow: now * 100,
      amountBefore: before * 100,
    });
    const week = 46360;
    // The last 7 payment days sold 1,000 each.
    const days = new Map(
      Array.from({ length: 7 }, (_, i) => [week - i, { paid: 1000, refunded: 0, provisional: true }])
    );
    const refunds: RefundsBack = {
      ...REFUNDS,
      products: [],
      days,
      week,
      reasons: [
        reason("尺码偏小", 9, 4),
        reason("质量问题", 6, 4), // 1.5 × but only 2 more
        reason("不想要了", 4, 0), // under 5 asks
        reason("", 20, 1), // no reason given: nothing to act on
      ],
    };
    const found = run(refunds)?.findings.filter((f) => f.rule === "refundReasonRising") ?? [];
    expect(found.map((f) => [f.subject, f.facts["now"], f.facts["before"], f.facts["more"]])).toEqual([
      ["尺码偏小", 9, 4, 500],
    ]);
    expect(found[0]?.growthRate).toBeCloseTo(500 / 7000, 12);
    const rows = findingRows(run(refunds) as NonNullable<ReturnType<typeof run>>, "en-US");
    const words = (cell: unknown) => say(translator("en-US"), cell as Phrase<MessageKey>);
    const rising = rows.find((r) => words(r[0]).startsWith("A refund reason rising"));
    expect(words(rising?.[2])).toBe(
      "9 refunds asked for it on 11/28–12/4 against 4 the 7 days before (the Refunds sheet), 500 more money asked for"
    );
    expect(words(rising?.[3])).toBe("Size chart and size advice (尺码表): 尺码偏小");
    // Without the sheet's week, the rule says what it lacks.
    expect(run({ ...refunds, week: null })?.checks.find((c) => c.rule === "refundReasonRising")?.outcome).toBe(
      "notEnoughData"
    );
  });

  it("reads reasons, statuses and the sheet back", () => {
    expect(["尺码偏大", "做工粗糙", "与商品描述不符", "快递一直未收到", "不想要了"].map(reasonKind)).toEqual([
      "size",
      "quality",
      "description",
      "delivery",
      "other",
    ]);
    expect(["退款成功", "退款关闭", "等待卖家同意", ""].map(refundStatus)).toEqual([
      "refunded",
      "closed",
      "open",
      "refunded",
    ]);
    const back = refundsBack(
      [
        ["付款日期", "支付金额", "退款金额"],
        [46331, 1000, 150],
        [46332, 1000, 50],
      ],
      [
        ["商品", "订单数", "销售额", "退款金额", "退款率", "主要原因"],
        ["连衣裙A", 30, 3000, 300, 0.1, "尺码偏小"],
      ]
    );
    expect(back).toEqual({
      from: 46331,
      to: 46332,
      paid: 2000,
      refunded: 200,
      days: new Map([
        [46331, { paid: 1000, refunded: 150, provisional: false }],
        [46332, { paid: 1000, refunded: 50, provisional: false }],
      ]),
      products: [{ product: "连衣裙A", orders: 30, paid: 3000, refunded: 300, rate: 0.1, reason: "尺码偏小" }],
      reasons: [],
      week: null,
    });
  });
});
