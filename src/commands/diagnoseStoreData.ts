/**
 * "Diagnose store data": Store Metrics, the imported order list and product report (+ Settings) → the Diagnosis
 * sheet. Reads the names; then Store Metrics, Settings and the two tables' shapes; then only the columns the rules
 * use, in blocks; then writes the sheet. Read → core → write: no Office.js here.
 */
import {
  MARKET_OUTPUT,
  REFUNDS_OUTPUT,
  DIAGNOSIS_OUTPUT,
  LAYOUT_OUTPUT,
  PROFIT_OUTPUT,
  STORE_METRICS,
} from "../core/contract";
import { adAnalysisBack } from "../core/ads/adSheet";
import { refundsBack } from "../core/refunds/refundsBack";
import { marketBack } from "../core/market/marketBack";
import type { CellValue } from "../core/cellValues";
import { profitDaysBack, profitProductsBack } from "../core/profit/profitSheet";
import { productLayoutBack } from "../core/layout/productsSheet";
import type { Sample, Diagnosis } from "../core/diagnosis";
import { diagnose } from "../core/diagnosis";
import type { StagedFacts } from "../core/shopFacts";
import { orderColumns, orderFacts, productColumns, productFacts } from "../core/shopFacts";
import { planDiagnosisSheet } from "../core/diagnosisText";
import { COMPETITORS_INPUT, readCompetitors } from "../core/competition/competitors";
import { competitionWatch } from "../core/competition/watch";
import { wordSheet } from "../core/sheetDescription";
import { tableOfKind } from "../core/import/kinds";
import type { Problem } from "../core/problems";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { dailyFigures } from "../core/storeMetricLookup";
import { planOutputSheet, protectedTargets } from "../core/workbookPlan";
import { fromDateSerial, isoDay } from "../core/excelDate";
import { writeSheet } from "../excel/sheetWriter";
import type { WorkbookSession } from "../excel/host";
import type { WorkbookOutline } from "../excel/layoutMemory";
import type { InputsRead } from "../excel/inputs";
import { readInputs } from "../excel/inputs";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableColumns } from "../excel/tableColumns";
import { ATTRIBUTION_PROPERTY, queueTableSheetMark } from "../excel/sheetMarks";
import { queueAdAnalysis } from "../excel/adAnalysisBack";
import { queueStoreMetrics, writeOutputSheet } from "../excel/workbook";
import type { Language } from "../core/language";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage } from "./outcome";
// The words this command says load with it, not with the pane's page.

/** The mark on the sheet this command owns. */
export const DIAGNOSIS_OWNER = "diagnosis";

const WANTS = { settings: SETTINGS_INPUT, competitors: { ...COMPETITORS_INPUT, optional: true } } as const;
const ORDERS = tableOfKind("qianniuOrders");
const PRODUCTS = tableOfKind("sycmProducts");
const ADS = tableOfKind("adReport");

type Read = InputsRead<
  typeof WANTS,
  {
    metrics: ReturnType<typeof dailyFigures>;
    orders: TableShape | null;
    products: TableShape | null;
    profit: TableShape | null;
    attribution: string | null;
    ads: { lines: TableShape[]; period: string | null };
  }
>;

/** The settings the rules judge by. */
const DIAGNOSIS_SETTINGS = ["breakEvenRoi", "adSpendThreshold", "leadTimeDays", "safetyDays"] as const;

/** What rules lack when the operator has not used a feature that is theirs to use: not counted as missing data. */
const OPTIONAL_SHEETS: ReadonlySet<Sample> = new Set<Sample>([
  "competitorTable",
  "profitTable",
  "layoutTable",
  "layoutStock",
  "adAnalysisTable",
  "refundTable",
  // The market's parts are the operator's to import: their absence is not missing shop data.
  "marketTable",
  "marketTrend",
  "marketCalibration",
  "marketStoreMetrics",
  "priceBands",
  "bandShares",
  "orderLines",
  "crowdPortraits",
  "searchTerms",
  "productTitles",
]);

/** The add-in's own sheets as read back with the first read: the Profit sheet's days and products, the Products sheet. */
function sheetsBack(extra: {
  profit: TableShape | null;
  profitProducts: TableShape | null;
  layout: TableShape | null;
  refundCohorts: TableShape | null;
  refundProducts: TableShape | null;
  refundReasons: TableShape | null;
  refundWeek: string | null;
  market: TableShape | null;
  marketJudged: string | null;
}) {
  const rows = (shape: TableShape) => [shape.headers, ...shape.values];
  return {
    profit: extra.profit ? profitDaysBack(rows(extra.profit)) : null,
    profitProducts: extra.profitProducts ? profitProductsBack(rows(extra.profitProducts)) : null,
    // A few hundred products at most, read whole with the first read's rows.
    layout: extra.layout ? productLayoutBack(rows(extra.layout)) : null,
    // Payment days and products with 20 orders or more: their first rows hold them.
    refunds: extra.refundCohorts
      ? refundsBack(
          rows(extra.refundCohorts),
          extra.refundProducts ? rows(extra.refundProducts) : [],
          extra.refundReasons ? rows(extra.refundReasons) : [],
          extra.refundWeek
        )
      : null,
    // A handful of findings: the first rows hold them.
    market: extra.market ? marketBack(rows(extra.market), extra.marketJudged) : null,
  };
}

/**
 * Queued with the inputs: Store Metrics, the reports' shapes and first rows, and the add-in's own sheets' tables
 * (a few hundred rows at most, read whole here), with the marks the ad report and Ad Analysis keep.
 */
function queueSheets(ctx: WorkbookSession, outline: WorkbookOutline) {
  const metrics = queueStoreMetrics(ctx, outline);
  const find = (name: string) => outline.tables.find((n) => n.toLowerCase() === name.toLowerCase());
  const [orders, products, profit, profitProducts, layout, refundCohorts, refundProducts, refundReasons] = [
    find(ORDERS),
    find(PRODUCTS),
    find(PROFIT_OUTPUT.daysTable),
    find(PROFIT_OUTPUT.productsTable),
    find(LAYOUT_OUTPUT.tableName),
    find(REFUNDS_OUTPUT.cohortsTable),
    find(REFUNDS_OUTPUT.productsTable),
    find(REFUNDS_OUTPUT.reasonsTable),
  ].map((name) => (name ? queueTableShape(ctx, name) : null));
  const cohortsName = find(REFUNDS_OUTPUT.cohortsTable);
  const refundWeek = cohortsName ? queueTableSheetMark(ctx, cohortsName, REFUNDS_OUTPUT.weekProperty) : null;
  const marketName = find(MARKET_OUTPUT.findingsTable);
  const market = marketName ? queueTableShape(ctx, marketName) : null;
  const marketJudged = marketName ? queueTableSheetMark(ctx, marketName, MARKET_OUTPUT.judgedProperty) : null;
  const ads = find(ADS),
    attribution = ads ? queueTableSheetMark(ctx, ads, ATTRIBUTION_PROPERTY) : null;
  const adAnalysis = queueAdAnalysis(ctx, outline);
  return () => ({
    metrics: dailyFigures(metrics()),
    orders: orders?.() ?? null,
    products: products?.() ?? null,
    profit: profit?.() ?? null,
    profitProducts: profitProducts?.() ?? null,
    layout: layout?.() ?? null,
    refundCohorts: refundCohorts?.() ?? null,
    refundProducts: refundProducts?.() ?? null,
    refundReasons: refundReasons?.() ?? null,
    refundWeek: refundWeek?.() ?? null,
    market: market?.() ?? null,
    marketJudged: marketJudged?.() ?? null,
    attribution: attribution?.() ?? null,
    ads: adAnalysis(),
  });
}

async function readDiagnosis(
  context: WorkbookSession,
  language: Language,
  staged: readonly StagedFacts[] = []
): Promise<{ read: Read; diagnosis: Diagnosis | null; problems: Problem[]; warnings: readonly Problem[] }> {
  const read = await readInputs(context, WANTS, language, queueSheets);
  const { metrics } = read.extra;
  // A table an import has just filled, still as it left it: its facts are the ones gathered, and it is not read.
  const fresh = (shape: TableShape | null) =>
    shape
      ? staged.find((s) => s.table.toLowerCase() === shape.name.toLowerCase() && s.rows === shape.rowCount)
      : undefined;
  const [stagedOrders, stagedProducts] = [fresh(read.extra.orders)?.orders, fresh(read.extra.products)?.products];
  const orders = stagedOrders ? null : read.extra.orders;
  const products = stagedProducts ? null : read.extra.products;
  const settings = readSettings(read.inputs.ok ? read.inputs.data.settings : null, DIAGNOSIS_SETTINGS);
  const problems = [...(read.inputs.ok ? [] : read.inputs.problems), ...settings.problems];
  if (!metrics || metrics.size === 0) {
    problems.push({ code: "noStoreMetrics", sheet: "", address: "", value: "", field: STORE_METRICS.tableName });
  }
  if (problems.length > 0 || !metrics) return { read, diagnosis: null, problems, warnings: [] };
  const { competition, warnings } = competitionOf(read, language, metrics);

  const orderAt = orders ? orderColumns(orders.headers) : null;
  const productAt = products ? productColumns(products.headers) : null;
  const requests = [
    ...(orders && orderAt ? [{ shape: orders, columns: orderAt }] : []),
    ...(products && productAt ? [{ shape: products, columns: productAt.filter((i) => i >= 0) }] : []),
    // Ad Analysis' lines whole: thousands of words can run past the first rows.
    ...read.extra.ads.lines.map((shape) => ({ shape, columns: shape.headers.map((_, i) => i) })),
  ];
  const { columns } = await readTableColumns(context, requests);
  const ads = adsBack(read.extra.ads, columns.splice(requests.length - read.extra.ads.lines.length));
  const orderValues = orders && orderAt ? columns.shift() : undefined;
  const productRead = products && productAt ? columns.shift() : undefined;
  // Put the product columns back in productColumns' order, absent ones empty.
  let k = 0;
  const productValues =
    productRead && productAt ? productAt.map((i) => (i >= 0 ? (productRead[k++] ?? []) : [])) : undefined;

  const diagnosis = diagnose({
    days: metrics,
    orders: stagedOrders ?? (orderValues ? orderFacts(orderValues) : null),
    products: stagedProducts ?? (productValues ? productFacts(productValues) : null),
    breakEvenRoi: settings.settings.breakEvenRoi,
    adSpendThreshold: settings.settings.adSpendThreshold,
    attributionDays: read.extra.attribution === null ? null : Number(read.extra.attribution) || null,
    competition,
    ...sheetsBack(read.extra),
    ads,
    leadPlusSafety: settings.settings.leadTimeDays + settings.settings.safetyDays,
  });
  return { read, diagnosis, problems, warnings };
}

/** The Ad Analysis sheet back: its tables' rows put together from their columns, read whole. */
function adsBack(read: { lines: readonly TableShape[]; period: string | null }, columns: CellValue[][][]) {
  const tables = read.lines.map((shape, i) => {
    const byColumn = columns[i] ?? [];
    const rows = Array.from({ length: byColumn[0]?.length ?? 0 }, (_, r) => byColumn.map((c) => c[r]));
    return [shape.headers, ...rows];
  });
  return adAnalysisBack(read.period, tables);
}

/**
 * The competition watch, where there is competition data. Data with a mistake does not stop the other rules: its
 * problems are said, and its rules lack data.
 */
function competitionOf(read: Read, language: Language, metrics: NonNullable<Read["extra"]["metrics"]>) {
  const block = read.inputs.ok ? read.inputs.data.competitors : null;
  const competitors = block ? readCompetitors(block, language) : null;
  return {
    competition: competitors?.ok ? competitionWatch(competitors.data.days, metrics) : null,
    warnings: competitors && !competitors.ok ? competitors.problems : [],
  };
}

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("diagnosis.failed"), ...detailsWithProblems([], problems, t) };
}

export function diagnoseStoreData(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const { read, diagnosis, problems, warnings } = await readDiagnosis(context, language);
      if (!diagnosis) return failed(t, problems);

      const inSheets = inWorkbookLanguage(read.outline, language);
      const plan = planOutputSheet(
        DIAGNOSIS_OWNER,
        DIAGNOSIS_OUTPUT.sheetName[inSheets.language],
        read.workbook.sheets,
        Object.values(DIAGNOSIS_OUTPUT.sheetName)
      );
      const locked = protectedTargets(read.workbook.sheets, [plan.replaces?.name]);
      if (locked.length > 0) return failed(t, locked);
      const otherTables = read.workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name);
      const latest = isoDay(fromDateSerial(diagnosis.latest));
      const sheet = wordSheet(planDiagnosisSheet(diagnosis, inSheets.language, otherTables), inSheets.words);
      await writeOutputSheet(
        context,
        plan,
        DIAGNOSIS_OWNER,
        read.outline.sheets.map((s) => s.name),
        (target) => writeSheet(context, target, sheet)
      );

      // A shop that does not watch competitors, calculate profit or review products is not told each time: Checks
      // still lists them.
      const lacking = diagnosis.checks.filter(
        (c) => c.outcome === "notEnoughData" && !OPTIONAL_SHEETS.has(c.need)
      ).length;
      return {
        ok: true,
        message: t(diagnosis.findings.length > 0 ? "diagnosis.done" : "diagnosis.doneNone", {
          count: diagnosis.findings.length,
          sheet: plan.sheetName,
          latest,
        }),
        ...detailsWithProblems(
          [
            ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
            ...(lacking > 0 ? [t("diagnosis.lacking", { count: lacking })] : []),
            ...diagnosis.checks.flatMap((c) =>
              c.outcome === "waiting"
                ? [t("diagnosis.waiting", { until: isoDay(fromDateSerial(c.until)), window: c.window })]
                : []
            ),
          ],
          warnings,
          t
        ),
      };
    },
    ["storeData"]
  );
}

/**
 * How many findings the store's data gives now, without writing anything: what the pane says after an import.
 * Null when there is nothing to diagnose yet, or the count could not be made: the import itself has succeeded,
 * and the Diagnose button gives the full sentence of what is wrong.
 */
export async function countFindings(
  env: CommandEnvironment,
  staged: readonly StagedFacts[] = []
): Promise<number | null> {
  const language = env.language();
  try {
    const found = await env.host.run((context) => readDiagnosis(context, language, staged));
    return found.diagnosis?.findings.length ?? null;
  } catch {
    return null;
  }
}
