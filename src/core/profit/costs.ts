/**
 * The Costs input read: each row a unit cost for a product (by 商家编码, else 商品ID) and, where it says one, a SKU;
 * a row giving both ties the ad report's item (宝贝ID) to the product's order lines.
 * A cost that is text or negative is a problem at its cell (the reader's number rule); so is a second cost for the
 * same product and SKU, which would make a profit depend on the row order; and a row naming no product.
 */
import { COSTS } from "../contract";
import type { Problem } from "../problems";
import { readProductRows } from "../productRows";
import type { InputCells } from "../records";
import { fieldsFor } from "../records";
import type { UnitCost } from "./profit";

const field = fieldsFor(COSTS.columns);
export const COST_FIELDS = [
  field("code", "text", false, { aliases: ["商家编码", "货号", "商品编码", "Merchant SKU", "Code"] }),
  field("productId", "text", false, { aliases: ["商品id", "宝贝ID", "Item ID"] }),
  field("sku", "text", false, { aliases: ["商品属性", "套餐信息", "销售属性", "规格"] }),
  field("unitCost", "number", true, { aliases: ["成本", "采购价", "进价", "Cost"], min: 0 }),
  field("packaging", "number", false, { aliases: ["包装费", "Packaging"], min: 0 }),
] as const;

export interface CostsRead {
  readonly costs: UnitCost[];
  readonly problems: Problem[];
  /** The header could not be used: nothing was read. */
  readonly stopped: boolean;
}

/** The unit costs, every problem with its cell; a row with a problem gives no cost. */
export function readCosts(block: InputCells): CostsRead {
  const read = readProductRows(block, COST_FIELDS, COSTS.columns, "repeatedCost");
  const costs = read.rows.map(({ record, product, productId, sku }) => {
    const { unitCost, packaging = 0 } = record.fields;
    return { code: product, sku: sku === "" ? null : sku, unitCost, packaging, productId: productId || null };
  });
  return { costs, problems: read.problems, stopped: read.stopped };
}
