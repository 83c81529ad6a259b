/**
 * Every command in the pseudo-locale qps-ploc (core/language.ts): whatever the add-in writes into a sheet or says
 * in the pane must have come through its word lists, so no plain English or Chinese may show (the imported file's
 * own cells, names and encodings are input data and are left out).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { addSuggestions } from "../../src/commands/addSuggestions";
import { copyDailyReport, generateDailySchedule, logDailyReport } from "../../src/commands/dailySchedule";
import { diagnoseStoreData } from "../../src/commands/diagnoseStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { insertSampleData } from "../../src/commands/insertSampleData";
import type { Outcome } from "../../src/commands/outcome";
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { setGoalsForFocus } from "../../src/commands/setGoals";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import { watchCompetitors } from "../../src/commands/watchCompetitors";
import { copyWeeklyReport, writeWeeklyReview } from "../../src/commands/weeklyReview";
import { addNextGoals, planNextWeek } from "../../src/commands/planNextWeek";
import { toDateSerial } from "../../src/core/excelDate";
import { lastFullWeek } from "../../src/core/review/period";
import { createInputSheets, saveSetting } from "../../src/commands/workbookSetup";
import type { Language } from "../../src/core/language";
import { PSEUDO_LOCALE } from "../../src/core/language";
import type { ExcelEmulator } from "../../src/emulator";
import { TODAY, emulatedEnvironment } from "../helpers";

const FILE = "sycm-overview-preamble.gbk.csv";
const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "import", FILE)));
const COMPETITION_FILE = "competition.csv";

/** Plain Latin words (two letters or more) or Chinese characters: text that did not come through the word lists. */
const PLAIN = /[A-Za-z]{2,}|[\u3400-\u9fff]/;
/**
 * What the imported file brings, and so may show as it is: its name, its encoding's label and its format's name
 * (CSV, as a file format is named in every language).
 */
const INPUT_DATA = [FILE, COMPETITION_FILE, "gb18030", "utf-8", "UTF-8", "CSV"];

function leaks(texts: readonly string[]): string[] {
  return texts.filter((text) => PLAIN.test(INPUT_DATA.reduce((rest, data) => rest.split(data).join(""), text)));
}

/**
 * Every text cell the add-in wrote, sheet by sheet. The workbook's own first sheet (Sheet1, the user's) and the
 * import's data sheet (the file's own cells) are left out.
 */
function written(excel: ExcelEmulator, dataSheets: readonly string[]): string[] {
  const theirs = ["Sheet1", ...dataSheets];
  // A very hidden sheet is the add-in's own bookkeeping (Store Metrics' kept sums): no tab, and Excel's Unhide does
  // not list it, so nothing on it is said to the operator.
  return excel.dump().sheets.flatMap((sheet) =>
    theirs.includes(sheet.name) || sheet.visibility === "VeryHidden"
      ? []
      : [
          sheet.name,
          ...sheet.values
            .flat()
            .filter((v): v is string => typeof v === "string")
            .map((v) => `${sheet.name}!${v}`),
        ]
  );
}

/** A competition download of 28 days for our shop and one rival, its subjects named without words of any language. */
const competition = new TextEncoder().encode(
  [
    "日期,主体,类型,交易指数,流量指数",
    ...Array.from({ length: 28 }, (_, d) => new Date(Date.UTC(2026, 9, 27 + d)).toISOString().slice(0, 10)).flatMap(
      (day, d) => [
        `${day},S1,本店,${10000 + d * 300},${5000 + d * 100}`,
        `${day},S2,竞店,${d > 24 ? 20000 : 12000},6000`,
      ]
    ),
  ].join("\n")
);

const said = (outcome: Outcome | null) => (outcome ? [outcome.message, ...outcome.details] : []);

/** The operator's loop, command by command, in one language: what each said, and whether it did its work. */
async function loop(language: Language) {
  const { excel, env } = emulatedEnvironment(language);
  const outcomes: { readonly command: string; readonly ok: boolean; readonly said: string[] }[] = [];
  const run = async (command: string, outcome: Promise<Outcome | null>) => {
    const done = await outcome;
    outcomes.push({ command, ok: done?.ok === true, said: said(done) });
  };
  await run("insert sample data", insertSampleData(env));
  await run("rank", rankGrowthPoints(env));
  const file = {
    name: FILE,
    chunks: async function* () {
      yield bytes;
    },
  };
  const competitionFile = {
    name: COMPETITION_FILE,
    chunks: async function* () {
      yield competition;
    },
  };
  await run(
    "import",
    importStoreData(env, [file, competitionFile], {
      replace: false,
      clock: () => 0,
      now: () => ({ ...TODAY, hour: 10, minute: 30, second: 0 }),
    })
  );
  await run("set goals", setGoalsForFocus(env));
  await run("goal status", updateGoalStatus(env));
  await run("watch competitors", watchCompetitors(env));
  await run("diagnose", diagnoseStoreData(env));
  await run("add suggestions", addSuggestions(env));
  await run("schedule", generateDailySchedule(env));
  await run("log report", logDailyReport(env));
  await run("copy report", copyDailyReport(env));
  await run("weekly review", writeWeeklyReview(env, lastFullWeek(toDateSerial(TODAY))));
  const weekly = await copyWeeklyReport(env, lastFullWeek(toDateSerial(TODAY)));
  outcomes.push({ command: "copy weekly report", ok: weekly.ok, said: [...said(weekly), weekly.report ?? ""] });
  const plan = await planNextWeek(env, lastFullWeek(toDateSerial(TODAY)));
  outcomes.push({
    command: "plan next week",
    ok: plan.ok,
    said: [...said(plan), ...plan.proposals.map((p) => p.text)],
  });
  await run(
    "add next goals",
    addNextGoals(
      env,
      lastFullWeek(toDateSerial(TODAY)),
      plan.proposals.filter((p) => p.writable).map((p) => p.id)
    )
  );
  await run("save setting", saveSetting(env, "slotMinutes", "30"));
  return { excel, outcomes };
}

describe("every command in the pseudo-locale", () => {
  it("does in the pseudo-locale what it does in English, and writes and says nothing in plain English or Chinese", async () => {
    const english = await loop("en-US");
    const pseudo = await loop(PSEUDO_LOCALE);
    // The same work done: each command succeeds or not as in English, with as many lines to say.
    expect(pseudo.outcomes.map((o) => [o.command, o.ok, o.said.length])).toEqual(
      english.outcomes.map((o) => [o.command, o.ok, o.said.length])
    );
    expect(pseudo.outcomes.filter((o) => o.ok).map((o) => o.command)).toEqual(
      expect.arrayContaining([
        "insert sample data",
        "rank",
        "import",
        "goal status",
        "schedule",
        "log report",
        "copy report",
        "weekly review",
        "copy weekly report",
        "plan next week",
      ])
    );
    expect(pseudo.excel.dump().sheets.map((s) => s.values.length)).toEqual(
      english.excel.dump().sheets.map((s) => s.values.length)
    );
    const dataSheets = ["SycmOverview", "Competitors"].map(
      (table) => pseudo.excel.dump().sheets.find((s) => s.tables?.some((t) => t.name === table))?.name ?? ""
    );
    expect(dataSheets).not.toContain("");
    expect(pseudo.outcomes.find((o) => o.command === "watch competitors")?.ok).toBe(true);
    expect({
      messages: leaks(pseudo.outcomes.flatMap((o) => o.said)),
      sheets: leaks(written(pseudo.excel, dataSheets)),
    }).toEqual({ messages: [], sheets: [] });
  });

  it("creates the input sheets of a blank workbook with their headers in the pseudo-locale", async () => {
    const { excel, env } = emulatedEnvironment(PSEUDO_LOCALE);
    const outcome = await createInputSheets(env, ["growthPoints", "goals", "dailyTasks", "settings"]);
    expect(outcome.ok).toBe(true);
    expect(excel.dump().sheets).toHaveLength(5);
    expect({ messages: leaks(said(outcome)), sheets: leaks(written(excel, [])) }).toEqual({ messages: [], sheets: [] });
  });
});
