/**
 * The bad-input catalogue: each entry runs a real command on the emulator with a bad workbook or file and checks
 * the exact sentence the user sees. docs/bad-inputs.md is generated from this table (UPDATE_DOCS=1 npx jest
 * test/badInputs.test.ts) and a test fails when it is out of date.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { CommandEnvironment } from "../src/commands/environment";
import { generateDailySchedule } from "../src/commands/dailySchedule";
import { importStoreData } from "../src/commands/importStoreData";
import type { Outcome } from "../src/commands/outcome";
import { rankGrowthPoints } from "../src/commands/rankGrowthPoints";
import { updateGoalStatus } from "../src/commands/updateGoalStatus";
import { saveSetting } from "../src/commands/workbookSetup";
import { qualifiedAddress } from "../src/core/cellAddress";
import { blobChunks } from "../src/csv/chunks";
import type { JsonCell, SheetJson, WorkbookJson } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import { clientHost } from "./fixtures/officeClient";
import { TODAY } from "./helpers";
import { addSuggestions } from "../src/commands/addSuggestions";
import { diagnoseStoreData } from "../src/commands/diagnoseStoreData";
import { watchCompetitors } from "../src/commands/watchCompetitors";
import { setGoalsForFocus } from "../src/commands/setGoals";
import { toDateSerial } from "../src/core/excelDate";
import { days, storeMetricsSheet } from "./fixtures/generators/storeSheets";
import { declaringSize, packageBytes, worksheetXml } from "./fixtures/generators/ooxml";
import { calculateProfit } from "../src/commands/calculateProfit";
import { planPromotion } from "../src/commands/planPromotion";
import { positionInMarket } from "../src/commands/positionInMarket";
import type { PhaseRow } from "./fixtures/generators/promotions";
import { promotionsSheet, templateSheet } from "./fixtures/generators/promotions";
import { costsSheet, profitExports } from "./fixtures/generators/profitMonth";
import { reviewProducts } from "../src/commands/reviewProducts";
import { analyzeAds } from "../src/commands/analyzeAds";
import { analyzeRefunds } from "../src/commands/analyzeRefunds";
import { ATTRIBUTION_PROPERTY } from "../src/excel/sheetMarks";
import { layoutWorkbook } from "./fixtures/generators/productLayout";

/** Two days of a shop's exports imported, Costs with `costs` rows more, then Calculate profit. */
function profitOf(costs: JsonCell[][], files: (f: Record<string, string>) => Record<string, string> = (f) => f): Run {
  const exports = profitExports(2);
  return on({ sheets: [costsSheet(costs as (string | number)[][])] }, async (env) => {
    const chosen = Object.entries(files(exports.files)).map(([name, content]) => ({
      name,
      chunks: () => blobChunks(new Blob([text(content)])),
    }));
    await importStoreData(env, chosen, {
      replace: false,
      clock: () => 0,
      now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }),
    });
    return calculateProfit(env);
  });
}
const STRAY = "999999999999999999";

const TODAY_SERIAL = toDateSerial(TODAY);

type Run = () => Promise<{ outcome: Outcome; excel: ExcelEmulator }>;

function on(
  workbook: WorkbookJson,
  command: (env: CommandEnvironment) => Promise<Outcome>,
  arrange: (excel: ExcelEmulator) => void = () => undefined
): Run {
  return async () => {
    const excel = new ExcelEmulator(workbook);
    arrange(excel);
    const env: CommandEnvironment = { host: clientHost(excel), language: () => "en-US", today: () => TODAY };
    return { outcome: await command(env), excel };
  };
}

function importing(name: string, bytes: Uint8Array<ArrayBuffer>): Run {
  return on({ sheets: [{ name: "Sheet1", values: [] }] }, (env) =>
    importStoreData(env, [{ name, chunks: () => blobChunks(new Blob([bytes])) }], {
      replace: false,
      clock: () => 0,
      now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }),
    })
  );
}
const text = (s: string) => new TextEncoder().encode(s);

const POINTS_HEADER = ["Growth point", "Success rate", "Growth rate"];
const points = (rows: JsonCell[][], extra: Partial<SheetJson> = {}): WorkbookJson => ({
  sheets: [{ name: "Growth Points", values: [POINTS_HEADER, ...rows], ...extra }],
});
const rank = (rows: JsonCell[][], extra: Partial<SheetJson> = {}) => on(points(rows, extra), rankGrowthPoints);
const GOALS_HEADER = ["Goal", "Baseline", "Target", "Current", "Start", "Deadline"];
const goals = (rows: JsonCell[][]) =>
  on(
    {
      sheets: [
        {
          name: "Goals",
          values: [GOALS_HEADER, ...rows],
          tables: [{ name: "Goals", address: `A1:F${rows.length + 1}` }],
        },
      ],
    },
    updateGoalStatus
  );
const TASKS_HEADER = ["Task", "Minutes", "Priority", "Fixed start", "Days"];
const tasks = (rows: JsonCell[][]) =>
  on({ sheets: [{ name: "Daily Tasks", values: [TASKS_HEADER, ...rows] }] }, (env) => generateDailySchedule(env));
const competitors = (rows: JsonCell[][]) =>
  on(
    { sheets: [{ name: "Competitors", values: [["Date", "Subject", "Kind", "Trade index"], ...rows] }] },
    watchCompetitors
  );
const settings = (name: string, value: JsonCell) =>
  on(
    {
      sheets: [
        ...points([["a", 0.5, 0.2]]).sheets,
        {
          name: "Settings",
          values: [
            ["Setting", "Value"],
            [name, value],
          ],
        },
      ],
    },
    rankGrowthPoints
  );

// The headers as a list is worded: "A, B and C".
const EMPTY = (sheet: string, headers: string) =>
  `${qualifiedAddress(sheet, "A1")}: The sheet “${sheet}” is empty. Type its header row in row 1: ${headers.replace(/, ([^,]*)$/, " and $1")}.`;
const twoSettings = (sheets: SheetJson[]): WorkbookJson => ({
  sheets: [
    ...sheets,
    {
      name: "Settings",
      values: [
        ["Setting", "Value"],
        ["Focus limit", 2],
      ],
    },
    {
      name: "设置",
      values: [
        ["设置", "值"],
        ["重点数量", 3],
      ],
    },
  ],
});
const TWO_SETTINGS =
  "Several sheets could be the Settings: Settings and 设置. Keep one, or make the input an Excel table named Settings.";

/** 万相台's keyword report as the import leaves it, its one row as given. */
const keywordsWith = (row: readonly (string | number)[]): WorkbookJson => ({
  sheets: [
    {
      name: "Ad Keywords",
      values: [["日期", "计划ID", "词名字", "展现量", "点击量", "花费", "总成交金额"], [...row]],
      tables: [{ name: "AdKeywords", address: "A1:G2" }],
    },
  ],
});

/** Qianniu's order list and refund export as the import leaves them: one order of 100, its refund row as given. */
const refundsWith = (row: readonly (string | number)[]): WorkbookJson => ({
  sheets: [
    {
      name: "Qianniu Orders",
      values: [
        ["订单编号", "买家会员名", "买家实际支付金额", "订单付款时间"],
        ["1001", "buyer", 100, TODAY_SERIAL - 20 + 10 / 24],
      ],
      tables: [{ name: "QianniuOrders", address: "A1:D2" }],
    },
    {
      name: "Qianniu Refunds",
      values: [["退款编号", "订单编号", "买家退款金额", "退款的申请时间", "退款状态"], [...row]],
      tables: [{ name: "QianniuRefunds", address: "A1:E2" }],
    },
  ],
});

interface Entry {
  readonly input: string;
  readonly run: Run;
  /** A line the user sees: the outcome's message or one of its details, exactly. */
  readonly says: string;
}

const CATALOGUE: readonly Entry[] = [
  {
    input: "An empty Growth Points sheet",
    run: on({ sheets: [{ name: "Growth Points", values: [] }] }, rankGrowthPoints),
    says: EMPTY("Growth Points", "Growth point, Success rate, Growth rate, Owner, Deadline"),
  },
  {
    input: "An empty Goals sheet",
    run: on({ sheets: [{ name: "Goals", values: [] }] }, updateGoalStatus),
    says: EMPTY("Goals", "Goal, Growth point, Metric, Baseline, Target, Current, Start, Deadline"),
  },
  {
    input: "An empty Daily Tasks sheet",
    run: on({ sheets: [{ name: "Daily Tasks", values: [] }] }, (env) => generateDailySchedule(env)),
    says: EMPTY("Daily Tasks", "Task, Minutes, Priority, Fixed start, Days, Category, Deadline"),
  },
  {
    input: "Both a Settings and a 设置 sheet (ranking)",
    run: on(twoSettings(points([["a", 0.5, 0.2]]).sheets), rankGrowthPoints),
    says: TWO_SETTINGS,
  },
  {
    input: "Both a Settings and a 设置 sheet (goal status)",
    run: on(twoSettings([{ name: "Goals", values: [GOALS_HEADER, ["g", 1, 2, 1.5, 46340, 46360]] }]), updateGoalStatus),
    says: TWO_SETTINGS,
  },
  {
    input: "Both a Settings and a 设置 sheet (daily schedule)",
    run: on(twoSettings([{ name: "Daily Tasks", values: [TASKS_HEADER, ["t", 30, "", "", ""]] }]), (env) =>
      generateDailySchedule(env)
    ),
    says: TWO_SETTINGS,
  },
  {
    input: "Both a Settings and a 设置 sheet (saving a setting from the pane)",
    run: on(twoSettings([]), (env) => saveSetting(env, "focusLimit", "3")),
    says: TWO_SETTINGS,
  },
  {
    input: "A Growth Points sheet with a header only",
    run: rank([]),
    says: "'Growth Points'!A1:C1: There is a header row but no rows below it.",
  },
  {
    input: "A required column missing",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              ["Growth point", "Success rate"],
              ["a", 0.5],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'Growth Points'!A1:B1: The column “Growth rate / 增长率” is missing. Headers found: Growth point, Success rate.",
  },
  {
    input: "Two columns meaning the same field (duplicate headers)",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              [...POINTS_HEADER, "成功率"],
              ["a", 0.5, 0.2, 0.6],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'Growth Points'!D1: “成功率” means the same as “Success rate”. Keep one of the two columns.",
  },
  {
    input: "Merged header cells",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              ["Growth point", "Rates", null],
              ["a", 0.5, 0.2],
            ],
            merged: ["B1:C1"],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'Growth Points'!B1:C1: These cells are merged, so only the first of them holds a value and the rows they span cannot be read. Unmerge them (Home › Merge & Center), fill in each cell, then try again.",
  },
  {
    input: "A merged title above the header (accepted)",
    run: on(
      { sheets: [{ name: "Growth Points", values: [["Week 48"], POINTS_HEADER, ["a", 0.5, 0.2]], merged: ["A1:C1"] }] },
      rankGrowthPoints
    ),
    says: "Ranked 1 growth point on “Growth Ranking”. Focus: a.",
  },
  {
    input: "Merged cells in the data (the rows they span are not ranked)",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [POINTS_HEADER, ["a", 0.5, 0.2], ["b", 0.4, 0.3], ["c", 0.6, null]],
            merged: ["C3:C4"],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'Growth Points'!C3:C4: These cells are merged, so only the first of them holds a value and the rows they span cannot be read. Unmerge them (Home › Merge & Center), fill in each cell, then try again.",
  },
  {
    input: "Text in a rate column",
    run: rank([["a", "half", 0.2]]),
    says: "'Growth Points'!B2: Success rate: “half” is not a rate. Write it as 0.6, 60% or 60 %.",
  },
  {
    input: "A success rate typed as 60",
    run: rank([["a", 60, 0.2]]),
    says: "'Growth Points'!B2: Success rate: 60 is more than 100%. Did you mean 60%? A success rate is at most 100%.",
  },
  {
    input: "A success rate typed as 60 in a cell formatted as a percent (it shows 6000%)",
    run: rank([["a", 60, 0.2]], {
      numberFormats: [
        ["General", "General", "General"],
        ["General", "0%", "General"],
      ],
    }),
    says: "'Growth Points'!B2: Success rate: 6000% is more than 100%. Did you mean 60%? A success rate is at most 100%.",
  },
  {
    input: "A success rate typed as 150",
    run: rank([["a", 150, 0.2]]),
    says: "'Growth Points'!B2: Success rate: 150 is more than 100%. Did you mean 150%? A success rate is at most 100%.",
  },
  {
    input: "A success rate typed as 150%",
    run: rank([["a", "150%", 0.2]]),
    says: "'Growth Points'!B2: Success rate: “150%” is out of range. Allowed: 0%–100%.",
  },
  {
    input: "A success rate typed as 60% (accepted)",
    run: rank([["a", "60%", 0.2]]),
    says: "Ranked 1 growth point on “Growth Ranking”. Focus: a.",
  },
  {
    input: "A success rate typed as 0.6 (accepted)",
    run: rank([["a", 0.6, 0.2]]),
    says: "Ranked 1 growth point on “Growth Ranking”. Focus: a.",
  },
  {
    input: "A success rate typed as ６０％ in full width (accepted)",
    run: rank([["a", "６０％", 0.2]]),
    says: "Ranked 1 growth point on “Growth Ranking”. Focus: a.",
  },
  {
    input: "A negative growth rate",
    run: rank([["a", 0.5, -0.1]]),
    says: "'Growth Points'!C2: Growth rate: “-0.1” is negative. A growth rate is 0% or more.",
  },
  {
    input: "#N/A in an input cell",
    run: rank([
      ["a", "#N/A", 0.2],
      ["b", 0.5, 0.2],
    ]),
    says: "'Growth Points'!B2: Success rate holds the Excel error #N/A. Fix the formula or type the value.",
  },
  {
    input: "#DIV/0! in an input cell",
    run: rank([
      ["a", 0.5, "#DIV/0!"],
      ["b", 0.5, 0.2],
    ]),
    says: "'Growth Points'!C2: Growth rate holds the Excel error #DIV/0!. Fix the formula or type the value.",
  },
  {
    input: "A date typed as text (2026/12/01, accepted)",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              [...POINTS_HEADER, "Deadline"],
              ["a", 0.5, 0.2, "2026/12/01"],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "Ranked 1 growth point on “Growth Ranking”. Focus: a.",
  },
  {
    input: "A date as an Excel serial (accepted)",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              [...POINTS_HEADER, "Deadline"],
              ["a", 0.5, 0.2, 46357],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "Ranked 1 growth point on “Growth Ranking”. Focus: a.",
  },
  {
    input: "A date that is not one",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              [...POINTS_HEADER, "Deadline"],
              ["a", 0.5, 0.2, "someday"],
              ["b", 0.5, 0.2, null],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'Growth Points'!D2: Deadline: “someday” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  },
  {
    input: "A date outside Excel's range (after 9999-12-31)",
    run: on(
      {
        sheets: [
          {
            name: "Growth Points",
            values: [
              [...POINTS_HEADER, "Deadline"],
              ["a", 0.5, 0.2, 3_000_000],
              ["b", 0.5, 0.2, null],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'Growth Points'!D2: Deadline: “3000000” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  },
  {
    input: "Both a Growth Points and a 增长点 sheet",
    run: on(
      {
        sheets: [
          ...points([["a", 0.5, 0.2]]).sheets,
          {
            name: "增长点",
            values: [
              ["增长点", "成功率", "增长率"],
              ["b", 0.5, 0.2],
            ],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "Several sheets could be the Growth Points: Growth Points and 增长点. Keep one, or make the input an Excel table named GrowthPoints.",
  },
  {
    input: "No growth points anywhere",
    run: on({ sheets: [{ name: "Notes", values: [["hello"]] }] }, rankGrowthPoints),
    says: "No Growth Points found: the workbook has no table named GrowthPoints, no sheet with that name, and the active sheet “Notes” does not have its headers. “Insert sample data” shows the layout.",
  },
  {
    input: "A sheet name with quotes and spaces (the input is a table on it)",
    run: on(
      {
        sheets: [
          {
            name: "O'Neil's ideas",
            values: [POINTS_HEADER, ["a", "x", 0.2], ["b", 0.5, 0.2]],
            tables: [{ name: "GrowthPoints", address: "A1:C3" }],
          },
        ],
      },
      rankGrowthPoints
    ),
    says: "'O''Neil''s ideas'!B2: Success rate: “x” is not a rate. Write it as 0.6, 60% or 60 %.",
  },
  {
    input: "A user's own sheet named Growth Ranking",
    run: on(
      { sheets: [...points([["a", 0.5, 0.2]]).sheets, { name: "Growth Ranking", values: [["mine"]] }] },
      rankGrowthPoints
    ),
    says: "“Growth Ranking” is a sheet of yours and was left as it is; the output went to “Growth Ranking (2)”.",
  },
  {
    input: "A protected output sheet (Goals protected)",
    run: on(
      {
        sheets: [
          {
            name: "Goals",
            values: [GOALS_HEADER, ["CTR", 0.048, 0.06, 0.05, 46348, 46355]],
            tables: [{ name: "Goals", address: "A1:F2" }],
            protected: true,
          },
        ],
      },
      updateGoalStatus
    ),
    says: "The sheet “Goals” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.",
  },
  {
    input: "Excel in cell-edit mode",
    run: on(points([["a", 0.5, 0.2]]), rankGrowthPoints, (e) => (e.cellEditMode = true)),
    says: "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  {
    input: "Focus limit 9 in Settings",
    run: settings("Focus limit", 9),
    says: "Settings!B2: Focus limit: “9” is out of range. Allowed: 1–5.",
  },
  {
    input: "Focus limit 2.5 in Settings",
    run: settings("Focus limit", 2.5),
    says: "Settings!B2: Focus limit: “2.5” is not a whole number.",
  },
  {
    input: "Slot minutes 25 typed in the pane",
    run: on({ sheets: [{ name: "Sheet1", values: [] }] }, (env) => saveSetting(env, "slotMinutes", "25")),
    says: "Slot minutes: “25” is out of range. Allowed: 5, 10, 15, 20, 30, 60.",
  },
  {
    input: "Breaks that are not times, typed in the pane",
    run: on({ sheets: [{ name: "Sheet1", values: [] }] }, (env) => saveSetting(env, "breaks", "lunch")),
    says: "Breaks: “lunch” is not a time. Write it like 12:00-13:00, 15:00-15:15.",
  },
  {
    input: "A goal whose target equals its baseline",
    run: goals([["CTR", 0.05, 0.05, 0.05, 46348, 46355]]),
    says: "Updated 1 goal on “Goals”: Invalid 1.",
  },
  {
    input: "A goal with text in Baseline",
    run: goals([["CTR", "low", 0.06, 0.05, 46348, 46355]]),
    says: "Goals!B2: Baseline: “low” is not a number.",
  },
  {
    input: "Cells in use right of the Goals table",
    run: on(
      {
        sheets: [
          {
            name: "Goals",
            values: [
              [...GOALS_HEADER, null, "notes"],
              ["CTR", 0.048, 0.06, 0.05, 46348, 46355, null, null],
            ],
            tables: [{ name: "Goals", address: "A1:F2" }],
          },
        ],
      },
      updateGoalStatus
    ),
    says: "Goals!G1:BD2: The cells right of the table Goals (G1:BD2) are in use, and the status columns would be added there. Move them, then try again.",
  },
  {
    input: "Days that cannot be read",
    run: tasks([
      ["A", 30, null, null, "someday"],
      ["B", 30, null, null, null],
    ]),
    says: "'Daily Tasks'!E2: Days: “someday” is not a set of days. Write Daily, Weekdays, Mon,Wed or 周一、周三.",
  },
  {
    input: "A priority that cannot be read",
    run: tasks([["A", 30, "soon", null, null]]),
    says: "'Daily Tasks'!C2: Priority: “soon” is not a priority. Write 1–5 (1 highest) or High, Medium, Low.",
  },
  {
    input: "A fixed task inside a break",
    run: tasks([["Call", 30, null, "12:15", null]]),
    says: "Unscheduled: Call, 30 minutes short (its fixed time is in a break).",
  },
  {
    input: "Two overlapping fixed tasks",
    run: tasks([
      ["First", 60, null, "10:00", null],
      ["Second", 30, null, "10:30", null],
    ]),
    says: "Unscheduled: Second, 30 minutes short (overlaps the fixed task First).",
  },
  {
    input: "A task longer than the day",
    run: tasks([["Everything", 900, null, null, null]]),
    says: "Unscheduled: Everything, 420 minutes short (not enough free time).",
  },
  {
    input: "A binary file given as CSV",
    run: importing("photo.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
    says: "photo.csv: not imported, nothing was added. This is not a text file (it holds binary data). Export the report as CSV, TSV or TXT and import that.",
  },
  {
    input: "A file with only a BOM",
    run: importing("empty.csv", new Uint8Array([0xef, 0xbb, 0xbf])),
    says: "empty.csv: not imported, nothing was added. No header row found. The header is the first row with at least two filled cells.",
  },
  {
    input: "A 10 MB single line",
    run: importing("line.csv", text("x".repeat(10 * 1024 * 1024))),
    says: "line.csv: not imported, nothing was added. No header row found. The header is the first row with at least two filled cells.",
  },
  {
    input: "A Sycm product report with both 访客数 and 商品访客数",
    run: importing("two.csv", text("统计日期,商品ID,访客数,商品访客数\n2026-11-01,600000000001,10,12\n")),
    says: "two.csv: not imported, nothing was added. “商品访客数” means the same as “访客数”. Keep one of the two columns.",
  },
  {
    input: "A row of 100,000 columns",
    run: importing("wide.csv", text(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\n1,2\n`)),
    says: "wide.csv: not imported, nothing was added. The header has 100000 columns; an Excel sheet holds 16,384. Export fewer columns, then import again.",
  },
  {
    input: "Ragged rows (more cells than the header)",
    run: importing("ragged.csv", text("a,b\n1,2,3\n")),
    says: "ragged.csv!C2: This row has more cells than the header's 2 columns; the extra ones (3) were not imported.",
  },
  {
    input: "An unterminated quote (refused, naming the line where it opened)",
    run: importing("quote.csv", text('name,note\nw,ok\nx,"open\ny,z\n')),
    says: 'quote.csv: not imported, nothing was added. A quote (") opened on line 3 is never closed, so the rest of the file would run into one cell. Nothing was imported from this file: close or remove that quote, then import it again.',
  },
  {
    input: "One file that fails reads as one file",
    run: importing("quote.csv", text('name,note\nx,"open\n')),
    says: "The file was not imported.",
  },
  {
    input: "An id in scientific notation (a copy re-saved by Excel)",
    run: importing("ids.csv", text("商品ID,访客数\n1.23E+17,5\n")),
    says: "ids.csv!A2: 商品ID: “1.23E+17” is an id Excel shortened to scientific notation, so its digits are lost. Export the file again (or open the original export) rather than a copy re-saved by Excel; the row was imported with the value as text.",
  },
  {
    input: "Numbers over 15 digits (kept as text)",
    run: importing("ids.csv", text("订单编号,买家会员名,买家实际支付金额\n154839030206893571,tb,9.9\n")),
    says: "Imported ids.csv: 1 rows added, 0 updated, 0 unchanged.",
  },
  {
    input: "NaN and Infinity in a file (kept as text)",
    run: importing("nan.csv", text("a,b\nNaN,Infinity\n")),
    says: "Imported nan.csv: 1 rows added, 0 updated, 0 unchanged.",
  },
  {
    input: "Bytes that are not the file's encoding (Latin-1 é in a GBK file)",
    run: importing("latin1.csv", new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a])),
    says: "latin1.csv: not imported, nothing was added. Line 2 (byte 4) is not GBK, the encoding the rest of the file is in: the file is damaged, or two encodings are mixed in it. Nothing was imported from this file: download it again, or save it in one encoding (UTF-8 or GBK), then import it.",
  },
  {
    input: "A date that does not exist in a file (2026-02-31)",
    run: importing("dates.csv", text("日期,访客数\n2026-02-31,5\n2026-11-24,6\n")),
    says: "dates.csv!A2: 日期: “2026-02-31” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  },
  {
    input: "A month that does not exist in a file (2026-13-01)",
    run: importing("months.csv", text("日期,访客数\n2026-11-24,6\n2026-13-01,5\n")),
    says: "months.csv!A3: 日期: “2026-13-01” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  },
  {
    input: "A time that does not exist in a file (25:61)",
    run: importing("times.csv", text("下单时间,金额\n2026-11-24 25:61,5\n2026-11-24 09:30,6\n")),
    says: "times.csv!A2: 下单时间: “2026-11-24 25:61” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  },
  {
    input: "A date that does not exist, typed in Goals (2026-02-31)",
    run: goals([["g", 1, 2, 1.5, "2026-02-31", 46360]]),
    says: "Goals!E2: Start: “2026-02-31” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  },
  {
    input: "Diagnose store data with no Store Metrics yet",
    run: on({ sheets: [{ name: "Sheet1", values: [["x"]] }] }, diagnoseStoreData),
    says: "There is no Store Metrics yet. Import the store's exports (Sycm shop overview, Qianniu orders, ad reports) in the Store data section first.",
  },
  {
    input: "Too little data for a diagnosis rule (3 days of Store Metrics)",
    run: on({ sheets: [storeMetricsSheet(days(3), TODAY_SERIAL - 1)] }, diagnoseStoreData),
    says: "6 checks had too little data to judge; “Checks” on the sheet says what each needs.",
  },
  {
    input: "A Break-even ROI that cannot be read",
    run: on(
      {
        sheets: [
          storeMetricsSheet(days(17), TODAY_SERIAL - 1),
          {
            name: "Settings",
            values: [
              ["Setting", "Value"],
              ["Break-even ROI", "two"],
            ],
          },
        ],
      },
      diagnoseStoreData
    ),
    says: "Settings!B2: Break-even ROI: “two” is not a number.",
  },
  {
    input: "Competitors: an index column with text",
    run: competitors([
      [46349, "本店", "本店", 100],
      [46349, "竞店A", "竞店", "about 12k"],
    ]),
    says: "Competitors!D3: Trade index: “about 12k” is not a number.",
  },
  {
    input: "Competitors: a day repeated for one subject",
    run: competitors([
      [46349, "竞店A", "竞店", 100],
      [46349, "竞店A", "竞店", 101],
    ]),
    says: "Competitors!B3: “竞店A” has a second row for 2026-11-23 (the first is B2). Keep one row per day and subject, then run it again.",
  },
  {
    input: "Competitors: a subject named both as ours and a rival",
    run: competitors([
      [46348, "星河旗舰店", "本店", 100],
      [46349, "星河旗舰店", "竞店", 101],
    ]),
    says: "Competitors!B3: “星河旗舰店” is marked as a rival here and as ours at B2 (or the other way round). Mark each subject one way, then run it again.",
  },
  {
    input: "Competitors: a Kind the add-in does not know",
    run: competitors([[46349, "竞店A", "对手", 100]]),
    says: "Competitors!C2: Kind: “对手” is not a kind the add-in knows. Use one of: 本店, 我的店铺, Our shop, Ours, 本店商品, 我的商品, Our item, 竞店, 店铺, 监控店铺, Shop, Rival shop, 竞品, 商品, 监控商品, Item and Rival item.",
  },
  {
    input: "Watch competitors with no competition data",
    run: on({ sheets: [{ name: "Sheet1", values: [["x"]] }] }, watchCompetitors),
    says: "There is no competition data yet. Import Sycm's competition downloads (监控店铺, 竞品分析 …) in Store data, or paste a table copied from Sycm's 竞争 pages onto a sheet named “Competitors” with Date, Subject and the index columns.",
  },
  {
    input: "Add suggestions before diagnosing",
    run: on(points([["a", 0.5, 0.2]]), addSuggestions),
    says: "There is no Diagnosis sheet with findings yet. Click “Diagnose store data” first; delete the rows you do not want, then add the rest.",
  },
  {
    input: "Set goals with no Store Metrics yet",
    run: on(points([["Main image", 0.5, 0.2]]), setGoalsForFocus),
    says: "There is no Store Metrics yet. Import the store's exports (Sycm shop overview, Qianniu orders, ad reports) in the Store data section first.",
  },
  {
    input: "A focus point whose name names no store metric",
    run: on(
      { sheets: [storeMetricsSheet(days(7), TODAY_SERIAL - 1), ...points([["Live streaming", 0.5, 0.2]]).sheets] },
      setGoalsForFocus
    ),
    says: "Live streaming: No store metric recognised in the growth point's name: fill in Metric, Baseline and Target.",
  },
  {
    input: "Text that would be a formula (=, +, -, @) in a file",
    run: importing("formulas.csv", text('a,b\n=HYPERLINK("x"),+1-1\n-A,@me\n')),
    says: "Imported formulas.csv: 2 rows added, 0 updated, 0 unchanged.",
  },
  {
    input: "A UTF-8 file with two bad bytes",
    run: importing(
      "bad.csv",
      new Uint8Array([...text("统计日期,访客数,商品名称,支付金额\n2026-11-01,5,连衣裙,"), 0xff, 0xfe, ...text("\n")])
    ),
    says: "bad.csv: not imported, nothing was added. Line 2 (byte 72) is not UTF-8, the encoding the rest of the file is in: the file is damaged, or two encodings are mixed in it. Nothing was imported from this file: download it again, or save it in one encoding (UTF-8 or GBK), then import it.",
  },
  {
    input: "A NUL byte past the first 64 KB of a CSV",
    run: importing("nul.csv", new Uint8Array([...text(`a,b\n${"1,2\n".repeat(20_000)}`), 0x31, 0x00, 0x0a])),
    says: "nul.csv: not imported, nothing was added. This is not a text file (it holds binary data). Export the report as CSV, TSV or TXT and import that.",
  },
  {
    input: "A zip bomb: an .xlsx whose directory says it unpacks to 1.5 GB",
    run: importing(
      "bomb.xlsx",
      declaringSize(
        packageBytes({ sheets: [{ name: "Sheet1", xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] }),
        "xl/worksheets/sheet1.xml",
        1536 * 1024 * 1024
      )
    ),
    says: "bomb.xlsx: not imported, nothing was added. The workbook unpacks to 1,536 MB, more than the 512 MB the add-in reads (a damaged file, or not a real export). Nothing was imported from it: export a shorter period, or save it as CSV, then import that.",
  },
  {
    input: "An .xlsx whose cells point into shared strings it does not hold",
    run: importing(
      "strings.xlsx",
      new Uint8Array(
        packageBytes({
          sheets: [
            {
              name: "Sheet1",
              xml: worksheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'),
            },
          ],
        })
      )
    ),
    says: "strings.xlsx: not imported, nothing was added. The workbook cannot be read: its cells point into a table of texts (sharedStrings) that the file does not hold, so the file is damaged. Download the export again, or open it in Excel and save it as .xlsx or CSV, then import that.",
  },
  {
    input: "An .xlsx with a cell past column XFD",
    run: importing(
      "wide.xlsx",
      new Uint8Array(
        packageBytes({
          sheets: [
            { name: "Sheet1", xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>') },
          ],
        })
      )
    ),
    says: "wide.xlsx: not imported, nothing was added. The file has a cell at XFE1, beyond Excel's last column (XFD) or row (1,048,576), where no sheet can hold it. Nothing was imported from it: export fewer columns or a shorter period, then import that.",
  },
  {
    input: "Another shop's export (the Shop setting names this workbook's)",
    run: on(
      {
        sheets: [
          {
            name: "Settings",
            values: [
              ["Setting", "Value"],
              ["Shop", "星河女装旗舰店"],
            ],
          },
        ],
      },
      (env) =>
        importStoreData(
          env,
          [
            {
              name: "moon.csv",
              chunks: () =>
                blobChunks(new Blob([text("店铺名称,统计日期,访客数,支付金额\n月光童装店,2026-11-01,5,5\n")])),
            },
          ],
          { replace: false, clock: () => 0, now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }) }
        )
    ),
    says: "moon.csv: not imported, nothing was added. This file is from the shop “月光童装店”, but this workbook belongs to the shop “星河女装旗舰店”. Nothing was imported from it: keep one workbook per shop, or change the Shop setting if this workbook is now for “月光童装店”.",
  },
  {
    input: "One export that names two shops",
    run: importing(
      "both.csv",
      text("店铺名称,统计日期,访客数,支付金额\n星河女装旗舰店,2026-11-01,5,5\n月光童装店,2026-11-01,6,6\n")
    ),
    says: "both.csv: not imported, nothing was added. This file names more than one shop (星河女装旗舰店, 月光童装店). Nothing was imported from it: export each shop on its own and import it into that shop's workbook.",
  },
  {
    input: "Calculate profit before any order list is imported",
    run: on({ sheets: [costsSheet()] }, calculateProfit),
    says: "Profit is worked out from the Qianniu order list, and none is imported yet. Import Qianniu's order list and order details (and refunds, Alipay statements) in Store data first.",
  },
  {
    input: "Costs: a unit cost that is text",
    run: profitOf([["C01", "", "cheap", ""]]),
    says: "Costs!C5: Unit cost: “cheap” is not a number.",
  },
  {
    input: "Costs: a negative unit cost",
    run: profitOf([["C01", "", -3, ""]]),
    says: "Costs!C5: Unit cost: “-3” is out of range. Allowed: ≥ 0.",
  },
  {
    input: "Costs: a second cost for one merchant code and SKU",
    run: profitOf([["A01", "", 13, ""]]),
    says: "Costs!A5: “A01” has a second cost here (the first is in A2). Keep one row for it.",
  },
  {
    input: "Order details: a line whose order is not in the order list",
    run: profitOf([], (f) => ({ ...f, "order-details.csv": `${f["order-details.csv"]}\n${STRAY},Dress A,30,1,,A01` })),
    says: "'Qianniu Order Items'!A8: Order 999999999999999999 is not in the imported order list: this detail line is left out. Import the order list that holds it.",
  },
  {
    input: "Alipay statement: a fee naming an order not in the order list",
    run: profitOf([], (f) => ({
      ...f,
      "alipay.csv": `${f["alipay.csv"]}\n20261199,2026-11-02 09:00:00,tmall,,7,交易,天猫佣金{T200P${STRAY}}`,
    })),
    says: "'Alipay Statement'!G14: This statement line names order 999999999999999999, which is not in the imported order list: it counts on its own day.",
  },
  {
    input: "Review products before any product report is imported",
    run: on({ sheets: [{ name: "Sheet1", values: [] }] }, reviewProducts),
    says: "Review products reads Sycm's product report (商品排行 / 商品效果), and none is imported yet. Import it in Store data first.",
  },
  {
    input: "Review products on a product report of five days",
    run: on(layoutWorkbook(5), reviewProducts),
    says: "'Sycm Products'!A2: The product report covers 5 days (to 2026-12-04): tiers compare a whole week, so import at least 7 days.",
  },
  {
    input: "Stock: units that are negative",
    run: on(layoutWorkbook(28, [["60000000A1", "", -2, ""]]), reviewProducts),
    says: "Stock!C2: Units in stock: “-2” is out of range. Allowed: ≥ 0.",
  },
  {
    input: "Stock: units that are text",
    run: on(layoutWorkbook(28, [["60000000A1", "", "many", ""]]), reviewProducts),
    says: "Stock!C2: Units in stock: “many” is not a number.",
  },
  {
    input: "Stock: one product twice",
    run: on(
      layoutWorkbook(28, [
        ["", "A-01", 5, ""],
        ["", "A-01", 6, ""],
      ]),
      reviewProducts
    ),
    says: "Stock!A3: “A-01” has a second stock row here (the first is in A2): keep one row for each product and SKU, or the stock would be counted twice.",
  },
  {
    input: "Analyze ads before any keyword or crowd report is imported",
    run: on({ sheets: [{ name: "Sheet1", values: [] }] }, analyzeAds),
    says: "Analyze ads reads 万相台's keyword report (关键词报表) or crowd report (人群报表), and neither is imported yet. Import one in Store data first.",
  },
  {
    input: "Ad keywords: spend that is text",
    run: on(keywordsWith([TODAY_SERIAL - 10, "P1", "连衣裙", 1000, 20, "十元", 0]), analyzeAds),
    says: "'Ad Keywords'!F2: 花费: “十元” is not a number.",
  },
  {
    input: "Ad keywords: a word with clicks but no impressions",
    run: on(keywordsWith([TODAY_SERIAL - 10, "P1", "连衣裙", 0, 20, 10, 0]), analyzeAds),
    says: "'Ad Keywords'!E2: 点击量: 20 clicks with no impressions. A click needs an impression, so this row's columns are shifted or wrong.",
  },
  {
    input: "Ad keywords: a day after today",
    run: on(keywordsWith([TODAY_SERIAL + 6, "P1", "连衣裙", 1000, 20, 10, 0]), analyzeAds),
    says: "'Ad Keywords'!A2: 日期: “2026-11-30” is after today, and a report cannot hold days to come. Check the file's dates, or the computer's clock.",
  },
  {
    input: "Refunds: a refund larger than its order",
    run: on(refundsWith(["R1", "1001", 120, TODAY_SERIAL - 18, "退款成功"]), analyzeRefunds),
    says: "'Qianniu Refunds'!C2: 买家退款金额: the refund of 120.00 is more than the 100.00 its order paid. A refund cannot return more than was paid: check the row, or export the refunds again.",
  },
  {
    input: "Refunds: a refund asked for before its order was paid",
    run: on(refundsWith(["R1", "1001", 50, TODAY_SERIAL - 25, "退款成功"]), analyzeRefunds),
    says: "'Qianniu Refunds'!D2: 退款的申请时间: asked for on 2026-10-30, before its order was paid on 2026-11-04. Check the dates of this row, or export the refunds again.",
  },
  {
    input: "Refunds: an amount that is text",
    run: on(refundsWith(["R1", "1001", "五十", TODAY_SERIAL - 18, "退款成功"]), analyzeRefunds),
    says: "'Qianniu Refunds'!C2: 买家退款金额: “五十” is not a number.",
  },
  {
    input: "Ad keywords: a 15-day report into a table of 7-day rows",
    run: on(
      keywordsWith([TODAY_SERIAL - 10, "P1", "连衣裙", 1000, 20, 10, 0]),
      (env) =>
        importStoreData(
          env,
          [
            {
              name: "关键词报表_15天归因.csv",
              chunks: () =>
                blobChunks(
                  new Blob([text("日期,计划ID,词名字,展现量,点击量,花费,总成交金额\n2026-11-20,P1,半身裙,500,5,4,0\n")])
                ),
            },
          ],
          { replace: false, clock: () => 0, now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }) }
        ),
      (excel) => excel.model.findSheet("Ad Keywords")?.customProperties.set(ATTRIBUTION_PROPERTY, "7")
    ),
    says: "关键词报表_15天归因.csv: not imported, nothing was added. This report counts ad sales over 15 days, and the rows already in its table over 7. Rows keep no window of their own, so the two cannot share a table: export it again with the 7-day window, or tick “Replace what was imported before of the same kind” to start the table over at 15 days.",
  },
  {
    input: "Promotions: a phase that ends before it starts",
    run: on(promotionsWith(["双12", "预热", 46355, 46351, null, null]), (env) => planPromotion(env, "双12")),
    says: "大促!D3: 结束: the phase ends on 2026-11-25, before it starts on 2026-11-29. Put its end on or after its start (leave End blank for a one-day phase).",
  },
  {
    input: "Promotions: two phases of one event that overlap",
    run: on(promotionsWith(["双12", "预热", 46355, 46368, null, null]), (env) => planPromotion(env, "双12")),
    says: "大促!B4: 阶段: “正式” starts before 预热 of 双12 has ended. An event's phases follow one another: end one before the next starts.",
  },
  {
    input: "Promotions: an event with no sale phase",
    run: on(promotionsWith(["双12", "预热", 46355, 46365, null, null], false), (env) => planPromotion(env, "双12")),
    says: "大促!A2: “双12” has no day it sells on: add its Final payment (尾款) or Sale (正式) phase, the days its goal and stock are planned for.",
  },
  {
    input: "Promotion Tasks: a task leading to a phase the event lacks",
    run: on(
      {
        sheets: [
          ...promotionsWith(["双12", "预热", 46355, 46365, null, null]).sheets,
          templateSheet([["Deposit reminder", "Deposit", 1, 30, null]]),
        ],
      },
      (env) => planPromotion(env, "双12")
    ),
    says: "'Promotion Tasks'!B2: Phase: “Deposit” is not a phase of 双12, so the task has no day to lead to. Add the phase to 双12 on Promotions, or point the task at a phase it has.",
  },
  {
    input: "Crowd portraits: shares of one dimension adding up past 100 %",
    run: on(
      {
        sheets: [
          {
            name: "Sycm Crowd",
            values: [
              ["日期", "角色", "属性", "标签", "占比"],
              [TODAY_SERIAL - 1, "行业客群", "性别", "女", 0.7],
              [TODAY_SERIAL - 1, "行业客群", "性别", "男", 0.4],
            ],
            tables: [{ name: "SycmCrowd", address: "A1:E3" }],
          },
        ],
      },
      positionInMarket
    ),
    says: "'Sycm Crowd'!E3: 占比: the shares of this portrait's 性别 add up to 110.00% by this row, past 100 %. A portrait's shares add up to 100 % at most: export it again, or check the rows pasted into it.",
  },
  {
    input: "Crowd portraits: our buyers' portrait of another day than the category's",
    run: on(
      {
        sheets: [
          {
            name: "Sycm Crowd",
            values: [
              ["日期", "角色", "属性", "标签", "占比"],
              [TODAY_SERIAL - 1, "行业客群", "性别", "女", 0.7],
              [TODAY_SERIAL - 2, "本店支付", "性别", "女", 0.8],
            ],
            tables: [{ name: "SycmCrowd", address: "A1:E3" }],
          },
        ],
      },
      positionInMarket
    ),
    says: "'Sycm Crowd'!A3: 日期: this portrait is of 2026-11-22, the category's of 2026-11-23. TGI sets one day's shares against the same day's: import our visitors', our buyers' and the category's portraits of one day.",
  },
  {
    input: "Market ranking of another category than Settings' Category",
    run: on(
      {
        sheets: [
          {
            name: "Settings",
            values: [
              ["Setting", "Value"],
              ["Category", "连衣裙"],
            ],
          },
          {
            name: "Sycm Ranking",
            values: [
              ["日期", "类目", "排名", "店铺名称", "交易指数"],
              [TODAY_SERIAL - 1, "半身裙", 1, "头部店", 90000],
            ],
            tables: [{ name: "SycmRanking", address: "A1:E2" }],
          },
        ],
      },
      positionInMarket
    ),
    says: "'Sycm Ranking'!B2: 类目: this ranking is of “半身裙”, not of our category “连衣裙”. A ranking of another category sets us against shops we do not compete with: import our category's 市场排行, or set Category in Settings.",
  },
  {
    input: "Price Bands: a band that is not a range of prices",
    run: on(
      {
        sheets: [
          {
            name: "Price Bands",
            values: [
              ["价格带", "支付件数占比"],
              ["便宜", "30%"],
              ["50以上", "70%"],
            ],
          },
        ],
      },
      positionInMarket
    ),
    says: "'Price Bands'!A2: 价格带: “便宜” is not a price band. Write a band as its bounds in yuan (50-100, 300以上 or 300+, 50以下), as Sycm's 价格带 table does.",
  },
];

/** Promotions with a sign-up deadline, the given warm-up row, and (unless not) a sale day. */
function promotionsWith(warmup: PhaseRow, sale = true): WorkbookJson {
  const rows: PhaseRow[] = [["双12", "报名截止", 46354, null, 320000, null], warmup];
  if (sale) rows.push(["双12", "正式", 46368, null, null, null]);
  return { sheets: [promotionsSheet(rows, "zh-CN")] };
}

const lines = (outcome: Outcome) => [outcome.message, ...outcome.details];

describe("the bad-input catalogue", () => {
  it("has at least 40 entries", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CATALOGUE.map((e) => [e.input, e] as const))("%s", async (_input, entry) => {
    const { outcome, excel } = await entry.run();
    expect(lines(outcome)).toContain(entry.says);
    // Whatever the input, nothing in the workbook became a formula.
    expect(excel.dump().sheets.every((s) => s.formulas === undefined)).toBe(true);
  });

  it("is documented, word for word, in docs/bad-inputs.md", () => {
    const doc = [
      "# Bad inputs and what the user sees",
      "",
      "Each row is a test in `test/badInputs.test.ts`, which runs the command on the emulated workbook and checks this",
      "sentence exactly (English shown; every sentence exists in Chinese too). Regenerate with",
      "`UPDATE_DOCS=1 npx jest test/badInputs.test.ts`.",
      "",
      "| # | input | what the user sees |",
      "|---|---|---|",
      ...CATALOGUE.map((e, i) => `| ${i + 1} | ${e.input} | ${e.says.replace(/\|/g, "\\|")} |`),
      "",
    ].join("\n");
    const path = join(__dirname, "..", "docs", "bad-inputs.md");
    if (process.env.UPDATE_DOCS === "1") writeFileSync(path, doc);
    expect(readFileSync(path, "utf8")).toBe(doc);
  });
});
