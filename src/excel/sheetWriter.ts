/**
 * The one writer of output sheets: any sheet the core describes (core/sheetDescription.ts) is queued here, block by
 * block from the top. Values go through a WriteBatch, so a sheet larger than one request is sent in 4 MB parts and
 * the last part rides with the caller's own sync; formats go once per column, rules once per column, looks once
 * per row or run of rows, never once per cell.
 */
import { cellAddress } from "../core/cellAddress";
import type {
  ChartLook,
  LinesBlock,
  ListBlock,
  OutputBlock,
  SheetDescription,
  TableBlock,
} from "../core/sheetDescription";
import { blockHeight, blockTops, keyedColumn } from "../core/sheetDescription";
import { WriteBatch, clearsSomeColumn, fillNumberFormat, writeValues } from "./ranges";

/** Past this many points a scatter's labels overlap into noise; the first (top-ranked) ones are labelled. */
export const MAX_CHART_LABELS = 50;
/** Columns a chart beside its block takes. */
const CHART_COLUMNS = 7;

/**
 * Queues the sheet, sending earlier parts itself when it is larger than one request; the caller's sync carries the
 * rest. Pass the caller's batch when the sheet goes with other writes (Goal Trends with the goal columns).
 */
export async function writeSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  description: SheetDescription<string>,
  batch = new WriteBatch(context)
): Promise<void> {
  const tops = blockTops(description.blocks);
  // Cells first, long text last (titles, notes, a list's last column): columns are fitted in between, so text that
  // runs on to the right never widens its column, and a list's cell references fit as well as the table above them.
  // Excel fits "based on the current data in the columns" (Excel.RangeFormat.autofitColumns), the whole column or
  // only the range's rows, it does not say: with the long text not yet written, both give the same widths.
  const runsOn: (() => Promise<void>)[] = [];
  for (const [i, block] of description.blocks.entries()) {
    const top = tops[i] ?? 0;
    if (block.kind === "lines") {
      runsOn.push(async () => writeLines(sheet, top, block));
      continue;
    }
    const title = block.title;
    if (title !== undefined) runsOn.push(async () => writeLines(sheet, top, titleLine(title)));
    if (block.kind === "table") await writeTable(batch, sheet, top, block);
    else runsOn.push(await writeList(batch, sheet, top, block));
  }
  fitColumns(sheet, description.blocks, tops);
  description.blocks.forEach((block, i) => block.kind === "table" && sizeTable(sheet, tops[i] ?? 0, block));
  for (const write of runsOn) await write();
  for (const [name, value] of Object.entries(description.properties ?? {})) sheet.customProperties.add(name, value);
  const first = description.blocks[0];
  if (description.freezeHeader && first?.kind === "table")
    sheet.freezePanes.freezeRows((first.title === undefined ? 0 : 1) + 1);
  if (description.activate) sheet.activate();
}

const titleLine = (title: string): LinesBlock<string> => ({ kind: "lines", lines: [[title]], style: "bold" });

/**
 * One fit over the columns of every block that asks for it (a table with a column of no given width, and a list's
 * columns but its last), from the sheet's first row to the last block's: fixed widths are set after it, so they hold.
 */
function fitColumns(sheet: Excel.Worksheet, blocks: readonly OutputBlock<string>[], tops: readonly number[]): void {
  let width = 0;
  let bottom = 0;
  blocks.forEach((block, i) => {
    const end = (tops[i] ?? 0) + blockHeight(block);
    if (block.kind === "table" && block.fitColumns !== false && block.columns.some((c) => c.width === undefined))
      width = Math.max(width, block.columns.length);
    else if (block.kind === "list" && block.rows.length > 0)
      width = Math.max(width, block.headers.length - 1, ...block.rows.map((r) => r.length - 1));
    else return;
    bottom = Math.max(bottom, end);
  });
  if (width > 0) sheet.getRangeByIndexes(0, 0, bottom, width).format.autofitColumns();
}

async function writeTable(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  top: number,
  table: TableBlock<string>
): Promise<void> {
  const width = table.columns.length;
  const count = table.rows.length;
  const head = top + (table.title === undefined ? 0 : 1);
  // One range object a body column, however many looks it gets: each range is a path in the request.
  const bodies = new Map<number, Excel.Range>();
  const body = (c: number): Excel.Range => {
    const known = bodies.get(c);
    if (known) return known;
    const range = sheet.getRangeByIndexes(head + 1, c, count, 1);
    bodies.set(c, range);
    return range;
  };
  const block = sheet.getRangeByIndexes(head, 0, count + 1, width);
  // Formats before values: a text column keeps "=SUM" or "-10%" as the operator typed it. The whole block is text
  // first, then each run of side-by-side columns of another format gets it in one operation. Checkboxes show
  // Booleans, and a Boolean written into a Text cell may become the text "FALSE", so the plan gives their column
  // General.
  fillNumberFormat(block, "@");
  if (count > 0) {
    for (const run of formatRuns(table.columns))
      if (run.format !== "@")
        fillNumberFormat(sheet.getRangeByIndexes(head + 1, run.start, count, run.end - run.start), run.format);
    // Rows that are different metrics (a review's results) take their own format in the columns the look names,
    // one range per row and run of adjacent columns rather than one a cell.
    for (const look of table.rowLooks ?? []) {
      if (!look.numberFormat) continue;
      const { columns, format } = look.numberFormat;
      const named = new Set(columns.map((key) => requiredColumn(table, key)));
      const runs = formatRuns(table.columns.map((_, c) => ({ format: named.has(c) ? format : "" }))).filter((run) =>
        named.has(run.start)
      );
      for (const run of runs)
        for (const row of look.rows)
          fillNumberFormat(sheet.getRangeByIndexes(head + 1 + row, run.start, 1, run.end - run.start), format);
    }
  }
  // Headers with the body in one range, or apart from it where a column empty in every body row is cleared in one
  // operation rather than sent a "" a cell.
  const header = table.columns.map((c) => c.header);
  if (clearsSomeColumn(table.rows)) {
    await batch.values(sheet, head, 0, [header]);
    await batch.values(sheet, head + 1, 0, table.rows);
  } else {
    await batch.values(sheet, head, 0, [header, ...table.rows]);
  }
  if (table.tableName !== null) sheet.tables.add(block, true).name = table.tableName;
  else sheet.getRangeByIndexes(head, 0, 1, width).format.font.bold = true;
  if (count > 0) {
    table.columns.forEach((look, c) => look.center && (body(c).format.horizontalAlignment = "Center"));
    queueTicks(body, table);
    for (const look of table.rowLooks ?? []) {
      for (const row of look.rows) {
        const cells = sheet.getRangeByIndexes(head + 1 + row, 0, 1, width);
        if (look.fill) cells.format.fill.color = look.fill;
        if (look.bold) cells.format.font.bold = true;
        if (look.italic) cells.format.font.italic = true;
      }
    }
    for (const key of table.dataBars ?? []) body(requiredColumn(table, key)).conditionalFormats.add("DataBar");
  }
  if (table.chart && count > 0) queueChart(sheet, top, head, count, table, table.chart);
}

/** A table's fixed widths and wrapped columns, after the sheet's fit so they hold; wrapped text then sets the rows' height. */
function sizeTable(sheet: Excel.Worksheet, top: number, table: TableBlock<string>): void {
  const head = top + (table.title === undefined ? 0 : 1);
  const rows = table.rows.length + 1;
  table.columns.forEach((look, c) => {
    if (look.width === undefined && !look.wrap) return;
    const cells = sheet.getRangeByIndexes(head, c, rows, 1);
    if (look.width !== undefined) cells.format.columnWidth = look.width;
    if (look.wrap) cells.format.wrapText = true;
  });
  if (table.fitRows) sheet.getRangeByIndexes(head, 0, rows, table.columns.length).format.autofitRows();
}

function queueTicks(body: (column: number) => Excel.Range, table: TableBlock<string>): void {
  const ticks = table.ticks;
  if (!ticks) return;
  const at = requiredColumn(table, ticks.column);
  if ("checkboxRows" in ticks) {
    // Range.control is ExcelApi 1.18, newer than the typings: on the task rows only, so breaks stay blank.
    for (const row of ticks.checkboxRows)
      (body(at).getCell(row, 0) as unknown as { control: { type: string } }).control = { type: "Checkbox" };
  } else {
    body(at).dataValidation.rule = { list: { inCellDropDown: true, source: ticks.mark } };
  }
}

function queueChart(
  sheet: Excel.Worksheet,
  top: number,
  head: number,
  count: number,
  table: TableBlock<string>,
  look: ChartLook<string>
): void {
  const at = look.columns.map((key) => requiredColumn(table, key));
  const first = at[0] ?? 0;
  // A chart's source is one block of side-by-side columns: a plan that moves them apart is a bug, said at once
  // rather than drawn as the wrong chart.
  if (at.some((c, i) => c !== first + i))
    throw new Error(`The chart "${look.title}" needs its columns side by side: ${look.columns.join(", ")}.`);
  const scatter = look.kind === "XYScatter";
  // A scatter plots its body cells (x, then y); a line takes the header row too, as its series' names.
  const source = scatter
    ? sheet.getRangeByIndexes(head + 1, first, count, at.length)
    : sheet.getRangeByIndexes(head, first, count + 1, at.length);
  const chart = sheet.charts.add(look.kind, source, "Columns");
  chart.title.text = look.title;
  if (scatter) chart.legend.visible = false;
  if (look.axisTitles) {
    chart.axes.categoryAxis.title.text = look.axisTitles.x;
    chart.axes.valueAxis.title.text = look.axisTitles.y;
  }
  if (look.categories !== undefined) {
    const categories = sheet.getRangeByIndexes(head + 1, requiredColumn(table, look.categories), count, 1);
    at.forEach((_, i) => chart.series.getItemAt(i).setXAxisValues(categories));
  }
  const series = chart.series.getItemAt(0);
  (look.labels ?? []).slice(0, MAX_CHART_LABELS).forEach((label, i) => {
    const point = series.points.getItemAt(i);
    point.hasDataLabel = true;
    point.dataLabel.text = label;
  });
  const width = table.columns.length;
  chart.setPosition(
    cellAddress(top + look.fromRow, width + 1),
    cellAddress(top + look.fromRow + look.rows, width + 1 + CHART_COLUMNS)
  );
}

/** Side-by-side columns of the same number format, as [start, end). */
function formatRuns(columns: readonly { readonly format: string }[]): { start: number; end: number; format: string }[] {
  const runs: { start: number; end: number; format: string }[] = [];
  columns.forEach(({ format }, c) => {
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.end = c + 1;
    else runs.push({ start: c, end: c + 1, format });
  });
  return runs;
}

function requiredColumn(table: TableBlock<string>, key: string): number {
  const at = keyedColumn(table, key);
  if (at < 0) throw new Error(`The block ${table.tableName ?? table.title ?? ""} has no column "${key}".`);
  return at;
}

/** Lines of text: text cells first, so "=SUM" or "-10% refunds" stays text. */
function writeLines(sheet: Excel.Worksheet, top: number, block: LinesBlock<string>): void {
  if (block.lines.length === 0) return;
  const width = Math.max(...block.lines.map((l) => l.length));
  const range = sheet.getRangeByIndexes(top, 0, block.lines.length, width);
  fillNumberFormat(range, "@");
  writeValues(
    range,
    block.lines.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ""))
  );
  if (block.style === "italic") range.format.font.italic = true;
  if (block.style === "bold") range.format.font.bold = true;
}

/**
 * A list's title and headers, then its rows but the last column, which holds its long text (a problem, a reason):
 * that column is returned to be written after the fit, so it runs on to the right as a note does.
 */
async function writeList(
  batch: WriteBatch,
  sheet: Excel.Worksheet,
  top: number,
  list: ListBlock<string>
): Promise<() => Promise<void>> {
  const width = Math.max(list.headers.length, ...list.rows.map((r) => r.length));
  writeLines(sheet, top + 1, { kind: "lines", lines: [list.headers], style: "bold" });
  const count = list.rows.length;
  if (count === 0) return async () => undefined;
  fillNumberFormat(sheet.getRangeByIndexes(top + 2, 0, count, width), "@");
  (list.formats ?? []).forEach(
    (format, c) => format !== "@" && fillNumberFormat(sheet.getRangeByIndexes(top + 2, c, count, 1), format)
  );
  for (const cell of list.cellFormats ?? [])
    fillNumberFormat(sheet.getRangeByIndexes(top + 2 + cell.row, cell.column, 1, 1), cell.format);
  const cells = list.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  if (width > 1)
    await batch.values(
      sheet,
      top + 2,
      0,
      cells.map((r) => r.slice(0, -1))
    );
  return () =>
    batch.values(
      sheet,
      top + 2,
      width - 1,
      cells.map((r) => r.slice(-1))
    );
}
