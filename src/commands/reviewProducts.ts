/**
 * "Review products": Sycm's imported product report, the Stock and Costs inputs and Settings → the Products sheet.
 * Reads the inputs and the report's shape and first rows in one round trip (none more for the layout
 * when remembered), only the columns layout uses beyond them, then writes the sheet. Read → core → write.
 */
import { COSTS, LAYOUT_OUTPUT, PROFIT_OUTPUT, STOCK } from "../core/contract";
import { cellAddress } from "../core/cellAddress";
import { fromDateSerial, isoDay } from "../core/excelDate";
import { EXPORT_KIND_NAMES } from "../core/import/kindNames";
import { tableOfKind } from "../core/import/kinds";
import type { Language } from "../core/language";
import { layoutColumnsOf, productDays, LAYOUT_COLUMNS } from "../core/layout/facts";
import { layoutSummary, planProductsSheet } from "../core/layout/productsSheet";
import type { ProductReview, ProfitsByTitle } from "../core/layout/review";
import { reportSpan, reviewProducts as review } from "../core/layout/review";
import { STOCK_FIELDS, readStock } from "../core/layout/stock";
import type { Tier } from "../core/layout/tiers";
import { TIERS } from "../core/layout/tiers";
import { indexOfName, nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import { problemAt } from "../core/problems";
import { COST_FIELDS, readCosts } from "../core/profit/costs";
import { profitDaysBack, profitProductsBack } from "../core/profit/profitSheet";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableColumns } from "../excel/tableColumns";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, wording } from "./outcome";
import { writeOwnSheet } from "./outputSheet";

/** The mark on the sheet this command owns. */
export const LAYOUT_OWNER = "productLayout";

const REPORT = tableOfKind("sycmProducts");
const WANTS = {
  settings: SETTINGS_INPUT,
  costs: { definition: COSTS, fields: COST_FIELDS, optional: true },
  stock: { definition: STOCK, fields: STOCK_FIELDS, optional: true },
} as const;

/** Days a week's tiers need the report to cover. */
const WEEK = 7;

/** The report's shape and first rows with the inputs, then its columns beyond them. */
async function readReport(context: WorkbookSession, language: Language) {
  const read = await readInputs(context, WANTS, language, (ctx, outline) => {
    const find = (wanted: string) => outline.tables.find((n) => n.toLowerCase() === wanted.toLowerCase());
    // The Profit sheet's two tables (a row a day and a row a product) are read whole with the report's first rows.
    const [shape, profitDays, profitProducts] = [REPORT, PROFIT_OUTPUT.daysTable, PROFIT_OUTPUT.productsTable].map(
      (wanted) => {
        const name = find(wanted);
        return name ? queueTableShape(ctx, name) : null;
      }
    );
    return () => ({
      shape: shape?.() ?? null,
      profits: profitsByTitle(profitDays?.() ?? null, profitProducts?.() ?? null),
    });
  });
  const shape: TableShape | null = read.extra.shape;
  if (!shape) return { read, shape: null, rows: [] as unknown[][], headers: [] as string[] };
  const at = layoutColumnsOf(shape.headers);
  const { columns } = await readTableColumns(context, [{ shape, columns: at }]);
  const values = columns[0] ?? [];
  const rows = Array.from({ length: values[0]?.length ?? 0 }, (_, r) => values.map((column) => column[r]));
  return { read, shape, rows: rows as unknown[][], headers: at.map((c) => shape.headers[c] ?? "") };
}

type Read = Awaited<ReturnType<typeof readReport>>;

/** The Profit sheet's products by title, over the days its days table covers; null without both tables. */
function profitsByTitle(days: TableShape | null, products: TableShape | null): ProfitsByTitle | null {
  if (!days || !products) return null;
  const covered = [...profitDaysBack([days.headers, ...days.values]).keys()];
  const byTitle = new Map(
    profitProductsBack([products.headers, ...products.values]).flatMap((p) =>
      p.profit === null || p.netSales === null ? [] : [[nameKey(p.product), { profit: p.profit, netSales: p.netSales }]]
    )
  );
  if (covered.length === 0 || byTitle.size === 0) return null;
  return { byTitle, from: Math.min(...covered), to: Math.max(...covered) };
}

/** The review and what stops it: inputs with mistakes, no report, a report shorter than a week. */
function reviewOf(
  found: Read,
  language: Language
): { review: ProductReview | null; problems: Problem[]; hasStock: boolean } {
  const { read, shape } = found;
  const inputs = read.inputs.ok ? read.inputs.data : null;
  const settings = readSettings(inputs?.settings ?? null, ["leadTimeDays", "safetyDays"]);
  const stock = inputs?.stock ? readStock(inputs.stock) : { stock: [], problems: [], stopped: false };
  const costs = inputs?.costs ? readCosts(inputs.costs) : { costs: [], problems: [], stopped: false };
  const problems = [...(read.inputs.ok ? [] : read.inputs.problems), ...settings.problems, ...stock.problems];
  const hasStock = Boolean(inputs?.stock);
  if (!shape) {
    const field = EXPORT_KIND_NAMES.sycmProducts.label[language];
    problems.push(problemAt("noProductReport", { sheet: "", address: "", value: "", field }));
    return { review: null, problems, hasStock };
  }
  const days = productDays(found.headers, found.rows as never);
  const span = reportSpan(days);
  const covered = span ? span.latest - span.first + 1 : 0;
  if (covered < WEEK) {
    // Named at the report's first date cell: the column that says which days it holds.
    const column = Math.max(0, indexOfName(found.headers, LAYOUT_COLUMNS.day as unknown as string[]));
    const at = layoutColumnsOf(shape.headers)[column] ?? 0;
    const address = cellAddress(shape.firstRow, shape.firstColumn + at);
    const value = span ? isoDay(fromDateSerial(span.latest)) : "";
    const facts = { days: covered };
    problems.push(problemAt({ code: "productPeriodShort", facts }, { sheet: shape.sheet, address, value, field: "" }));
  }
  if (problems.length > 0) return { review: null, problems, hasStock };
  const idsByCode = new Map(costs.costs.flatMap((c) => (c.productId ? [[c.code, c.productId] as const] : [])));
  // A product's unit cost for every SKU where Costs keeps one, else its first row's.
  const unitCosts = new Map<string, number>();
  for (const c of [...costs.costs].sort((a, b) => Number(a.sku !== null) - Number(b.sku !== null))) {
    for (const key of [c.code, c.productId ?? ""])
      if (key !== "" && !unitCosts.has(key)) unitCosts.set(key, c.unitCost);
  }
  const profits = read.extra.profits;
  const result = review({
    days,
    stock: stock.stock,
    idsByCode,
    costs: unitCosts,
    settings: settings.settings,
    profits,
  });
  return { review: result, problems: [], hasStock };
}

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("layout.failed"), ...detailsWithProblems([], problems, t) };
}

export function reviewProducts(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const found = await readReport(context, language);
      const { review: result, problems, hasStock } = reviewOf(found, language);
      if (!result) return failed(t, problems);
      const written = await writeOwnSheet(context, found.read, language, {
        owner: LAYOUT_OWNER,
        names: LAYOUT_OUTPUT.sheetName,
        plan: (inSheet, taken) => planProductsSheet(result, inSheet, hasStock, taken),
      });
      if (!written.ok) return failed(t, written.problems);
      const { plan } = written;
      const count = (tier: Tier) => result.lines.filter((l) => l.tier === tier).length;
      const tiers = Object.fromEntries(TIERS.map((tier) => [tier, count(tier)]));
      return {
        ok: true,
        message: t("layout.done", {
          from: isoDay(fromDateSerial(result.from)),
          to: isoDay(fromDateSerial(result.to)),
          sheet: plan.sheetName,
          ...tiers,
        }),
        details: [
          ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
          // The sheet's lines on stock-outs and a missing Stock table, said in the pane too.
          ...layoutSummary(result, hasStock)
            .filter((p) => p.key === "layout.stockOutCount" || p.key === "layout.noStock")
            .map(wording(t)),
        ],
      };
    },
    ["storeData"]
  );
}
