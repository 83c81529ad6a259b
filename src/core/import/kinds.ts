/**
 * The exports the importer recognises by their headers, where each goes, and which columns identify a row so that
 * importing the same file twice adds nothing.
 */
import type { Spellings } from "../language";
import { LANGUAGES, WORKBOOK_WORDS as W, sameInEvery } from "../language";
import { excelPrecision } from "../cellValues";
import { indexOfName } from "../names";
import type { ExportKind } from "./fields";
import { COMPETITION_INDEX_FIELDS, KIND_FIELDS } from "./fields";
import { EXPORT_KIND_NAMES } from "./kindNames";
import { needsTextGuard } from "./normalize";

export type { ExportKind };

export interface ExportKindDefinition {
  readonly kind: ExportKind;
  readonly label: Spellings;
  readonly sheetName: Spellings;
  readonly tableName: string;
  /**
   * What each column means, by field: every spelling the export has used for it across layouts, years and the
   * indicators an operator picks. A file whose headers differ from its table's is merged field by field.
   */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Fields that must all be present for a file to be this kind. */
  readonly requires: readonly string[];
  /** Fields of which at least one must be present as well. */
  readonly requiresAny?: readonly string[];
  /** Fields whose values together identify a row; empty: the whole row. */
  readonly key: readonly string[];
  /**
   * Key fields of which only the first the file has identifies a row: two names for one thing, where one list
   * gives both and another (or the operator's typed row) only one.
   */
  readonly keyFirstOf?: readonly string[];
}

/** An input's field spellings with its own column names in every language added. */
function withInputNames(
  fields: Readonly<Record<string, readonly string[]>>,
  columns: Readonly<Record<string, Spellings>>
): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, spellings]) => {
      const own = columns[field];
      return [field, own ? [...new Set([...LANGUAGES.map((l) => own[l]), ...spellings])] : spellings];
    })
  );
}

/** Most specific first: the first whose required fields are all present wins. */
export const EXPORT_KINDS: readonly ExportKindDefinition[] = [
  {
    // Before the competition pages: a search ranking has 搜索人气 too, but a term where they have a subject.
    kind: "sycmSearch",
    ...EXPORT_KIND_NAMES.sycmSearch,
    fields: KIND_FIELDS.sycmSearch,
    requires: ["term", "popularity"],
    key: ["date", "term"],
  },
  {
    kind: "sycmCrowd",
    ...EXPORT_KIND_NAMES.sycmCrowd,
    fields: KIND_FIELDS.sycmCrowd,
    requires: ["role", "dimension", "label", "share"],
    key: ["date", "role", "dimension", "label"],
  },
  {
    // Before the competition pages, whose subjects and indices it has: a rank makes a row a ranking's.
    kind: "sycmRanking",
    ...EXPORT_KIND_NAMES.sycmRanking,
    fields: KIND_FIELDS.sycmRanking,
    requires: ["rank", "tradeIndex"],
    requiresAny: ["shop", "item", "itemId"],
    key: ["date", "category", "shop", "item", "itemId"],
  },
  {
    // Long form; the 竞品分析 wide form is turned into it first (competitionWide.ts). The rows go to the Competitors
    // input, where operators also paste what they copy from the pages.
    kind: "sycmCompetition",
    ...EXPORT_KIND_NAMES.sycmCompetition,
    fields: KIND_FIELDS.sycmCompetition,
    requires: ["date", "subject"],
    requiresAny: COMPETITION_INDEX_FIELDS,
    key: ["date", "subject"],
  },
  {
    // After the competition pages: a day's indices with no subject are the category's own.
    kind: "sycmMarket",
    ...EXPORT_KIND_NAMES.sycmMarket,
    fields: KIND_FIELDS.sycmMarket,
    requires: ["date", "tradeIndex"],
    key: ["date", "category"],
  },
  {
    // Pasted from the page, its rows go to the Price Bands input, whose own headers are spellings too.
    kind: "priceBands",
    ...EXPORT_KIND_NAMES.priceBands,
    fields: withInputNames(KIND_FIELDS.priceBands, W.priceBands.columns),
    requires: ["band"],
    requiresAny: ["unitShare", "buyerShare", "tradeIndex"],
    // A newer copy of the page updates a band's figures in place.
    key: ["band"],
  },
  {
    kind: "alipayStatement",
    ...EXPORT_KIND_NAMES.alipayStatement,
    fields: KIND_FIELDS.alipayStatement,
    requires: ["serial", "income", "expense"],
    key: ["serial"],
  },
  {
    kind: "qianniuRefunds",
    ...EXPORT_KIND_NAMES.qianniuRefunds,
    fields: KIND_FIELDS.qianniuRefunds,
    requires: ["refundId", "orderId", "amount"],
    key: ["refundId"],
  },
  {
    kind: "qianniuOrders",
    ...EXPORT_KIND_NAMES.qianniuOrders,
    fields: KIND_FIELDS.qianniuOrders,
    requires: ["orderId", "buyer", "paid"],
    key: ["orderId"],
  },
  {
    kind: "qianniuOrderItems",
    ...EXPORT_KIND_NAMES.qianniuOrderItems,
    fields: KIND_FIELDS.qianniuOrderItems,
    requires: ["orderId", "title", "price", "quantity"],
    key: ["orderId", "title", "attributes", "bundle", "sku"],
  },
  {
    // Before the product report, whose columns they carry too: a word or a crowd column makes them theirs.
    kind: "adKeywords",
    ...EXPORT_KIND_NAMES.adKeywords,
    fields: KIND_FIELDS.adKeywords,
    requires: ["date", "spend", "clicks", "word"],
    key: ["date", "sceneId", "scene", "planId", "planName", "unitId", "itemId", "wordId", "word"],
  },
  {
    kind: "adCrowds",
    ...EXPORT_KIND_NAMES.adCrowds,
    fields: KIND_FIELDS.adCrowds,
    requires: ["date", "spend", "clicks", "crowd"],
    key: ["date", "sceneId", "scene", "planId", "planName", "unitId", "itemId", "crowdId", "crowd"],
  },
  {
    kind: "adReport",
    ...EXPORT_KIND_NAMES.adReport,
    fields: KIND_FIELDS.adReport,
    requires: ["date", "spend", "impressions", "clicks"],
    // 万相台无界 writes several rows per item a day, one per scene and plan.
    key: ["date", "scene", "planId", "planName", "unitId", "itemId"],
  },
  {
    kind: "sycmTraffic",
    ...EXPORT_KIND_NAMES.sycmTraffic,
    fields: KIND_FIELDS.sycmTraffic,
    requires: ["source", "visitors"],
    key: ["date", "source", "detail"],
  },
  {
    kind: "sycmProducts",
    ...EXPORT_KIND_NAMES.sycmProducts,
    fields: KIND_FIELDS.sycmProducts,
    requires: ["productId", "visitors"],
    key: ["date", "productId"],
  },
  {
    kind: "sycmOverview",
    ...EXPORT_KIND_NAMES.sycmOverview,
    fields: KIND_FIELDS.sycmOverview,
    requires: ["date", "visitors", "gmv"],
    key: ["date"],
  },
  {
    // Last: a goods list has no visitors or orders, so anything more specific is tried first. Its rows go to the
    // Stock input, whose own headers (either language) are spellings too, so a list merges into a typed table.
    kind: "stockList",
    ...EXPORT_KIND_NAMES.stockList,
    fields: withInputNames(KIND_FIELDS.stockList, W.stock.columns),
    requires: ["units"],
    requiresAny: ["productId", "code"],
    // A newer list updates a product's units in place: the input holds one row per product (by its ID where the
    // list gives one, else its code) and SKU.
    key: ["productId", "code", "sku"],
    keyFirstOf: ["productId", "code"],
  },
];

export const GENERIC_KIND: Omit<ExportKindDefinition, "sheetName" | "tableName"> = {
  kind: "generic",
  label: W.exportKinds.generic.label,
  fields: {},
  requires: [],
  key: [],
};

/** The table a kind's rows go to. */
export function tableOfKind(kind: ExportKind): string {
  return EXPORT_KINDS.find((k) => k.kind === kind)?.tableName ?? kind;
}

/** Where a field's column stands among the headers, by any of its spellings; -1 when it is not there. */
export function fieldColumn(
  kind: Pick<ExportKindDefinition, "fields">,
  headers: readonly string[],
  field: string
): number {
  return indexOfName(headers, kind.fields[field] ?? []);
}

/** The fields a header means: one, or none for a column the kind does not know (two is the kind's own mistake). */
export function fieldsOf(kind: Pick<ExportKindDefinition, "fields">, header: string): string[] {
  return Object.entries(kind.fields).flatMap(([field, spellings]) =>
    indexOfName([header], spellings) === 0 ? [field] : []
  );
}

export interface RecognisedExport {
  readonly definition: ExportKindDefinition;
  /** Column indexes of the key; empty means the whole row. */
  readonly keyColumns: readonly number[];
}

/**
 * The kind of export, from its headers. A table nobody recognises is "generic": it goes to a sheet named after
 * its file, and its whole row is its key.
 */
export function recogniseExport(headers: readonly string[], fileName: string): RecognisedExport {
  for (const definition of EXPORT_KINDS) {
    const has = (field: string) => fieldColumn(definition, headers, field) >= 0;
    if (definition.requires.every(has) && (definition.requiresAny === undefined || definition.requiresAny.some(has))) {
      const first = definition.keyFirstOf?.find(has);
      const key = definition.key.filter((f) => has(f) && (f === first || !definition.keyFirstOf?.includes(f)));
      return { definition, keyColumns: key.map((field) => fieldColumn(definition, headers, field)) };
    }
  }
  const base =
    fileName
      .replace(/\.[^.]*$/, "")
      .replace(/[:\\/?*[\]']/g, " ")
      .trim()
      .slice(0, 31) || "Imported";
  const table = `Import_${base.replace(/[^\p{L}\p{N}_]/gu, "_")}`.slice(0, 250);
  return { definition: { ...GENERIC_KIND, sheetName: sameInEvery(base), tableName: table }, keyColumns: [] };
}

/**
 * What a whole row holds, to tell an unchanged row from an updated one: numbers compared at the 15 significant
 * digits Excel keeps (2.99% arrives as 0.029900000000000003 and is stored as 0.0299).
 */
export function rowSignature(values: readonly (string | number | null)[]): string {
  return rowKey(
    values.map((v) => (typeof v === "number" ? excelPrecision(v) : v)),
    []
  );
}

/**
 * Text as the add-in means it, whatever the cell kept: the apostrophe the add-in writes before text Excel would
 * reinterpret ('600000000001) is Excel's quote prefix in a General cell, but may stay part of the text in a Text
 * (`@`) cell, where the API reference does not say what becomes of it. Matching ignores that apostrophe, so a row
 * matches itself under either behaviour. Text a file itself starts with an apostrophe keeps it ('abc needs no guard).
 */
export function matchingText(text: string): string {
  return text.charCodeAt(0) === 39 /* ' */ && needsTextGuard(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A row's identity for de-duplication: its key columns' values (or all of them), each tagged with its type and
 * separated by a control character no export holds, so that different rows never share a key. Text is compared
 * as `matchingText` gives it, so an id reads the same however Excel stored its guard.
 */
export function rowKey(values: readonly (string | number | null)[], keyColumns: readonly number[]): string {
  const count = keyColumns.length > 0 ? keyColumns.length : values.length;
  const parts = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const v = values[keyColumns.length > 0 ? (keyColumns[i] as number) : i] ?? null;
    parts[i] = v === null ? "\u0000" : typeof v === "number" ? `n${v}` : `s${matchingText(v)}`;
  }
  // One join makes one flat string; appending piece by piece would keep a rope of pieces per row in the key set.
  return parts.join("\u0001");
}
