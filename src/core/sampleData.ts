/**
 * Example inputs for a Taobao apparel shop, so a new operator sees every part of the add-in work before typing
 * their own. Dates are relative to the day the sample is inserted, so the goals are live.
 */
import type { InputKind } from "./contract";
import { INPUTS, SETTING_NAMES, columnNames } from "./contract";
import type { CalendarDay } from "./excelDate";
import { timeFraction, toDateSerial } from "./excelDate";
import type { Language } from "./language";
import { bilingual } from "./language";

export type SampleCell = string | number;

export interface SampleSheet {
  readonly kind: InputKind;
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

type Pair = readonly [en: string, zh: string];

const GROWTH_POINTS: readonly [Pair, number, number, Pair, number][] = [
  [["Main image CTR (new main image A/B test)", "主图点击率（新主图A/B测试）"], 0.7, 0.25, ["Wang", "小王"], 7],
  [["Detail page conversion", "详情页转化率"], 0.6, 0.15, ["Li", "小李"], 14],
  [["Title keywords for search", "标题关键词优化"], 0.8, 0.08, ["Wang", "小王"], 5],
  [["Zhitongche ad ROI", "直通车投放ROI"], 0.5, 0.3, ["Zhao", "小赵"], 10],
  [["Repeat buyers (member coupons)", "老客复购（会员券）"], 0.55, 0.12, ["Li", "小李"], 21],
  [["Short video seeding", "短视频种草"], 0.3, 0.5, ["Zhao", "小赵"], 30],
  [["Reviews with photos", "晒图好评"], 0.75, 0.05, ["Chen", "小陈"], 7],
  [["Shop live streaming", "店铺直播"], 0.2, 0.6, ["Chen", "小陈"], 30],
];

/** goal, growth point, metric, baseline, target, current, start offset, deadline offset */
const GOALS: readonly [Pair, Pair, Pair, number, number, number, number, number][] = [
  [
    ["Main image CTR to 6% within the week", "一周内主图点击率提升到6%"],
    ["Main image CTR (new main image A/B test)", "主图点击率（新主图A/B测试）"],
    ["CTR", "点击率"],
    0.048,
    0.06,
    0.052,
    -2,
    5,
  ],
  [
    ["Payment conversion to 3.5% by month end", "月底前支付转化率达到3.5%"],
    ["Detail page conversion", "详情页转化率"],
    ["Conversion rate", "支付转化率"],
    0.028,
    0.035,
    0.03,
    -10,
    20,
  ],
  [
    ["Refund rate down to 3% in two weeks", "两周内退款率降到3%"],
    ["Repeat buyers (member coupons)", "老客复购（会员券）"],
    ["Refund rate", "退款率"],
    0.05,
    0.03,
    0.045,
    -7,
    7,
  ],
  [
    ["Zhitongche ROI to 3", "直通车ROI达到3"],
    ["Zhitongche ad ROI", "直通车投放ROI"],
    ["ROI", "ROI"],
    2.2,
    3,
    2.5,
    -3,
    11,
  ],
];

type Priority = "high" | "medium" | "low" | 1 | 2 | 3 | 4 | 5;
const PRIORITY: Record<string, Pair> = { high: ["High", "高"], medium: ["Medium", "中"], low: ["Low", "低"] };

/** task, minutes, priority, fixed start (h, m) or null, days, category */
const TASKS: readonly [Pair, number, Priority, readonly [number, number] | null, Pair, Pair][] = [
  [["Check yesterday's Sycm data", "查看生意参谋昨日数据"], 30, "high", [9, 0], ["Daily", "每天"], ["Data", "数据"]],
  [["Adjust Zhitongche bids", "直通车调价"], 60, "high", null, ["Weekdays", "工作日"], ["Ads", "推广"]],
  [
    ["Review the main image A/B test", "主图A/B测试复盘"],
    30,
    1,
    null,
    ["Mon,Wed,Fri", "周一、周三、周五"],
    ["Creative", "美工"],
  ],
  [
    ["Watch competitors' prices and new items", "竞品价格与上新监控"],
    30,
    "medium",
    null,
    ["Daily", "每天"],
    ["Research", "竞品"],
  ],
  [
    ["Spot-check customer service replies", "客服话术抽查"],
    30,
    "low",
    null,
    ["Tue,Thu", "周二、周四"],
    ["Service", "客服"],
  ],
  [["Plan tomorrow's promotion", "策划明日活动"], 60, 2, null, ["Weekdays", "工作日"], ["Promotion", "活动"]],
  [["Write the daily operation report", "写运营日报"], 30, "high", [17, 30], ["Daily", "每天"], ["Report", "日报"]],
];

const pick = (pair: Pair, language: Language) => bilingual(pair[0], pair[1])[language];

/** The sample Settings: each setting's name, value and number format. */
function sampleSettings(language: Language): [string, SampleCell, string][] {
  return [
    [SETTING_NAMES.dayStart[language], timeFraction(9, 0), TIME_FORMAT],
    [SETTING_NAMES.dayEnd[language], timeFraction(18, 0), TIME_FORMAT],
    [SETTING_NAMES.breaks[language], "12:00-13:00", "@"],
    [SETTING_NAMES.slotMinutes[language], 30, "General"],
    [SETTING_NAMES.focusLimit[language], 2, "General"],
    [SETTING_NAMES.successThreshold[language], 0.5, RATE_FORMAT],
    [SETTING_NAMES.growthThreshold[language], pick(["median", "中位数"], language), "General"],
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
      rows: GROWTH_POINTS.map(([name, success, growth, owner, due]) => [
        pick(name, language),
        success,
        growth,
        pick(owner, language),
        day(due),
      ]),
      columnFormats: ["General", RATE_FORMAT, RATE_FORMAT, "General", DATE_FORMAT],
    },
    {
      ...base("goals"),
      rows: GOALS.map(([goal, point, metric, baseline, target, current, start, due]) => [
        pick(goal, language),
        pick(point, language),
        pick(metric, language),
        baseline,
        target,
        current,
        day(start),
        day(due),
      ]),
      columnFormats: ["General", "General", "General", "0.0%", "0.0%", "0.0%", DATE_FORMAT, DATE_FORMAT],
      // ROI is a plain number, not a percentage.
      cellFormats: [3, 4, 5].map((column) => ({ row: 3, column, format: "0.0" })),
    },
    {
      ...base("dailyTasks"),
      rows: TASKS.map(([task, minutes, priority, fixed, days, category]) => [
        pick(task, language),
        minutes,
        typeof priority === "number" ? priority : pick(PRIORITY[priority] as Pair, language),
        fixed ? timeFraction(fixed[0], fixed[1]) : "",
        pick(days, language),
        pick(category, language),
      ]),
      columnFormats: ["General", "0", "General", TIME_FORMAT, "@", "General"],
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
