/**
 * "Calculate profit": the imported order list, order details, refunds and Alipay statements, Store Metrics' ad
 * spend, the Costs input and Settings → the Profit sheet. Reads the names, the inputs and the tables' shapes in one
 * round trip (none when the layout is remembered), then only the columns profit uses of tables longer than their
 * first rows, then writes the sheet. Read → core → write: no Office.js here.
 */
import { COSTS, PROFIT_OUTPUT } from "../core/contract";
import { cellAddress } from "../core/cellAddress";
import { fromDateSerial, isoDay } from "../core/excelDate";
import { figureText } from "../core/figures";
import type { ExportKind } from "../core/import/fields";
import { EXPORT_KIND_NAMES } from "../core/import/kindNames";
import { tableOfKind } from "../core/import/kinds";
import type { Language } from "../core/language";
import type { Problem } from "../core/problems";
import { problemAt } from "../core/problems";
import { COST_FIELDS, readCosts } from "../core/profit/costs";
import type { ProfitTable } from "../core/profit/facts";
import {
  PROFIT_COLUMNS,
  itemAds,
  listedOrders,
  orderLines,
  orderRefunds,
  paidOrders,
  profitColumnsOf,
  statementFees,
} from "../core/profit/facts";
import type { ProfitInput, ProfitResult, Stray } from "../core/profit/profit";
import { computeProfit } from "../core/profit/profit";
import { planProfitSheet, profitSummary } from "../core/profit/profitSheet";
import { wordSheet } from "../core/sheetDescription";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { dailyFigures } from "../core/storeMetricLookup";
import { planOutputSheet, protectedTargets } from "../core/workbookPlan";
import { indexOfName } from "../core/names";
import type { WorkbookSession } from "../excel/host";
import type { InputsRead } from "../excel/inputs";
import { readInputs } from "../excel/inputs";
import { writeSheet } from "../excel/sheetWriter";
import { ATTRIBUTION_PROPERTY, queueTableSheetMark } from "../excel/sheetMarks";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableColumns } from "../excel/tableColumns";
import { queueStoreMetrics, writeOutputSheet } from "../excel/workbook";
import type { MetricsReads } from "../excel/importBookkeeping";
import { metricsState, queueMetricsReads } from "../excel/importBookkeeping";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import { updateStoreMetrics } from "./storeMetrics";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wording } from "./outcome";

/** The mark on the sheet this command owns. */
export const PROFIT_OWNER = "profit";

const WANTS = {
  settings: SETTINGS_INPUT,
  costs: { definition: COSTS, fields: COST_FIELDS, optional: true },
} as const;

/** The export each of profit's readers reads. */
const KINDS: Readonly<Record<ProfitTable, keyof typeof EXPORT_KIND_NAMES>> = {
  orders: "qianniuOrders",
  lines: "qianniuOrderItems",
  refunds: "qianniuRefunds",
  statement: "alipayStatement",
  ads: "adReport",
};
const TABLES = Object.fromEntries(Object.entries(KINDS).map(([table, kind]) => [table, tableOfKind(kind)])) as Readonly<
  Record<ProfitTable, string>
>;
const PROFIT_TABLES = Object.keys(TABLES) as ProfitTable[];

type Shapes = Partial<Record<ProfitTable, TableShape>>;
type Read = InputsRead<
  typeof WANTS,
  {
    ads: ReturnType<typeof dailyFigures>;
    shapes: Shapes;
    attribution: string | number | boolean | null;
    metrics: MetricsReads;
  }
>;

/** A table read as profit needs it: the headers of the columns read, and its rows of those columns. */
interface TableRead {
  readonly shape: TableShape;
  readonly columns: readonly number[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** The inputs, Store Metrics and the tables' shapes: one round trip. */
function readFirst(context: WorkbookSession, language: Language): Promise<Read> {
  return readInputs(context, WANTS, language, (ctx, outline) => {
    const metrics = queueStoreMetrics(ctx, outline);
    const find = (name: string) => outline.tables.find((n) => n.toLowerCase() === name.toLowerCase());
    const queued = PROFIT_TABLES.map((table) => {
      const name = find(TABLES[table]);
      return [table, name ? queueTableShape(ctx, name) : null] as const;
    });
    // The ad report's attribution window, kept beside its table by the import: which days' ad sales are final.
    const adTable = find(TABLES.ads);
    const attribution = adTable ? queueTableSheetMark(ctx, adTable, ATTRIBUTION_PROPERTY) : null;
    // What Store Metrics' refresh after the sheet starts from, read now so the refresh costs no round trip.
    const metricsReads = queueMetricsReads(ctx, outline);
    return () => ({
      metrics: metricsReads(),
      attribution: attribution?.() ?? null,
      ads: dailyFigures(metrics()),
      shapes: Object.fromEntries(queued.flatMap(([t, q]) => (q?.() ? [[t, q() as TableShape]] : []))) as Shapes,
    });
  });
}

/** The columns profit uses of each table, beyond its first rows only where it is longer. */
async function readTables(context: WorkbookSession, shapes: Shapes): Promise<Partial<Record<ProfitTable, TableRead>>> {
  const present = PROFIT_TABLES.flatMap((table) => {
    const shape = shapes[table];
    return shape ? [{ table, shape, columns: profitColumnsOf(table, shape.headers) }] : [];
  });
  const { columns } = await readTableColumns(context, present);
  return Object.fromEntries(
    present.map(({ table, shape, columns: at }, i) => {
      const values = columns[i] ?? [];
      const rows = Array.from({ length: values[0]?.length ?? 0 }, (_, r) => values.map((column) => column[r]));
      return [table, { shape, columns: at, headers: at.map((c) => shape.headers[c] ?? ""), rows }];
    })
  );
}

/** A row of a table's body named in a problem, at the cell of the column a reader found by its spellings. */
function tableProblem(
  code: "orderNotListed" | "feeOrderNotListed",
  read: TableRead,
  stray: Stray,
  spellings: readonly string[]
): Problem {
  const column = Math.max(0, indexOfName(read.headers, spellings as string[]));
  const at = cellAddress(read.shape.firstRow + stray.row, read.shape.firstColumn + (read.columns[column] ?? 0));
  return problemAt(code, { sheet: read.shape.sheet, address: at, value: stray.order, field: "" });
}

/** Profit's facts from what was read, and the problems that stop it or that it reports. */
function profitInput(read: Read, tables: Partial<Record<ProfitTable, TableRead>>) {
  const rows = <T>(table: ProfitTable, reader: (headers: readonly string[], rows: never) => T, none: T): T => {
    const found = tables[table];
    return found ? reader(found.headers, found.rows as never) : none;
  };
  const settings = readSettings(read.inputs.ok ? read.inputs.data.settings : null, [
    "shippingPerParcel",
    "packagingPerParcel",
    "estimatedFeeRate",
  ]);
  const costsBlock = read.inputs.ok ? read.inputs.data.costs : null;
  const costs = costsBlock ? readCosts(costsBlock) : { costs: [], problems: [], stopped: false };
  const input: ProfitInput = {
    orders: rows("orders", paidOrders, []),
    listed: rows("orders", listedOrders, new Set<string>()),
    lines: rows("lines", orderLines, []),
    refunds: rows("refunds", orderRefunds, []),
    fees: rows("statement", statementFees, []),
    ads: [...(read.extra.ads ?? new Map())].flatMap(([day, f]) => (f.adSpend ? [{ day, spend: f.adSpend }] : [])),
    costs: costs.costs,
    settings: settings.settings,
    itemAds: rows("ads", itemAds, []),
    attributionDays: Number(read.extra.attribution) || null,
  };
  const stopping = [...(read.inputs.ok ? [] : read.inputs.problems), ...settings.problems, ...costs.problems];
  return { input, stopping };
}

/** The strays the result names, at their cells: detail lines and statement lines for orders not in the list. */
function strayProblems(result: ProfitResult, tables: Partial<Record<ProfitTable, TableRead>>): Problem[] {
  const { lines, statement } = tables;
  return [
    ...(lines
      ? result.linesWithoutOrder.map((s) => tableProblem("orderNotListed", lines, s, PROFIT_COLUMNS.lines.orderId))
      : []),
    ...(statement
      ? result.feesForUnknownOrders.map((s) =>
          tableProblem("feeOrderNotListed", statement, s, PROFIT_COLUMNS.statement.note)
        )
      : []),
  ];
}

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("profit.failed"), ...detailsWithProblems([], problems, t) };
}

/** Reads everything profit needs; the problems that stop it, or its result with the problems it reports. */
async function readProfit(context: WorkbookSession, language: Language) {
  const read = await readFirst(context, language);
  const missing = (["orders", "lines"] as const).filter((table) => !read.extra.shapes[table]);
  if (missing.length > 0) {
    const problems = missing.map((table) =>
      problemAt("noOrderList", {
        sheet: "",
        address: "",
        value: "",
        field: EXPORT_KIND_NAMES[KINDS[table]].label[language],
      })
    );
    return { read, stopping: problems } as const;
  }
  const tables = await readTables(context, read.extra.shapes);
  const { input, stopping } = profitInput(read, tables);
  if (stopping.length > 0) return { read, stopping } as const;
  const result = computeProfit(input);
  return { read, stopping: [], result, warnings: strayProblems(result, tables) } as const;
}

/** The exports whose rows profit reads: importing one changes what the Profit sheet should say. */
export const PROFIT_KINDS: readonly ExportKind[] = [
  "qianniuOrders",
  "qianniuOrderItems",
  "qianniuRefunds",
  "alipayStatement",
  "adReport",
];

export function calculateProfit(env: CommandEnvironment): Promise<Outcome> {
  return profitCommand(env, false);
}

/**
 * After an import that changed rows profit reads, the Profit sheet calculated again, where the operator has one: a
 * workbook that never calculated profit is not given a sheet it did not ask for. Null when nothing was calculated.
 */
export async function refreshProfit(env: CommandEnvironment, changed: readonly ExportKind[]): Promise<Outcome | null> {
  if (!changed.some((kind) => PROFIT_KINDS.includes(kind))) return null;
  const outcome = await profitCommand(env, true);
  return outcome.message === "" ? null : outcome;
}

function profitCommand(env: CommandEnvironment, onlyWhereWritten: boolean): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const found = await readProfit(context, language);
      const none = { ok: true, message: "", details: [] };
      if (!("result" in found) || !found.result) return onlyWhereWritten ? none : failed(t, found.stopping);
      const { read, result, warnings } = found;
      const inSheets = inWorkbookLanguage(read.outline, language);
      const plan = planOutputSheet(
        PROFIT_OWNER,
        PROFIT_OUTPUT.sheetName[inSheets.language],
        read.workbook.sheets,
        Object.values(PROFIT_OUTPUT.sheetName)
      );
      if (onlyWhereWritten && !plan.replaces) return none;
      const locked = protectedTargets(read.workbook.sheets, [plan.replaces?.name]);
      if (locked.length > 0) return failed(t, locked);
      const otherTables = read.workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name);
      const sheet = wordSheet(planProfitSheet(result, inSheets.language, otherTables), inSheets.words);
      const state = metricsState(read.outline, read.workbook.sheets, read.extra.metrics);
      await writeOutputSheet(
        context,
        plan,
        PROFIT_OWNER,
        read.outline.sheets.map((s) => s.name),
        async (target) => {
          await writeSheet(context, target, sheet);
          // Store Metrics gains each day's net sales, profit and margin, beside GMV, for goals and reviews: queued
          // after the Profit sheet (its replacement's temporary name is free again by then), sent in the same sync.
          const days = new Map(result.days.map((d) => [d.day, d]));
          await updateStoreMetrics(context, inSheets.language, [], { profit: days }, { state, sync: false });
        }
      );
      return profitOutcome(t, result, plan, warnings);
    },
    ["storeData"]
  );
}

/** What the pane says: the period's profit, then what is estimated, uncosted or unknown, then the strays. */
function profitOutcome(
  t: Translate,
  result: ProfitResult,
  plan: { sheetName: string; nameTakenBy?: string | null },
  warnings: readonly Problem[]
): Outcome {
  const { total, unclassified } = result;
  const money = (n: number) => figureText(n, "money");
  const unknownAmount = unclassified.reduce((a, u) => a + u.amount, 0);
  const lines = [
    ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
    // The sheet's sentences on estimated fees and missing costs, said in the pane too: the first is the message.
    ...profitSummary(result).slice(1).map(wording(t)),
    ...(unclassified.length > 0
      ? [t("profit.unclassified", { count: unclassified.length, amount: money(unknownAmount) })]
      : []),
  ];
  return {
    ok: true,
    message: t("profit.done", {
      from: isoDay(fromDateSerial(total.from)),
      to: isoDay(fromDateSerial(total.to)),
      sheet: plan.sheetName,
      profit: money(total.profit),
      netSales: money(total.netSales),
      margin: total.margin === null ? "—" : figureText(total.margin, "rate"),
    }),
    ...detailsWithProblems(lines, warnings, t),
  };
}
