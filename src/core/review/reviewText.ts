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
import { actionPhrase, resultName, signedAmount, titlePhrase } from "./reviewSheet";
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
  | "review.text.drivers"
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

export function reviewText(review: Review, language: Language, say: SayReview): string {
  const sep = say(phrase("report.itemSeparator"));
  const head: string[] = [say(titlePhrase(review.period))];
  if (!review.results) head.push(say(phrase("review.noMetrics")));
  else
    for (const r of review.results) {
      if (!r.now) continue;
      const named = resultName(r, language);
      const name = typeof named === "string" ? named : say(named);
      const value = metricText(r.metric, r.now.value);
      const change = changeWords(r.change);
      // A comparison that lacks days says so here too: the message is read without the sheet.
      const note = r.partial ? say(phrase("review.text.partial", { days: `${r.now.days}/${r.now.span} · ${r.before?.days ?? 0}/${r.before?.span ?? 0}` })) : "";
      head.push(say(change === null ? phrase("review.text.resultNew", { metric: name, value, note }) : phrase("review.text.result", { metric: name, value, change, note })));
    }
  const d = review.drivers;
  if (!("lacking" in d)) head.push(say(phrase("review.text.drivers", { change: signedAmount(d.gmvNow - d.gmvBefore), drivers: d.shares.map((s) => say(phrase("review.text.driver", { driver: phrase(`review.driver.${s.driver}`), share: signedAmount(s.share) }))).join(sep) })));

  const movers = (key: "review.text.products" | "review.text.traffic", list: Review["products"]) =>
    list && list.length > 0 ? [{ key, items: list.map((m) => say(phrase("review.text.mover", { name: m.name, change: m.measure === "gmv" ? signedAmount(m.change) : signed(figureText(Math.abs(m.change), "count"), m.change), note: m.basis === "dailyAverage" ? say(phrase("review.text.aDay")) : "" }))) }] : [];
  const goal = (g: Review["ended"][number]) => say(phrase("review.text.goal", { name: g.name, status: phrase(`review.status.${g.status}`) }));
  const lists: { key: ReviewTextKey; items: string[] }[] = [
    ...movers("review.text.products", review.products),
    ...movers("review.text.traffic", review.traffic),
    ...(review.ended.length > 0 ? [{ key: "review.text.goalsEnded" as const, items: review.ended.map(goal) }] : []),
    ...(review.attention.length > 0 ? [{ key: "review.text.goalsAttention" as const, items: review.attention.map(goal) }] : []),
    ...((review.risks?.findings.length ?? 0) > 0 ? [{ key: "review.text.risks" as const, items: (review.risks?.findings ?? []).map((f) => say(suggestedPoint(f))) }] : []),
  ];
  const { days, carried } = review.execution;
  const planned = days.reduce((t, x) => t + x.planned, 0), done = days.reduce((t, x) => t + x.done, 0);
  const scheduled = days.filter((x) => x.source !== "none").length;
  const execution = scheduled === 0 ? say(phrase("review.text.noSchedules")) : say(phrase("review.text.execution", { done, planned, days: scheduled, of: days.length, carried: carried.length === 0 ? "" : phrase("review.text.carried", { tasks: carried.map((c) => c.task) }) }));
  const move = review.competitorMove;
  const moveLine = move ? [say(phrase("review.competitorMove", { subject: move.subject, measure: phrase(`review.measure.${move.measure}`), change: shareText(move.change) }))] : [];
  const next = review.next.length > 0 ? say(phrase("review.text.next", { actions: review.next.map((a) => say(actionPhrase(a, language))).join(sep) })) : null;

  const compose = (keep: number, listsKept: number) =>
    [
      ...head,
      ...moveLine,
      ...lists.slice(0, listsKept).map((l) => say(phrase(l.key, { items: `${l.items.slice(0, keep).join(sep)}${l.items.length > keep ? "…" : ""}` }))),
      execution,
      next,
    ]
      .filter((l): l is string => l !== null)
      .join("\n");
  for (const [keep, listsKept] of [[Infinity, Infinity], [3, Infinity], [2, Infinity], [1, Infinity], [1, 3], [1, 1], [1, 0]] as const) {
    const text = compose(keep, listsKept);
    if (text.length <= REVIEW_MAX_CHARS) return text;
  }
  return `${compose(1, 0).slice(0, REVIEW_MAX_CHARS - 1)}…`;
}
