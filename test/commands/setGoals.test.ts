/** Set goals for focus points: new Goals rows only, from the ranking's focus and Store Metrics. */
import { setGoalsForFocus } from "../../src/commands/setGoals";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import type { SheetJson } from "../../src/emulator";
import { days, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { emulatedEnvironment } from "../helpers";

const LATEST = 46349;
const METRICS = storeMetricsSheet(days(10), LATEST);
const POINTS: SheetJson = {
  name: "Growth Points",
  values: [
    ["Growth point", "Success rate", "Growth rate", "Owner", "Deadline"],
    ["Main image and title", 0.8, 0.2, "Li", 46360],
    ["Live streaming", 0.6, 0.3, null, null],
    ["Refund reasons", 0.2, 0.1, null, null],
  ],
  tables: [{ name: "GrowthPoints", address: "A1:E4" }],
};
const GOALS_HEADER = ["Goal", "Growth point", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"];

describe("Set goals for focus points", () => {
  it("adds a goal per focus point to the Goals table, and a note where the point names no metric", async () => {
    const goals: SheetJson = {
      name: "Goals",
      values: [GOALS_HEADER, ["Old goal", "Refund reasons", "Refund rate", 0.05, 0.03, null, 46300, 46310]],
      tables: [{ name: "Goals", address: "A1:H2" }],
    };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [METRICS, POINTS, goals] });
    const outcome = await setGoalsForFocus(env);
    expect(outcome).toMatchObject({
      ok: true,
      message:
        "Added 2 goals to “Goals” for Live streaming and Main image and title. Current comes from Store Metrics: run “Update goal status” to track them.",
    });
    expect(outcome.details).toEqual([
      "Live streaming: No store metric recognised in the growth point's name: fill in Metric, Baseline and Target.",
      // CTR has held 4% every day: a 20% rise is past anything the data shows, and the pane says so.
      "Main image and title: A stretch: past the best 7-day level, 4.00% (to 2026-11-23).",
    ]);
    const sheet = excel.dump().sheets.find((s) => s.name === "Goals");
    expect(sheet?.tables).toEqual([{ name: "Goals", address: "A1:H4" }]);
    expect(sheet?.values[1]).toEqual(goals.values[1]);
    // Ranked by score: Live streaming (0.18) before Main image (0.16).
    expect(sheet?.values[2]).toEqual([
      "Live streaming by 2026-12-01",
      "Live streaming",
      null,
      null,
      null,
      null,
      46350,
      46357,
    ]);
    expect(sheet?.values[3]?.slice(0, 3)).toEqual(["CTR 4.00% → 4.80% by 2026-12-04", "Main image and title", "CTR"]);
    expect(sheet?.values[3]?.[3]).toBeCloseTo(0.04, 12);
    expect(sheet?.values[3]?.[4]).toBeCloseTo(0.048, 12);
    expect(sheet?.values[3]?.slice(5)).toEqual([null, 46350, 46360]);
    expect(excel.model.sheets[2]?.numberFormat(3, 3)).toBe("0.00%");
    expect(excel.model.sheets[2]?.numberFormat(3, 6)).toBe("yyyy-mm-dd");
    expect(excel.stats().syncs).toBe(3);

    // The new goals are open: a second run adds nothing, and Update goal status reads them.
    const again = await setGoalsForFocus(env);
    expect(again.message).toBe(
      "Every focus point already has an open goal (Live streaming and Main image and title); nothing was added."
    );
    const status = await updateGoalStatus(env);
    expect(status.ok).toBe(true);
  });

  it("creates Goals with a Note column when the workbook has none, in the workbook's language", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", {
      sheets: [storeMetricsSheet(days(10), LATEST, true), { ...POINTS, name: "增长点" }],
    });
    const outcome = await setGoalsForFocus(env);
    expect(outcome.ok).toBe(true);
    const sheet = excel.dump().sheets.find((s) => s.name === "目标");
    expect(sheet?.values[0]).toEqual([
      "目标",
      "增长点",
      "指标",
      "基准值",
      "目标值",
      "当前值",
      "开始日期",
      "截止日期",
      "说明",
    ]);
    expect(sheet?.values[1]?.[8]).toBe("增长点的名称里没有可识别的店铺指标：请填写指标、基准值和目标值。");
    expect(sheet?.values[2]?.[2]).toBe("点击率");

    // The same points in an English workbook, the pane in Chinese: an English Goals sheet, a Chinese message.
    const english = emulatedEnvironment("zh-CN", { sheets: [METRICS, POINTS] });
    const said = await setGoalsForFocus(english.env);
    expect(said.message).toMatch(/“Goals”/);
    expect(english.excel.dump().sheets.find((s) => s.name === "Goals")?.values[0]?.[8]).toBe("Note");
  });

  it("says what to do, and writes nothing, without Store Metrics or without a focus point", async () => {
    const none = emulatedEnvironment("en-US", { sheets: [POINTS] });
    const outcome = await setGoalsForFocus(none.env);
    expect(outcome).toMatchObject({ ok: false, message: "No goal was set:" });
    expect(outcome.details[0]).toContain("There is no Store Metrics yet.");
    expect(none.excel.dump().sheets).toEqual([POINTS]);

    const zero: SheetJson = {
      name: "Growth Points",
      values: [
        ["Growth point", "Success rate", "Growth rate"],
        ["Main image", 0, 0.2],
      ],
    };
    const flat = emulatedEnvironment("en-US", { sheets: [METRICS, zero] });
    const noFocus = await setGoalsForFocus(flat.env);
    expect(noFocus).toMatchObject({
      ok: false,
      message:
        "No growth point has a positive score, so there is no focus point to set a goal for. Fill in success and growth rates, then rank again.",
    });
    expect(flat.excel.dump().sheets.map((s) => s.name)).toEqual(["Store Metrics", "Growth Points"]);
  });
});
