/** Add suggestions to growth points: new rows only, never a duplicate, never a change to an existing row. */
import { addSuggestions } from "../../src/commands/addSuggestions";
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import type { SheetJson } from "../../src/emulator";
import { days, storeMetricsSheet } from "../fixtures/generators/storeSheets";
import { emulatedEnvironment } from "../helpers";

const LATEST = 46349;
/** Conversion and AOV both fall in the last three days. */
const METRICS = storeMetricsSheet([...days(14), ...days(3, { buyers: 20, gmv: 1600 })], LATEST);

const POINTS: SheetJson = {
  name: "Growth Points",
  values: [
    ["Growth point", "Success rate", "Growth rate", "Owner", "Deadline"],
    ["Detail page and payment reminders", 0.7, 0.1, "Li", 46355],
    ["Live streaming", "lots", 0.2, null, null],
  ],
  tables: [{ name: "GrowthPoints", address: "A1:E3" }],
};

describe("Add suggestions to growth points", () => {
  it("appends the suggestions not yet listed, with 50% marked as an estimate, and leaves every existing cell alone", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [METRICS, POINTS] });
    await diagnoseStoreData(env);
    const before = excel.stats().syncs;
    const outcome = await addSuggestions(env);
    expect(outcome).toMatchObject({
      ok: true,
      message:
        "Added 1 growth point to “Growth Points”: Bundles and spend-more discounts (满减). Their Source says where each success rate came from; rank them to see where they stand.",
    });
    expect(outcome.details).toEqual(["1 suggestion was already listed and left as it is."]);
    const sheet = excel.dump().sheets.find((s) => s.name === "Growth Points");
    expect(sheet?.tables).toEqual([{ name: "GrowthPoints", address: "A1:F4" }]);
    expect(sheet?.values.slice(0, 3).map((r) => r.slice(0, 5))).toEqual(POINTS.values);
    expect(sheet?.values[0]?.[5]).toBe("Source");
    const added = sheet?.values[3] ?? [];
    // AOV back to 100 from its last 7 days (4 days at 100, 3 at 80 on fewer buyers: 16,800 over 180).
    expect(added.slice(0, 5)).toEqual([
      "Bundles and spend-more discounts (满减)",
      0.5,
      expect.closeTo(100 / (16800 / 180) - 1, 12),
      null,
      null,
    ]);
    expect(added[5]).toBe("Diagnosis 2026-11-24; success rate estimated (no track record yet)");
    expect(excel.model.sheets[1]?.numberFormat(3, 1)).toBe("0%");
    // The diagnosis's write left the layout known: one read, one write.
    expect(excel.stats().syncs - before).toBe(2);

    // Again: nothing new to add.
    const again = await addSuggestions(env);
    expect(again.message).toBe("All 2 suggested growth points are already listed in Growth Points; nothing was added.");
    expect(excel.dump().sheets.find((s) => s.name === "Growth Points")?.values).toHaveLength(4);
    // The new point ranks with the others.
    expect((await rankGrowthPoints(env)).ok).toBe(true);
  });

  it("takes the success rate from the point's track record of ended goals", async () => {
    const goals: SheetJson = {
      name: "Goals",
      values: [
        ["Goal", "Growth point", "Baseline", "Target", "Current", "Start", "Deadline"],
        ["AOV to 120", "Bundles and spend-more discounts (满减)", 100, 120, 125, 46300, 46310],
        ["AOV to 130", "Bundles and spend-more discounts (满减)", 100, 130, 110, 46320, 46330],
        ["AOV to 140", "bundles and spend-more discounts (满减)", 100, 140, 141, 46331, 46340],
      ],
    };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [METRICS, goals] });
    await diagnoseStoreData(env);
    await addSuggestions(env);
    const sheet = excel.dump().sheets.find((s) => s.name === "Growth Points");
    const row = sheet?.values.find((r) => r[0] === "Bundles and spend-more discounts (满减)") ?? [];
    expect(row[1]).toBeCloseTo(2 / 3, 12);
    expect(row[5]).toBe("Diagnosis 2026-11-24; success rate from its track record (2/3 achieved)");
  });

  it("creates Growth Points as a table when the workbook has none", async () => {
    const { excel, env } = emulatedEnvironment("zh-CN", {
      sheets: [storeMetricsSheet([...days(14), ...days(3, { buyers: 20, gmv: 2000 })], LATEST, true)],
    });
    await diagnoseStoreData(env);
    const outcome = await addSuggestions(env);
    expect(outcome.ok).toBe(true);
    const sheet = excel.dump().sheets.find((s) => s.name === "增长点");
    expect(sheet?.values).toEqual([
      ["增长点", "成功率", "增长率", "负责人", "截止日期", "来源"],
      // Conversion back to 3% from its last 7 days (3 days at 2%, 4 at 3%).
      ["详情页优化与催付", 0.5, 0.166666666666667, null, null, "诊断 2026-11-24；成功率为估计值（尚无历史记录）"],
    ]);
    expect(sheet?.tables?.[0]?.name).toBe("GrowthPoints");
  });

  it("on a plain sheet writes below its last row and adds Source beside its header", async () => {
    const plain: SheetJson = {
      name: "Growth Points",
      values: [
        ["增长点", "成功率", "增长率"],
        ["直播", 0.5, 0.2],
      ],
    };
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [METRICS, plain] });
    await diagnoseStoreData(env);
    await addSuggestions(env);
    const values = excel.dump().sheets.find((s) => s.name === "Growth Points")?.values ?? [];
    expect(values[0]).toEqual(["增长点", "成功率", "增长率", "Source"]);
    expect(values[1]).toEqual(["直播", 0.5, 0.2, null]);
    expect(values.slice(2).map((r) => r[0])).toEqual([
      "Detail page and payment reminders",
      "Bundles and spend-more discounts (满减)",
    ]);
  });

  it("adds only what is left on the Diagnosis sheet: rows the operator deleted stay out", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [METRICS] });
    await diagnoseStoreData(env);
    // The operator clears the first finding's suggested growth point.
    const diagnosis = excel.model.sheets.find((s) => s.name === "Diagnosis");
    diagnosis?.setValue(1, 3, "");
    await addSuggestions(env);
    const values = excel.dump().sheets.find((s) => s.name === "Growth Points")?.values ?? [];
    expect(values.slice(1).map((r) => r[0])).toEqual(["Bundles and spend-more discounts (满减)"]);
  });

  it("says to diagnose first, and writes nothing, when there is no Diagnosis", async () => {
    const { excel, env } = emulatedEnvironment("en-US", { sheets: [POINTS] });
    const outcome = await addSuggestions(env);
    expect(outcome).toMatchObject({ ok: false, message: "No growth point was added:" });
    expect(outcome.details[0]).toContain("Click “Diagnose store data” first");
    expect(excel.dump().sheets).toEqual([POINTS]);
  });
});
