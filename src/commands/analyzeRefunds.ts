/**
 * "Analyze refunds": Qianniu's imported refund export, order list and order details → the Refunds sheet. Reads the
 * tables' shapes and first rows in one round trip, only the columns analysed beyond them, then writes the sheet.
 * Read → core → write.
 */
import { REFUNDS_OUTPUT } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import { EXPORT_KIND_NAMES } from "../core/import/kindNames";
import { tableOfKind } from "../core/import/kinds";
import type { Problem } from "../core/problems";
import { problemAt } from "../core/problems";
import { orderLines, paidOrders, profitColumnsOf } from "../core/profit/facts";
import { analyzeRefunds as analyze } from "../core/refunds/cohorts";
import { refundColumns, refundFacts } from "../core/refunds/facts";
import { planRefundSheet } from "../core/refunds/refundSheet";
import { SETTINGS_INPUT } from "../core/settings";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableRows } from "../excel/tableColumns";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage } from "./outcome";
import { writeOwnSheet } from "./outputSheet";
import { updateStoreMetrics } from "./storeMetrics";
import { metricsState, queueMetricsReads } from "../excel/importBookkeeping";
import { fromDateSerial, isoDay } from "../core/excelDate";
import { figureText } from "../core/figures";

/** The mark on the sheet this command owns. */
export const REFUNDS_OWNER = "refundAnalysis";

const KINDS = ["qianniuRefunds", "qianniuOrders", "qianniuOrderItems"] as const;
type Kind = (typeof KINDS)[number];

/** The columns read of each table: what its reader uses. */
const columnsOf = (kind: Kind, headers: readonly string[]) =>
  kind === "qianniuRefunds"
    ? Object.values(refundColumns(headers))
        .filter((i) => i >= 0)
        .sort((a, b) => a - b)
    : profitColumnsOf(kind === "qianniuOrders" ? "orders" : "lines", headers);

/** The three tables' shapes with the inputs, then their columns at full width. */
async function readRefunds(context: WorkbookSession, language: Parameters<typeof readInputs>[2]) {
  const read = await readInputs(context, { settings: SETTINGS_INPUT }, language, (ctx, outline) => {
    const queued = KINDS.map((kind) => {
      const name = outline.tables.find((n) => n.toLowerCase() === tableOfKind(kind).toLowerCase());
      return [kind, name ? queueTableShape(ctx, name) : null] as const;
    });
    // What Store Metrics' refresh starts from: its refund rate by payment day comes from the sheet written here.
    const metrics = queueMetricsReads(ctx, outline);
    return () => ({
      shapes: new Map(queued.flatMap(([kind, q]) => (q?.() ? [[kind, q() as TableShape] as const] : []))),
      metrics: metrics(),
    });
  });
  const present = KINDS.flatMap((kind) => {
    const shape = read.extra.shapes.get(kind);
    return shape ? [{ kind, shape, columns: columnsOf(kind, shape.headers) }] : [];
  });
  const { rows } = await readTableRows(context, present);
  return { read, tables: new Map(present.map((p, i) => [p.kind, { shape: p.shape, rows: rows[i] ?? [] }] as const)) };
}

/** The tables read as the analysis' facts: paid orders, order lines, refunds, and the problems with their cells. */
function factsOf(tables: Awaited<ReturnType<typeof readRefunds>>["tables"]) {
  const orderTable = tables.get("qianniuOrders");
  const lineTable = tables.get("qianniuOrderItems");
  const refundTable = tables.get("qianniuRefunds");
  const orders = orderTable ? paidOrders(orderTable.shape.headers, orderTable.rows as never) : [];
  const lines = lineTable ? orderLines(lineTable.shape.headers, lineTable.rows as never) : [];
  const byOrder = new Map(orders.map((o) => [o.orderId, { paid: o.paid, paidAt: o.day }]));
  const facts = refundTable
    ? refundFacts(refundTable.shape.headers, refundTable.rows as never, refundTable.shape, (id) => byOrder.get(id))
    : { refunds: [], problems: [] };
  return { orders, lines, ...facts };
}

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("refunds.failed"), ...detailsWithProblems([], problems, t) };
}

export function analyzeRefunds(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const { read, tables } = await readRefunds(context, language);
      const inSheets = inWorkbookLanguage(read.outline, language);
      const missing = (["qianniuRefunds", "qianniuOrders"] as const).filter((k) => !tables.has(k));
      if (missing.length > 0)
        return failed(
          t,
          missing.map((k) =>
            problemAt("noRefunds", {
              sheet: "",
              address: "",
              value: "",
              field: EXPORT_KIND_NAMES[k].label[inSheets.language],
            })
          )
        );
      const { orders, lines, refunds, problems } = factsOf(tables);
      if (problems.length > 0) return failed(t, problems);
      const analysis = analyze({ refunds, orders, lines, today: toDateSerial(env.today()) });
      const written = await writeOwnSheet(context, read, language, {
        owner: REFUNDS_OWNER,
        names: REFUNDS_OUTPUT.sheetName,
        plan: (inSheet, taken) => planRefundSheet(analysis, lines.length > 0, inSheet, taken),
        along: (inSheet) => {
          const state = metricsState(read.outline, read.workbook.sheets, read.extra.metrics);
          const refunds = new Map(analysis.cohorts.map((c) => [c.day, { paid: c.paid, refunded: c.refunded }]));
          return updateStoreMetrics(context, inSheet, [], { refunds }, { state, sync: false }).then(() => undefined);
        },
      });
      if (!written.ok) return failed(t, written.problems);
      const { plan } = written;
      const days = analysis.cohorts.map((c) => c.day);
      const day = (serial: number | undefined) => (serial === undefined ? "–" : isoDay(fromDateSerial(serial)));
      return {
        ok: true,
        message: t("refunds.done", {
          from: day(days[0]),
          to: day(days[days.length - 1]),
          sheet: plan.sheetName,
          settled: analysis.settledRate === null ? "–" : figureText(analysis.settledRate, "rate"),
        }),
        details: [
          ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
        ],
      };
    },
    ["storeData"]
  );
}
