/** A file's columns matched to its table's by meaning (core/import/columns.ts) and the kinds' fields (kinds.ts). */
import { mergeColumns } from "../../src/core/import/columns";
import { EXPORT_KINDS, fieldsOf } from "../../src/core/import/kinds";
import { nameKey } from "../../src/core/names";
import { METRIC_SOURCES } from "../../src/core/import/metrics";
import { productColumns } from "../../src/core/shopFacts";

const PRODUCTS = EXPORT_KINDS.find((k) => k.kind === "sycmProducts");
if (!PRODUCTS) throw new Error("no Sycm products kind");

describe("the export kinds' fields", () => {
  it.each(EXPORT_KINDS.map((k) => [k.kind, k] as const))(
    "%s: no spelling means two fields, and its required and key fields exist",
    (_, kind) => {
      const owners = new Map<string, string>();
      for (const [field, spellings] of Object.entries(kind.fields)) {
        for (const spelling of spellings) {
          expect([nameKey(spelling), owners.get(nameKey(spelling)) ?? field]).toEqual([nameKey(spelling), field]);
          owners.set(nameKey(spelling), field);
        }
      }
      for (const field of [...kind.requires, ...kind.key]) expect(Object.keys(kind.fields)).toContain(field);
    }
  );

  it("knows Sycm's product report in its older and newer spellings", () => {
    for (const [older, newer] of [
      ["商品id", "商品ID"],
      ["商品标题", "商品名称"],
      ["访客数", "商品访客数"],
      ["支付转化率", "商品支付转化率"],
      ["成交金额", "支付金额"],
    ] as const) {
      expect(fieldsOf(PRODUCTS, older)).toEqual(fieldsOf(PRODUCTS, newer));
      expect(fieldsOf(PRODUCTS, older)).toHaveLength(1);
    }
  });
});

describe("merging a file's columns into its table", () => {
  it("places known fields whatever their header, adds new columns at the right, and names what the file lacks", () => {
    const merged = mergeColumns(
      PRODUCTS,
      ["统计日期", "商品id", "访客数", "我的备注"],
      ["商品ID", "统计日期", "商品访客数", "加购人数"],
      "f.xls"
    );
    expect(merged).toEqual({
      ok: true,
      merge: {
        headers: ["统计日期", "商品id", "访客数", "我的备注", "加购人数"],
        order: [1, 0, 2, -1, 3],
        added: ["加购人数"],
        lacking: ["我的备注"],
      },
    });
  });

  it("keeps the same header in its own column before matching by meaning", () => {
    // A table made when both spellings came as separate columns keeps each where it is.
    const merged = mergeColumns(PRODUCTS, ["访客数", "商品访客数"], ["商品访客数"], "f.xls");
    expect(merged.ok && merged.merge.order).toEqual([-1, 0]);
  });

  it("matches columns of an unknown kind by their header alone", () => {
    const merged = mergeColumns({ fields: {} }, ["a", "B"], ["b", "c"], "f.csv");
    expect(merged.ok && merged.merge).toEqual({
      headers: ["a", "B", "c"],
      order: [-1, 0, 1],
      added: ["c"],
      lacking: ["a"],
    });
  });

  it("refuses two columns of the file that mean one field, naming both", () => {
    expect(mergeColumns(PRODUCTS, ["商品ID"], ["商品ID", "访客数", "商品访客数"], "f.xls")).toEqual({
      ok: false,
      problem: {
        code: "duplicateColumn",
        sheet: "f.xls",
        address: "",
        value: "商品访客数",
        field: "商品访客数",
        facts: { other: "访客数" },
      },
    });
  });

  it("refuses a header two fields claim, naming the header and the fields it could be", () => {
    const muddled = { fields: { visitors: ["访客数", "UV"], pageViews: ["浏览量", "uv"] } };
    expect(mergeColumns(muddled, [], ["UV"], "f.csv")).toEqual({
      ok: false,
      problem: {
        code: "ambiguousHeader",
        sheet: "f.csv",
        address: "",
        value: "UV",
        field: "",
        facts: { meanings: ["访客数", "浏览量"] },
      },
    });
  });
});

describe("the rules that read an imported table find its columns by the same fields", () => {
  it("Store Metrics and the diagnosis read a product table whose columns came as 成交金额 and 商品标题", () => {
    const products = METRIC_SOURCES.find((s) => s.kind === "sycmProducts");
    expect(products?.inputs.gmv).toContain("成交金额");
    expect(productColumns(["统计日期", "商品标题", "访客数", "成交金额", "支付转化率"])).toEqual([1, 2, 3, -1, 4, 0]);
  });
});
