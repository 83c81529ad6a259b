/** What every conformance case is built from: where its sources live, and how it reads an outcome back. */
import type { ExcelLike } from "./types";

export const REF = "office-js-docs-reference";
export const PR = "office-js-docs-pr";
export const SNIPPETS = "office-js-snippets";

/** The error code a failed promise carries, or "ok". */
export async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    const code =
      typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
    return code || (error instanceof TypeError ? "TypeError" : "Error");
  }
}

export const json = (value: unknown) => JSON.stringify(value);

/** Writes cells, then reads back what Excel stored: values and number formats. */
/** What a range holds, read in a batch of its own (after one that may have failed). */
export function valuesOf(excel: ExcelLike, sheet: string, address: string): Promise<unknown[][]> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}
