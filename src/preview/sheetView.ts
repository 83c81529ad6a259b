/**
 * What the preview's grid shows of the workbook, as plain data: worked out beside the workbook (in the host's
 * worker, as Excel's own UI reads its workbook) and sent to the page, which only draws it (grid.ts). Each cell
 * carries its shown text and the classes and colours it is drawn with; each chart the cells it reads.
 */
import type { CellArea } from "../core/cellAddress";
import { blockHolds, cellAddress, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { displayText } from "../emulator/display";
import type { ChartRecord, SheetModel, TableModel, WorkbookModel } from "../emulator/model";
import type { StoredValue } from "../emulator/typedInput";
import type { Evaluated } from "./formulas";

export const MAX_ROWS_SHOWN = 200;
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
const DEFAULT_WIDTH = 64;

export interface CellView {
  readonly address: string;
  readonly shown: string;
  /** What the formula bar shows when the cell is clicked: its formula, else its value. */
  readonly content: string;
  readonly classes: string;
  readonly title?: string;
  readonly fill?: string;
  /** A data bar's length, as a percentage of the cell's width. */
  readonly bar?: number;
  readonly color?: string;
  readonly align?: string;
}

/** The cells a chart reads, by address: their values and number formats (chart.ts draws from them). */
export interface ChartView {
  readonly chart: ChartRecord;
  readonly cells: Readonly<Record<string, readonly [StoredValue | null, string]>>;
}

export interface SheetView {
  readonly name: string;
  /** Column widths in points, for the columns shown. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly CellView[])[];
  /** Rows the sheet uses, of which at most MAX_ROWS_SHOWN are shown. */
  readonly totalRows: number;
  readonly charts: readonly ChartView[];
}

export interface WorkbookView {
  readonly tabs: readonly { readonly name: string; readonly active: boolean }[];
  readonly sheet: SheetView | null;
}

/** Works out what a GROWTHOPS formula shows; null leaves the formula as written. */
export type FormulaEvaluator = (formula: string, sheet: SheetModel) => Evaluated | null;

export function workbookView(model: WorkbookModel, evaluate: FormulaEvaluator): WorkbookView {
  const active = model.activeSheet;
  return {
    tabs: model.sheets.filter((s) => s.visibility === "Visible").map((s) => ({ name: s.name, active: s === active })),
    sheet: active ? sheetView(model, active, evaluate) : null,
  };
}

function sheetView(model: WorkbookModel, sheet: SheetModel, evaluate: FormulaEvaluator): SheetView {
  const used = sheet.usedBlock(false);
  const totalRows = used ? used.lastRow + 1 : 0;
  const rowCount = Math.max(MIN_ROWS, Math.min(totalRows, MAX_ROWS_SHOWN));
  const columns = Math.max(MIN_COLUMNS, used ? used.lastColumn + 2 : 0);
  const tables = model.tablesOn(sheet);
  const bars = dataBars(sheet);
  const selection = model.selection?.sheet === sheet ? model.selection.block : null;
  const rows: CellView[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: CellView[] = [];
    for (let c = 0; c < columns; c++) row.push(cellView(sheet, r, c, { tables, bars, selection, evaluate }));
    rows.push(row);
  }
  return {
    name: sheet.name,
    widths: Array.from({ length: columns }, (_, c) => sheet.columnWidths.get(c) ?? DEFAULT_WIDTH),
    rows,
    totalRows,
    charts: sheet.charts.map((chart) => ({ chart, cells: chartCells(sheet, chart) })),
  };
}

interface CellContext {
  readonly tables: TableModel[];
  readonly bars: (row: number, column: number) => number | null;
  readonly selection: CellArea | null;
  readonly evaluate: FormulaEvaluator;
}

function cellView(
  sheet: SheetModel,
  r: number,
  c: number,
  { tables, bars, selection, evaluate }: CellContext
): CellView {
  const value = sheet.value(r, c);
  const formula = sheet.formula(r, c);
  const evaluated = formula && value === undefined ? evaluate(formula, sheet) : null;
  const shown =
    sheet.hasCheckbox(r, c) && typeof value === "boolean"
      ? value
        ? "☑"
        : "☐"
      : evaluated
        ? "error" in evaluated
          ? evaluated.error
          : displayText(evaluated.value, sheet.numberFormat(r, c))
        : formula && value === undefined
          ? formula
          : displayText(value, sheet.numberFormat(r, c));
  const number =
    typeof value === "number" || (evaluated !== null && "value" in evaluated && typeof evaluated.value === "number");
  const classes = [tableClass(tables, r, c), number ? "number" : "", evaluated && "error" in evaluated ? "error" : ""];
  // As in Excel, text runs on over empty cells to its right.
  if (typeof value === "string" && sheet.value(r, c + 1) === undefined && !classes[0]) classes.push("spill");
  if (selection && blockHolds(selection, r, c)) classes.push("selected");
  const format = sheet.format(r, c);
  if (format?.bold) classes.push("bold");
  if (format?.italic) classes.push("italic");
  if (format?.wrapText) classes.push("wrap");
  // What the cell shows: a conditional format's fill where its rule holds, else the cell's own.
  const fill = sheet.conditionalFormats.length > 0 ? sheet.shownFill(r, c) : format?.fill;
  const bar = bars(r, c);
  return {
    address: cellAddress(r, c),
    shown,
    content: formula ?? (value === undefined ? "" : String(value)),
    classes: classes.filter(Boolean).join(" "),
    // Excel shows an error's message in a tooltip beside the cell.
    ...(evaluated && "error" in evaluated ? { title: evaluated.message } : {}),
    ...(fill ? { fill } : {}),
    ...(bar !== null ? { bar } : {}),
    ...(format?.fontColor ? { color: format.fontColor } : {}),
    ...(format?.horizontalAlignment && format.horizontalAlignment !== "General"
      ? { align: format.horizontalAlignment.toLowerCase() }
      : {}),
  };
}

/** The cells of a chart's source and of the x values set on its first series. */
function chartCells(sheet: SheetModel, chart: ChartRecord): Record<string, readonly [StoredValue | null, string]> {
  const cells: Record<string, readonly [StoredValue | null, string]> = {};
  const xs = chart.settings["series/0/xAxisValues"];
  for (const address of [chart.source, typeof xs === "string" ? xs : null]) {
    const block = address === null ? null : parseBlock(splitQualifiedAddress(address).local);
    if (!block) continue;
    for (let r = block.firstRow; r <= block.lastRow; r++) {
      for (let c = block.firstColumn; c <= block.lastColumn; c++)
        cells[cellAddress(r, c)] = [sheet.value(r, c) ?? null, sheet.numberFormat(r, c)];
    }
  }
  return cells;
}

/** Excel's data bars: each cell's share of the largest value in its range, as a percentage of the cell width. */
function dataBars(sheet: SheetModel): (row: number, column: number) => number | null {
  const ranges: { block: CellArea; max: number }[] = [];
  for (const format of sheet.conditionalFormats) {
    const block = format.type === "DataBar" ? parseBlock(splitQualifiedAddress(format.address).local) : null;
    if (!block) continue;
    let max = 0;
    for (let r = block.firstRow; r <= block.lastRow; r++) {
      const v = sheet.value(r, block.firstColumn);
      if (typeof v === "number") max = Math.max(max, v);
    }
    ranges.push({ block, max });
  }
  return (row, column) => {
    const hit = ranges.find(({ block }) => blockHolds(block, row, column));
    const v = hit ? sheet.value(row, column) : undefined;
    return hit && typeof v === "number" && hit.max > 0 ? Math.round((Math.max(0, v) / hit.max) * 100) : null;
  };
}

function tableClass(tables: TableModel[], row: number, column: number): string {
  for (const table of tables) {
    const b = table.block;
    if (!blockHolds(b, row, column)) continue;
    if (row === b.firstRow) return "t-head";
    return table.showBandedRows && (row - b.firstRow) % 2 === 1 ? "t-body t-band" : "t-body";
  }
  return "";
}
