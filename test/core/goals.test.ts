import type { GoalInput } from "../../src/core/goals";
import { goalPace, goalRows, judgeGoal, metricPace } from "../../src/core/goals";

// Start Sunday 2026-11-22 (serial 46348), deadline Sunday 2026-11-29 (46355): seven days.
const START = 46348;
const DEADLINE = 46355;
const rising = (current: number | null): GoalInput => ({
  baseline: 0.048,
  target: 0.06,
  current,
  start: START,
  deadline: DEADLINE,
});
const falling = (current: number | null): GoalInput => ({
  baseline: 0.05,
  target: 0.03,
  current,
  start: START,
  deadline: DEADLINE,
});

describe("goal status", () => {
  it.each([
    ["achieved", "CTR reached 6.1%", rising(0.061), START + 3],
    ["missed", "the day after the deadline at 5%", rising(0.05), DEADLINE + 1],
    ["notStarted", "the day before the start", rising(0.048), START - 1],
    ["onTrack", "3/7 of the time gone, 46% of the way", rising(0.0535), START + 3],
    ["atRisk", "3/7 of the time gone, 25% of the way (18 points behind)", rising(0.051), START + 3],
    ["behind", "3/7 of the time gone, 8% of the way", rising(0.049), START + 3],
    ["achieved", "refund rate down to 2.9%", falling(0.029), START + 3],
    ["missed", "refund rate at 4% after the deadline", falling(0.04), DEADLINE + 1],
    ["notStarted", "refund rate before the start", falling(0.05), START - 2],
    ["onTrack", "refund rate at 4% (half way) with 3/7 gone", falling(0.04), START + 3],
    ["atRisk", "refund rate at 4.5% (25%) with 3/7 gone", falling(0.045), START + 3],
    ["behind", "refund rate up to 5.2% (negative progress)", falling(0.052), START + 3],
  ])("is %s: %s", (status, _story, goal, today) => {
    expect(judgeGoal(goal, today, 0.2).status).toBe(status);
  });

  it.each([
    ["the start day: no time gone, so no progress is on track", START, 0.048, "onTrack", 0, 7],
    ["the deadline day: all the time gone, 90% of the way is at risk", DEADLINE, 0.0588, "atRisk", 1, 0],
    ["the deadline day at 100% is achieved", DEADLINE, 0.06, "achieved", 1, 0],
    ["the day after: missed, and no days left", DEADLINE + 1, 0.0588, "missed", 1, 0],
  ])("%s", (_story, today, current, status, elapsed, daysLeft) => {
    const result = judgeGoal(rising(current), today, 0.2);
    expect(result).toMatchObject({ status, timeElapsed: elapsed, daysLeft });
  });

  it("measures progress in the direction of the target", () => {
    expect(judgeGoal(falling(0.04), START + 3, 0.2).progress).toBeCloseTo(0.5, 12);
    expect(judgeGoal(rising(0.054), START + 3, 0.2).progress).toBeCloseTo(0.5, 12);
  });

  it("holds time elapsed within 0–100%", () => {
    expect(judgeGoal(rising(0.05), START - 10, 0.2).timeElapsed).toBe(0);
    expect(judgeGoal(rising(0.05), DEADLINE + 10, 0.2).timeElapsed).toBe(1);
  });

  it("uses the at-risk band it is given", () => {
    expect(judgeGoal(rising(0.051), START + 3, 0.1).status).toBe("behind");
  });

  it.each([
    ["target equal to baseline", { ...rising(0.05), target: 0.048 }, "targetEqualsBaseline"],
    ["deadline before start", { ...rising(0.05), deadline: START - 1 }, "deadlineBeforeStart"],
    ["no current value", rising(null), "noCurrent"],
  ])("is invalid with %s, saying why", (_why, goal, note) => {
    expect(judgeGoal(goal, START + 3, 0.2)).toEqual({
      status: "invalid",
      progress: null,
      timeElapsed: null,
      daysLeft: null,
      note: { kind: note },
    });
  });
});

describe("a goal's pace", () => {
  it("takes the last 7 days' slope of the metric, least squares, when Store Metrics has two days or more", () => {
    // 46340 is 7 days before 46347, out of the window: the three later days rise 0.2 points a day.
    expect(
      metricPace(
        [
          [46340, 0.04],
          [46344, 0.05],
          [46345, 0.052],
          [46346, 0.054],
        ],
        0.048,
        0.054,
        46340,
        46347
      )
    ).toEqual({ pace: expect.closeTo(0.002, 12), method: "trend" });
  });

  it("falls back to the average since the start, and to nothing before the start", () => {
    expect(metricPace([], 0.05, 0.04, 46348, 46350)).toEqual({
      pace: expect.closeTo(-0.005, 12),
      method: "sinceStart",
    });
    expect(metricPace([], 0.05, 0.05, 46350, 46350)).toBeNull();
  });

  it("projects the value at the deadline and what is needed per day", () => {
    const goal = { baseline: 0.048, target: 0.06, current: 0.054, start: 46343, deadline: 46355 };
    expect(goalPace(goal, 46350, 0.001)).toEqual({ projected: 0.054 + 0.005, neededPerDay: (0.06 - 0.054) / 5 });
    expect(goalPace(goal, 46360, 0.001)).toEqual({ projected: 0.054, neededPerDay: null });
    expect(goalPace({ ...goal, current: null }, 46350, 0.001)).toEqual({ projected: null, neededPerDay: null });
  });
});

describe("a goal measured one way, projected within its range", () => {
  it("is never Behind on the day it is set, even when the day's figure moved the wrong way", () => {
    expect(judgeGoal(rising(0.04), START, 0.2).status).toBe("onTrack");
    expect(judgeGoal(falling(0.06), START, 0.2).status).toBe("onTrack");
    // The day after, the same figure is judged.
    expect(judgeGoal(rising(0.04), START + 1, 0.2).status).toBe("behind");
  });

  it.each([
    [
      "a rate falling fast stops at 0%, not below",
      { baseline: 0.04, target: 0.05, current: 0.03, start: START, deadline: DEADLINE },
      -0.01,
      { min: 0, max: 1 },
      0,
    ],
    [
      "a rate rising fast stops at 100%",
      { baseline: 0.9, target: 0.95, current: 0.92, start: START, deadline: DEADLINE },
      0.05,
      { min: 0, max: 1 },
      1,
    ],
    [
      "a count never goes below zero",
      { baseline: 100, target: 200, current: 50, start: START, deadline: DEADLINE },
      -30,
      { min: 0, max: Infinity },
      0,
    ],
  ])("%s", (_story, goal, pace, range, projected) => {
    expect(goalPace(goal, START + 1, pace, range).projected).toBe(projected);
  });

  it("is At risk, not On track, when its projection falls short of the target", () => {
    // The case: CTR a little ahead of the calendar (a third of the way, 2/7 of the time), but its trend
    // reaches only 4.25% against 6%.
    const read = {
      records: [
        {
          row: 1,
          fields: {
            goal: "CTR to 6%",
            metric: "CTR",
            baseline: 0.03,
            target: 0.06,
            current: 0.04,
            start: START,
            deadline: DEADLINE,
          },
        },
      ],
      problems: [],
      rejectedRows: [],
      headerRow: 0,
    };
    const history: [number, number][] = [
      [START + 1, 0.0395],
      [START + 2, 0.04],
    ];
    const [row] = goalRows(
      read as never,
      1,
      () => null,
      START + 2,
      0.2,
      () => history
    );
    if (row?.kind !== "goal") throw new Error("no goal");
    expect(row.result.progress).toBeGreaterThanOrEqual(row.result.timeElapsed ?? 1);
    expect(row.result.projected).toBeCloseTo(0.04 + 0.0005 * 5, 12);
    expect(row.result).toMatchObject({ status: "atRisk", projection: "trend" });
    // The same goal with a pace that reaches the target stays On track.
    const [fast] = goalRows(
      read as never,
      1,
      () => null,
      START + 2,
      0.2,
      () => [
        [START + 1, 0.03],
        [START + 2, 0.04],
      ]
    );
    expect(fast?.kind === "goal" && fast.result.status).toBe("onTrack");
  });

  it("keeps a conversion goal's projection at or above 0% when its trend falls", () => {
    const read = {
      records: [
        {
          row: 1,
          fields: {
            goal: "Conversion back",
            metric: "Conversion rate",
            baseline: 0.0368,
            target: 0.0436,
            current: 0.03,
            start: START,
            deadline: DEADLINE,
          },
        },
      ],
      problems: [],
      rejectedRows: [],
      headerRow: 0,
    };
    const [row] = goalRows(
      read as never,
      1,
      () => null,
      START + 2,
      0.2,
      () => [
        [START + 1, 0.04],
        [START + 2, 0.03],
      ]
    );
    expect(row?.kind === "goal" && row.result.projected).toBe(0);
  });
});
