/**
 * Marks an import leaves on a data sheet (custom properties), and reading one back for a table: light enough for the
 * commands the pane loads up front (the daily report reads the ad report's window) without loading the importer.
 */

/** The custom property that names the shop a data sheet's rows are from (see core/import/shop.ts). */
export const SHOP_PROPERTY = "GrowthOps.Shop";
/** The custom property that keeps an ad report's attribution window, in days (see core/import/attribution.ts). */
export const ATTRIBUTION_PROPERTY = "GrowthOps.AttributionDays";
/**
 * The custom property a data sheet carries from the round trip that first changes its rows until Store Metrics has
 * been rebuilt from them: an import stopped in between (a protected Import Log, a failed round trip) leaves it, and
 * the next import reads that table again rather than trusting sums kept before the change.
 */
export const METRICS_PENDING_PROPERTY = "GrowthOps.MetricsPending";

/**
 * Queues the read of a mark an import left on a table's sheet (see TableImport.commit), for a table the outline
 * lists (a path through a table that is not there would fail the whole request); after the sync, its value, or null
 * when the sheet has no such mark.
 */
export function queueTableSheetMark(
  context: Excel.RequestContext,
  tableName: string,
  property: string
): () => string | null {
  const mark = context.workbook.tables
    .getItem(tableName)
    .worksheet.customProperties.getItemOrNullObject(property)
    .load("value");
  return () => (mark.isNullObject ? null : mark.value);
}
