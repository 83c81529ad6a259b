/**
 * Writes goal status into the Goals input itself: only the written columns (Progress, Time elapsed, Status,
 * Days left, Note) change. Missing ones are added at the right of the table (or of the sheet's header row);
 * every other cell, in the table and beside it, stays as it was.
 */
import { GOAL_OUTPUT } from "../core/contract";
import type { GoalColumn } from "../core/goals";
import { fillNumberFormat } from "./ranges";

export const GOAL_COLUMN_ORDER = Object.keys(GOAL_OUTPUT.columns) as GoalColumn[];

/** How many columns right of the Goals table are checked for the user's cells before columns are added. */
const BESIDE_COLUMNS = 50;

/** Queues the read of the cells right of a table, in its rows: added columns must not land on the user's cells. */
export function queueBesideTable(context: Excel.RequestContext, tableName: string): () => { empty: boolean; address: string } {
  const beside = context.workbook.tables.getItem(tableName).getRange().getLastColumn().getOffsetRange(0, 1).getResizedRange(0, BESIDE_COLUMNS - 1).load("values, address");
  return () => ({ empty: beside.values.every((row) => row.every((v) => v === "")), address: beside.address.split("!").pop() ?? "" });
}


const FORMATS: Readonly<Partial<Record<GoalColumn, string>>> = { progress: "0%", timeElapsed: "0%", daysLeft: "0", status: "@", note: "@" };

export interface GoalsLayout {
  readonly sheet: string;
  /** Excel table name, or null for a plain sheet. */
  readonly table: string | null;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Columns of the input, header included, before anything is added. */
  readonly width: number;
  /** Body rows: the rows below the header, up to the input's last row. */
  readonly bodyRows: number;
  /** Sheet column of each written column already present. */
  readonly existing: Readonly<Partial<Record<GoalColumn, number>>>;
}

export interface GoalCells {
  /** One value per body row, per written column; "" clears. */
  readonly values: Readonly<Record<GoalColumn, readonly (string | number)[]>>;
  /** Fill colour of each status cell, or null for none. */
  readonly statusFills: readonly (string | null)[];
  /** Number formats row by row, for the columns in the goal's own unit. */
  readonly rowFormats: Readonly<Partial<Record<GoalColumn, readonly string[]>>>;
  /** Header names for the columns to add, in the UI language. */
  readonly headers: Readonly<Record<GoalColumn, string>>;
}

/** Where each written column ends up: present ones where they are, missing ones appended in order. */
export function goalColumnPlaces(layout: GoalsLayout): Record<GoalColumn, number> {
  let next = layout.firstColumn + layout.width;
  const places = {} as Record<GoalColumn, number>;
  for (const column of GOAL_COLUMN_ORDER) places[column] = layout.existing[column] ?? next++;
  return places;
}

/** Writes the status columns, and whatever else `alongside` queues (the Goal Trends sheet), in one round trip. */
export async function writeGoalColumns(context: Excel.RequestContext, layout: GoalsLayout, cells: GoalCells, alongside: (context: Excel.RequestContext) => void = () => undefined): Promise<void> {
  queueGoalColumns(context, layout, cells);
  alongside(context);
  await context.sync();
}

function queueGoalColumns(context: Excel.RequestContext, layout: GoalsLayout, cells: GoalCells): void {
  const sheet = context.workbook.worksheets.getItem(layout.sheet);
  const places = goalColumnPlaces(layout);
  const missing = GOAL_COLUMN_ORDER.filter((c) => layout.existing[c] === undefined);
  for (const column of missing) {
    if (layout.table) context.workbook.tables.getItem(layout.table).columns.add(undefined, undefined, cells.headers[column]);
    else {
      const header = sheet.getCell(layout.headerRow, places[column]);
      fillNumberFormat(header, "@");
      header.values = [[cells.headers[column]]];
    }
  }
  if (layout.bodyRows === 0) return;
  for (const column of GOAL_COLUMN_ORDER) {
    const range = sheet.getRangeByIndexes(layout.headerRow + 1, places[column], layout.bodyRows, 1);
    const format = FORMATS[column];
    // Text columns get their format first, so a note like "-3 days" is never read as a formula or a number.
    if (format === "@") fillNumberFormat(range, format);
    range.values = cells.values[column].map((v) => [v]);
    if (format && format !== "@") fillNumberFormat(range, format);
    // Projected and Needed per day are in the goal's own unit: a percent where its target is one.
    const perRow = cells.rowFormats[column];
    if (perRow) range.numberFormat = perRow.map((f) => [f]);
  }
  cells.statusFills.forEach((fill, i) => {
    const cell = sheet.getCell(layout.headerRow + 1 + i, places.status);
    if (fill) cell.format.fill.color = fill;
    else cell.format.fill.clear();
  });
}
