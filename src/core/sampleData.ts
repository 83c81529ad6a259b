/**
 * Example inputs for a Taobao apparel shop, so a new operator sees every part of the add-in work before typing
 * their own. Dates are relative to the day the sample is inserted, so the goals are live.
 */
import type { InputDefinition, InputKind } from "./contract";
import { INPUTS, SETTING_NAMES, columnNames } from "./contract";
import type { CalendarDay } from "./excelDate";
import { timeFraction, toDateSerial } from "./excelDate";
import type { Language } from "./language";
import { WORKBOOK_WORDS as W } from "./language";

export type SampleCell = string | number;

export interface SampleSheet {
  readonly kind: InputDefinition["kind"];
  readonly sheetName: string;
  readonly tableName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
  /** One number format per column of the rows; "General" where none. */
  readonly columnFormats: readonly string[];
  /** Formats for single cells where a column mixes kinds of value (the Settings values). */
  readonly cellFormats?: readonly { row: number; column: number; format: string }[];
}

export const RATE_FORMAT = "0%";
export const DATE_FORMAT = "yyyy-mm-dd";
export const TIME_FORMAT = "hh:mm";

/** success rate, growth rate, deadline offset; the names are the catalogue's (sample.growthPoints). */
const GROWTH_POINTS: readonly [number, number, number][] = [
  [0.7, 0.25, 7],
  [0.6, 0.15, 14],
  [0.8, 0.08, 5],
  [0.5, 0.3, 10],
  [0.55, 0.12, 21],
  [0.3, 0.5, 30],
  [0.75, 0.05, 7],
  [0.2, 0.6, 30],
];

/** baseline, target, current, start offset, deadline offset; the words are the catalogue's (sample.goals). */
const GOALS: readonly [number, number, number, number, number][] = [
  [0.048, 0.06, 0.052, -2, 5],
  [0.028, 0.035, 0.03, -10, 20],
  [0.05, 0.03, 0.045, -7, 7],
  [2.2, 3, 2.5, -3, 11],
];

type Priority = "high" | "medium" | "low" | 1 | 2 | 3 | 4 | 5;

/** minutes, priority, fixed start (h, m) or null; the words are the catalogue's (sample.tasks). */
const TASKS: readonly [number, Priority, readonly [number, number] | null][] = [
  [30, "high", [9, 0]],
  [60, "high", null],
  [30, 1, null],
  [30, "medium", null],
  [30, "low", null],
  [60, 2, null],
  [30, "high", [17, 30]],
];

const SAMPLE = W.sample;

/** The sample Settings: each setting's name, value and number format. */
function sampleSettings(language: Language): [string, SampleCell, string][] {
  return [
    [SETTING_NAMES.dayStart[language], timeFraction(9, 0), TIME_FORMAT],
    [SETTING_NAMES.dayEnd[language], timeFraction(18, 0), TIME_FORMAT],
    [SETTING_NAMES.breaks[language], "12:00-13:00", "@"],
    [SETTING_NAMES.slotMinutes[language], 30, "General"],
    [SETTING_NAMES.focusLimit[language], 2, "General"],
    [SETTING_NAMES.successThreshold[language], 0.5, RATE_FORMAT],
    [SETTING_NAMES.growthThreshold[language], SAMPLE.median[language], "General"],
    [SETTING_NAMES.atRiskBand[language], 0.2, RATE_FORMAT],
    [SETTING_NAMES.breakEvenRoi[language], 2, "0.00"],
    [SETTING_NAMES.adSpendThreshold[language], 500, "#,##0"],
  ];
}

/**
 * The four input sheets of the workbook contract, filled with example data.
 * @example sampleSheets("zh-CN", { year: 2026, month: 11, day: 24 })[0].sheetName === "增长点"
 */
export function sampleSheets(language: Language, today: CalendarDay): SampleSheet[] {
  const day = (offset: number) => toDateSerial(today) + offset;
  const headers = (kind: InputKind) => columnNames(INPUTS[kind].columns, language);
  const base = (kind: InputKind) => ({
    kind,
    sheetName: INPUTS[kind].sheetName[language],
    tableName: INPUTS[kind].tableName,
    headers: headers(kind),
  });

  const settings = sampleSettings(language);

  return [
    {
      ...base("growthPoints"),
      rows: GROWTH_POINTS.map(([success, growth, due], i) => {
        const words = SAMPLE.growthPoints[i];
        return [words?.name[language] ?? "", success, growth, words?.owner[language] ?? "", day(due)];
      }),
      columnFormats: ["General", RATE_FORMAT, RATE_FORMAT, "General", DATE_FORMAT],
    },
    {
      ...base("goals"),
      rows: GOALS.map(([baseline, target, current, start, due], i) => {
        const words = SAMPLE.goals[i];
        const [goal, point, metric] = [words?.goal, words?.point, words?.metric].map((w) => w?.[language] ?? "");
        return [goal ?? "", point ?? "", metric ?? "", baseline, target, current, day(start), day(due)];
      }),
      columnFormats: ["General", "General", "General", "0.0%", "0.0%", "0.0%", DATE_FORMAT, DATE_FORMAT],
      // ROI is a plain number, not a percentage.
      cellFormats: [3, 4, 5].map((column) => ({ row: 3, column, format: "0.0" })),
    },
    {
      ...base("dailyTasks"),
      rows: TASKS.map(([minutes, priority, fixed], i) => {
        const words = SAMPLE.tasks[i];
        const said = typeof priority === "number" ? priority : SAMPLE.priorities[priority][language];
        const start = fixed ? timeFraction(fixed[0], fixed[1]) : "";
        return [
          words?.task[language] ?? "",
          minutes,
          said,
          start,
          words?.days[language] ?? "",
          words?.category[language] ?? "",
          // Everyday work has no deadline; an event's tasks do (Plan promotion writes them).
          "",
        ];
      }),
      columnFormats: ["General", "0", "General", TIME_FORMAT, "@", "General", DATE_FORMAT],
    },
    {
      ...base("settings"),
      rows: settings.map(([name, value]) => [name, value]),
      columnFormats: ["General", "General"],
      cellFormats: settings.map(([, , format], row) => ({ row, column: 1, format })),
    },
  ];
}

/**
 * An input sheet with just its headers and one empty row carrying the column formats, for an operator who
 * starts from their own data.
 */
export function inputTemplate(kind: InputKind, language: Language, today: CalendarDay): SampleSheet {
  const sample = sampleSheets(language, today).find((s) => s.kind === kind) as SampleSheet;
  return { ...sample, rows: [sample.headers.map(() => "")], cellFormats: [] };
}
