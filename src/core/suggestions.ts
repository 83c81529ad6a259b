/**
 * "Add suggestions to growth points": the Diagnosis sheet's suggested growth points become rows of Growth Points,
 * each with its estimated growth rate and a success rate from the point's track record, or 50% marked as an
 * estimate, and its Source saying what it would add to profit where the Diagnosis could tell. A point already listed is never added again, and no existing row changes.
 */
import { DIAGNOSIS_OUTPUT, INPUTS } from "./contract";
import { finiteNumber, isBlank, shownValue } from "./cellValues";
import { isoDay, fromDateSerial } from "./excelDate";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import { RATE_FORMAT } from "./sampleData";
import { figureText } from "./figures";
import { indexOfName, nameKey } from "./names";
import type { InputCells } from "./records";
import { findHeaderRow, rowByHeaders } from "./records";
import { GROWTH_POINT_FIELDS } from "./ranking";

export interface Suggestion {
  readonly point: string;
  readonly growthRate: number;
  /** The Diagnosis' estimate of its growth in profit; null where the sheet has none (no Profit sheet). */
  readonly profitGrowth: number | null;
}

/** The suggested growth points of a Diagnosis table, in its order (rows the operator blanked out skipped). */
export function suggestionsIn(block: InputCells | null): Suggestion[] {
  if (!block) return [];
  const header = findHeaderRow(block);
  const headers = (block.values[header] ?? []).map(shownValue);
  const pointAt = indexOfName(headers, DIAGNOSIS_OUTPUT.columns.growthPoint);
  const rateAt = indexOfName(headers, DIAGNOSIS_OUTPUT.columns.growthRate);
  const profitAt = indexOfName(headers, DIAGNOSIS_OUTPUT.columns.profitGrowth);
  if (header < 0 || pointAt < 0) return [];
  return block.values.slice(header + 1).flatMap((row) => {
    const point = shownValue(row[pointAt] ?? "").trim();
    const growthRate = finiteNumber(row[rateAt]) ?? 0;
    return point === "" ? [] : [{ point, growthRate, profitGrowth: profitAt < 0 ? null : finiteNumber(row[profitAt]) }];
  });
}

/** Without a track record a new point is a coin toss: 50%, marked as an estimate. */
export const ESTIMATED_SUCCESS_RATE = 0.5;

export interface NewGrowthPoint {
  readonly name: string;
  readonly successRate: number;
  readonly growthRate: number;
  /** Where it came from and how its success rate was found, for the Source column. */
  readonly source: Phrase<SourceKey>;
}

/**
 * The rows to add: each suggestion not yet listed (by name, in either spelling of spaces and case) and not a repeat
 * of an earlier suggestion.
 */
export function newGrowthPoints(
  suggestions: readonly Suggestion[],
  listed: readonly string[],
  records: (name: string) => { achieved: number; ended: number } | undefined,
  today: number
): NewGrowthPoint[] {
  const seen = new Set(listed.map(nameKey));
  const day = isoDay(fromDateSerial(today));
  return suggestions.flatMap((s) => {
    const key = nameKey(s.point);
    if (seen.has(key)) return [];
    seen.add(key);
    const record = records(s.point);
    const known = record !== undefined && record.ended > 0;
    const source = known
      ? phrase("suggestions.source.record", { day, achieved: record.achieved, ended: record.ended })
      : phrase("suggestions.source.estimate", { day });
    return [
      {
        name: s.point,
        successRate: known ? record.achieved / record.ended : ESTIMATED_SUCCESS_RATE,
        growthRate: s.growthRate,
        // The growth rate stays the GMV's, like every other point's; its worth in profit is said beside it.
        source:
          s.profitGrowth === null
            ? source
            : phrase("suggestions.source.profit", { source, profit: figureText(s.profitGrowth, "rate") }),
      },
    ];
  });
}

/** The growth points already listed in the input: every name in its name column, rows with problems included. */
export function listedPoints(block: InputCells | null): string[] {
  if (!block) return [];
  const header = findHeaderRow(block);
  if (header < 0) return [];
  const name = INPUTS.growthPoints.columns.growthPoint;
  const aliases = GROWTH_POINT_FIELDS.find((f) => f.key === "growthPoint")?.aliases ?? [];
  const at = indexOfName((block.values[header] ?? []).map(shownValue), name, aliases);
  return at < 0
    ? []
    : block.values.slice(header + 1).flatMap((row) => (isBlank(row[at]) ? [] : [shownValue(row[at]).trim()]));
}

type SourceKey = "suggestions.source.record" | "suggestions.source.estimate" | "suggestions.source.profit";
/** Cells of a new growth point's row: the operator's own words and figures, and its Source as a phrase to word. */
export type SuggestionCell = string | number | Phrase<SourceKey>;

/**
 * A new point as a row of the input's columns, with its Source in `sourceColumn` (which may be beyond the headers),
 * and each cell's format: rates as percents, the name and Source as text, columns left for the operator (Owner,
 * Deadline) General.
 */
export function growthPointRow(
  headers: readonly string[],
  point: NewGrowthPoint,
  sourceColumn: number
): { row: SuggestionCell[]; formats: string[] } {
  const row: SuggestionCell[] = rowByHeaders(
    headers,
    GROWTH_POINT_FIELDS,
    { growthPoint: point.name, successRate: point.successRate, growthRate: point.growthRate },
    sourceColumn + 1
  );
  row[sourceColumn] = point.source;
  return { row, formats: row.map((v) => (typeof v === "number" ? RATE_FORMAT : v === "" ? "General" : "@")) };
}
