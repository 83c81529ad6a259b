/**
 * Queues the Growth Ranking sheet: the ranking as an Excel table with percent formats, a data bar on Score,
 * the focus rows highlighted, notes and the rows that could not be ranked under it, and a scatter chart of
 * success rate against growth rate with each point labelled.
 */
import { cellAddress } from "../core/cellAddress";
import { RANKING_OUTPUT, columnPosition } from "../core/contract";
import { WriteBatch, fillNumberFormat, writeTextLines } from "./ranges";

export interface RankingSheetContent {
  readonly tableName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** One number format per column. */
  readonly formats: readonly string[];
  /** Indexes into rows. */
  readonly focusRows: readonly number[];
  /** Lines under the table: the thresholds used. */
  readonly notes: readonly string[];
  /** The rows not ranked: a title, column headers, and one row per problem (cell, value, problem). */
  readonly problems: { readonly title: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] } | null;
  readonly chart: { readonly title: string; readonly xTitle: string; readonly yTitle: string; readonly labels: readonly string[] };
}

export const FOCUS_FILL = "#FFF4CE";
/** Past this many points a scatter's labels overlap into noise; the top-ranked ones are labelled. */
export const MAX_CHART_LABELS = 50;
/**
 * The chart plots success rate (x) against growth rate (y). A scatter takes its x values from the first column of
 * its source and y from the next, so the two must sit side by side in the sheet's columns: checked when this
 * module loads, so a contract that moves them apart fails every test rather than drawing the wrong chart.
 */
const SUCCESS_COLUMN = columnPosition(RANKING_OUTPUT.columns, "successRate");
if (columnPosition(RANKING_OUTPUT.columns, "growthRate") !== SUCCESS_COLUMN + 1) {
  throw new Error("The Growth Ranking chart needs the growth rate column right after the success rate column.");
}
const SCORE_COLUMN = columnPosition(RANKING_OUTPUT.columns, "score");

/**
 * Writes the Growth Ranking sheet: one round trip for the whole sheet when the ranking fits one request, one more
 * per further 4 MB of rows. Formats go once per column, before the values, so a text column keeps "=SUM" as text.
 */
export async function writeRankingSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, content: RankingSheetContent): Promise<void> {
  const count = content.rows.length;
  const width = content.headers.length;

  fillNumberFormat(sheet.getRangeByIndexes(0, 0, 1, width), "@");
  content.formats.forEach((format, c) => fillNumberFormat(sheet.getRangeByIndexes(1, c, count, 1), format));
  const batch = new WriteBatch(context);
  await batch.values(sheet, 0, 0, [content.headers]);
  await batch.values(sheet, 1, 0, content.rows);
  const block = sheet.getRangeByIndexes(0, 0, count + 1, width);
  const table = sheet.tables.add(block, true);
  table.name = content.tableName;

  sheet.getRangeByIndexes(1, SCORE_COLUMN, count, 1).conditionalFormats.add("DataBar");
  for (const row of content.focusRows) {
    const focus = sheet.getRangeByIndexes(1 + row, 0, 1, width);
    focus.format.fill.color = FOCUS_FILL;
    focus.format.font.bold = true;
  }
  block.format.autofitColumns();

  let next = count + 2;
  if (content.notes.length > 0) {
    writeTextLines(sheet, next, 0, content.notes.map((n) => [n])).format.font.italic = true;
    next += content.notes.length + 1;
  }
  if (content.problems) {
    writeTextLines(sheet, next, 0, [[content.problems.title]]).format.font.bold = true;
    writeTextLines(sheet, next + 1, 0, [content.problems.headers]).format.font.bold = true;
    writeTextLines(sheet, next + 2, 0, content.problems.rows);
  }

  const chart = sheet.charts.add("XYScatter", sheet.getRangeByIndexes(1, SUCCESS_COLUMN, count, 2), "Columns");
  chart.title.text = content.chart.title;
  chart.legend.visible = false;
  chart.axes.categoryAxis.title.text = content.chart.xTitle;
  chart.axes.valueAxis.title.text = content.chart.yTitle;
  // Labels on the top-ranked points only: past a few dozen they overlap into noise.
  const series = chart.series.getItemAt(0);
  content.chart.labels.slice(0, MAX_CHART_LABELS).forEach((label, i) => {
    const point = series.points.getItemAt(i);
    point.hasDataLabel = true;
    point.dataLabel.text = label;
  });
  chart.setPosition(cellAddress(1, width + 1), cellAddress(20, width + 8));

  sheet.freezePanes.freezeRows(1);
  sheet.activate();
}
