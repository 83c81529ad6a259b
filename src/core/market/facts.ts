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
 * The latest day's portraits, each with its position in the table and the share's column; a row whose role or share
 * cannot be read is left out.
 */
export function crowdRows(headers: readonly string[], rows: readonly (readonly Cell[])[]) {
  const at = columns(headers, KIND_FIELDS.sycmCrowd);
  const latest = latestRows(rows, at.date ?? -1);
  const read: (CrowdRow & { readonly at: number })[] = latest.rows.flatMap(({ row: r, at: position }) => {
    const role = roleOf(String(r[at.role ?? -1] ?? ""));
    const share = figureBounds(r[at.share ?? -1]);
    const [dimension, label] = [at.dimension, at.label].map((i) => String(r[i ?? -1] ?? "").trim());
    if (!role || !share || !dimension || !label) return [];
    return [{ role, dimension, label, share: share.low, at: position }];
  });
  return { day: latest.day, rows: read, shareColumn: at.share ?? -1 };
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
