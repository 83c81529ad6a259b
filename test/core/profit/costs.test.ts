/** The Costs input: unit costs by 商家编码 or 商品ID and SKU, and every bad row named at its cell. */
import { readCosts } from "../../../src/core/profit/costs";
import type { InputCells } from "../../../src/core/records";
import { describeProblem } from "../../../src/wording/problems";
import { loadWords, translator } from "../../../src/wording";

const block = (values: InputCells["values"]): InputCells => ({ sheet: "成本", firstRow: 0, firstColumn: 0, values });

// The Costs input's problems are worded with the store-data commands' words, which load with them.
beforeAll(() => loadWords("storeData"));

describe("reading the Costs input", () => {
  it("reads each product's unit cost, by code or product ID, for one SKU or all", () => {
    const read = readCosts(
      block([
        ["商家编码", "商品ID", "SKU", "成本价", "单件包装费"],
        ["A01", "", "", 12, ""],
        ["B01", "", "红色", 20, 0.5],
        ["B01", "", "", 18, 0.5],
        ["", "600000000123", "", "7.5", ""],
        ["C01", "600000000456", "", 9, ""],
      ])
    );
    expect(read.problems).toEqual([]);
    expect(read.costs).toEqual([
      { code: "A01", sku: null, unitCost: 12, packaging: 0, productId: null },
      { code: "B01", sku: "红色", unitCost: 20, packaging: 0.5, productId: null },
      { code: "B01", sku: null, unitCost: 18, packaging: 0.5, productId: null },
      { code: "600000000123", sku: null, unitCost: 7.5, packaging: 0, productId: "600000000123" },
      // Both: the code prices the order lines, the ID ties the ad report's item to them.
      { code: "C01", sku: null, unitCost: 9, packaging: 0, productId: "600000000456" },
    ]);
  });

  it("reads English headers and the ERP's own spellings", () => {
    const english = readCosts(
      block([
        ["Merchant code", "Unit cost"],
        ["A01", 3],
      ])
    );
    const erp = readCosts(
      block([
        ["货号", "采购价"],
        ["A01", 3],
      ])
    );
    expect(english.costs).toEqual(erp.costs);
    expect(english.costs).toHaveLength(1);
  });

  it("names a cost that is text or negative, a second cost for one product and SKU, and a row with no product, at their cells", () => {
    const read = readCosts(
      block([
        ["商家编码", "SKU", "成本价"],
        ["A01", "", "about ten"],
        ["A02", "", -3],
        ["B01", "红色", 20],
        ["B01", "红色", 21],
        ["", "", 5],
      ])
    );
    expect(read.problems.map((p) => [p.code, p.address, p.value])).toEqual([
      ["notNumber", "C2", "about ten"],
      ["outOfRange", "C3", "-3"],
      ["repeatedCost", "A5", "B01"],
      ["required", "A6", ""],
    ]);
    expect(read.costs.map((c) => c.code)).toEqual(["B01"]);
    const t = translator("zh-CN");
    expect(describeProblem(read.problems[2] as never, t)).toMatch(/B01.*A4/);
    expect(describeProblem(read.problems[2] as never, translator("en-US"))).toMatch(/second cost.*A4/);
  });
});
