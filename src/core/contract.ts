/**
 * Names from the workbook contract: the input tables and sheets the add-in looks for, and the headers it writes,
 * in both languages. Readers of these inputs accept many more aliases; these are the names the add-in itself uses.
 */
import type { Bilingual, Language } from "./language";
import { bilingual } from "./language";

export type InputKind = "growthPoints" | "goals" | "dailyTasks" | "settings";

/** A sheet's columns by key, in the order they stand on the sheet. Code names a column by its key, never by position. */
export type Columns<C extends string = string> = Readonly<Record<C, Bilingual>>;

export interface InputDefinition<C extends string = string> {
  /** The four inputs every workbook has, or the Competitors input the competition watch reads. */
  readonly kind: InputKind | "competitors";
  readonly tableName: string;
  readonly sheetName: Bilingual;
  readonly columns: Columns<C>;
}

const both = bilingual;

/** The header row of a sheet with these columns, in one language. */
export function columnNames(columns: Columns, language: Language): string[] {
  return Object.values(columns).map((c) => c[language]);
}

/** Where a column stands among its sheet's columns (zero-based). */
export function columnPosition<C extends string>(columns: Columns<C>, key: C): number {
  return Object.keys(columns).indexOf(key);
}

/**
 * A row in its sheet's column order, from values by column key: the compiler checks every column has its value.
 * @example rowInOrder({ a: A, b: B }, { b: 2, a: 1 }) → [1, 2]
 */
export function rowInOrder<C extends string, V>(columns: Columns<C>, values: Readonly<Record<C, V>>): V[] {
  return (Object.keys(columns) as C[]).map((key) => values[key]);
}

export const INPUTS = {
  growthPoints: {
    kind: "growthPoints",
    tableName: "GrowthPoints",
    sheetName: both("Growth Points", "增长点"),
    columns: {
      growthPoint: both("Growth point", "增长点"),
      successRate: both("Success rate", "成功率"),
      growthRate: both("Growth rate", "增长率"),
      owner: both("Owner", "负责人"),
      deadline: both("Deadline", "截止日期"),
    },
  },
  goals: {
    kind: "goals",
    tableName: "Goals",
    sheetName: both("Goals", "目标"),
    columns: {
      goal: both("Goal", "目标"),
      growthPoint: both("Growth point", "增长点"),
      metric: both("Metric", "指标"),
      baseline: both("Baseline", "基准值"),
      target: both("Target", "目标值"),
      current: both("Current", "当前值"),
      start: both("Start", "开始日期"),
      deadline: both("Deadline", "截止日期"),
    },
  },
  dailyTasks: {
    kind: "dailyTasks",
    tableName: "DailyTasks",
    sheetName: both("Daily Tasks", "每日任务"),
    columns: {
      task: both("Task", "任务"),
      minutes: both("Minutes", "时长"),
      priority: both("Priority", "优先级"),
      fixedStart: both("Fixed start", "固定时间"),
      days: both("Days", "重复"),
      category: both("Category", "类别"),
    },
  },
  settings: {
    kind: "settings",
    tableName: "Settings",
    sheetName: both("Settings", "设置"),
    columns: { setting: both("Setting", "设置"), value: both("Value", "值") },
  },
} as const satisfies Readonly<Record<InputKind, InputDefinition>>;

/** The settings the add-in reads, with their names in both languages. */
export const SETTING_NAMES = {
  dayStart: both("Day start", "上班时间"),
  dayEnd: both("Day end", "下班时间"),
  breaks: both("Breaks", "休息时间"),
  slotMinutes: both("Slot minutes", "时段分钟"),
  focusLimit: both("Focus limit", "重点数量"),
  successThreshold: both("Success threshold", "成功率阈值"),
  growthThreshold: both("Growth threshold", "增长率阈值"),
  atRiskBand: both("At-risk band", "风险区间"),
  breakEvenRoi: both("Break-even ROI", "保本ROI"),
  adSpendThreshold: both("Ad spend threshold", "推广花费门槛"),
  shop: both("Shop", "店铺"),
} as const;

/** The ranking the add-in writes: sheet, table and columns. */
export const RANKING_OUTPUT = {
  sheetName: both("Growth Ranking", "增长点排名"),
  tableName: "GrowthRanking",
  columns: {
    rank: both("Rank", "排名"),
    growthPoint: both("Growth point", "增长点"),
    successRate: both("Success rate", "成功率"),
    growthRate: both("Growth rate", "增长率"),
    score: both("Score", "得分"),
    quadrant: both("Quadrant", "象限"),
    focus: both("Focus", "重点"),
    owner: both("Owner", "负责人"),
    deadline: both("Deadline", "截止日期"),
    trackRecord: both("Track record", "过往战绩"),
  },
  quadrants: {
    quickWin: both("Quick win", "重点突破"),
    safeBet: both("Safe bet", "稳步推进"),
    longShot: both("Long shot", "高风险高回报"),
    deprioritize: both("Deprioritize", "暂缓"),
  },
} as const;

/** A row of the Import Log by column. */
export type ImportLogRow = Readonly<Record<keyof typeof IMPORT_LOG.columns, string | number>>;

/** The import's bookkeeping sheets. */
export const IMPORT_LOG = {
  sheetName: both("Import Log", "导入记录"),
  tableName: "ImportLog",
  columns: {
    time: both("Time", "时间"),
    file: both("File", "文件"),
    kind: both("Kind", "类型"),
    encoding: both("Encoding", "编码"),
    rowsRead: both("Rows read", "读取行数"),
    rowsAdded: both("Rows added", "新增行数"),
    duplicates: both("Duplicates skipped", "跳过重复"),
    problems: both("Problems", "问题"),
    // Added after the first release: a log made before gets these columns at its right the next time.
    rowsUpdated: both("Rows updated", "更新行数"),
    rowsUnchanged: both("Rows unchanged", "未变行数"),
  },
} as const;

export const STORE_METRICS = {
  sheetName: both("Store Metrics", "店铺指标"),
  tableName: "StoreMetrics",
} as const;

/** The columns the add-in writes into the Goals table, and the statuses it writes. */
export const GOAL_OUTPUT = {
  columns: {
    progress: both("Progress", "进度"),
    timeElapsed: both("Time elapsed", "时间进度"),
    status: both("Status", "状态"),
    daysLeft: both("Days left", "剩余天数"),
    projected: both("Projected", "预计到期值"),
    neededPerDay: both("Needed per day", "每日需提升"),
    note: both("Note", "说明"),
  },
  statuses: {
    achieved: both("Achieved", "已达成"),
    missed: both("Missed", "未达成"),
    notStarted: both("Not started", "未开始"),
    onTrack: both("On track", "正常"),
    atRisk: both("At risk", "有风险"),
    behind: both("Behind", "落后"),
    invalid: both("Invalid", "无效"),
  },
  /** The fill each status shows in (a conditional format on the Status column, so it follows the cell's text). */
  statusFills: {
    achieved: "#C6EFCE",
    onTrack: "#E2F0D9",
    atRisk: "#FFEB9C",
    behind: "#FFC7CE",
    missed: "#F4B084",
    notStarted: "#EDEDED",
    invalid: "#D9D9D9",
  },
} as const;

/** The day's schedule sheet and the operation log. */
export const SCHEDULE_OUTPUT = {
  sheetPrefix: both("Schedule", "日程"),
  columns: {
    time: both("Time", "时间"),
    task: both("Task", "任务"),
    category: both("Category", "类别"),
    done: both("Done", "完成"),
    notes: both("Notes", "备注"),
  },
  breakLabel: both("Break", "休息"),
  unscheduledTitle: both("Unscheduled", "未安排"),
  unscheduledColumns: {
    task: both("Task", "任务"),
    missingMinutes: both("Missing minutes", "缺少分钟"),
    reason: both("Reason", "原因"),
  },
  doneMark: "✓",
} as const;

export const OPERATION_LOG = {
  sheetName: both("Operation Log", "运营日志"),
  tableName: "OperationLog",
  columns: {
    date: both("Date", "日期"),
    plannedSlots: both("Planned slots", "计划时段"),
    doneSlots: both("Done slots", "完成时段"),
    completion: both("Completion", "完成率"),
    unscheduled: both("Unscheduled tasks", "未安排任务"),
    notes: both("Notes", "备注"),
    // Added after the first release: a log made before gets it at its right the next time.
    summary: both("Summary", "日报"),
  },
} as const;

/** The weekly (monthly) review's sheet: one a period, named with its id (`2026-W48`, `2026-11`). */
export const REVIEW_OUTPUT = {
  weekSheetPrefix: both("Weekly Review", "周报"),
  monthSheetPrefix: both("Monthly Review", "月报"),
  results: {
    metric: both("Metric", "指标"),
    now: both("This period", "本期"),
    before: both("Period before", "上期"),
    change: both("Change (rates in points)", "变化（比率为百分点）"),
    days: both("Days with data", "有数据天数"),
  },
  drivers: {
    driver: both("Driver", "因素"),
    before: both("Period before", "上期"),
    now: both("This period", "本期"),
    share: both("Share of GMV change", "对支付金额变化的贡献"),
  },
  movers: {
    name: both("Name", "名称"),
    before: both("Period before", "上期"),
    now: both("This period", "本期"),
    change: both("Change", "变化"),
  },
  goals: {
    goal: both("Goal", "目标"),
    growthPoint: both("Growth point", "增长点"),
    status: both("Status", "状态"),
    target: both("Target", "目标值"),
    current: both("At period end", "期末值"),
    projected: both("Projected", "预计到期值"),
    neededPerDay: both("Needed per day", "每日需提升"),
    record: both("Track record", "过往战绩"),
  },
  execution: {
    date: both("Date", "日期"),
    planned: both("Planned slots", "计划时段"),
    done: both("Done slots", "完成时段"),
    completion: both("Completion", "完成率"),
    source: both("From", "来源"),
  },
  risks: {
    finding: both("Finding", "发现"),
    evidence: both("Evidence", "依据"),
    growthPoint: both("Suggested growth point", "建议增长点"),
  },
} as const;

/** The diagnosis the add-in writes from the store's data, and where its suggestions go. */
export const DIAGNOSIS_OUTPUT = {
  sheetName: both("Diagnosis", "诊断建议"),
  tableName: "Diagnosis",
  columns: {
    finding: both("Finding", "发现"),
    metric: both("Metric", "指标"),
    evidence: both("Evidence", "依据"),
    growthPoint: both("Suggested growth point", "建议增长点"),
    growthRate: both("Estimated growth rate", "预估增长率"),
  },
  checksTitle: both("Checks", "检查项"),
  checksColumns: { rule: both("Rule", "规则"), result: both("Result", "结果") },
  /** Written beside suggestions added to Growth Points: where each came from, and whether its success rate is a guess. */
  sourceColumn: both("Source", "来源"),
} as const;

/** The sheet of each goal's metric per day against its planned line. */
export const GOAL_TRENDS_OUTPUT = {
  sheetName: both("Goal Trends", "目标趋势"),
  columns: { date: both("Date", "日期"), actual: both("Actual", "实际"), plan: both("Plan", "计划") },
} as const;

/**
 * Competitors: one row per day and subject (a shop or an item), filled by importing Sycm's competition downloads or
 * by pasting a table copied from its pages. Our own rows are marked 本店 / 本店商品 / our shop / our item, in Kind or
 * as the Subject itself. Headers are found by every spelling the import knows (core/import/fields.ts).
 */
export const COMPETITORS = {
  kind: "competitors",
  tableName: "Competitors",
  sheetName: both("Competitors", "竞争数据"),
  columns: {
    date: both("Date", "日期"),
    subject: both("Subject", "主体"),
    kind: both("Kind", "类型"),
    tradeIndex: both("Trade index", "交易指数"),
    uvIndex: both("Traffic index", "流量指数"),
    searchPopularity: both("Search popularity", "搜索人气"),
    favouritePopularity: both("Favourites popularity", "收藏人气"),
    cartPopularity: both("Cart popularity", "加购人气"),
    payRateIndex: both("Conversion index", "支付转化指数"),
    buyerIndex: both("Buyer index", "客群指数"),
    lossIndex: both("Loss index", "流失指数"),
    lossPopularity: both("Loss popularity", "流失人气"),
  },
} as const satisfies InputDefinition;

/** The competition watch's sheet: each subject's week against the week before, the calibration, and the days. */
export const COMPETITION_OUTPUT = {
  sheetName: both("Competition", "竞争分析"),
  /** The custom property the sheet keeps the week's biggest move in (JSON), for the daily report. */
  moveProperty: "GrowthOps.CompetitorMove",
  summaryTable: "CompetitionSummary",
  calibrationTable: "CompetitionCalibration",
  daysTable: "CompetitionDays",
  summary: {
    subject: both("Subject", "主体"),
    kind: both("Kind", "类型"),
    gmv: both("Est. GMV, last 7 days", "预估支付金额（近7天）"),
    gmvBefore: both("Est. GMV, 7 days before", "预估支付金额（前7天）"),
    gmvChange: both("GMV change", "支付金额变化"),
    visitors: both("Est. visitors a day", "预估日均访客"),
    visitorsChange: both("Visitors change", "访客变化"),
    conversion: both("Est. conversion", "预估转化率"),
    conversionChange: both("Conversion change", "转化率变化"),
    share: both("Share of group GMV", "组内支付金额占比"),
    mover: both("Biggest mover", "最大变动"),
  },
  calibration: {
    index: both("Index", "指数"),
    value: both("Value", "对应指标"),
    days: both("Days", "天数"),
    indexFrom: both("Index from", "指数下限"),
    indexTo: both("Index to", "指数上限"),
    a: both("a", "a"),
    b: both("b", "b"),
    r2: both("R²", "R²"),
    band: both("Band ±", "误差带 ±"),
    note: both("Note", "说明"),
  },
  days: {
    date: both("Date", "日期"),
    subject: both("Subject", "主体"),
    kind: both("Kind", "类型"),
    gmv: both("Est. GMV", "预估支付金额"),
    gmvLow: both("GMV low", "支付金额下限"),
    gmvHigh: both("GMV high", "支付金额上限"),
    visitors: both("Est. visitors", "预估访客数"),
    visitorsLow: both("Visitors low", "访客数下限"),
    visitorsHigh: both("Visitors high", "访客数上限"),
    buyers: both("Est. buyers", "预估买家数"),
    conversion: both("Est. conversion", "预估转化率"),
    aov: both("Est. AOV", "预估客单价"),
    uvValue: both("Est. UV value", "预估UV价值"),
    note: both("Note", "说明"),
  },
} as const;
