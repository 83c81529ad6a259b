/**
 * The review as a message for WeChat or DingTalk: the same content as the sheet, at most 1,500 characters in either
 * language, cut as the daily report is: the details first (each list's further items), then whole lists.
 */
import type { Language } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import { suggestedPoint } from "../diagnosisText";
import type { DiagnosisKey } from "../diagnosisText";
import type { ReviewKey } from "./reviewSheet";
import { actionPhrase, amount, resultName, signedAmount, tiersPhrase, titlePhrase } from "./reviewSheet";
import type { ProfitPart } from "./profitSplit";
import { changeWords, figureText, metricText, shareText, signed } from "../figures";
import type { Review } from "./weeklyReview";

/** A weekly report is read on a phone, a little longer than a day's. */
export const REVIEW_MAX_CHARS = 1_500;

export type ReviewTextKey =
  | ReviewKey
  | "review.text.result"
  | "review.text.resultNew"
  | "review.text.partial"
  | "review.text.aDay"
  | "figure.points"
  | "review.metric.dailyAverage"
  | "review.metric.byPaymentDay"
  | "review.metric.byPaymentDayProvisional"
  | "review.text.drivers"
  | "review.text.profit"
  | `review.profitPart.${ProfitPart}`
  | "review.text.driver"
  | "review.text.products"
  | "review.text.traffic"
  | "review.text.mover"
  | "review.text.goalsEnded"
  | "review.text.goalsAttention"
  | "review.text.goal"
  | "review.text.execution"
  | "review.text.carried"
  | "review.text.risks"
  | "review.text.next"
  | "review.text.noSchedules"
  | "report.itemSeparator";
export type SayReview = (said: Phrase<ReviewTextKey | DiagnosisKey | "sentences">) => string;

/** Each metric's line: its value this period and its change, or that it is new; a partial comparison says so. */
function resultLines(review: Review, language: Language, say: SayReview): string[] {
  if (!review.results) return [say(phrase("review.noMetrics"))];
  return review.results.flatMap((r) => {
    if (!r.now) return [];
    const named = resultName(r, language);
    const name = typeof named === "string" ? named : say(named);
    const value = metricText(r.metric, r.now.value);
    const change = changeWords(r.change);
    // A comparison that lacks days says so here too: the message is read without the sheet.
    const days = `${r.now.days}/${r.now.span} · ${r.before?.days ?? 0}/${r.before?.span ?? 0}`;
    const note = r.partial ? say(phrase("review.text.partial", { days })) : "";
    return [
      say(
        change === null
          ? phrase("review.text.resultNew", { metric: name, value, note })
          : phrase("review.text.result", { metric: name, value, change, note })
      ),
    ];
  });
}

/** What moved GMV: the change and each driver's share of it; nothing when a driver's figures are lacking. */
function driversLines(review: Review, say: SayReview, sep: string): string[] {
  const d = review.drivers;
  if ("lacking" in d) return [];
  const drivers = d.shares.map((s) =>
    say(phrase("review.text.driver", { driver: phrase(`review.driver.${s.driver}`), share: signedAmount(s.share) }))
  );
  return [
    say(phrase("review.text.drivers", { change: signedAmount(d.gmvNow - d.gmvBefore), drivers: drivers.join(sep) })),
  ];
}

/** What moved profit, in one line: its change, where it ended, and each part's share; nothing where it cannot say. */
function profitLines(review: Review, say: SayReview, sep: string): string[] {
  const p = review.profit;
  if ("lacking" in p) return [];
  const parts = p.parts.map((s) =>
    say(phrase("review.text.driver", { driver: phrase(`review.profitPart.${s.part}`), share: signedAmount(s.share) }))
  );
  return [
    say(
      phrase("review.text.profit", {
        change: signedAmount(p.now.profit - p.before.profit),
        now: amount(p.now.profit),
        margin: p.now.margin === null ? "—" : figureText(p.now.margin, "rate"),
        parts: parts.join(sep),
      })
    ),
  ];
}

/** A titled list of the message: its key and its items, the first of which survive when the message is cut. */
interface TextList {
  readonly key: ReviewTextKey;
  readonly items: string[];
}

/** The products or traffic sources that moved most, each with its change (a day's, where the days differ). */
function moversList(
  key: "review.text.products" | "review.text.traffic",
  list: Review["products"],
  say: SayReview
): TextList[] {
  if (!list || list.length === 0) return [];
  const item = (m: NonNullable<Review["products"]>[number]) =>
    say(
      phrase("review.text.mover", {
        name: m.name,
        change:
          m.measure === "gmv" ? signedAmount(m.change) : signed(figureText(Math.abs(m.change), "count"), m.change),
        note: m.basis === "dailyAverage" ? say(phrase("review.text.aDay")) : "",
      })
    );
  return [{ key, items: list.map(item) }];
}

/** The message's lists: movers, goals ended and needing attention, the risks' suggested growth points. */
function reviewLists(review: Review, say: SayReview): TextList[] {
  const goal = (g: Review["ended"][number]) =>
    say(phrase("review.text.goal", { name: g.name, status: phrase(`review.status.${g.status}`) }));
  const list = (key: ReviewTextKey, items: string[]): TextList[] => (items.length > 0 ? [{ key, items }] : []);
  return [
    ...moversList("review.text.products", review.products, say),
    ...moversList("review.text.traffic", review.traffic, say),
    ...list("review.text.goalsEnded", review.ended.map(goal)),
    ...list("review.text.goalsAttention", review.attention.map(goal)),
    ...list(
      "review.text.risks",
      (review.risks?.findings ?? []).map((f) => say(suggestedPoint(f)))
    ),
  ];
}

/** How the days' plans were kept: slots done of planned, on how many days, and the tasks carried over. */
function executionLine(review: Review, say: SayReview): string {
  const { days, carried } = review.execution;
  const scheduled = days.filter((x) => x.source !== "none").length;
  if (scheduled === 0) return say(phrase("review.text.noSchedules"));
  return say(
    phrase("review.text.execution", {
      done: days.reduce((t, x) => t + x.done, 0),
      planned: days.reduce((t, x) => t + x.planned, 0),
      days: scheduled,
      of: days.length,
      carried: carried.length === 0 ? "" : phrase("review.text.carried", { tasks: carried.map((c) => c.task) }),
    })
  );
}

/** The week's biggest move among the competitors, when there was one. */
function competitorLines(review: Review, say: SayReview): string[] {
  const move = review.competitorMove;
  if (!move) return [];
  const measure = phrase(`review.measure.${move.measure}`);
  return [say(phrase("review.competitorMove", { subject: move.subject, measure, change: shareText(move.change) }))];
}

/**
 * The review as one message for the team's group: the results, what drove GMV, the competitors' move, the lists,
 * how the plans were kept and the next actions; cut to REVIEW_MAX_CHARS by the lists' further items first, then
 * whole lists.
 */
export function reviewText(review: Review, language: Language, say: SayReview): string {
  const sep = say(phrase("report.itemSeparator"));
  const head = [
    say(titlePhrase(review.period)),
    ...resultLines(review, language, say),
    ...driversLines(review, say, sep),
    ...profitLines(review, say, sep),
  ];
  const lists = reviewLists(review, say);
  const execution = executionLine(review, say);
  const tiers = tiersPhrase(review);
  const moveLine = [...(tiers ? [say(tiers)] : []), ...competitorLines(review, say)];
  const actions = review.next.map((a) => say(actionPhrase(a, language))).join(sep);
  const next = review.next.length > 0 ? say(phrase("review.text.next", { actions })) : null;
  const listLine = (l: TextList, keep: number) =>
    say(phrase(l.key, { items: `${l.items.slice(0, keep).join(sep)}${l.items.length > keep ? "…" : ""}` }));
  const compose = (keep: number, listsKept: number) =>
    [...head, ...moveLine, ...lists.slice(0, listsKept).map((l) => listLine(l, keep)), execution, next]
      .filter((l): l is string => l !== null)
      .join("\n");
  const cuts = [
    [Infinity, Infinity],
    [3, Infinity],
    [2, Infinity],
    [1, Infinity],
    [1, 3],
    [1, 1],
    [1, 0],
  ] as const;
  for (const [keep, listsKept] of cuts) {
    const text = compose(keep, listsKept);
    if (text.length <= REVIEW_MAX_CHARS) return text;
  }
  return `${compose(1, 0).slice(0, REVIEW_MAX_CHARS - 1)}…`;
}
