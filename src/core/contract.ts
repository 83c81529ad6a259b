/**
 * Names from the workbook contract: the input tables and sheets the add-in looks for, and the headers it writes,
 * in both languages. Readers of these inputs accept many more aliases; these are the names the add-in itself uses.
 */
import type { Bilingual } from "./language";

export type InputKind = "growthPoints" | "goals" | "dailyTasks" | "settings";

export interface InputDefinition {
  readonly kind: InputKind;
  readonly tableName: string;
  readonly sheetName: Bilingual;
  readonly columns: readonly Bilingual[];
}

const both = (en: string, zh: string): Bilingual => ({ "en-US": en, "zh-CN": zh });

export const INPUTS: Readonly<Record<InputKind, InputDefinition>> = {
  growthPoints: {
    kind: "growthPoints",
    tableName: "GrowthPoints",
    sheetName: both("Growth Points", "增长点"),
    columns: [
      both("Growth point", "增长点"),
      both("Success rate", "成功率"),
      both("Growth rate", "增长率"),
      both("Owner", "负责人"),
      both("Deadline", "截止日期"),
    ],
  },
  goals: {
    kind: "goals",
    tableName: "Goals",
    sheetName: both("Goals", "目标"),
    columns: [
      both("Goal", "目标"),
      both("Growth point", "增长点"),
      both("Metric", "指标"),
      both("Baseline", "基准值"),
      both("Target", "目标值"),
      both("Current", "当前值"),
      both("Start", "开始日期"),
      both("Deadline", "截止日期"),
    ],
  },
  dailyTasks: {
    kind: "dailyTasks",
    tableName: "DailyTasks",
    sheetName: both("Daily Tasks", "每日任务"),
    columns: [
      both("Task", "任务"),
      both("Minutes", "时长"),
      both("Priority", "优先级"),
      both("Fixed start", "固定时间"),
      both("Days", "重复"),
      both("Category", "类别"),
    ],
  },
  settings: {
    kind: "settings",
    tableName: "Settings",
    sheetName: both("Settings", "设置"),
    columns: [both("Setting", "设置"), both("Value", "值")],
  },
};

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
} as const;

/** The ranking the add-in writes: sheet, table and columns. */
export const RANKING_OUTPUT = {
  sheetName: both("Growth Ranking", "增长点排名"),
  tableName: "GrowthRanking",
  columns: [
    both("Rank", "排名"),
    both("Growth point", "增长点"),
    both("Success rate", "成功率"),
    both("Growth rate", "增长率"),
    both("Score", "得分"),
    both("Quadrant", "象限"),
    both("Focus", "重点"),
    both("Owner", "负责人"),
    both("Deadline", "截止日期"),
  ],
  quadrants: {
    quickWin: both("Quick win", "重点突破"),
    safeBet: both("Safe bet", "稳步推进"),
    longShot: both("Long shot", "高风险高回报"),
    deprioritize: both("Deprioritize", "暂缓"),
  },
} as const;

/** The import's bookkeeping sheets. */
export const IMPORT_LOG = {
  sheetName: both("Import Log", "导入记录"),
  tableName: "ImportLog",
  columns: [
    both("Time", "时间"),
    both("File", "文件"),
    both("Kind", "类型"),
    both("Encoding", "编码"),
    both("Rows read", "读取行数"),
    both("Rows added", "新增行数"),
    both("Duplicates skipped", "跳过重复"),
    both("Problems", "问题"),
  ],
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
} as const;

/** The day's schedule sheet and the operation log. */
export const SCHEDULE_OUTPUT = {
  sheetPrefix: both("Schedule", "日程"),
  columns: [both("Time", "时间"), both("Task", "任务"), both("Category", "类别"), both("Done", "完成"), both("Notes", "备注")],
  breakLabel: both("Break", "休息"),
  unscheduledTitle: both("Unscheduled", "未安排"),
  unscheduledColumns: [both("Task", "任务"), both("Missing minutes", "缺少分钟"), both("Reason", "原因")],
  doneMark: "✓",
} as const;

export const OPERATION_LOG = {
  sheetName: both("Operation Log", "运营日志"),
  tableName: "OperationLog",
  columns: [
    both("Date", "日期"),
    both("Planned slots", "计划时段"),
    both("Done slots", "完成时段"),
    both("Completion", "完成率"),
    both("Unscheduled tasks", "未安排任务"),
    both("Notes", "备注"),
  ],
} as const;
