/**
 * "Plan next week": the review's proposed goals, listed for the operator to tick (nothing written), then "Add ticked
 * goals", which reads the workbook afresh, proposes again from what it holds now, and appends the ticked ones to
 * Goals. A proposal the fresh read no longer makes is refused rather than written from a stale list. Read → core →
 * write: no Office.js here.
 */
import { toDateSerial } from "../core/excelDate";
import { goalName } from "../core/goalSetting";
import { phrase } from "../core/phrases";
import type { Phrase } from "../core/phrases";
import type { Proposal } from "../core/review/nextGoals";
import type { Review } from "../core/review/weeklyReview";
import { proposeNextGoals } from "../core/review/nextGoals";
import type { ReviewPeriod } from "../core/review/period";
import type { Language } from "../core/language";
import type { MessageKey } from "../wording";
import type { CommandEnvironment } from "./environment";
import { protectedTargets } from "../core/workbookPlan";
import type { Outcome } from "./outcome";
import { excelCommand, wording } from "./outcome";
import { writeNewGoals } from "./setGoals";
import type { ReviewBasis } from "./weeklyReview";
import { notYet, readReview, reviewFailed } from "./weeklyReview";

/** A proposal as the pane lists it: its words, and whether ticking it writes a goal (a drop writes nothing). */
export interface ProposalView {
  readonly id: string;
  readonly text: string;
  readonly writable: boolean;
}

export interface PlanOutcome extends Outcome {
  readonly proposals: readonly ProposalView[];
}

function proposalPhrase(p: Proposal, language: Language): Phrase<MessageKey> {
  if (p.kind === "drop") return phrase("review.plan.drop", { from: p.from });
  const goal = goalName(p.goal, language);
  return p.kind === "focus"
    ? phrase("review.plan.focus", { point: p.goal.point, goal })
    : phrase(`review.plan.${p.kind}`, { from: p.from ?? "", goal });
}

/** The same proposals whether listing them or adding the ticked ones: from the review and what it read. */
const proposals = (review: Review, basis: ReviewBasis, env: CommandEnvironment): Proposal[] =>
  proposeNextGoals({
    ended: review.ended,
    goals: basis.goals,
    points: basis.points,
    focus: basis.focus,
    days: basis.days,
    today: toDateSerial(env.today()),
  });

/** The proposals for the week after a period; nothing is written. */
export async function planNextWeek(env: CommandEnvironment, period: ReviewPeriod): Promise<PlanOutcome> {
  let views: ProposalView[] = [];
  const outcome = await excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const refused = notYet(period, env, t);
      if (refused) return refused;
      const { review, basis, problems } = await readReview(context, language, period);
      if (!review) return reviewFailed(t, problems);
      const words = wording(t);
      const made = proposals(review, basis, env);
      views = made.map((p) => ({ id: p.id, text: words(proposalPhrase(p, language)), writable: p.goal !== null }));
      return {
        ok: true,
        message: t(made.length === 0 ? "review.plan.none" : "review.plan.ready", {
          count: made.filter((p) => p.goal).length,
          id: period.id,
        }),
        details: [],
      };
    },
    ["storeData", "review"]
  );
  return { ...outcome, proposals: views };
}

/** Appends the ticked proposals to Goals, proposed afresh from the workbook as it is now. */
export function addNextGoals(
  env: CommandEnvironment,
  period: ReviewPeriod,
  ticked: readonly string[]
): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const refused = notYet(period, env, t);
      if (refused) return refused;
      if (ticked.length === 0) return { ok: false, message: t("review.plan.noneTicked"), details: [] };
      const { review, basis, problems, read } = await readReview(context, language, period);
      if (!review) return reviewFailed(t, problems);
      const fresh = proposals(review, basis, env);
      const chosen = fresh.filter((p) => ticked.includes(p.id));
      // The workbook changed since the list was made (a goal added, a row edited): plan again rather than guess.
      if (chosen.length !== ticked.length) return { ok: false, message: t("review.plan.changed"), details: [] };
      const goals = chosen.flatMap((p) => (p.goal ? [p.goal] : []));
      if (goals.length === 0) return { ok: true, message: t("review.plan.nothingToWrite"), details: [] };
      const locked = protectedTargets(read.workbook.sheets, [basis.goalsBlock?.sheet]);
      if (locked.length > 0) return reviewFailed(t, locked);
      const sheet = await writeNewGoals(context, read, basis.goalsBlock, goals, language, env);
      return { ok: true, message: t("review.plan.added", { count: goals.length, sheet }), details: [] };
    },
    ["storeData", "review"]
  );
}
