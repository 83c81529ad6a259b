/** Plan next week's proposals: re-set at the pace reached, dropped, raised by the point's rate, set for focus points. */
import { proposeNextGoals } from "../../../src/core/review/nextGoals";
import type { NextGoalsInput } from "../../../src/core/review/nextGoals";
import type { ReviewGoal } from "../../../src/core/review/weeklyReview";
import { GOAL_DAYS } from "../../../src/core/goalSetting";
import { W47_MONDAY, W47_SUNDAY } from "../../fixtures/generators/review";

const TODAY = W47_SUNDAY + 2;
const goal = (over: Partial<ReviewGoal>): ReviewGoal => ({
  name: "g",
  growthPoint: "p",
  metric: "visitors",
  status: "missed",
  start: W47_MONDAY - 7,
  deadline: W47_SUNDAY,
  baseline: 1000,
  target: 1500,
  current: 1140,
  projected: null,
  neededPerDay: null,
  record: null,
  ...over,
});
const input = (over: Partial<NextGoalsInput>): NextGoalsInput => ({
  ended: [],
  goals: [],
  points: [],
  focus: [],
  days: null,
  today: TODAY,
  ...over,
});

describe("next week's proposed goals", () => {
  it("re-sets a missed goal from where it got to, aiming at the pace it kept for a week", () => {
    const missed = goal({});
    const [p] = proposeNextGoals(input({ ended: [missed], goals: [missed] }));
    // 140 visitors gained over the 13 days from its start to its deadline, at that pace for the next 7.
    const days = W47_SUNDAY - (W47_MONDAY - 7);
    expect(days).toBe(13);
    expect(p).toEqual({
      id: expect.stringMatching(/^missed:0:/),
      kind: "reset",
      from: "g",
      goal: {
        kind: "goal",
        point: "p",
        metric: "visitors",
        baseline: 1140,
        target: 1140 + (140 / days) * GOAL_DAYS,
        start: TODAY,
        deadline: TODAY + GOAL_DAYS,
      },
    });
  });

  it("proposes dropping a missed goal that moved the wrong way or not at all, writing nothing for it", () => {
    for (const current of [900, 1000]) {
      const missed = goal({ current });
      expect(proposeNextGoals(input({ ended: [missed], goals: [missed] }))).toEqual([
        { id: expect.any(String), kind: "drop", goal: null, from: "g" },
      ]);
    }
    // A goal going down (refund rate 5% → 3%) that went down is not a wrong way.
    const down = goal({ metric: "refundRate", baseline: 0.05, target: 0.03, current: 0.045 });
    expect(proposeNextGoals(input({ ended: [down], goals: [down] }))[0]?.kind).toBe("reset");
  });

  it("raises an achieved goal's metric by its growth point's rate, downwards for a rate better low", () => {
    const achieved = goal({ status: "achieved", current: 1600, growthPoint: "Search" });
    const refunds = goal({
      status: "achieved",
      metric: "refundRate",
      baseline: 0.05,
      target: 0.04,
      current: 0.04,
      growthPoint: "Packaging",
      name: "r",
    });
    const points = [{ name: "Search", growthRate: 0.2, deadline: null }];
    const proposals = proposeNextGoals(input({ ended: [achieved, refunds], goals: [achieved, refunds], points }));
    expect(
      proposals.map((p) => (p.goal?.kind === "goal" ? [p.kind, p.goal.baseline, p.goal.target] : [p.kind]))
    ).toEqual([
      ["raise", 1600, expect.closeTo(1920, 9)],
      // No such growth point: its own move (5% → 4%, 20%) again.
      ["raise", 0.04, expect.closeTo(0.032, 12)],
    ]);
  });

  it("sets a goal for each focus point without an open one, and none twice", () => {
    const days = new Map(Array.from({ length: 7 }, (_, i) => [W47_SUNDAY - i, { clicks: 300, impressions: 10000 }]));
    const open = goal({ status: "onTrack", growthPoint: "Detail page", deadline: W47_SUNDAY + 7 });
    const missed = goal({ growthPoint: "Main image CTR", metric: "ctr", baseline: 0.03, target: 0.05, current: 0.031 });
    const points = ["Main image CTR", "Detail page", "Title words"].map((name) => ({
      name,
      growthRate: 0.2,
      deadline: null,
    }));
    const proposals = proposeNextGoals(
      input({
        ended: [missed],
        goals: [open, missed],
        points,
        focus: ["Main image CTR", "Detail page", "Title words"],
        days,
      })
    );
    // Main image has its re-set; Detail page its open goal; Title words (a CTR word) gets one from the last 7 days.
    expect(proposals.map((p) => [p.kind, p.goal?.point])).toEqual([
      ["reset", "Main image CTR"],
      ["focus", "Title words"],
    ]);
    expect(proposals[1]?.goal).toMatchObject({
      kind: "goal",
      metric: "ctr",
      baseline: 0.03,
      target: expect.closeTo(0.036, 12),
    });
  });
});
