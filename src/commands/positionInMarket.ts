/**
 * "Position in market": Sycm's market trend, ranking, crowd portraits and search ranking, the Price Bands input, our
 * order lines' prices, our product titles, Store Metrics and the competition watch's kept curves → the Market sheet
 * (growth against the category, where we stand, price bands, who buys, what is searched, and what to do about it).
 * One read of the inputs and the tables' shapes and first rows, one more for rows beyond them, then one write.
 * Read → core → write.
 */
import { MARKET_OUTPUT, PRICE_BANDS } from "../core/contract";
import { cellAddress } from "../core/cellAddress";
import { fromDateSerial, isoDay } from "../core/excelDate";
import { KIND_FIELDS } from "../core/import/fields";
import { tableOfKind } from "../core/import/kinds";
import type { Language } from "../core/language";
import { overfullShares } from "../core/market/crowd";
import { crowdRows, marketTrend, rankingCategoryColumn, rankingRows, searchTerms } from "../core/market/facts";
import { planMarketSheet } from "../core/market/marketSheet";
import type { MarketFacts } from "../core/market/position";
import { marketPosition } from "../core/market/position";
import { PRICE_BAND_FIELDS, readPriceBands } from "../core/market/priceBands";
import { ofOurCategory } from "../core/market/ranking";
import { indexOfName } from "../core/names";
import type { Problem } from "../core/problems";
import { problemAt } from "../core/problems";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { dailyFigures } from "../core/storeMetricLookup";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableRows } from "../excel/tableColumns";
import { queueStoreMetrics } from "../excel/workbook";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";
import { writeOwnSheet } from "./outputSheet";
import { keptCurves, queueKeptCurves } from "./watchCompetitors";

/** The mark on the sheet this command owns. */
export const MARKET_OWNER = "marketPosition";

const KINDS = ["sycmCrowd", "sycmSearch", "sycmMarket", "sycmRanking", "sycmProducts", "qianniuOrderItems"] as const;
type Kind = (typeof KINDS)[number];
/** The tables whose presence gives the command something to position. */
const MARKET_KINDS: readonly Kind[] = ["sycmCrowd", "sycmSearch", "sycmMarket", "sycmRanking"];

const WANTS = {
  settings: SETTINGS_INPUT,
  bands: { definition: PRICE_BANDS, fields: PRICE_BAND_FIELDS, optional: true },
} as const;

/** The columns each table is read by: every field the market analysis knows; names, prices and units of the others. */
function columnsOf(kind: Kind, headers: readonly string[]): number[] {
  const fields =
    kind === "sycmProducts"
      ? { name: KIND_FIELDS.sycmProducts.productName ?? [] }
      : kind === "qianniuOrderItems"
        ? { price: KIND_FIELDS.qianniuOrderItems.price ?? [], units: KIND_FIELDS.qianniuOrderItems.quantity ?? [] }
        : KIND_FIELDS[kind];
  return Object.values(fields)
    .map((names) => indexOfName(headers, [...names]))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
}

async function readMarket(context: WorkbookSession, language: Language) {
  const read = await readInputs(context, WANTS, language, (ctx, outline) => {
    const queued = KINDS.map((kind) => {
      const name = outline.tables.find((n) => n.toLowerCase() === tableOfKind(kind).toLowerCase());
      return [kind, name ? queueTableShape(ctx, name) : null] as const;
    });
    const metrics = queueStoreMetrics(ctx, outline);
    const curves = queueKeptCurves(ctx, outline);
    return () => ({
      shapes: new Map(queued.flatMap(([kind, q]) => (q?.() ? [[kind, q() as TableShape] as const] : []))),
      figures: dailyFigures(metrics()),
      curves: curves(),
    });
  });
  const present = KINDS.flatMap((kind) => {
    const shape: TableShape | undefined = read.extra.shapes.get(kind);
    return shape ? [{ kind, shape, columns: columnsOf(kind, shape.headers) }] : [];
  });
  const { rows } = await readTableRows(context, present);
  const tables = new Map(present.map((p, i) => [p.kind, { ...p.shape, rows: rows[i] ?? [] }] as const));
  return { read, tables };
}

type Read = Awaited<ReturnType<typeof readMarket>>;
type Tables = Read["tables"];
type Table = NonNullable<ReturnType<Tables["get"]>>;

const cellOf = (table: Table, at: number, column: number) => ({
  sheet: table.sheet,
  address: column < 0 ? "" : cellAddress(table.firstRow + at, table.firstColumn + column),
  field: table.headers[column] ?? "",
});

/** Portraits whose shares add up past 100 % within a dimension: a problem at the last such row's share cell. */
function crowdProblems(table: Table, crowd: ReturnType<typeof crowdRows>): Problem[] {
  const overfull = overfullShares(crowd.rows).map((o) => {
    const row = crowd.rows[o.last];
    return problemAt(
      { code: "sharesOverfull", facts: { total: `${(o.total * 100).toFixed(2)}%`, dimension: o.dimension } },
      {
        ...cellOf(table, row?.at ?? 0, row ? crowd.shareColumn : -1),
        value: row ? `${(row.share * 100).toFixed(2)}%` : "",
      }
    );
  });
  // A portrait of another day than the category's: TGI would set two days' shares against each other.
  const otherDays = crowd.otherDays.map((o) =>
    problemAt(
      {
        code: "portraitOtherDay",
        facts: { day: isoDay(fromDateSerial(o.day)), named: isoDay(fromDateSerial(crowd.day ?? o.day)) },
      },
      { ...cellOf(table, o.at, crowd.dateColumn), value: isoDay(fromDateSerial(o.day)) }
    )
  );
  return [...overfull, ...otherDays];
}

/** The ranking's rows of our category; a ranking of another category only is a problem at its category cell. */
function rankingOfOurCategory(table: Table, category: string | null) {
  const ours = ofOurCategory(rankingRows(table.headers, table.rows), category);
  if (!("other" in ours)) return { rows: ours.rows };
  const problem = problemAt(
    { code: "rankingOtherCategory", facts: { category: category ?? "" } },
    { ...cellOf(table, ours.other.at, rankingCategoryColumn(table.headers)), value: ours.other.category }
  );
  return { problem };
}

/** What the tables and inputs hold, as the market core takes it; or the problems that stop the command. */
function marketFacts(read: Read["read"], tables: Tables): { facts: MarketFacts } | { problems: readonly Problem[] } {
  if (!read.inputs.ok) return { problems: read.inputs.problems };
  const { settings: settingsBlock, bands: bandsBlock } = read.inputs.data;
  const { settings, problems: settingProblems } = readSettings(settingsBlock, ["shop", "category"]);
  const kept = keptCurves(read.workbook, read.extra.curves);
  const [tradeFit, uvFit] = [kept.tradeIndex ?? null, kept.uvIndex ?? null];
  const bands = bandsBlock ? readPriceBands(bandsBlock, tradeFit) : null;
  const crowdTable = tables.get("sycmCrowd");
  // The portraits read once: checked here, positioned below.
  const crowd = crowdTable ? crowdRows(crowdTable.headers, crowdTable.rows) : null;
  const problems = [
    ...settingProblems,
    ...(bands?.problems ?? []),
    ...(crowdTable && crowd ? crowdProblems(crowdTable, crowd) : []),
  ];
  const trendTable = tables.get("sycmMarket");
  const trend = trendTable ? marketTrend(trendTable.headers, trendTable.rows, settings.category) : null;
  const rankingTable = tables.get("sycmRanking");
  const ranked = rankingTable ? rankingOfOurCategory(rankingTable, settings.category ?? trend?.category ?? null) : null;
  if (ranked && "problem" in ranked) problems.push(ranked.problem);
  const ranking = ranked && "rows" in ranked ? ranked.rows : null;
  if (problems.length > 0) return { problems };
  const products = tables.get("sycmProducts");
  const nameAt = products ? indexOfName(products.headers, [...(KIND_FIELDS.sycmProducts.productName ?? [])]) : -1;
  const items = tables.get("qianniuOrderItems");
  const [priceAt, unitsAt] = items
    ? [KIND_FIELDS.qianniuOrderItems.price, KIND_FIELDS.qianniuOrderItems.quantity].map((n) =>
        indexOfName(items.headers, [...(n ?? [])])
      )
    : [-1, -1];
  const searchTable = tables.get("sycmSearch");
  return {
    facts: {
      figures: read.extra.figures,
      tradeFit,
      uvFit,
      shop: settings.shop,
      trend,
      ranking,
      bands,
      // A line without a price or a unit sold is left out: it sits in no band.
      lines: items
        ? items.rows.flatMap((r) => {
            const [price, units] = [r[priceAt ?? -1], r[unitsAt ?? -1]];
            return typeof price === "number" && typeof units === "number" && units > 0 ? [{ price, units }] : [];
          })
        : null,
      crowd: crowd ? { day: crowd.day, rows: crowd.rows } : null,
      search: searchTable ? searchTerms(searchTable.headers, searchTable.rows) : null,
      // Without the product report our titles are not known, and no term is said to be missing from them.
      titles: products && nameAt >= 0 ? [...new Set(products.rows.map((r) => String(r[nameAt] ?? "")))] : null,
    },
  };
}

const failed = (t: Translate, problems: readonly Problem[], message = t("market.failed")): Outcome => ({
  ok: false,
  message,
  ...detailsWithProblems([], problems, t),
});

export function positionInMarket(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const { read, tables } = await readMarket(context, language);
      if (!read.inputs.ok) return failed(t, read.inputs.problems);
      if (!MARKET_KINDS.some((k) => tables.has(k)) && !read.inputs.data.bands)
        return failed(t, [], t("market.nothing"));
      const facts = marketFacts(read, tables);
      if ("problems" in facts) return failed(t, facts.problems);
      const position = marketPosition(facts.facts);
      const written = await writeOwnSheet(context, read, language, {
        owner: MARKET_OWNER,
        names: MARKET_OUTPUT.sheetName,
        plan: (inSheet, taken) => planMarketSheet(position, inSheet, taken),
      });
      if (!written.ok) return failed(t, written.problems);
      const { plan } = written;
      return {
        ok: true,
        message: t("market.done", { sheet: plan.sheetName, findings: position.findings.length }),
        details: plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : [],
      };
    },
    ["storeData"]
  );
}
