/**
 * Which shop an export is from. A workbook keeps one shop's numbers: two shops' overviews share their days, and the
 * second would overwrite the first as a newer export of the same days. A workbook belongs to the shop its Shop
 * setting names, else to the shop the first export that named one was from (the import marks its sheets with it).
 * An export names its shop in a 店铺名称 / 店铺 column or in its preamble (`店铺名称：…`); one that names none is
 * accepted anywhere.
 */
import type { Problem } from "../problems";
import { indexOfName, nameKey } from "../names";
import { trimValue } from "./normalize";

/** The columns that name the shop on every row (Sycm's multi-shop downloads, agency tools). */
export const SHOP_HEADERS = ["店铺名称", "店铺名", "店铺", "Shop name", "Shop"] as const;

const PREAMBLE_SHOP = /(?:店铺名称|店铺名|店铺)\s*[:：]\s*(\S.*)$/;

/** Position of the column naming the shop, or -1. */
export function shopColumn(headers: readonly string[]): number {
  return indexOfName(headers, SHOP_HEADERS);
}

/**
 * The shop a preamble names, or null.
 * @example preambleShop([["【生意参谋平台】店铺概况"], ["店铺名称：星河女装旗舰店"]]) === "星河女装旗舰店"
 */
export function preambleShop(preamble: readonly (readonly string[])[]): string | null {
  for (const row of preamble) {
    const found = PREAMBLE_SHOP.exec(
      row
        .map(trimValue)
        .filter((c) => c !== "")
        .join(" ")
    );
    if (found) return (found[1] as string).trim();
  }
  return null;
}

/** Two spellings of one shop: case, width, spaces and punctuation aside. */
export function sameShop(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * Why a file may not be imported into this workbook, or null when it may: it names more than one shop, or a shop
 * other than the workbook's.
 * @example shopProblem("a.csv", "星河女装旗舰店", ["月光童装店"])?.code === "otherShop"
 */
export function shopProblem(
  fileName: string,
  workbookShop: string | null,
  fileShops: readonly string[]
): Problem | null {
  const distinct = fileShops.filter((shop, i) => fileShops.findIndex((other) => sameShop(other, shop)) === i);
  if (distinct.length > 1)
    return { code: "severalShops", sheet: fileName, address: "", value: distinct.slice(0, 5).join(", "), field: "" };
  const shop = distinct[0];
  if (shop === undefined || workbookShop === null || workbookShop === "" || sameShop(shop, workbookShop)) return null;
  return { code: "otherShop", sheet: fileName, address: "", value: shop, field: "", facts: { workbookShop } };
}
