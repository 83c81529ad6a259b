/**
 * Office.js takes one value for a whole range: "When setting number format to a range, the value argument can
 * be either a single value (string) or a two-dimensional array. If the argument is a single value, it will be
 * applied to all cells in the range" (Excel.Range.numberFormat; values and formulas read the same). The typings
 * only declare the 2D form, hence the cast. A single value keeps the request small for a column of any length.
 */
export function fillNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Writes lines of text from a cell: text cells get the text format first, so "=SUM" or "-10% refunds" stays text. */
export function writeTextLines(sheet: Excel.Worksheet, row: number, column: number, lines: readonly (readonly string[])[]): Excel.Range {
  const width = Math.max(...lines.map((l) => l.length));
  const range = sheet.getRangeByIndexes(row, column, lines.length, width);
  range.numberFormat = lines.map(() => Array.from({ length: width }, () => "@"));
  range.values = lines.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ""));
  return range;
}
