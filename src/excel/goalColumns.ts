/**
 * Writes goal status into the Goals input itself: only the written columns (Progress, Time elapsed, Status,
 * Days left, Note) change. Missing ones are added at the right of the table (or of the sheet's header row);
 * every other cell, in the table and beside it, stays as it was.
 */
import type { GoalColumn } from "../core/goals";
import type { GoalCells, GoalsLayout } from "../core/goalStatusPlan";
import { GOAL_COLUMN_FORMATS as FORMATS, GOAL_COLUMN_ORDER } from "../core/goalStatusPlan";
import { WriteBatch, adjacent, fillNumberFormat, writeValues } from "./ranges";
import { syncNotingLayout } from "./workbook";

/** How many columns right of the Goals table are checked for the user's cells before columns are added. */
const BESIDE_COLUMNS = 50;

/** Queues the read of the cells right of a table, in its rows: added columns must not land on the user's cells. */
export function queueBesideTable(
  context: Excel.RequestContext,
  tableName: string
): () => { empty: boolean; address: string } {
  const beside = context.workbook.tables
    .getItem(tableName)
    .getRange()
    .getLastColumn()
    .getOffsetRange(0, 1)
    .getResizedRange(0, BESIDE_COLUMNS - 1);
  // Only whether any of those cells is in use, and where: reading their values would be 50 cells a goal.
  const address = beside.load("address");
  const used = beside.getUsedRangeOrNullObject(true).load("address");
  return () => ({ empty: used.isNullObject, address: address.address.split("!").pop() ?? "" });
}

/** Where each written column ends up: present ones where they are, missing ones appended in order. */
export function goalColumnPlaces(layout: GoalsLayout): Record<GoalColumn, number> {
  let next = layout.firstColumn + layout.width;
  const places = {} as Record<GoalColumn, number>;
  for (const column of GOAL_COLUMN_ORDER) places[column] = layout.existing[column] ?? next++;
  return places;
}

/**
 * Writes the status columns, and whatever else `alongside` queues through the same batch (the Goal Trends sheet): one
 * round trip when they fit one request, one more per further 4 MB. Formats go once per column, or once per run of rows in the same
 * unit, and the status colours as one rule a status, never once per cell.
 */
export async function writeGoalColumns(
  context: Excel.RequestContext,
  layout: GoalsLayout,
  cells: GoalCells<string>,
  alongside: (batch: WriteBatch) => Promise<void> | void = () => undefined
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(layout.sheet);
  const places = goalColumnPlaces(layout);
  const missing = GOAL_COLUMN_ORDER.filter((c) => layout.existing[c] === undefined);
  for (const column of missing) {
    if (layout.table)
      context.workbook.tables.getItem(layout.table).columns.add(undefined, undefined, cells.headers[column]);
    else {
      const header = sheet.getCell(layout.headerRow, places[column]);
      fillNumberFormat(header, "@");
      writeValues(header, [[cells.headers[column]]]);
    }
  }
  const batch = new WriteBatch(context);
  const first = layout.headerRow + 1;
  if (layout.bodyRows > 0) {
    const column = (c: GoalColumn) => sheet.getRangeByIndexes(first, places[c], layout.bodyRows, 1);
    // Text columns get their format first, so a note like "-3 days" is never read as a formula or a number.
    for (const c of GOAL_COLUMN_ORDER) if (FORMATS[c] === "@") fillNumberFormat(column(c), "@");
    // Columns side by side (as added ones always are) go as one block of rows: a value a cell, not a row a cell.
    for (const group of adjacent(GOAL_COLUMN_ORDER.map((c) => ({ column: c, at: places[c] })))) {
      const rows = Array.from({ length: layout.bodyRows }, (_, r) =>
        group.columns.map((c) => cells.values[c][r] ?? "")
      );
      await batch.values(sheet, first, group.start, rows);
    }
    for (const c of GOAL_COLUMN_ORDER) {
      const format = FORMATS[c];
      if (format && format !== "@") fillNumberFormat(column(c), format);
      // Projected and Needed per day are in the goal's own unit: a percent where its target is one.
      for (const run of runs(cells.rowFormats[c] ?? [])) {
        await batch.room(RUN_BYTES);
        fillNumberFormat(sheet.getRangeByIndexes(first + run.start, places[c], run.length, 1), run.value);
      }
    }
    // Status colours as cell-value rules on the Status column, one a status: a status the operator edits takes its
    // colour at once, and the request carries seven rules rather than a colour a run of rows. The fills earlier
    // versions wrote cell by cell, and the rules of the last run, go first.
    await batch.room(RUN_BYTES * (2 + cells.statusColours.length));
    const statusCells = column("status");
    statusCells.format.fill.clear();
    statusCells.conditionalFormats.clearAll();
    for (const { text, colour } of cells.statusColours) {
      const rule = statusCells.conditionalFormats.add("CellValue");
      rule.cellValue.format.fill.color = colour;
      rule.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    }
  }
  await alongside(batch);
  await syncNotingLayout(context);
}

/** About what one run's operations add to a request. */
const RUN_BYTES = 200;

/** Consecutive equal values as runs: the rows one operation can format together. */
function runs<T>(values: readonly T[]): { start: number; length: number; value: T }[] {
  const out: { start: number; length: number; value: T }[] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last.value === value) last.length++;
    else out.push({ start: i, length: 1, value });
  });
  return out;
}
