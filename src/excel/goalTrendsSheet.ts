/**
 * Queues the Goal Trends sheet: for each goal a title, a Date / Actual / Plan block and a line chart of Actual
 * against Plan beside it, the blocks spaced so the charts never overlap. Everything for one sync.
 */
import { cellAddress } from "../core/cellAddress";
import { fillNumberFormat, writeTextLines } from "./ranges";

export interface TrendBlock {
  readonly title: string;
  readonly rows: readonly (readonly (number | string)[])[];
  /** The metric's own format for Actual and Plan. */
  readonly format: string;
}

export interface GoalTrendsContent {
  readonly headers: readonly [string, string, string];
  readonly blocks: readonly TrendBlock[];
  /** Lines under the last block (goals left out). */
  readonly notes: readonly string[];
}

/** Points: a yyyy-mm-dd date, and a value such as 12.34% or 1,234.56. */
const DATE_WIDTH = 72;
const VALUE_WIDTH = 64;
/** Rows a chart takes up: each block is at least this tall so the next chart starts below it. */
const CHART_ROWS = 16;

export function queueGoalTrendsSheet(sheet: Excel.Worksheet, content: GoalTrendsContent): void {
  let row = 0;
  for (const block of content.blocks) {
    writeTextLines(sheet, row, 0, [[block.title]]).format.font.bold = true;
    writeTextLines(sheet, row + 1, 0, [content.headers]).format.font.bold = true;
    const body = sheet.getRangeByIndexes(row + 2, 0, block.rows.length, 3);
    // Once per column, not once per cell.
    fillNumberFormat(sheet.getRangeByIndexes(row + 2, 0, block.rows.length, 1), "yyyy-mm-dd");
    fillNumberFormat(sheet.getRangeByIndexes(row + 2, 1, block.rows.length, 2), block.format);
    body.values = block.rows.map((r) => [...r]);

    // Series from the Actual and Plan columns with their headers as names; the dates are the category axis.
    const chart = sheet.charts.add("Line", sheet.getRangeByIndexes(row + 1, 1, block.rows.length + 1, 2), "Columns");
    chart.title.text = block.title;
    const dates = sheet.getRangeByIndexes(row + 2, 0, block.rows.length, 1);
    chart.series.getItemAt(0).setXAxisValues(dates);
    chart.series.getItemAt(1).setXAxisValues(dates);
    chart.setPosition(cellAddress(row, 4), cellAddress(row + CHART_ROWS - 2, 11));
    row += Math.max(block.rows.length + 3, CHART_ROWS);
  }
  if (content.notes.length > 0) writeTextLines(sheet, row, 0, content.notes.map((n) => [n])).format.font.italic = true;
  // Fixed widths, not autofit: the titles run on over the empty cells to their right, as long text does in Excel.
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = DATE_WIDTH;
  sheet.getRangeByIndexes(0, 1, 1, 2).format.columnWidth = VALUE_WIDTH;
}
