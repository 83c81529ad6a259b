/**
 * The rows of an input that names a product by 商家编码 and/or 商品ID, with an optional SKU: Costs and Stock. A row
 * naming neither is a problem at its cell; so is a second row for the same product and SKU, which would make a
 * figure depend on the row order.
 */
import { cellAddress } from "./cellAddress";
import type { Spellings } from "./language";
import { LANGUAGES } from "./language";
import { nameKey } from "./names";
import type { Problem } from "./problems";
import { problemAt } from "./problems";
import type { FieldSpec, InputCells, InputRecord } from "./records";
import { readRecords } from "./records";

export interface ProductRow<S extends FieldSpec> {
  readonly record: InputRecord<S>;
  /** The code, else the product ID: what the row's product is known by. */
  readonly product: string;
  readonly code: string;
  readonly productId: string;
  readonly sku: string;
  /** The row's first cell, to name it in a problem. */
  readonly at: string;
}

export function readProductRows<S extends FieldSpec>(
  block: InputCells,
  fields: readonly S[],
  columns: { readonly code: Spellings; readonly productId: Spellings },
  repeated: "repeatedCost" | "repeatedStock"
): { rows: ProductRow<S>[]; problems: Problem[]; stopped: boolean } {
  const read = readRecords(block, fields);
  const problems = [...read.problems];
  const rows: ProductRow<S>[] = [];
  const first = new Map<string, string>();
  // The product's columns by their names in every language a user reads, for a row that names neither.
  const names = LANGUAGES.map((l) => `${columns.code[l]} / ${columns.productId[l]}`).join(" · ");
  for (const record of read.records) {
    const cells = record.fields as Record<string, unknown>;
    const [code = "", productId = "", sku = ""] = ["code", "productId", "sku"].map((k) => String(cells[k] ?? ""));
    const product = code !== "" ? code : productId;
    const at = cellAddress(record.row, block.firstColumn);
    if (product === "") {
      problems.push(problemAt("required", { sheet: block.sheet, address: at, value: "", field: names }));
      continue;
    }
    const key = `${nameKey(product)}\u0001${nameKey(sku)}`;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      const facts = { first: earlier };
      problems.push(
        problemAt({ code: repeated, facts }, { sheet: block.sheet, address: at, value: product, field: "" })
      );
      continue;
    }
    first.set(key, at);
    rows.push({ record, product, code, productId, sku, at });
  }
  return { rows, problems, stopped: read.stopped };
}
