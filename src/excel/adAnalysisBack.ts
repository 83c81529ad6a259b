/**
 * The Ad Analysis sheet queued for reading back with a command's first read: its words' and crowds' tables (shapes
 * and first rows) and the mark that keeps the days it judged. The diagnosis and the daily report read it so.
 */
import { AD_ANALYSIS_OUTPUT } from "../core/contract";
import type { WorkbookOutline } from "./layoutMemory";
import { queueTableSheetMark } from "./sheetMarks";
import type { TableShape } from "./tableColumns";
import { queueTableShape } from "./tableColumns";

export function queueAdAnalysis(
  context: Excel.RequestContext,
  outline: WorkbookOutline
): () => { lines: TableShape[]; period: string | null } {
  const find = (name: string) => outline.tables.find((n) => n.toLowerCase() === name.toLowerCase());
  const tables = [find(AD_ANALYSIS_OUTPUT.wordsTable), find(AD_ANALYSIS_OUTPUT.crowdsTable)];
  const lines = tables.flatMap((name) => (name ? [queueTableShape(context, name)] : []));
  const sheet = tables.find((name) => name !== undefined);
  const period = sheet ? queueTableSheetMark(context, sheet, AD_ANALYSIS_OUTPUT.periodProperty) : null;
  return () => ({ lines: lines.flatMap((shape) => shape() ?? []), period: period?.() ?? null });
}
