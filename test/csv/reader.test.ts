import { readFileSync, existsSync } from "fs";
import { join } from "path";
import type { CsvMeta } from "../../src/csv/reader";
import { EncodingError, NotTextError, concatBytes, readCsvRows } from "../../src/csv/reader";
import { blobChunks } from "../../src/csv/chunks";
import { detectEncoding } from "../../src/csv/encoding";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const SAMPLES = join(__dirname, "..", "..", "..", "shared", "samples", "taobao");

async function readAll(bytes: Uint8Array<ArrayBuffer>, chunkBytes?: number) {
  let meta: CsvMeta | undefined;
  const rows: string[][] = [];
  for await (const batch of readCsvRows(blobChunks(new Blob([bytes]), chunkBytes), (m) => (meta = m)))
    rows.push(...batch.rows);
  return { meta: meta as CsvMeta, rows };
}

const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe("reading CSV bytes into rows", () => {
  it("reads GBK with a preamble, CRLF and quoted thousands", async () => {
    const { meta, rows } = await readAll(fixture("sycm-overview-preamble.gbk.csv"));
    expect(meta).toMatchObject({ encoding: "gb18030", bom: false, delimiter: ",", newline: "\r\n" });
    expect(rows[0]).toEqual(["生意参谋 店铺概况"]);
    expect(rows[4]?.slice(0, 3)).toEqual(["统计日期", "访客数", "浏览量"]);
    expect(rows[5]?.slice(0, 2)).toEqual(["2026-11-21", "1,204 "]);
  });

  it("reads UTF-8 with a BOM and a tab before each comma as comma-separated", async () => {
    const { meta, rows } = await readAll(fixture("ad-report-tab-comma.utf8bom.csv"));
    expect(meta).toMatchObject({ encoding: "utf-8", bom: true, delimiter: "," });
    expect(rows[0]?.[0]).toBe("日期\t");
    expect(rows[1]?.[1]).toBe('="3208815526171234567"\t');
  });

  it("reads UTF-16LE tab-separated text, as Excel saves “Unicode text”", async () => {
    const { meta, rows } = await readAll(fixture("qianniu-orders.utf16le.txt"));
    expect(meta).toMatchObject({ encoding: "utf-16le", bom: true, delimiter: "\t", newline: "\r\n" });
    expect(rows[1]?.slice(0, 3)).toEqual(['="154839030206893571"', "-buyer", "'13900000001"]);
  });

  it("reads UTF-16BE with a BOM", async () => {
    const text = "a\tb\n1\t2\n";
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    [...text].forEach((ch, i) => be.set([0, ch.charCodeAt(0)], 2 + i * 2));
    const { meta, rows } = await readAll(be);
    expect(meta.encoding).toBe("utf-16be");
    expect(rows).toEqual([["a", "b"], ["1", "2"], [""]]);
  });

  it("reads semicolons, with a semicolon inside quotes", async () => {
    const { meta, rows } = await readAll(fixture("semicolon.utf8.csv"));
    expect(meta.delimiter).toBe(";");
    expect(rows[1]).toEqual(["Tee; white", "1200", "5%"]);
  });

  it("gives no rows for a file with only a BOM", async () => {
    expect((await readAll(fixture("bom-only.csv"))).rows).toEqual([]);
  });

  it("gives the same rows whatever the chunk size, with multi-byte characters and quoted newlines split across chunks", async () => {
    const text =
      'name,note\n"主图\n测试",ok\n' + Array.from({ length: 300 }, (_, i) => `行${i},"a,""b"""`).join("\n") + "\n";
    const bytes = new TextEncoder().encode(text);
    const whole = await readAll(bytes);
    for (const size of [1, 7, 1000]) expect((await readAll(bytes, size)).rows).toEqual(whole.rows);
    expect(whole.rows[1]).toEqual(["主图\n测试", "ok"]);
    expect(whole.rows[2]).toEqual(["行0", 'a,"b"']);
  });

  it("stops when the import is cancelled", async () => {
    const bytes = new TextEncoder().encode(Array.from({ length: 5000 }, (_, i) => `${i},x`).join("\n"));
    const controller = new AbortController();
    let batches = 0;
    for await (const batch of readCsvRows(blobChunks(new Blob([bytes]), 1024), () => undefined, controller.signal)) {
      batches++;
      if (batch.rows.length > 0) controller.abort();
    }
    expect(batches).toBe(1);
  });

  it("refuses a binary file", async () => {
    await expect(readAll(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))).rejects.toThrow("binary");
  });

  it("detects GBK, UTF-8 and BOMs from the first bytes", () => {
    expect(detectEncoding(new TextEncoder().encode("订单"))).toMatchObject({ encoding: "utf-8" });
    expect(detectEncoding(new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5]))).toMatchObject({ encoding: "gb18030" });
    // A UTF-8 sequence cut by the sample's end is still UTF-8.
    expect(detectEncoding(new Uint8Array([0x61, 0xe8, 0xae]))).toMatchObject({ encoding: "utf-8" });
  });
});

const describeSamples = existsSync(SAMPLES) ? describe : describe.skip;
if (!existsSync(SAMPLES)) console.warn(`Real export tests skipped: ${SAMPLES} is absent.`);

describeSamples("the real Taobao exports", () => {
  const sample = (name: string) => new Uint8Array(readFileSync(join(SAMPLES, name)));

  it("reads the Qianniu order details: GBK, every field quoted, 2,122 orders", async () => {
    const { meta, rows } = await readAll(sample("qianniu-order-details-2018-04.gbk.csv"), 64 * 1024);
    expect(meta).toMatchObject({ encoding: "gb18030", delimiter: "," });
    expect(rows[0]).toEqual([
      "订单编号",
      "标题",
      "价格",
      "购买数量",
      "外部系统编号",
      "商品属性",
      "套餐信息",
      "备注",
      "订单状态",
      "商家编码",
    ]);
    expect(rows.filter((r) => r.some((v) => v !== "")).length).toBe(2123);
    expect(rows[1]?.[0]).toBe('="154839030206893571"');
  });

  it("reads the Sycm traffic sources with trailing spaces after numbers", async () => {
    const { rows } = await readAll(sample("sycm-traffic-sources-practice.gbk.csv"));
    expect(rows[0]).toEqual(["流量来源", "来源明细", "访客数", "支付转化率", "客单价"]);
    expect(rows[1]).toEqual(["一级", "-A", "35188 ", "9.98%", "54.3"]);
  });
});

describe("a quote that never closes", () => {
  it.each([
    ["in the first chunk", 'a,b\n1,2\n3,"open\n4,5\n', 3],
    ["after many lines and a quoted line break", `a,b\n${"1,2\n".repeat(5000)}"multi\nline",x\n7,"open\n8,9\n`, 5004],
  ])("is refused %s, naming the line where it opened", async (_where, csv, line) => {
    const read = async () => {
      for await (const _ of readCsvRows(blobChunks(new Blob([csv]), 4096), () => undefined)) void _;
    };
    await expect(read()).rejects.toMatchObject({ line });
  });
});

describe("reading a file in one encoding or not at all", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const gbk = (ascii: string, chinese: readonly number[]) => new Uint8Array([...utf8(ascii), ...chinese]);
  /** 订单 in GBK. */
  const ORDER_GBK = [0xb6, 0xa9, 0xb5, 0xa5];
  const join = (...parts: Uint8Array[]) => concatBytes(parts);
  const asciiRows = (count: number) =>
    utf8(Array.from({ length: count }, (_, i) => `2026-11-01,${1000 + i},${i}.50\n`).join(""));

  it("refuses a small UTF-8 file with two bad bytes, naming their line, instead of reading it all as GBK", async () => {
    const file = join(
      utf8("统计日期,访客数,支付金额,商品名称\n2026-11-01,1000,3000,连衣裙\n2026-11-02,900,2000,"),
      new Uint8Array([0xff, 0xfe]),
      utf8("\n")
    );
    const error = await readAll(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EncodingError);
    expect(error).toMatchObject({ line: 3, encoding: "utf-8", byte: file.length - 3 });
  });

  it("refuses bad UTF-8 far past the first 64 KB, rather than reading it as U+FFFD", async () => {
    const head = utf8("商品名称,访客数\n");
    const file = join(head, asciiRows(5000), new Uint8Array([0xc3, 0x28]), utf8(",1\n"));
    expect(file.length).toBeGreaterThan(64 * 1024);
    await expect(readAll(file)).rejects.toMatchObject({ line: 5002, encoding: "utf-8" });
  });

  it("reads a GBK file whose first 64 KB are ASCII as GBK from its first Chinese byte on", async () => {
    const file = join(utf8("date,visitors,gmv\n"), asciiRows(5000), gbk("2026-11-02,5,", ORDER_GBK), utf8("\n"));
    const metas: CsvMeta[] = [];
    const rows: string[][] = [];
    for await (const batch of readCsvRows(blobChunks(new Blob([file])), (m) => metas.push(m))) rows.push(...batch.rows);
    expect(rows[5001]).toEqual(["2026-11-02", "5", "订单"]);
    expect(metas.map((m) => m.encoding)).toEqual(["utf-8", "gb18030"]);
    expect(rows.flat().join("")).not.toContain("\uFFFD");
  });

  it("refuses a GBK file that turns into UTF-8 part way", async () => {
    const file = join(gbk("a,b\n", ORDER_GBK), utf8(",1\n"), asciiRows(5000), utf8("2026-11-02,连衣裙商品名称\n"));
    await expect(readAll(file)).rejects.toMatchObject({ line: 5003, encoding: "gb18030" });
  });

  it("refuses a NUL byte past the first 64 KB as it does one near the start", async () => {
    const file = join(utf8("a,b\n"), asciiRows(5000), new Uint8Array([0x31, 0x00, 0x0a]));
    await expect(readAll(file)).rejects.toBeInstanceOf(NotTextError);
  });
});

describe("line breaks of every kind in one file", () => {
  // Past the first 64 KB too, where the text comes chunk by chunk and a CRLF may be cut between two chunks.
  const padding = Array.from({ length: 4000 }, (_, i) => `2026-10-01,${i}\r\n`).join("");
  const mixed = `统计日期,支付金额\r\n2026-11-01,960\n2026-11-02,800\r2026-11-03,700\r\n"two\r\nlines",5\r\n${padding}2026-11-04,1\n2026-11-05,2\r2026-11-06,3\r\n`;
  it.each([3, 7, 1000, 64 * 1024])(
    "ends a row at CRLF, LF and a lone CR alike (chunks of %i bytes)",
    async (chunkBytes) => {
      const { rows } = await readAll(new TextEncoder().encode(mixed), chunkBytes);
      const filled = rows.filter((r) => r.some((c) => c !== ""));
      expect(filled.slice(0, 5)).toEqual([
        ["统计日期", "支付金额"],
        ["2026-11-01", "960"],
        ["2026-11-02", "800"],
        ["2026-11-03", "700"],
        ["two\nlines", "5"],
      ]);
      expect(filled).toHaveLength(5 + 4000 + 3);
      expect(filled.slice(-3)).toEqual([
        ["2026-11-04", "1"],
        ["2026-11-05", "2"],
        ["2026-11-06", "3"],
      ]);
      expect(filled.every((r) => r.length === 2)).toBe(true);
    }
  );
});
