/**
 * The market tables as the market analysis reads them: Sycm's crowd portraits (the latest day's) and search terms
 * (the latest day's), their columns found by every spelling the import knows, whose portrait a row is told by its
 * role's words, and each figure read as bounds.
 */
import { KIND_FIELDS } from "../import/fields";
import { indexOfName, nameKey } from "../names";
import type { CrowdRole, CrowdRow } from "./crowd";
import type { Bounds } from "./ranges";
import { figureBounds } from "./ranges";
import type { RankingRow } from "./ranking";
import type { SearchTerm } from "./search";

type Cell = string | number | boolean | null | undefined;

/** The words of a portrait's role: the category's buyers, our visitors, our buyers (Sycm's 人群 page names them so). */
const ROLE_WORDS: readonly (readonly [CrowdRole, readonly string[]])[] = [
  ["market", ["行业客群", "行业", "市场", "industry", "market"]],
  ["visitors", ["本店访客", "访客", "visitors"]],
  ["buyers", ["本店支付", "支付买家", "本店买家", "支付", "buyers"]],
];

const roleOf = (text: string): CrowdRole | null =>
  ROLE_WORDS.find(([, words]) => words.some((w) => nameKey(w) === nameKey(text)))?.[0] ?? null;

const columns = (headers: readonly string[], fields: Readonly<Record<string, readonly string[]>>) =>
  Object.fromEntries(Object.entries(fields).map(([f, names]) => [f, indexOfName(headers, [...names])]));

/**
 * The rows of the latest day in a table (all rows when it has no date column), each with its position in the
 * table (for a problem's cell), and that day.
 */
function latestRows(rows: readonly (readonly Cell[])[], dateAt: number) {
  const all = rows.map((row, at) => ({ row, at }));
  if (dateAt < 0) return { day: null, rows: all };
  const days = rows.map((r) => r[dateAt]).filter((d): d is number => typeof d === "number");
  if (days.length === 0) return { day: null, rows: all };
  const day = Math.max(...days.map(Math.floor));
  return { day, rows: all.filter(({ row }) => typeof row[dateAt] === "number" && Math.floor(row[dateAt]) === day) };
}

/**
 * The portraits of the day they are named for (the category's latest day, or the latest of any), each with its
 * position in the table and the share's column; a row whose role or share cannot be read is left out. A role whose
 * latest portrait is of another day is named in `otherDays` (its first row of that day), for the problem: TGI sets
 * one day's shares against the same day's.
 */
export function crowdRows(headers: readonly string[], rows: readonly (readonly Cell[])[]) {
  const at = columns(headers, KIND_FIELDS.sycmCrowd);
  const dateAt = at.date ?? -1;
  const dayOf = (r: readonly Cell[]) => (typeof r[dateAt] === "number" ? Math.floor(r[dateAt]) : null);
  const read = rows.flatMap((r, position) => {
    const role = roleOf(String(r[at.role ?? -1] ?? ""));
    const share = figureBounds(r[at.share ?? -1]);
    const [dimension, label] = [at.dimension, at.label].map((i) => String(r[i ?? -1] ?? "").trim());
    if (!role || !share || !dimension || !label) return [];
    return [{ role, dimension, label, share: share.low, at: position, day: dayOf(r) }];
  });
  const latestOf = (role: CrowdRole | null) =>
    read.reduce<number | null>(
      (m, r) => ((role === null || r.role === role) && r.day !== null && (m === null || r.day > m) ? r.day : m),
      null
    );
  const named = latestOf("market") ?? latestOf(null);
  const otherDays = (["visitors", "buyers"] as const).flatMap((role) => {
    const day = latestOf(role);
    const first = read.find((r) => r.role === role && r.day === day);
    return day === null || named === null || day === named || !first ? [] : [{ role, day, at: first.at }];
  });
  const kept: (CrowdRow & { readonly at: number })[] = read
    .filter((r) => named === null || r.day === null || r.day === named)
    .map(({ day: _day, ...row }) => row);
  return { day: named, rows: kept, shareColumn: at.share ?? -1, dateColumn: dateAt, otherDays };
}

/** The latest day's search terms, each figure as bounds. */
export function searchTerms(headers: readonly string[], rows: readonly (readonly Cell[])[]) {
  const at = columns(headers, KIND_FIELDS.sycmSearch);
  const latest = latestRows(rows, at.date ?? -1);
  const bounds = (r: readonly Cell[], field: string): Bounds | null => figureBounds(r[at[field] ?? -1]);
  const terms: SearchTerm[] = latest.rows.flatMap(({ row: r }) => {
    const term = String(r[at.term ?? -1] ?? "").trim();
    const popularity = bounds(r, "popularity");
    if (term === "" || !popularity) return [];
    return [
      {
        term,
        popularity,
        growth: bounds(r, "popularityGrowth"),
        conversion: bounds(r, "conversion"),
        listings: bounds(r, "listings"),
      },
    ];
  });
  return { day: latest.day, terms };
}

/** The ranking's rows, every day of them, each with its position in the table; a row without a rank or 交易指数 is left out. */
export function rankingRows(headers: readonly string[], rows: readonly (readonly Cell[])[]): RankingRow[] {
  const at = columns(headers, KIND_FIELDS.sycmRanking);
  const text = (r: readonly Cell[], field: string) => String(r[at[field] ?? -1] ?? "").trim();
  return rows.flatMap((r, position) => {
    const rank = figureBounds(r[at.rank ?? -1]);
    const index = figureBounds(r[at.tradeIndex ?? -1]);
    const [shop, item] = [text(r, "shop"), text(r, "item") || text(r, "itemId")];
    if (!rank || !index || (shop === "" && item === "")) return [];
    const day = r[at.date ?? -1];
    return [
      {
        day: typeof day === "number" ? Math.floor(day) : null,
        category: text(r, "category"),
        rank: rank.low,
        subject: item || shop,
        shop,
        tradeIndex: index.low,
        tradeGrowth: figureBounds(r[at.tradeGrowth ?? -1]),
        at: position,
      },
    ];
  });
}

/** The ranking's category column, for a problem's cell. */
export const rankingCategoryColumn = (headers: readonly string[]) =>
  indexOfName(headers, [...(KIND_FIELDS.sycmRanking.category ?? [])]);

/**
 * The category's 交易指数 by day from the 市场大盘 trend, and the category's name: our category's rows where the
 * trend names categories and ours is known (none when it names only others), else the category with most days.
 */
export function marketTrend(headers: readonly string[], rows: readonly (readonly Cell[])[], category: string | null) {
  const at = columns(headers, KIND_FIELDS.sycmMarket);
  const byCategory = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const day = r[at.date ?? -1];
    const index = figureBounds(r[at.tradeIndex ?? -1]);
    if (typeof day !== "number" || !index) continue;
    const name = String(r[at.category ?? -1] ?? "").trim();
    const days = byCategory.get(name) ?? new Map<number, number>();
    days.set(Math.floor(day), index.low);
    byCategory.set(name, days);
  }
  const wanted = category === null ? null : nameKey(category);
  const named = [...byCategory].filter(([name]) => name !== "");
  // A trend naming categories, none of them ours, is no trend of our market.
  const chosen =
    wanted !== null && named.length > 0
      ? named.find(([name]) => nameKey(name) === wanted)
      : [...byCategory].sort((a, b) => b[1].size - a[1].size)[0];
  return { category: chosen && chosen[0] !== "" ? chosen[0] : null, days: chosen?.[1] ?? new Map<number, number>() };
}
