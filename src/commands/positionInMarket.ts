/**
 * "Position in market": Sycm's crowd portraits and search ranking, with our product titles from the product report
 * → the Market sheet (who buys against the category, which searched terms have room and which our titles lack).
 * One read of the tables' shapes and first rows, one more for rows beyond them, then one write. Read → core → write.
 */
import { MARKET_OUTPUT } from "../core/contract";
import { KIND_FIELDS } from "../core/import/fields";
import { tableOfKind } from "../core/import/kinds";
import type { Language } from "../core/language";
import { crowdPositions, overfullShares } from "../core/market/crowd";
import { cellAddress } from "../core/cellAddress";
import { problemAt } from "../core/problems";
import { crowdRows, searchTerms } from "../core/market/facts";
import type { MarketPosition } from "../core/market/marketSheet";
import { planMarketSheet } from "../core/market/marketSheet";
import { risingTerms, searchOpportunities } from "../core/market/search";
import { indexOfName } from "../core/names";
import type { Problem } from "../core/problems";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableRows } from "../excel/tableColumns";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";
import { writeOwnSheet } from "./outputSheet";

/** The mark on the sheet this command owns. */
export const MARKET_OWNER = "marketPosition";

const KINDS = ["sycmCrowd", "sycmSearch", "sycmProducts"] as const;
type Kind = (typeof KINDS)[number];

/** The columns each table is read by: every field the market analysis knows, the product report's names only. */
function columnsOf(kind: Kind, headers: readonly string[]): number[] {
  const fields = kind === "sycmProducts" ? { name: KIND_FIELDS.sycmProducts.productName ?? [] } : KIND_FIELDS[kind];
  return Object.values(fields)
    .map((names) => indexOfName(headers, [...names]))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
}

async function readMarket(context: WorkbookSession, language: Language) {
  const read = await readInputs(context, {}, language, (ctx, outline) => {
    const queued = KINDS.map((kind) => {
      const name = outline.tables.find((n) => n.toLowerCase() === tableOfKind(kind).toLowerCase());
      return [kind, name ? queueTableShape(ctx, name) : null] as const;
    });
    return () => new Map(queued.flatMap(([kind, q]) => (q?.() ? [[kind, q() as TableShape] as const] : [])));
  });
  const present = KINDS.flatMap((kind) => {
    const shape: TableShape | undefined = read.extra.get(kind);
    return shape ? [{ kind, shape, columns: columnsOf(kind, shape.headers) }] : [];
  });
  const { rows } = await readTableRows(context, present);
  const tables = new Map(
    present.map(
      (p, i) =>
        [
          p.kind,
          {
            headers: p.shape.headers,
            rows: rows[i] ?? [],
            sheet: p.shape.sheet,
            firstRow: p.shape.firstRow,
            firstColumn: p.shape.firstColumn,
          },
        ] as const
    )
  );
  return { read, tables };
}

type Tables = Awaited<ReturnType<typeof readMarket>>["tables"];

/** Portraits whose shares add up past 100 % within a dimension: a problem at the last such row's share cell. */
function overfull(tables: Tables): Problem[] {
  const table = tables.get("sycmCrowd");
  if (!table) return [];
  const { rows, shareColumn } = crowdRows(table.headers, table.rows);
  return overfullShares(rows).map((o) => {
    const row = rows[o.last];
    return problemAt(
      { code: "sharesOverfull", facts: { total: `${(o.total * 100).toFixed(2)}%`, dimension: o.dimension } },
      {
        sheet: table.sheet,
        address: row ? cellAddress(table.firstRow + row.at, table.firstColumn + shareColumn) : "",
        value: row ? `${(row.share * 100).toFixed(2)}%` : "",
        field: table.headers[shareColumn] ?? "",
      }
    );
  });
}

/** The position from the tables present: the crowd's and the search's parts, each null without its table. */
function positionOf(tables: Tables): MarketPosition {
  const crowdTable = tables.get("sycmCrowd");
  const searchTable = tables.get("sycmSearch");
  const products = tables.get("sycmProducts");
  const nameAt = products ? indexOfName(products.headers, [...(KIND_FIELDS.sycmProducts.productName ?? [])]) : -1;
  // Without the product report our titles are not known, and no term is said to be missing from them.
  const titles = products && nameAt >= 0 ? [...new Set(products.rows.map((r) => String(r[nameAt] ?? "")))] : null;
  const crowd = crowdTable ? crowdRows(crowdTable.headers, crowdTable.rows) : null;
  const search = searchTable ? searchTerms(searchTable.headers, searchTable.rows) : null;
  return {
    crowd: crowd ? { day: crowd.day, dimensions: crowdPositions(crowd.rows) } : null,
    search: search
      ? { day: search.day, opportunities: searchOpportunities(search.terms, titles), rising: risingTerms(search.terms) }
      : null,
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
      if (!tables.has("sycmCrowd") && !tables.has("sycmSearch")) return failed(t, [], t("market.nothing"));
      const problems = overfull(tables);
      if (problems.length > 0) return failed(t, problems);
      const position = positionOf(tables);
      const written = await writeOwnSheet(context, read, language, {
        owner: MARKET_OWNER,
        names: MARKET_OUTPUT.sheetName,
        plan: () => planMarketSheet(position),
      });
      if (!written.ok) return failed(t, written.problems);
      const { plan } = written;
      return {
        ok: true,
        message: t("market.done", { sheet: plan.sheetName }),
        details: plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : [],
      };
    },
    ["storeData"]
  );
}
