/**
 * Draws the emulated workbook like Excel's grid: column letters, row numbers, tables in their style, number
 * formats applied, and sheet tabs. It reads the emulator's model directly, as Excel's own UI reads the workbook.
 */
import type { CellBlock } from "../core/cellAddress";
import { blockHolds, cellAddress, columnLetters, parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { displayText } from "../emulator/display";
import type { SheetModel, TableModel, WorkbookModel } from "../emulator";
import type { Translate } from "../i18n";
import { h } from "../taskpane/dom";
import { drawChart } from "./chart";
import type { Evaluated } from "./formulas";

const MAX_ROWS_SHOWN = 200;
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
const POINTS_TO_PIXELS = 96 / 72;
const ROW_HEADER_WIDTH = 40;

export interface GridOptions {
  /** What a formula cell shows, when the preview can work it out (GROWTHOPS functions); null leaves the formula. */
  readonly evaluate: (formula: string, sheet: SheetModel) => Evaluated | null;
  /** A cell was clicked: its address and what it holds (its formula, else its value). */
  readonly onSelectCell: (address: string, content: string) => void;
}

export function drawWorkbook(container: HTMLElement, model: WorkbookModel, t: Translate, onSelectSheet: (sheet: SheetModel) => void, options: GridOptions): void {
  const sheet = model.activeSheet;
  const tabs = h(
    "div",
    { class: "sheet-tabs", role: "tablist", "aria-label": t("preview.sheets") },
    ...model.sheets
      .filter((s) => s.visibility === "Visible")
      .map((s) => {
        const tab = h("button", { type: "button", role: "tab", class: "sheet-tab", "aria-selected": s === sheet ? "true" : "false" }, s.name);
        tab.addEventListener("click", () => onSelectSheet(s));
        return tab;
      }),
  );
  container.replaceChildren(sheet ? drawSheet(model, sheet, t, options) : h("div"), tabs);
}

function drawSheet(model: WorkbookModel, sheet: SheetModel, t: Translate, options: GridOptions): HTMLElement {
  const used = sheet.usedBlock(false);
  const totalRows = used ? used.lastRow + 1 : 0;
  const rows = Math.max(MIN_ROWS, Math.min(totalRows, MAX_ROWS_SHOWN));
  const columns = Math.max(MIN_COLUMNS, used ? used.lastColumn + 2 : 0);
  const tables = model.tablesOn(sheet);
  const bars = dataBars(sheet);
  const selection = model.selection?.sheet === sheet ? model.selection.block : null;

  const colgroup = h("colgroup", {}, h("col", { class: "row-head-col" }));
  for (let c = 0; c < columns; c++) {
    const col = h("col");
    col.style.width = `${Math.round((sheet.columnWidths.get(c) ?? 64) * POINTS_TO_PIXELS)}px`;
    colgroup.append(col);
  }
  // A fixed layout keeps Excel's column widths: long text overflows as in Excel instead of widening its column.
  const head = h("tr", {}, h("th", { class: "corner", scope: "col" }));
  for (let c = 0; c < columns; c++) head.append(h("th", { scope: "col" }, columnLetters(c)));

  const body = h("tbody");
  for (let r = 0; r < rows; r++) {
    const tr = h("tr", {}, h("th", { scope: "row" }, String(r + 1)));
    for (let c = 0; c < columns; c++) {
      const value = sheet.value(r, c);
      const formula = sheet.formula(r, c);
      const evaluated = formula && value === undefined ? options.evaluate(formula, sheet) : null;
      const shown =
        sheet.hasCheckbox(r, c) && typeof value === "boolean"
          ? value ? "☑" : "☐"
          : evaluated
            ? "error" in evaluated ? evaluated.error : displayText(evaluated.value, sheet.numberFormat(r, c))
            : formula && value === undefined ? formula : displayText(value, sheet.numberFormat(r, c));
      const td = h("td", { "data-address": cellAddress(r, c) }, shown);
      // Excel shows an error's message in a tooltip beside the cell.
      if (evaluated && "error" in evaluated) td.title = evaluated.message;
      const number = typeof value === "number" || (evaluated !== null && "value" in evaluated && typeof evaluated.value === "number");
      const classes = [tableClass(tables, r, c), number ? "number" : "", evaluated && "error" in evaluated ? "error" : ""];
      // As in Excel, text runs on over empty cells to its right.
      if (typeof value === "string" && sheet.value(r, c + 1) === undefined && !classes[0]) classes.push("spill");
      if (selection && r >= selection.firstRow && r <= selection.lastRow && c >= selection.firstColumn && c <= selection.lastColumn) classes.push("selected");
      const format = sheet.format(r, c);
      if (format?.bold) classes.push("bold");
      if (format?.italic) classes.push("italic");
      if (format?.wrapText) classes.push("wrap");
      td.className = classes.filter(Boolean).join(" ");
      // What the cell shows: a conditional format's fill where its rule holds, else the cell's own.
      const fill = sheet.conditionalFormats.length > 0 ? sheet.shownFill(r, c) : format?.fill;
      if (fill) td.style.backgroundColor = fill;
      const bar = bars(r, c);
      if (bar !== null) td.style.backgroundImage = `linear-gradient(to right, #9bbce0 ${bar}%, transparent ${bar}%)`;
      if (format?.fontColor) td.style.color = format.fontColor;
      if (format?.horizontalAlignment && format.horizontalAlignment !== "General") td.style.textAlign = format.horizontalAlignment.toLowerCase();
      tr.append(td);
    }
    body.append(tr);
  }
  const grid = h("table", { class: "grid", "aria-label": t("preview.grid", { sheet: sheet.name }) }, colgroup, h("thead", {}, head), body);
  body.addEventListener("click", (event) => {
    const cell = (event.target as HTMLElement).closest("td");
    const address = cell?.dataset["address"];
    const at = address ? parseBlock(address) : null;
    if (!address || !at) return;
    const value = sheet.value(at.firstRow, at.firstColumn);
    options.onSelectCell(address, sheet.formula(at.firstRow, at.firstColumn) ?? (value === undefined ? "" : String(value)));
  });
  grid.style.width = `${ROW_HEADER_WIDTH + columnOffset(sheet, columns)}px`;
  const note = totalRows > MAX_ROWS_SHOWN ? h("p", { class: "grid-note" }, t("preview.rowsShown", { shown: MAX_ROWS_SHOWN, total: totalRows })) : null;
  const wrap = h("div", { class: "grid-wrap" }, grid);
  if (note) wrap.append(note);
  sheet.charts.forEach((chart) => {
    const start = chart.position ? parseBlock(chart.position.start) : null;
    const placed = h("div", { class: "chart-place" }, drawChart(sheet, chart, chart.title ?? chart.name));
    placed.style.left = `${ROW_HEADER_WIDTH + columnOffset(sheet, start?.firstColumn ?? columns)}px`;
    placed.style.top = `${22 + 21 * (start?.firstRow ?? 1)}px`;
    wrap.append(placed);
  });
  return wrap;
}

function columnOffset(sheet: SheetModel, column: number): number {
  let x = 0;
  for (let c = 0; c < column; c++) x += Math.round((sheet.columnWidths.get(c) ?? 64) * POINTS_TO_PIXELS);
  return x;
}

/** Excel's data bars: each cell's share of the largest value in its range, as a percentage of the cell width. */
function dataBars(sheet: SheetModel): (row: number, column: number) => number | null {
  const ranges: { block: CellBlock; max: number }[] = [];
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
