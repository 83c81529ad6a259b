/**
 * Analyze refunds at 40,000 orders (40,000 order lines, 8,000 refunds over 60 payment days): the core's analysis
 * alone, and the command on the emulator reading the three tables' columns in blocks under 5 MB, writing the Refunds
 * sheet and Store Metrics' columns by payment day in the same request.
 */
import { analyzeRefunds } from "../src/commands/analyzeRefunds";
import type { CommandEnvironment } from "../src/commands/environment";
import { analyzeRefunds as analyzeInCore } from "../src/core/refunds/cohorts";
import type { RefundFact } from "../src/core/refunds/facts";
import type { JsonCell } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import { clientHost } from "../test/fixtures/officeClient";
import { commandFigures, figure, time } from "./figures";

const ORDERS = 40_000;
const DAYS = 60;
const FIRST = 46300;

export async function refundsFigure(): Promise<void> {
  const orders: JsonCell[][] = [["订单编号", "买家会员名", "买家实际支付金额", "订单付款时间"]];
  const lines: JsonCell[][] = [["订单编号", "标题", "价格", "购买数量"]];
  const refunds: JsonCell[][] = [
    ["退款编号", "订单编号", "买家退款金额", "退款的申请时间", "退款状态", "买家退款原因"],
  ];
  const facts: RefundFact[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const id = String(1e11 + i);
    const day = FIRST + (i % DAYS);
    orders.push([id, `buyer${i % 5000}`, 100, day + 0.4]);
    lines.push([id, `商品${i % 200}`, 100, 1]);
    if (i % 5 === 0) {
      const reason = ["尺码偏小", "质量问题", "不想要了"][i % 3] as string;
      refunds.push([`R${id}`, id, 50, day + 3, "退款成功", reason]);
      facts.push({
        row: facts.length,
        refundId: `R${id}`,
        orderId: id,
        amount: 50,
        status: "refunded",
        paidAt: day + 0.4,
        askedAt: day + 3,
        completedAt: null,
        reason,
        stage: null,
        goodsReturned: null,
        product: "",
      });
    }
  }
  const paid = orders.slice(1).map((r) => ({ orderId: String(r[0]), day: Math.floor(r[3] as number), paid: 100 }));
  const orderLines = lines
    .slice(1)
    .map((r) => ({ orderId: String(r[0]), product: String(r[1]), code: "", sku: "", price: 100, quantity: 1, row: 0 }));
  const core = await time(
    () => void analyzeInCore({ refunds: facts, orders: paid, lines: orderLines, today: FIRST + DAYS + 1 }),
    5
  );
  figure({
    name: `refund analysis of ${ORDERS.toLocaleString("en-US")} orders in the core`,
    value: Number(core.toFixed(1)),
    unit: "ms",
  });
  const table = (name: string, sheet: string, values: JsonCell[][], last: string) => ({
    name: sheet,
    values,
    tables: [{ name, address: `A1:${last}${values.length}` }],
  });
  const excel = new ExcelEmulator({
    sheets: [
      table("QianniuOrders", "Qianniu Orders", orders, "D"),
      table("QianniuOrderItems", "Qianniu Order Items", lines, "D"),
      table("QianniuRefunds", "Qianniu Refunds", refunds, "F"),
    ],
  });
  const env: CommandEnvironment = {
    host: clientHost(excel),
    language: () => "en-US",
    today: () => ({ year: 2026, month: 12, day: 5 }),
  };
  await commandFigures(`Analyze refunds at ${ORDERS.toLocaleString("en-US")} orders`, excel, () => analyzeRefunds(env));
}
