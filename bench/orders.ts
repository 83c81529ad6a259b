/**
 * An order export's session beside its own read: a Qianniu 订单报表 of 100,000 orders in its 55 columns (buyers'
 * names, phones and addresses to mask, times, status words, ="…" IDs), read into rows, then read and put through
 * the session (masking, pseudonyms, dates, keys, de-duplication). Rounds interleave the two.
 */
import { readCsvRows } from "../src/csv/reader";
import { ExportSession } from "../src/core/import/session";
import { figure } from "./figures";
import { median, ratioFigure } from "./spread";

const HEADER = [
  "订单编号",
  "买家会员名",
  "买家支付宝账号",
  "买家应付货款",
  "买家应付邮费",
  "买家支付积分",
  "总金额",
  "返点积分",
  "买家实际支付金额",
  "买家实际支付积分",
  "订单状态",
  "买家留言",
  "收货人姓名",
  "收货地址 ",
  "运送方式",
  "联系电话 ",
  "联系手机",
  "订单创建时间",
  "订单付款时间 ",
  "宝贝标题 ",
  "宝贝种类 ",
  "物流单号 ",
  "物流公司",
  "订单备注",
  "宝贝总数量",
  "店铺Id",
  "店铺名称",
  "订单关闭原因",
  "卖家服务费",
  "买家服务费",
  "发票抬头",
  "是否手机订单",
  "分阶段订单信息",
  "特权订金订单id",
  "是否上传合同照片",
  "是否上传小票",
  "是否代付",
  "定金排名",
  "修改后的sku",
  "修改后的收货地址",
  "异常信息",
  "天猫卡券抵扣",
  "集分宝抵扣",
  "是否是O2O交易",
  "是否上传身份证",
  "新零售交易类型",
  "新零售导购门店名称",
  "新零售导购门店id",
  "新零售发货门店名称",
  "新零售发货门店id",
  "退款金额",
  "预约门店",
  "确认收货时间",
  "打款商家金额",
  "含应开票给个人的个人红包",
];
const STATUS = ["交易成功", "卖家已发货，等待买家确认", "买家已付款，等待卖家发货", "交易关闭", "等待买家付款"];
const TITLES = ["法式碎花连衣裙 夏 收腰显瘦", "真丝衬衫 女 长袖", "高腰阔腿裤 垂感", "针织开衫 薄款 外搭"];

const pad = (n: number) => String(n).padStart(2, "0");
const time = (i: number, seconds: number) => {
  const day = 1 + (i % 28);
  const s = (i * 37 + seconds) % 86400;
  return `2026-11-${pad(day)} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};

/** A 订单报表 of `count` orders as Qianniu writes it (UTF-8 here: the decoding is the read's, measured on both sides). */
export function orderExportCsv(count: number): Uint8Array {
  const q = (v: string) => `"${v}"`;
  const lines = [HEADER.map(q).join(",")];
  for (let i = 0; i < count; i++) {
    // Buyers come back: a tenth of the orders are a returning buyer's.
    const buyer = i % 10 === 0 ? (i * 7919) % Math.max(1, i) : i;
    const paid = (59 + (i % 11) * 10).toFixed(2);
    const status = STATUS[i % STATUS.length] as string;
    const row = [
      `="${String(900000000000000000n + BigInt(i))}"`,
      q(`tb_buyer${buyer}`),
      q(`138${String(buyer).padStart(8, "0")}`),
      q(paid),
      q("0.00"),
      q("0"),
      q(paid),
      q("0"),
      q(paid),
      q("0"),
      q(status),
      q("null"),
      q(`收货人${buyer}`),
      q(`浙江省 杭州市 西湖区 某某街道示例路${buyer % 500}号(310000)`),
      q("快递"),
      q("'null"),
      q(`'139${String(buyer).padStart(8, "0")}`),
      q(time(i, 0)),
      q(status === "等待买家付款" ? "" : time(i, 33)),
      q(TITLES[i % TITLES.length] as string),
      q("1"),
      q(`No:${String(i).padStart(12, "0")}`),
      q("中通快递"),
      q("'null"),
      q(String(1 + (i % 3))),
      q("0"),
      q("星河女装旗舰店"),
      q(status === "交易关闭" ? "买家不想买了" : "订单未关闭"),
      q("0"),
      q("0元"),
      q(""),
      q("手机订单"),
      q("null"),
      q("null"),
      q("否"),
      q("否"),
      q("否"),
      q(""),
      q("null"),
      q("null"),
      q("null"),
      q("null"),
      q("null"),
      q("null"),
      q("否"),
      q("电商订单"),
      q("null"),
      q("null"),
      q("null"),
      q("null"),
      q("0.00"),
      q("null"),
      q(status === "交易成功" ? time(i, 9000) : ""),
      q(`${paid}元`),
      q(""),
    ];
    lines.push(row.join(","));
  }
  return new TextEncoder().encode(lines.join("\r\n"));
}

const CHUNK = 1 << 20;

/** The order export's session throughput against its read's, both over the same 100,000 orders. */
export async function orderSessionFigure(): Promise<void> {
  const ORDERS = 100_000;
  const bytes = orderExportCsv(ORDERS);
  const chunks = async function* (): AsyncGenerator<Uint8Array> {
    for (let start = 0; start < bytes.length; start += CHUNK) yield bytes.subarray(start, start + CHUNK);
  };
  const read = async () => {
    for await (const batch of readCsvRows(chunks(), () => undefined)) void batch;
  };
  const session = async () => {
    const s = new ExportSession("订单报表.csv");
    let added = 0;
    for await (const batch of readCsvRows(chunks(), () => undefined)) added += s.push(batch.rows).length;
    s.finish();
    if (added !== ORDERS) throw new Error(`the session added ${added} of ${ORDERS} orders`);
  };
  const reads: number[] = [];
  const sessions: number[] = [];
  for (let round = 0; round <= 5; round++) {
    for (const [run, times] of [
      [read, reads],
      [session, sessions],
    ] as const) {
      gc?.();
      const start = performance.now();
      await run();
      if (round > 0) times.push(performance.now() - start);
    }
  }
  // The session's own time is the whole less the read it includes; its throughput against the read's.
  const ratios = reads.map((r, i) => r / Math.max(1e-9, (sessions[i] as number) - r));
  const perSecond = (ms: number) => Math.round(ORDERS / (ms / 1000));
  figure({ name: "order export (55 columns), 100,000 orders: read", value: perSecond(median(reads)), unit: "rows/s" });
  figure({
    name: "the same orders: read + session (masking, pseudonyms, dates, keys)",
    value: perSecond(median(sessions)),
    unit: "rows/s",
  });
  figure(ratioFigure("order export: the session's throughput as a ratio to its read", ratios, 0.5));
}
