/**
 * The workbook's calculation: a formula's value is worked out from its precedents each time it is read, so it is
 * never stale after a precedent changes and never empty. The engine is fast-formula-parser (MIT; Excel's grammar,
 * its error values and some 280 functions; HyperFormula, the more complete engine, is GPL-3.0 and cannot ship in
 * an MIT project). A formula it cannot evaluate reads as an error value: an unknown function (the add-in's own
 * GROWTHOPS functions among them: Excel's custom-functions runtime works those out, not the workbook) as #NAME?,
 * anything else it gives up on as #VALUE!.
 */
import FormulaParser from "fast-formula-parser";
import { splitQualifiedAddress } from "../core/cellAddress";
import type { SheetModel, WorkbookModel } from "./model";
import type { StoredValue } from "./typedInput";
import { toExcelPrecision } from "./typedInput";

type Scalar = string | number | boolean | null;

/** Cells whose formulas are being worked out, outermost first: a formula that reaches one of them is circular. */
const evaluating = new Set<string>();

/**
 * Whether the text (after its `=`) is a formula by Excel's grammar as the engine knows it. Text that is not one is
 * refused as a formula (`=SUM(`) and stays text when only a sign led it (`-10% refunds`, typedInput.ts).
 */
export function parsesAsFormula(formula: string): boolean {
  const parser = new FormulaParser({ onCell: () => 0, onRange: () => [[0]] });
  try {
    parser.parse(withoutIntersection(formula.replace(/^=/, "")), { sheet: "", row: 1, col: 1 });
    return true;
  } catch (error) {
    return !isSyntaxError(error);
  }
}

/** What a cell shows: its formula's value worked out now, else what it holds. */
export function cellShows(sheet: SheetModel, row: number, column: number): StoredValue | undefined {
  const formula = sheet.formulas.size > 0 ? sheet.formula(row, column) : undefined;
  return formula === undefined || !sheet.workbook
    ? sheet.value(row, column)
    : calculate(sheet.workbook, sheet, row, column, formula);
}

/** The value of the formula in a cell, worked out now from the workbook as it stands. */
export function calculate(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  formula: string
): StoredValue {
  const key = `${sheet.id}!${row},${column}`;
  // Excel warns of a circular reference and shows 0 until it is resolved.
  if (evaluating.has(key)) return 0;
  evaluating.add(key);
  try {
    const parser = new FormulaParser({
      onCell: (ref) => {
        const on = sheetOf(model, sheet, ref.sheet);
        return on ? cellValue(on, ref.row - 1, ref.col - 1) : MISSING_SHEET;
      },
      onRange: (ref) => {
        const on = sheetOf(model, sheet, ref.sheet);
        if (!on) return [[MISSING_SHEET]];
        const rows: Scalar[][] = [];
        for (let r = ref.from.row - 1; r <= ref.to.row - 1; r++) {
          const cells: Scalar[] = [];
          for (let c = ref.from.col - 1; c <= ref.to.col - 1; c++) cells.push(cellValue(on, r, c));
          rows.push(cells);
        }
        return rows;
      },
    });
    return asStored(
      parser.parse(withoutIntersection(formula.replace(/^=/, "")), { sheet: sheet.name, row: row + 1, col: column + 1 })
    );
  } catch (error) {
    return error instanceof Error && /is not implemented/.test(error.message) ? "#NAME?" : "#VALUE!";
  } finally {
    evaluating.delete(key);
  }
}

/** A reference to a sheet the workbook does not have: Excel shows #REF!. */
const MISSING_SHEET = (FormulaParser.FormulaError as unknown as { REF: Scalar }).REF;

function sheetOf(model: WorkbookModel, from: SheetModel, name: string | undefined): SheetModel | undefined {
  if (name === undefined || name === "") return from;
  return model.findSheet(splitQualifiedAddress(`${name}!A1`).sheet ?? name);
}

function cellValue(sheet: SheetModel, row: number, column: number): Scalar {
  const value = cellShows(sheet, row, column);
  return value === undefined || value === "" ? null : value;
}

/**
 * The formula as the engine's grammar takes it, its strings left alone: `@` before a reference or call (Excel's
 * implicit intersection, on a single value that value) dropped, and a function named in other letters than
 * ASCII (a localized custom function, =GROWTHOPS.增长得分(…), which Excel reads) renamed to one no engine has, so
 * it reads as #NAME? rather than as a formula Excel could not read.
 */
function withoutIntersection(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(^|[^A-Za-z0-9_."'])@(?=[A-Za-z_$'])/g, "$1")
            .replace(/[\p{L}_][\p{L}\p{N}_.]*(?=\()/gu, (name) => (/^[ -~]*$/.test(name) ? name : "UNKNOWN.FUNCTION"))
    )
    .join("");
}

function isSyntaxError(error: unknown): boolean {
  return error instanceof Error && (/Error at position/.test(error.message) || error instanceof RangeError);
}

function asStored(result: unknown): StoredValue {
  if (result instanceof FormulaParser.FormulaError) return result.error;
  if (typeof result === "number") return Number.isFinite(result) ? toExcelPrecision(result) : "#NUM!";
  if (typeof result === "string" || typeof result === "boolean") return result;
  if (result === null || result === undefined) return 0;
  // An array formula shows its first value here; the emulator does not spill.
  if (Array.isArray(result)) return asStored((result[0] as unknown[] | undefined)?.[0] ?? null);
  return "#VALUE!";
}
