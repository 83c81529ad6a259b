/**
 * Text an operator typed, or a file held, that starts like a formula ("=HYPERLINK(…)", "-10% refunds", "@me",
 * "+86 hotline") lands in every sheet the add-in writes as that text, never a live formula, under every variant of
 * the host's undocumented behaviours (a Text cell may take it as a formula, an apostrophe may stay in a Text cell).
 */
import { generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import { importStoreData } from "../../src/commands/importStoreData";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import type { ExcelEmulator, HostVariants, SheetJson } from "../../src/emulator";
import { everyVariant } from "../../src/emulator";
import { blobChunks } from "../../src/csv/chunks";
import { TODAY, emulatedEnvironment } from "../helpers";

const LINK = '=HYPERLINK("http://x","y")';
const TASKS: SheetJson = {
  name: "Daily Tasks",
  values: [
    ["Task", "Minutes", "Priority", "Fixed start", "Days", "Category"],
    [LINK, 30, "High", "09:00", "Daily", "-Ads"],
    ["+1 follow-up", 30, "High", null, "Daily", "@me"],
  ],
  tables: [{ name: "DailyTasks", address: "A1:F3" }],
};
const GOALS: SheetJson = {
  name: "Goals",
  values: [
    ["Goal", "Metric", "Baseline", "Target", "Current", "Start", "Deadline"],
    ["-10% refunds", "CTR", 0.048, 0.06, null, 46348, 46355],
  ],
  tables: [{ name: "Goals", address: "A1:G2" }],
};
const METRICS: SheetJson = {
  name: "Store Metrics",
  values: [
    ["Date", "CTR"],
    [46348, 0.049],
    [46349, 0.051],
    ["Total", null],
  ],
  tables: [{ name: "StoreMetrics", address: "A1:B4" }],
};

/** Every cell of the workbook that holds a formula, as sheet!row,column. */
function formulaCells(excel: ExcelEmulator): string[] {
  return excel
    .dump()
    .sheets.flatMap((sheet) =>
      (sheet.formulas ?? []).flatMap((row, r) =>
        row.flatMap((f, c) => (typeof f === "string" && f.startsWith("=") ? [`${sheet.name}!${r},${c}`] : []))
      )
    );
}

const cellsOf = (excel: ExcelEmulator, name: string) =>
  excel
    .dump()
    .sheets.find((s) => s.name === name)
    ?.values.flat() ?? [];

describe.each(everyVariant().map((v) => [`${v.apostropheInTextCell}/${v.signInTextCell}`, v] as const))(
  "Text led by a formula sign, host variant %s",
  (_, variants: HostVariants) => {
    it("stays text in the Schedule's tasks and categories and in the Operation Log", async () => {
      const { excel, env } = emulatedEnvironment("en-US", { sheets: [TASKS] }, { variants });
      expect((await generateDailySchedule(env)).ok).toBe(true);
      expect(cellsOf(excel, "Schedule 2026-11-24")).toEqual(
        expect.arrayContaining([LINK, "-Ads", "+1 follow-up", "@me"])
      );
      expect((await logDailyReport(env)).ok).toBe(true);
      expect((await logDailyReport(env)).ok).toBe(true);
      expect(formulaCells(excel)).toEqual([]);
    });

    it("stays text in Goal Trends' titles", async () => {
      const { excel, env } = emulatedEnvironment("en-US", { sheets: [GOALS, METRICS] }, { variants });
      expect((await updateGoalStatus(env)).ok).toBe(true);
      expect(cellsOf(excel, "Goal Trends")[0]).toBe("-10% refunds (2026-11-22 – 2026-11-29)");
      expect(formulaCells(excel)).toEqual([]);
    });

    it("stays text in the Import Log's file name", async () => {
      const { excel, env } = emulatedEnvironment("en-US", undefined, { variants });
      const file = {
        name: "@SUM(A1).csv",
        chunks: () =>
          blobChunks(new Blob([new TextEncoder().encode("统计日期,访客数,支付金额\n2026-11-01,1000,3000\n")])),
      };
      const options = { replace: false, clock: () => 0, now: () => ({ ...TODAY, hour: 10, minute: 30, second: 0 }) };
      await importStoreData(env, [file], options);
      await importStoreData(env, [file], options);
      expect(cellsOf(excel, "Import Log").filter((v) => v === "@SUM(A1).csv")).toHaveLength(2);
      expect(formulaCells(excel)).toEqual([]);
    });
  }
);
