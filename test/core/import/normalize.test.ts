import { excelCell, ExportSession } from "../../../src/core/import/session";
import { findExportHeader, isTotalRow } from "../../../src/core/import/header";
import { recogniseExport, rowKey, rowSignature } from "../../../src/core/import/kinds";
import { columnRule, needsTextGuard, normalizeValue } from "../../../src/core/import/normalize";
import { existingDateSerial } from "../../../src/core/excelDate";
import fc from "fast-check";

const plain = { fen: false, id: false };

describe("normalising export values", () => {
  it.each(["2026-02-31", "2026-13-01", "2026-11-24 25:61", "2026/04/31 10:00"])(
    "keeps %s as text and flags it: a date that does not exist is never another day",
    (raw) => {
      expect(normalizeValue(raw, plain)).toEqual({ value: raw, type: "text", notDate: true });
    }
  );

  it("reads the same dates as typed input does (2024-02-29 exists, 2026-02-29 does not)", () => {
    expect(normalizeValue("2024-02-29", plain)).toEqual({ value: 45351, type: "date" });
    expect(normalizeValue("2026-02-29", plain).notDate).toBe(true);
  });

  it.each([
    ["1,204 ", 1204, "number"],
    ["35188 ", 35188, "number"],
    ["35,000.10", 35000.1, "number"],
    ["9.98%", 0.0998, "percent"],
    ["0.00%", 0, "percent"],
    ["￥4210.50", 4210.5, "number"],
    ["¥ 99", 99, "number"],
    ["99.80元", 99.8, "number"],
    ["-12.5", -12.5, "number"],
    ["-", null, "blank"],
    ["--", null, "blank"],
    ["null", null, "blank"],
    ["'null", null, "blank"],
    ["  ", null, "blank"],
    ['="154839030206893571"', "154839030206893571", "text"],
    ["154839030206893571", "154839030206893571", "text"],
    ["'13900000001", "13900000001", "text"],
    ["00123", "00123", "text"],
    ["主图测试&amp;新品", "主图测试&新品", "text"],
    ["&#34;quoted&#x22;", '"quoted"', "text"],
    ["2026-11-23", 46349, "date"],
    ["2026/11/23 08:05", 46349 + (8 * 60 + 5) / 1440, "datetime"],
    ["2026-11-23 23:22:18", 46349 + (23 * 3600 + 22 * 60 + 18) / 86400, "datetime"],
    ["-A", "-A", "text"],
    ["交易成功", "交易成功", "text"],
  ])("%j → %j (%s)", (raw, value, type) => {
    const result = normalizeValue(raw, plain);
    expect(result.type).toBe(type);
    if (typeof value === "number") expect(result.value).toBeCloseTo(value, 9);
    else expect(result.value).toBe(value);
  });

  it("reads any run of digits, thousands separators and a decimal point exactly as Number reads the decimal it spells", () => {
    // The reference: the export grammar's unsigned decimals (separators in threes, digits on both sides of the
    // point), read by Number once the separators are gone; anything else is not such a number.
    const decimal = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("0", "1", "5", "7", "9", ",", "."), minLength: 1, maxLength: 22 }),
        (text) => {
          const result = normalizeValue(`9${text}`, plain);
          const spelled = `9${text}`;
          if (decimal.test(spelled)) {
            const digitsOnly = /^\d+$/.test(spelled);
            if (digitsOnly && spelled.length > 15) expect(result).toEqual({ value: spelled, type: "text" });
            else expect(result).toEqual({ value: Number(spelled.replace(/,/g, "")), type: "number" });
          } else expect(result.type).not.toBe("number");
        }
      ),
      { numRuns: 2000 }
    );
    expect(normalizeValue("123456789012345.6", plain).value).toBe(123456789012345.6);
    expect(normalizeValue("0.1", plain).value).toBe(0.1);
    expect(normalizeValue("1,234.", plain).type).toBe("text");
    expect(normalizeValue("1,23", plain).type).toBe("text");
  });

  it("reads a time to the second (2026-11-23 23:22:18) as the date grammar reads it, a day or time that is none flagged", () => {
    // The reference: the grammar's own reading, from the parts, of every 19-character spelling made of them.
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom(" ", "T", "_"),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.integer({ min: 0, max: 61 }),
        fc.constantFrom("-", "/", "."),
        (y, m, d, gap, h, mi, sec, sep) => {
          const text = `${y}${sep}${two(m)}${sep}${two(d)}${gap}${two(h)}:${two(mi)}:${two(sec)}`;
          const result = normalizeValue(text, plain);
          const day = existingDateSerial(y, m, d);
          const real = gap !== "_" && day !== null && h <= 23 && mi <= 59 && sec <= 59;
          if (real) expect(result).toEqual({ value: day + (h * 3600 + mi * 60 + sec) / 86400, type: "datetime" });
          else expect(result.type).toBe("text");
          expect(result.notDate === true).toBe(gap !== "_" && !real);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("converts fen to yuan in columns headed (分) or （分）", () => {
    expect(columnRule("花费(分)")).toMatchObject({ fen: true, id: false, mask: null });
    expect(columnRule("花费（分）")).toMatchObject({ fen: true, id: false, mask: null });
    expect(normalizeValue("12345", columnRule("花费(分)")).value).toBe(123.45);
    expect(columnRule("花费")).toMatchObject({ fen: false, id: false, mask: null });
  });

  it("cuts text longer than a cell holds, and says so", () => {
    const result = normalizeValue("x".repeat(40_000), plain);
    expect(result).toMatchObject({ type: "text", truncated: true });
    expect(result.value).toHaveLength(32_767);
  });
});

describe("text guarded against Excel's reading", () => {
  it.each([
    ['=HYPERLINK("x")', true],
    ["+86 139", true],
    ["-A", true],
    ["@buyer", true],
    ["\t=1", true],
    ["154839030206893571", true],
    ["2026-11-23", true],
    ["60%", true],
    ["TRUE", true],
    ["#N/A", true],
    ["交易成功", false],
    ["Tee; white", false],
    ["No:000000000001", false],
  ])("%j needs a leading apostrophe: %s", (text, guarded) => {
    expect(needsTextGuard(text)).toBe(guarded);
    expect(excelCell(text)).toBe(guarded ? `'${text}` : text);
  });

  it("writes numbers as numbers and no value as an empty cell", () => {
    expect(excelCell(12.5)).toBe(12.5);
    expect(excelCell(null)).toBe("");
  });
});

describe("finding the table in an export", () => {
  it("skips a title, 统计日期/数据说明 lines and blank lines", () => {
    expect(
      findExportHeader([
        ["生意参谋 店铺概况"],
        ["统计日期：2026-11-17~2026-11-23", ""],
        ["数据说明：示例", "x"],
        [""],
        ["统计日期", "访客数"],
      ])
    ).toBe(4);
  });

  it.each([["合计"], ["总计"], [" Total "]])("recognises %j as a total row", (label) => {
    expect(isTotalRow([label, "3,534"])).toBe(true);
  });

  it.each([
    [["流量来源", "来源明细", "访客数", "支付转化率", "客单价"], "sycmTraffic", [1, 2].map(() => 0).length],
    [
      ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"],
      "qianniuOrderItems",
      5,
    ],
    [["订单编号", "买家会员名", "买家实际支付金额", "订单状态"], "qianniuOrders", 1],
    [["日期", "计划ID", "计划名字", "花费(分)", "展现量", "点击量", "总成交金额"], "adReport", 3],
    [["统计日期", "访客数", "浏览量", "支付金额"], "sycmOverview", 1],
    [["统计日期", "商品ID", "商品名称", "商品访客数", "支付金额"], "sycmProducts", 2],
    [["a", "b"], "generic", 0],
  ])("recognises %j as %s with %i key columns", (headers, kind, keys) => {
    const recognised = recogniseExport(headers, "report.csv");
    expect(recognised.definition.kind).toBe(kind);
    expect(recognised.keyColumns).toHaveLength(keys);
  });

  it("names a generic table after its file", () => {
    expect(recogniseExport(["a", "b"], "我的报表 11-24.csv").definition).toMatchObject({
      sheetName: { "en-US": "我的报表 11-24" },
      tableName: "Import_我的报表_11_24",
    });
  });

  it("keys rows by their key columns, or the whole row", () => {
    expect(rowKey(["1", "x", 2], [0])).toBe(rowKey(["1", "y", 3], [0]));
    expect(rowKey(["1", "x"], [])).not.toBe(rowKey(["1", "y"], []));
  });
});

describe("a file's rows through a session", () => {
  it("finds the header across batches, skips totals and blanks, drops repeats, and tells unchanged rows from updated ones", () => {
    const stored: Record<string, { row: number; signature: string }> = {
      [rowKey([46347], [0])]: { row: 0, signature: rowSignature([46347, 1204, 3456.7]) },
      [rowKey([46348], [0])]: { row: 1, signature: rowSignature([46348, 1300, null]) },
    };
    const session = new ExportSession("overview.csv", (key) => stored[key]);
    expect(session.push([["生意参谋"], ["统计日期：…"]])).toEqual([]);
    const rows = session.push([
      ["统计日期", "访客数", "支付金额"],
      ["2026-11-21", "1,204", "3,456.70"],
      ["", ""],
      ["2026-11-22", "1350", "-"],
      ["2026-11-22", "1350", "-"],
      ["2026-11-23", "1500", "10"],
      ["合计", "2,554", "3,456.70"],
    ]);
    expect(rows).toEqual([[46349, 1500, 10]]);
    expect(session.counts).toEqual({
      rowsRead: 4,
      rowsAdded: 1,
      rowsUpdated: 1,
      rowsUnchanged: 1,
      duplicates: 1,
      totalsSkipped: 1,
    });
    // The later export wins: the stored 2026-11-22 row gets the newer figures when the import commits.
    expect(session.updates).toEqual([{ row: 1, values: [46348, 1350, null] }]);
    expect(session.found?.recognised.definition.kind).toBe("sycmOverview");
    expect(session.columnFormats()).toEqual(["yyyy-mm-dd", "General", "General"]);
  });

  it("reports a file with no header row", () => {
    const session = new ExportSession("notes.txt");
    session.push([["just one line"]]);
    session.finish();
    expect(session.problems.map((p) => p.code)).toEqual(["noHeader"]);
  });

  it("reports cells beyond the header's columns", () => {
    const session = new ExportSession("ragged.csv");
    session.push([
      ["a", "b"],
      ["1", "2", "3"],
    ]);
    expect(session.problems).toEqual([
      { code: "extraCells", sheet: "ragged.csv", address: "C2", value: "3", field: "", facts: { width: 2 } },
    ]);
  });
});
