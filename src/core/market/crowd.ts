/**
 * Crowd positioning from Sycm's 人群 portraits (long form: a day, whose portrait it is, the dimension, the label, its
 * share): per dimension, each label's share among the category's buyers (行业客群), our visitors (本店访客) and our
 * buyers (本店支付), and its TGI, our share ÷ the category's × 100: 100 is the category's own mix, above it a
 * segment we draw more than the category does. A portrait is a single day's, and is said to be.
 */

/** Whose portrait a row is: the category's buyers, our visitors, our buyers. */
export type CrowdRole = "market" | "visitors" | "buyers";

export interface CrowdRow {
  readonly role: CrowdRole;
  /** 性别, 年龄, 省份, 城市, 消费层级, … as the export names it. */
  readonly dimension: string;
  readonly label: string;
  /** A fraction of the role's people in the dimension. */
  readonly share: number;
}

export interface CrowdLabel {
  readonly label: string;
  readonly market: number | null;
  readonly visitors: number | null;
  readonly buyers: number | null;
  /** Our share ÷ the category's × 100; null without both shares (or a category share of 0). */
  readonly visitorTgi: number | null;
  readonly buyerTgi: number | null;
}

export interface CrowdDimension {
  readonly dimension: string;
  /** Labels by the category's share, largest first. */
  readonly labels: readonly CrowdLabel[];
  /** The label we draw most and least as buyers against the category (TGI), where there are two or more. */
  readonly over: CrowdLabel | null;
  readonly under: CrowdLabel | null;
  /** Labels we draw as visitors well above the category but whose buyers fall back (visitor TGI ≥ 120, buyer TGI ≤ 80 % of it). */
  readonly leaking: readonly CrowdLabel[];
}

/** A segment we draw: TGI at least this much above the category's mix. */
export const DRAWN_TGI = 120;
/** A segment that does not convert: its buyer TGI at most this share of its visitor TGI. */
export const LEAK_RATIO = 0.8;

const tgi = (ours: number | null, market: number | null) =>
  ours === null || market === null || market <= 0 ? null : (ours / market) * 100;

/** The portraits by dimension, each label's shares and TGI, in the order the dimensions first appear. */
export function crowdPositions(rows: readonly CrowdRow[]): CrowdDimension[] {
  const byDimension = new Map<string, Map<string, Record<CrowdRole, number | null>>>();
  for (const r of rows) {
    const labels = byDimension.get(r.dimension) ?? new Map<string, Record<CrowdRole, number | null>>();
    const shares = labels.get(r.label) ?? { market: null, visitors: null, buyers: null };
    shares[r.role] = (shares[r.role] ?? 0) + r.share;
    labels.set(r.label, shares);
    byDimension.set(r.dimension, labels);
  }
  return [...byDimension].map(([dimension, labels]) => {
    const list = [...labels]
      .map(([label, s]) => ({
        label,
        ...s,
        visitorTgi: tgi(s.visitors, s.market),
        buyerTgi: tgi(s.buyers, s.market),
      }))
      .sort((a, b) => (b.market ?? -1) - (a.market ?? -1) || a.label.localeCompare(b.label));
    const judged = list.filter((l) => l.buyerTgi !== null);
    const by = (pick: (a: number, b: number) => boolean) =>
      judged.length < 2
        ? null
        : judged.reduce((best, l) => (pick(l.buyerTgi as number, best.buyerTgi as number) ? l : best));
    const leaking = list.filter(
      (l) =>
        l.visitorTgi !== null &&
        l.buyerTgi !== null &&
        l.visitorTgi >= DRAWN_TGI &&
        l.buyerTgi <= LEAK_RATIO * l.visitorTgi
    );
    return { dimension, labels: list, over: by((a, b) => a > b), under: by((a, b) => a < b), leaking };
  });
}

/**
 * Shares within one dimension and role that add up past 100 % (beyond rounding): the export was misread. Each with
 * the position of its last row among those given, where a problem names the cell.
 */
export function overfullShares(
  rows: readonly CrowdRow[]
): { dimension: string; role: CrowdRole; total: number; last: number }[] {
  const totals = new Map<string, { dimension: string; role: CrowdRole; total: number; last: number }>();
  rows.forEach((r, i) => {
    const key = `${r.dimension}\u0001${r.role}`;
    const found = totals.get(key) ?? { dimension: r.dimension, role: r.role, total: 0, last: i };
    found.total += r.share;
    found.last = i;
    totals.set(key, found);
  });
  // Sycm rounds each share to 0.01 %: a dimension of 40 labels may pass 100 % by 0.2 points at most.
  return [...totals.values()].filter((t) => t.total > 1.005);
}
