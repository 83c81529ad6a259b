/**
 * Reading a few columns of a large imported table: first its shape (header names, where its body is, and its
 * first rows whole), then, beyond those rows, only the columns a rule needs, packed into blocks that keep each
 * response well under Excel on the web's 5 MB. A table of up to TABLE_HEAD_ROWS rows is read with the command's
 * other reads; a 200,000-order list in a handful of round trips instead of failing on one.
 */
import type { CellValue } from "../core/cellValues";
import type { TableCells } from "../core/cells";
import { jsonBytes } from "../core/payload";
import { READ_BLOCK_BYTES, syncUnlessTooLarge } from "./limits";
import { MAX_READ_CELLS, TYPICAL_CELL_BYTES } from "./workbook";

/** A table's body as first read: its first rows (at most TABLE_HEAD_ROWS, every column) as values, and how many it has. */
export interface TableShape extends TableCells {
  /** Rows of the body, read or not. */
  readonly rowCount: number;
}

/**
 * Body rows read whole with the shape. A Qianniu order list has 55 columns at about 15 bytes a value: 1,000 rows
 * are under 1 MB of response, leaving room for the command's other reads in the same round trip.
 */
export const TABLE_HEAD_ROWS = 1_000;

/** Queues the read of a table's header names and body bounds; null after the sync when the table has no body. */
export function queueTableShape(context: Excel.RequestContext, name: string): () => TableShape | null {
  const table = context.workbook.tables.getItem(name);
  const header = table.getHeaderRowRange().load("values");
  // The body's bounds, and its first rows: the cells beyond come later, only the columns asked for.
  const body = table.getDataBodyRange();
  const bounds = body.load("rowIndex, columnIndex, rowCount");
  const head = body.getIntersectionOrNullObject(body.getRow(0).getResizedRange(TABLE_HEAD_ROWS - 1, 0)).load("values");
  const sheet = table.worksheet.load("name");
  return () => ({
    name,
    sheet: sheet.name,
    headers: (header.values[0] ?? []).map((h) => String(h).trim()),
    firstRow: bounds.rowIndex,
    firstColumn: bounds.columnIndex,
    rowCount: bounds.rowCount,
    values: head.isNullObject ? [] : (head.values as CellValue[][]),
  });
}

export interface ColumnRequest {
  readonly shape: TableShape;
  /** Column indexes within the table. */
  readonly columns: readonly number[];
}

/** A column to read: its table, its place in it, the array its cells go to, and what a cell weighs in a response. */
interface ColumnToRead {
  readonly shape: TableShape;
  readonly at: number;
  readonly target: CellValue[];
  readonly cellBytes: number;
}

/** Every requested column in turn, each weighed on its first rows: blocks are cut where they are full. */
function columnsToRead(requests: readonly ColumnRequest[], out: CellValue[][][]): ColumnToRead[] {
  return requests.flatMap((r, request) =>
    r.columns.map((at, column) => {
      const target = out[request]?.[column] as CellValue[];
      // A column comes back as one-cell rows, [["a"],["b"]]: three bytes a cell more than the values alone.
      const cellBytes = target.length > 0 ? jsonBytes(target) / target.length + 3 : TYPICAL_CELL_BYTES;
      return { shape: r.shape, at, target, cellBytes };
    })
  );
}

/**
 * The requested columns of each table, every column as one array of values: the shape's first rows, then the
 * rest in as few round trips as READ_BLOCK_BYTES allow (tables share a block; each column's cells weighed on its
 * first rows); none when every table fitted in its first rows. A block Excel refuses as too large held only
 * reads: it is read again with half the room. Returns the columns per request and the round trips.
 */
export async function readTableColumns(
  context: Excel.RequestContext,
  requests: readonly ColumnRequest[]
): Promise<{ columns: CellValue[][][]; syncs: number }> {
  const out = requests.map((r) => r.columns.map((at) => r.shape.values.map((row) => row[at] ?? "")));
  const columns = columnsToRead(requests, out);
  let syncs = 0;
  let room = READ_BLOCK_BYTES;
  // Each column is read from the row after its table's first rows.
  const firstUnread = (c: number) => columns[c]?.shape.values.length ?? 0;
  let column = 0;
  let start = firstUnread(0);
  while (column < columns.length) {
    const blockStart = { column, start };
    let left = room;
    let cells = 0;
    const pending: { target: CellValue[]; range: Excel.Range }[] = [];
    while (column < columns.length && left > 0) {
      const { shape, at, target, cellBytes } = columns[column] as ColumnToRead;
      const rows = Math.min(
        Math.max(1, Math.floor(left / Math.max(1, cellBytes))),
        shape.rowCount - start,
        MAX_READ_CELLS - cells
      );
      if (rows > 0) {
        const sheet = context.workbook.worksheets.getItem(shape.sheet);
        pending.push({
          target,
          range: sheet.getRangeByIndexes(shape.firstRow + start, shape.firstColumn + at, rows, 1).load("values"),
        });
        left -= rows * cellBytes;
        cells += rows;
        start += rows;
      }
      if (start >= shape.rowCount) {
        column++;
        start = firstUnread(column);
      }
      if (cells >= MAX_READ_CELLS) break;
    }
    if (pending.length === 0) break;
    syncs++;
    // One round trip per block is the point: each response must stay under Excel on the web's 5 MB.
    if (!(await syncUnlessTooLarge(context, "ResponsePayloadSizeLimitExceeded", cells > 1))) {
      ({ column, start } = blockStart);
      room /= 2;
      continue;
    }
    for (const { target, range } of pending)
      for (const row of range.values as CellValue[][]) target.push(row[0] as CellValue);
  }
  return { columns: out, syncs };
}

/**
 * Each table's rows at full width, as readTableColumns reads them: the columns asked for hold their cells, the
 * others null, so a reader finds a column by its header and names a problem's cell by its place in the table.
 */
export async function readTableRows(
  context: Excel.RequestContext,
  requests: readonly ColumnRequest[]
): Promise<{ rows: (CellValue | null)[][][]; syncs: number }> {
  const { columns, syncs } = await readTableColumns(context, requests);
  const rows = requests.map((request, i) => {
    const values = columns[i] ?? [];
    return Array.from({ length: values[0]?.length ?? 0 }, (_, r) => {
      const row: (CellValue | null)[] = request.shape.headers.map(() => null);
      request.columns.forEach((c, k) => (row[c] = values[k]?.[r] ?? null));
      return row;
    });
  });
  return { rows, syncs };
}
