/**
 * A workbook's first sheet with cells as rows of text: an .xlsx from its sheet's XML where the fast reader can
 * (several times faster), everything else, and any .xlsx it steps aside for, with SheetJS.
 */
import type * as XLSX from "@e965/xlsx";
import { sniffFormat } from "./format";
import type { Inflater } from "./inflate";
import { sheetJsRows } from "./rows";
import { xlsxSheetRows } from "./xlsxSheet";
import { checkUnpackedSize } from "./zip";

export async function workbookRows(xlsx: typeof XLSX, bytes: Uint8Array, inflater?: Inflater): Promise<string[][]> {
  if (sniffFormat(bytes) !== "xlsx") return sheetJsRows(xlsx, bytes);
  // Before anything is inflated: a zip bomb is refused here, in a moment.
  checkUnpackedSize(bytes);
  return (await xlsxSheetRows(xlsx, bytes, inflater)) ?? sheetJsRows(xlsx, bytes);
}
