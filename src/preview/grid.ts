/**
 * Draws the workbook like Excel's grid: column letters, row numbers, tables in their style, number formats
 * applied, and sheet tabs. It draws what the host's worker worked out (sheetView.ts); the page never holds the
 * workbook, as an add-in's page does not in Excel.
 */
import { columnLetters, parseBlock } from "../core/cellAddress";
import type { Translate } from "../wording";
import { h } from "../taskpane/dom";
import { drawChart } from "./chart";
import type { SheetView, WorkbookView } from "./sheetView";
import { MAX_ROWS_SHOWN } from "./sheetView";

const POINTS_TO_PIXELS = 96 / 72;
const ROW_HEADER_WIDTH = 40;

export interface GridOptions {
  /** A sheet tab was clicked. */
  readonly onSelectSheet: (name: string) => void;
  /** A cell was clicked: its address and what it holds (its formula, else its value). */
  readonly onSelectCell: (address: string, content: string) => void;
}

export function drawWorkbook(container: HTMLElement, view: WorkbookView, t: Translate, options: GridOptions): void {
  const tabs = h(
    "div",
    { class: "sheet-tabs", role: "tablist", "aria-label": t("preview.sheets") },
    ...view.tabs.map((s) => {
      const tab = h(
        "button",
        { type: "button", role: "tab", class: "sheet-tab", "aria-selected": s.active ? "true" : "false" },
        s.name
      );
      tab.addEventListener("click", () => options.onSelectSheet(s.name));
      return tab;
    })
  );
  container.replaceChildren(view.sheet ? drawSheet(view.sheet, t, options) : h("div"), tabs);
}

function drawSheet(sheet: SheetView, t: Translate, options: GridOptions): HTMLElement {
  const widths = sheet.widths.map((w) => Math.round(w * POINTS_TO_PIXELS));
  const colgroup = h("colgroup", {}, h("col", { class: "row-head-col" }));
  for (const width of widths) {
    const col = h("col");
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  // A fixed layout keeps Excel's column widths: long text overflows as in Excel instead of widening its column.
  const head = h("tr", {}, h("th", { class: "corner", scope: "col" }));
  widths.forEach((_, c) => head.append(h("th", { scope: "col" }, columnLetters(c))));
  const contents = new Map<string, string>();
  const body = h("tbody");
  sheet.rows.forEach((row, r) => {
    const tr = h("tr", {}, h("th", { scope: "row" }, String(r + 1)));
    for (const cell of row) {
      const td = h("td", { "data-address": cell.address }, cell.shown);
      contents.set(cell.address, cell.content);
      if (cell.title) td.title = cell.title;
      td.className = cell.classes;
      if (cell.fill) td.style.backgroundColor = cell.fill;
      if (cell.bar !== undefined)
        td.style.backgroundImage = `linear-gradient(to right, #9bbce0 ${cell.bar}%, transparent ${cell.bar}%)`;
      if (cell.color) td.style.color = cell.color;
      if (cell.align) td.style.textAlign = cell.align;
      tr.append(td);
    }
    body.append(tr);
  });
  const grid = h(
    "table",
    { class: "grid", "aria-label": t("preview.grid", { sheet: sheet.name }) },
    colgroup,
    h("thead", {}, head),
    body
  );
  body.addEventListener("click", (event) => {
    const address = (event.target as HTMLElement).closest("td")?.dataset["address"];
    if (address) options.onSelectCell(address, contents.get(address) ?? "");
  });
  const offset = (column: number) => widths.slice(0, column).reduce((sum, w) => sum + w, 0);
  grid.style.width = `${ROW_HEADER_WIDTH + offset(widths.length)}px`;
  const note =
    sheet.totalRows > MAX_ROWS_SHOWN
      ? h("p", { class: "grid-note" }, t("preview.rowsShown", { shown: MAX_ROWS_SHOWN, total: sheet.totalRows }))
      : null;
  const wrap = h("div", { class: "grid-wrap" }, grid);
  if (note) wrap.append(note);
  for (const { chart, cells } of sheet.charts) {
    const start = chart.position ? parseBlock(chart.position.start) : null;
    const placed = h("div", { class: "chart-place" }, drawChart(cells, chart, chart.title ?? chart.name));
    placed.style.left = `${ROW_HEADER_WIDTH + offset(start?.firstColumn ?? widths.length)}px`;
    placed.style.top = `${22 + 21 * (start?.firstRow ?? 1)}px`;
    wrap.append(placed);
  }
  return wrap;
}
