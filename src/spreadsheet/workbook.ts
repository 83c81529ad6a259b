/**
 * A workbook's first sheet with cells as rows of text: an .xlsx from its sheet's XML where the fast reader can
 * (several times faster), everything else, and any .xlsx it steps aside for, with SheetJS.
 */
import type * as XLSX from "@e965/xlsx";
import { sniffFormat } from "./format";
import { sheetJsRows } from "./rows";
import { xlsxSheetRows } from "./xlsxSheet";

export function workbookRows(xlsx: typeof XLSX, bytes: Uint8Array): string[][] {
  return (sniffFormat(bytes) === "xlsx" ? xlsxSheetRows(xlsx, bytes) : undefined) ?? sheetJsRows(xlsx, bytes);
}
