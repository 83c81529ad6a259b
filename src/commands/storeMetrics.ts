/**
 * Store Metrics refreshed after an import, or rebuilt: read the kept sums and the tables' rows, plan the sums
 * (core/import/metricSums.ts) from the changes the import's files made, read again only the tables whose sums
 * cannot be trusted, and write Store Metrics and the sums back.
 */
import type { SourceColumns } from "../core/import/daySums";
import { MetricsAccumulator, planStoreMetricsSheet } from "../core/import/daySums";
import { tableOfKind } from "../core/import/kinds";
import type { SumsChange } from "../core/import/metricSums";
import { planSums, readSums, sumsCells } from "../core/import/metricSums";
import { METRIC_SOURCES } from "../core/import/metrics";
import type { Language } from "../core/language";
import type { WorkbookSession } from "../excel/host";
import type { MetricsState } from "../excel/importBookkeeping";
import { readMetricsState, writeStoreMetrics } from "../excel/importBookkeeping";
import { streamTableColumns } from "../excel/storeImport";
import { profitDaysBack } from "../core/profit/profitSheet";
import { refundsBack } from "../core/refunds/refundsBack";

/**
 * Rewrites Store Metrics after an import from the sums kept at the last one and the changes the import's files made
 * (`changes`; null reads every table again). A kind is read from its table again when its sums are missing, when a
 * file could not say its change, or when its table's rows are not what the sums expect (rows edited or deleted by
 * hand, an import that failed half way). Two round trips plus the layout's, and one or more per table read again;
 * none of its own for a command that passes the state it read and syncs the writes with its own.
 * Returns false when no table holds any input.
 */
export async function updateStoreMetrics(
  context: WorkbookSession,
  language: Language,
  changes: readonly SumsChange[] | null,
  /** What a command has just worked out, in place of its sheet as it stands: profit's days, refunds' payment days. */
  fresh: {
    readonly profit?: ReadonlyMap<number, { readonly netSales: number; readonly profit: number }>;
    readonly refunds?: ReadonlyMap<number, { readonly paid: number; readonly refunded: number }>;
  } = {},
  /**
   * A command that read Store Metrics' state with its own first read passes it, and queues the writes for its own
   * last sync (`sync: false`): no round trip of their own.
   */
  along?: { readonly state: MetricsState; readonly sync: false }
): Promise<boolean> {
  const state = along?.state ?? (await readMetricsState(context));
  const plan = planSums(changes === null ? null : readSums(state.cells), changes ?? [], state.tableRows);
  const metrics = new MetricsAccumulator(plan.start);
  // The days Calculate profit has just worked out, else the Profit sheet's as it stands.
  const days = fresh.profit ?? (state.profitDays ? profitDaysBack(state.profitDays) : null);
  if (days) metrics.setProfit(days);
  const refunds = fresh.refunds ?? (state.refundDays ? (refundsBack(state.refundDays, [])?.days ?? null) : null);
  if (refunds) metrics.setRefunds(refunds);
  for (const kind of plan.reread) {
    const source = METRIC_SOURCES.find((src) => src.kind === kind);
    if (!source) continue;
    metrics.reset(kind);
    let columns: SourceColumns | null = null;
    await streamTableColumns(
      context,
      tableOfKind(kind),
      (headers) => {
        columns = MetricsAccumulator.columns(source, headers);
        return columns ? MetricsAccumulator.wanted(columns) : [];
      },
      (_headers, rows) => {
        const found: SourceColumns | null = columns;
        if (found) for (const row of rows) metrics.addRow(kind, found, row);
      }
    );
  }
  const table = metrics.table();
  const sheet = table.rows.length === 0 ? null : planStoreMetricsSheet(table, language);
  await writeStoreMetrics(
    context,
    state,
    sumsCells({ sums: metrics.kinds(), tableRows: state.tableRows }),
    sheet,
    language,
    along?.sync ?? true
  );
  return sheet !== null;
}

/** Reads every data table and rewrites Store Metrics (and the kept sums); returns false when no table holds any input. */
export function rebuildStoreMetrics(context: WorkbookSession, language: Language): Promise<boolean> {
  return updateStoreMetrics(context, language, null);
}
