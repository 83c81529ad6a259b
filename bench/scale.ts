/**
 * Commands at scale on the emulator: Calculate profit at 100,000 order lines and Review products at 100,000 rows of
 * Sycm's product report, each with its core alone beside it.
 */
import type { CommandEnvironment } from "../src/commands/environment";
import { calculateProfit } from "../src/commands/calculateProfit";
import { reviewProducts } from "../src/commands/reviewProducts";
import { computeProfit } from "../src/core/profit/profit";
import { orderLines, paidOrders, statementFees } from "../src/core/profit/facts";
import { productDays } from "../src/core/layout/facts";
import { reviewProducts as reviewProductsCore } from "../src/core/layout/review";
import type { JsonCell, WorkbookJson } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import { clientHost } from "../test/fixtures/officeClient";
import { commandFigures, figure, time } from "./figures";
/**
 * Profit at 100,000 order lines: the core's computation alone, and Calculate profit on the emulator reading the four
 * imported tables (40,000 orders, their lines, 40,000 refunds-and-statement rows) in blocks under Excel on the web's
 * 5 MB, writing the sheet and refreshing Store Metrics.
 */
export async function profitFigure(): Promise<void> {
  const ORDERS = 40_000;
  const first = 46327;
  const id = (i: number) => String(154839030206890000n + BigInt(i));
  const orders: JsonCell[][] = [["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单付款时间"]];
  const lines: JsonCell[][] = [["订单编号", "标题", "价格", "购买数量", "商品属性", "商家编码"]];
  const statement: JsonCell[][] = [
    ["账务流水号", "发生时间", "收入金额（+元）", "支出金额（-元）", "业务类型", "备注"],
  ];
  const refunds: JsonCell[][] = [["退款编号", "订单编号", "退款金额", "退款状态", "是否需要退货"]];
  for (let i = 0; i < ORDERS; i++) {
    const day = first + (i % 30) + 0.5;
    orders.push([id(i), `b${i}`, 81 + (i % 7), "交易成功", day]);
    // Two lines an order, and a third on every second one: 100,000 lines.
    lines.push([id(i), `Dress ${i % 50}`, 30, 1, "颜色:红色", `C${i % 50}`]);
    lines.push([id(i), `Dress ${(i + 7) % 50}`, 30, 2, "", `C${(i + 7) % 50}`]);
    if (i % 2 === 0) lines.push([id(i), "Scarf", 10, 1, "", "S09"]);
    statement.push([`S${i}`, day + 0.1, "", 4.05, "交易", `天猫佣金{T200P${id(i)}}`]);
    if (i % 20 === 0) refunds.push([`R${i}`, id(i), 40, "退款成功", i % 40 === 0 ? "是" : "否"]);
  }
  const costs: JsonCell[][] = [
    ["Merchant code", "SKU", "Unit cost"],
    ...Array.from({ length: 50 }, (_, k): JsonCell[] => [`C${k}`, "", 12 + k / 10]),
  ];
  const table = (name: string, sheet: string, values: JsonCell[][]) => ({
    name: sheet,
    values,
    tables: [{ name, address: `A1:${String.fromCharCode(64 + (values[0]?.length ?? 1))}${values.length}` }],
  });
  const workbook: WorkbookJson = {
    sheets: [
      table("QianniuOrders", "Qianniu Orders", orders),
      table("QianniuOrderItems", "Qianniu Order Items", lines),
      table("QianniuRefunds", "Qianniu Refunds", refunds),
      table("AlipayStatement", "Alipay Statement", statement),
      table("Costs", "Costs", costs),
    ],
  };
  const input = {
    orders: paidOrders(orders[0] as string[], orders.slice(1)),
    lines: orderLines(lines[0] as string[], lines.slice(1)),
    refunds: [],
    fees: statementFees(statement[0] as string[], statement.slice(1)),
    ads: [],
    costs: Array.from({ length: 50 }, (_, k) => ({ code: `C${k}`, sku: null, unitCost: 12 + k / 10, packaging: 0 })),
    settings: { shippingPerParcel: 3, packagingPerParcel: 1, estimatedFeeRate: 0.05 },
  };
  const core = await time(() => void computeProfit(input), 5);
  figure({
    name: `profit of ${input.lines.length.toLocaleString("en-US")} order lines in the core`,
    value: Number(core.toFixed(1)),
    unit: "ms",
  });
  const excel = new ExcelEmulator(workbook);
  const env: CommandEnvironment = {
    host: clientHost(excel),
    language: () => "en-US",
    today: () => ({ year: 2026, month: 12, day: 1 }),
  };
  // The Profit sheet and Store Metrics are written in one request.
  await commandFigures("Calculate profit at 100,000 order lines", excel, () => calculateProfit(env));
}

/**
 * Review products at 100,000 rows of Sycm's product report (14,286 products over 7 days): the core's review alone, and
 * the command on the emulator reading the report's columns in blocks under 5 MB and writing the Products sheet.
 */
export async function layoutFigure(): Promise<void> {
  const ROWS = 100_000;
  const latest = 46360;
  const products = Math.ceil(ROWS / 7);
  const report: JsonCell[][] = [["统计日期", "商品ID", "商品名称", "商品访客数", "支付买家数", "支付金额", "支付件数"]];
  for (let i = 0; i < ROWS; i++) {
    const p = i % products;
    const visitors = 20 + ((p * 37) % 400);
    const buyers = (p * 13) % 9;
    report.push([
      latest - Math.floor(i / products),
      `6${String(p).padStart(11, "0")}`,
      `商品 ${p}`,
      visitors,
      buyers,
      buyers * 59,
      buyers,
    ]);
  }
  const [header, ...rows] = report as [string[], ...JsonCell[][]];
  const days = productDays(header, rows as never);
  const settings = { leadTimeDays: 7, safetyDays: 3 };
  const review = { days, stock: [], idsByCode: new Map(), costs: new Map(), settings };
  const core = await time(() => void reviewProductsCore(review), 5);
  figure({
    name: `review of ${ROWS.toLocaleString("en-US")} product-report rows in the core`,
    value: Number(core.toFixed(1)),
    unit: "ms",
  });
  const excel = new ExcelEmulator({
    sheets: [
      { name: "Sycm Products", values: report, tables: [{ name: "SycmProducts", address: `A1:G${report.length}` }] },
    ],
  });
  const env: CommandEnvironment = {
    host: clientHost(excel),
    language: () => "en-US",
    today: () => ({ year: 2026, month: 12, day: 5 }),
  };
  await commandFigures(`Review products at ${ROWS.toLocaleString("en-US")} report rows`, excel, () =>
    reviewProducts(env)
  );
}
