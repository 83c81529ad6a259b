/**
 * "Review promotion" and "Copy promotion review": an event of Promotions against its goal and the shop's usual day,
 * from Store Metrics, Sycm's product and traffic-source reports where imported, and the schedules that marked its
 * tasks done → the `Promotion Review YYYY-<event>` sheet, or the same review as one message. One read of the inputs,
 * the reports' shapes and the schedules (a second for report rows beyond the first 1,000), then one write.
 */
import { PROMOTIONS } from "../core/contract";
import { fromDateSerial, isoDay, toDateSerial } from "../core/excelDate";
import { KIND_FIELDS } from "../core/import/fields";
import { tableOfKind } from "../core/import/kinds";
import type { Language } from "../core/language";
import { EVERY_LANGUAGE } from "../core/language";
import { layoutColumnsOf, productDays } from "../core/layout/facts";
import { indexOfName, nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import type { PromotionEvent } from "../core/promotions/events";
import { readPromotions } from "../core/promotions/events";
import { PROMOTION_FIELDS } from "../core/promotions/fields";
import { eventTaskName } from "../core/promotions/plan";
import type { EventTask, PromotionReview } from "../core/promotions/review";
import { reviewPromotion } from "../core/promotions/review";
import { planReviewSheet, reviewText } from "../core/promotions/reviewSheet";
import { readRecords } from "../core/records";
import { CARRY_MARK, scheduleDate } from "../core/carryOver";
import { readScheduleBack } from "../core/dailyReport";
import { INPUTS } from "../core/contract";
import { TASK_FIELDS } from "../core/schedule";
import { dailyFigures } from "../core/storeMetricLookup";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import { queueScheduleRead } from "../excel/scheduleSheet";
import type { TableShape } from "../excel/tableColumns";
import { queueTableShape, readTableRows } from "../excel/tableColumns";
import { queueStoreMetrics } from "../excel/workbook";
import type { Translate } from "../wording";
import { translator } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, wording } from "./outcome";
import { writeOwnSheet } from "./outputSheet";

/** The mark on the review sheets this command owns; each event's sheet is told apart by its name. */
export const PROMOTION_REVIEW_OWNER = "promotionReview";

const WANTS = {
  promotions: { definition: PROMOTIONS, fields: PROMOTION_FIELDS },
  tasks: { definition: INPUTS.dailyTasks, fields: TASK_FIELDS, optional: true },
} as const;
const [PRODUCTS, TRAFFIC] = [tableOfKind("sycmProducts"), tableOfKind("sycmTraffic")];
const TRAFFIC_FIELDS = KIND_FIELDS.sycmTraffic;

/** Everything the review reads in its first round trip: the inputs, Store Metrics, the reports, the schedules. */
async function readReview(context: WorkbookSession, language: Language) {
  return readInputs(context, WANTS, language, (ctx, outline) => {
    const metrics = queueStoreMetrics(ctx, outline);
    const shape = (wanted: string) => {
      const name = outline.tables.find((n) => n.toLowerCase() === wanted.toLowerCase());
      return name ? queueTableShape(ctx, name) : null;
    };
    const [products, traffic] = [shape(PRODUCTS), shape(TRAFFIC)];
    // Every schedule sheet: a few dozen cells a day, read whole for the days their tasks were ticked done.
    const schedules = outline.sheets
      .flatMap((s) => {
        const date = scheduleDate(s.name);
        return date === null ? [] : [{ date, read: queueScheduleRead(ctx, s.name) }];
      })
      .sort((a, b) => a.date - b.date);
    return () => ({
      metrics: metrics(),
      products: products?.() ?? null,
      traffic: traffic?.() ?? null,
      schedules: schedules.map((s) => ({ date: s.date, values: s.read().values })),
    });
  });
}

type Read = Awaited<ReturnType<typeof readReview>>;

/** A report's rows at full width, only the given columns read (its rows beyond the first ones too). */
async function reportRows(context: WorkbookSession, shape: TableShape, at: readonly number[]) {
  const { rows } = await readTableRows(context, [{ shape, columns: [...at] }]);
  return rows[0] ?? [];
}

/** The traffic report as days of visitors by source (its source column), its detail rows added up. */
async function trafficRows(context: WorkbookSession, shape: TableShape) {
  const at = [TRAFFIC_FIELDS.date, TRAFFIC_FIELDS.source, TRAFFIC_FIELDS.visitors].map((names) =>
    indexOfName(shape.headers, [...(names ?? [])])
  );
  if (at.some((i) => i < 0)) return null;
  const [dayAt, sourceAt, visitorsAt] = at as [number, number, number];
  return (await reportRows(context, shape, at)).flatMap((row) => {
    const [day, source, visitors] = [row[dayAt], row[sourceAt], row[visitorsAt]];
    return typeof day === "number" && typeof visitors === "number" && String(source ?? "").trim() !== ""
      ? [{ day: Math.floor(day), source: String(source).trim(), visitors }]
      : [];
  });
}

/** The event's tasks in Daily Tasks, with the first day a schedule ticked each one done. */
function eventTasks(event: PromotionEvent, found: Read): EventTask[] {
  const block = found.inputs.ok ? found.inputs.data.tasks : undefined;
  if (!block) return [];
  const prefix = nameKey(eventTaskName(event.name, ""));
  const done = new Map<string, number>();
  for (const s of found.extra.schedules)
    for (const slot of readScheduleBack(s.values ?? []).slots) {
      const name = nameKey(slot.task.startsWith(CARRY_MARK) ? slot.task.slice(CARRY_MARK.length) : slot.task);
      if (slot.done && !done.has(name)) done.set(name, s.date);
    }
  return readRecords(block, TASK_FIELDS).records.flatMap((r) => {
    const name = r.fields.task.trim();
    const key = nameKey(name.split(" — ")[0] ?? name);
    if (!key.startsWith(prefix) || r.fields.deadline === undefined) return [];
    return [{ name, deadline: Math.floor(r.fields.deadline), done: done.get(key) ?? null }];
  });
}

type Reviewed = { ok: true; review: PromotionReview; read: Read } | { ok: false; outcome: Outcome };

/** Reads and reviews the event, or says why it cannot be reviewed. */
async function reviewed(
  context: WorkbookSession,
  env: CommandEnvironment,
  event: string,
  t: Translate
): Promise<Reviewed> {
  const fail = (problems: readonly Problem[], message = t("promotion.reviewFailed")): Reviewed => ({
    ok: false,
    outcome: { ok: false, message, ...detailsWithProblems([], problems, t) },
  });
  const today = toDateSerial(env.today());
  const read = await readReview(context, env.language());
  if (!read.inputs.ok) return fail(read.inputs.problems);
  const promotions = readPromotions(read.inputs.data.promotions);
  if (promotions.problems.length > 0) return fail(promotions.problems);
  const found = promotions.events.find((e) => nameKey(e.name) === nameKey(event));
  if (event.trim() === "") return fail([], t("promotion.noneChosen", { sheet: read.inputs.data.promotions.sheet }));
  if (!found) return fail([], t("promotion.notFound", { event, sheet: read.inputs.data.promotions.sheet }));
  if (found.start > today)
    return fail([], t("promotion.notStarted", { event: found.name, start: isoDay(fromDateSerial(found.start)) }));
  const days = dailyFigures(read.extra.metrics);
  if (!days || ![...days.values()].some((d) => d.gmv !== undefined)) return fail([], t("promotion.noMetrics"));
  const report = read.extra.products;
  const at = report ? layoutColumnsOf(report.headers) : [];
  const products = report
    ? productDays(report.headers, (await reportRows(context, report, at)) as (string | number | boolean | null)[][])
    : null;
  const traffic = read.extra.traffic ? await trafficRows(context, read.extra.traffic) : null;
  const review = reviewPromotion({ event: found, days, today, products, traffic, tasks: eventTasks(found, read) });
  return { ok: true, review, read };
}

/** The review sheet's name in every language (`Promotion Review 2026-<event>`), within Excel's 31 characters. */
function sheetNames(review: PromotionReview) {
  const year = fromDateSerial(review.event.start).year;
  // Excel allows none of : \ / ? * [ ] in a sheet name.
  const event = review.event.name.replace(/[:\\/?*[\]]/g, " ");
  return Object.fromEntries(
    EVERY_LANGUAGE.map((l) => [l, translator(l)("promotion.review.sheet", { year, event }).slice(0, 31).trim()])
  ) as Record<Language, string>;
}

export function writePromotionReview(env: CommandEnvironment, event: string): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const done = await reviewed(context, env, event, t);
      if (!done.ok) return done.outcome;
      const { review, read } = done;
      const written = await writeOwnSheet(context, read, language, {
        owner: PROMOTION_REVIEW_OWNER,
        names: sheetNames(review),
        plan: () => planReviewSheet(review),
      });
      if (!written.ok)
        return { ok: false, message: t("promotion.reviewFailed"), ...detailsWithProblems([], written.problems, t) };
      return {
        ok: true,
        message: t("promotion.reviewed", { event: review.event.name, sheet: written.plan.sheetName }),
        details: [],
      };
    },
    ["promotions"]
  );
}

export interface CopiedReview extends Outcome {
  /** The message to copy; null when the review could not be made. */
  readonly text: string | null;
}

/** The same review as one message of at most 1,500 characters, in the pane's language; nothing is written. */
export async function copyPromotionReview(env: CommandEnvironment, event: string): Promise<CopiedReview> {
  let text: string | null = null;
  const outcome = await excelCommand(
    env,
    async (context, { t }): Promise<Outcome> => {
      const done = await reviewed(context, env, event, t);
      if (!done.ok) return done.outcome;
      text = reviewText(done.review, wording(t));
      return {
        ok: true,
        message: t("promotion.copied", { event: done.review.event.name, length: text.length }),
        details: [],
      };
    },
    ["promotions"]
  );
  return { ...outcome, text };
}
