/**
 * The keyword and crowd reports' tables as the ad analysis reads them, columns found by every spelling the import
 * knows, with what makes a row unusable said at its cell: spend or another figure that is text, clicks without
 * impressions, a day after today (a report cannot hold days not yet lived).
 */
import { cellAddress } from "../cellAddress";
import type { CellsAt } from "../cells";
import { fromDateSerial, isoDay } from "../excelDate";
import type { ExportKind } from "../import/fields";
import { KIND_FIELDS } from "../import/fields";
import { indexOfName } from "../names";
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import type { AdDetailRow } from "./adAnalysis";

type Cell = string | number | boolean | null | undefined;

const FIGURES = ["impressions", "clicks", "spend", "gmv", "orders"] as const;
const COLUMNS = ["date", "planId", "itemId", "itemName", ...FIGURES] as const;

/** The columns of a kind's table the analysis reads, by field; −1 when absent. */
export function adColumns(kind: "adKeywords" | "adCrowds" | "adReport", headers: readonly string[]) {
  const fields = KIND_FIELDS[kind as Exclude<ExportKind, "generic">];
  const at = (field: string) => indexOfName(headers, fields[field] ?? []);
  const name = kind === "adKeywords" ? at("word") : kind === "adCrowds" ? at("crowd") : -1;
  return { ...Object.fromEntries(COLUMNS.map((c) => [c, at(c)])), name } as Record<
    (typeof COLUMNS)[number] | "name",
    number
  >;
}

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());

/**
 * The rows of a keyword or crowd table. A row without a day (a download of several days in one) or a name is passed
 * over; a blank figure is 0; a figure that is text, clicks with no impressions, or a day after `today` is a
 * problem at its cell, and the row is not read.
 */
export function adDetailRows(
  kind: "adKeywords" | "adCrowds",
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  /** Where the table's body starts, to name a cell. */
  at: CellsAt,
  today: number
): { rows: AdDetailRow[]; itemNames: Map<string, string>; problems: Problem[] } {
  const c = adColumns(kind, headers);
  const problems: Problem[] = [];
  const itemNames = new Map<string, string>();
  const place = (r: number, column: number, value: Cell) => ({
    sheet: at.sheet,
    address: cellAddress(at.firstRow + r, at.firstColumn + column),
    value: text(value),
    field: headers[column] ?? "",
  });
  const read = rows.flatMap((row, r): AdDetailRow[] => {
    const day = row[c.date];
    const name = text(row[c.name]);
    if (typeof day !== "number" || day < 1 || name === "") return [];
    if (day > today) {
      problems.push(problemAt("adDayAhead", { ...place(r, c.date, isoDay(fromDateSerial(day))) }));
      return [];
    }
    const figures: Record<string, number> = {};
    for (const f of FIGURES) {
      const cell = row[c[f]];
      if (typeof cell === "string" && cell.trim() !== "") problems.push(problemAt("notNumber", place(r, c[f], cell)));
      figures[f] = typeof cell === "number" && Number.isFinite(cell) ? cell : 0;
    }
    const { impressions = 0, clicks = 0, spend = 0, gmv = 0, orders = 0 } = figures;
    if (clicks > 0 && impressions === 0 && c.impressions >= 0)
      problems.push(problemAt("adClicksWithoutImpressions", place(r, c.clicks, String(clicks))));
    const itemId = text(row[c.itemId]);
    if (c.itemName >= 0 && itemId !== "") itemNames.set(itemId, text(row[c.itemName]));
    return [
      { day: Math.floor(day), planId: text(row[c.planId]), itemId, name, impressions, clicks, spend, gmv, orders },
    ];
  });
  return { rows: problems.length > 0 ? [] : read, itemNames, problems };
}

/** The product report's spend by plan over [from, to]: what the listed words and crowds should add up to. */
export function planSpend(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  from: number,
  to: number
): Map<string, number> {
  const c = adColumns("adReport", headers);
  const spend = new Map<string, number>();
  for (const row of rows) {
    const day = row[c.date];
    const amount = row[c.spend];
    if (typeof day !== "number" || day < from || day > to + 0.999 || typeof amount !== "number") continue;
    const plan = text(row[c.planId]);
    spend.set(plan, (spend.get(plan) ?? 0) + amount);
  }
  return spend;
}
