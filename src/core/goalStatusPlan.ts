/**
 * Update goal status planned as data: where the written columns go in the operator's Goals input, what each body
 * row gets in each of them (a note as a phrase for the catalogues), the number formats in the goal's own unit,
 * the status colours, and what the command says. src/excel/goalColumns.ts writes it and changes nothing else.
 */
import type { InputCells } from "./records";
import { GOAL_OUTPUT, INPUTS } from "./contract";
import { excelPrecision } from "./cellValues";
import { fromDateSerial, isoDay } from "./excelDate";
import type { GoalColumn, GoalNote, GoalRow, GoalStatus, Projection } from "./goals";
import { writtenColumns } from "./goals";
import type { Language } from "./language";
import { isNamed } from "./names";
import type { Phrase } from "./phrases";
import { phrase, sentences } from "./phrases";
import type { ProblemCode } from "./problems";
import { problemPhrase } from "./problems";

export const GOAL_COLUMN_ORDER = Object.keys(GOAL_OUTPUT.columns) as GoalColumn[];

/** Number formats of the written columns; Projected and Needed per day take the goal's own unit, row by row. */
export const GOAL_COLUMN_FORMATS: Readonly<Partial<Record<GoalColumn, string>>> = {
  progress: "0%",
  timeElapsed: "0%",
  daysLeft: "0",
  status: "@",
  note: "@",
};

/** Where the Goals input stands on its sheet, and which written columns it has already. */
export interface GoalsLayout {
  readonly sheet: string;
  /** Excel table name, or null for a plain sheet. */
  readonly table: string | null;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Columns of the input, header included, before anything is added. */
  readonly width: number;
  /** Body rows: the rows below the header, up to the input's last row. */
  readonly bodyRows: number;
  /** Sheet column of each written column already present. */
  readonly existing: Readonly<Partial<Record<GoalColumn, number>>>;
}

type NoteKey =
  | "goals.note.targetEqualsBaseline"
  | "goals.note.deadlineBeforeStart"
  | "goals.note.noCurrent"
  | "goals.note.fromMetrics"
  | `problem.${ProblemCode}`;
/** Words of the written cells: statuses and headers in the input's language, notes as phrases. */
export type GoalText = string | Phrase<NoteKey>;

export interface GoalCells<T> {
  /** One value per body row, per written column; "" clears. */
  readonly values: Readonly<Record<GoalColumn, readonly (T | number)[]>>;
  /** Each status as written in the Status column, and its colour. */
  readonly statusColours: readonly { readonly text: string; readonly colour: string }[];
  /** Number formats row by row, for the columns in the goal's own unit. */
  readonly rowFormats: Readonly<Partial<Record<GoalColumn, readonly string[]>>>;
  /** Header names for the columns to add, in the UI language. */
  readonly headers: Readonly<Record<GoalColumn, string>>;
}

export interface GoalStatusInput {
  /** The Goals input as read, and its table's name when it is one. */
  readonly block: InputCells;
  readonly tableName: string | null;
  readonly headerRow: number;
  readonly rows: readonly GoalRow[];
  readonly language: Language;
}

function notePhrase(note: GoalNote): GoalText {
  switch (note.kind) {
    case "none":
      return "";
    case "currentFromMetrics":
      return phrase("goals.note.fromMetrics", { date: isoDay(fromDateSerial(note.date)), days: note.days ?? 1 });
    default:
      return phrase(`goals.note.${note.kind}` as const);
  }
}

/** Excel keeps 15 significant digits: more would be request bytes for nothing. */
const kept = (n: number | null | undefined) => (n === null || n === undefined ? "" : excelPrecision(n));

/** Where the goal columns go: beside the Goals input's own columns, over the ones the add-in wrote before. */
function goalsLayout(input: GoalStatusInput, headers: readonly string[]): GoalsLayout {
  const { block, headerRow } = input;
  const width = Math.max(0, ...block.values.map((r) => r.length));
  return {
    sheet: block.sheet,
    table: input.tableName,
    headerRow,
    firstColumn: block.firstColumn,
    width: input.tableName ? width : Math.max(width, headers.length),
    bodyRows: block.firstRow + block.values.length - 1 - headerRow,
    existing: writtenColumns(headers, block.firstColumn),
  };
}

/** A goal counted in percent (its Target cell is percent-formatted) gets its pace in percent too: a format a row. */
function paceFormats(input: GoalStatusInput, headers: readonly string[], bodyRows: number): string[] {
  const { block, headerRow } = input;
  const targetColumn = headers.findIndex((h) => isNamed(h, INPUTS.goals.columns.target));
  const formatOf = (i: number) => block.numberFormats?.[headerRow + 1 + i - block.firstRow]?.[targetColumn] ?? "";
  return Array.from({ length: bodyRows }, (_, i) => (formatOf(i).includes("%") ? "0.00%" : "#,##0.00"));
}

/** Each goal column's values a row, with how many goals have each status and how their projections were made. */
function goalValues(input: GoalStatusInput) {
  const values: Record<GoalColumn, (GoalText | number)[]> = {
    progress: [],
    timeElapsed: [],
    status: [],
    daysLeft: [],
    projected: [],
    neededPerDay: [],
    note: [],
  };
  const counts: Partial<Record<GoalStatus, number>> = {};
  // How the projections were made, named once in the message rather than on every row (a row's bytes are a budget).
  const methods: Record<Projection, number> = { trend: 0, sinceStart: 0 };
  for (const row of input.rows) {
    if (row.kind === "blank") {
      GOAL_COLUMN_ORDER.forEach((c) => values[c].push(""));
      continue;
    }
    const result = row.kind === "goal" ? row.result : null;
    const status: GoalStatus = result?.status ?? "invalid";
    counts[status] = (counts[status] ?? 0) + 1;
    values.progress.push(kept(result?.progress));
    values.timeElapsed.push(kept(result?.timeElapsed));
    values.status.push(GOAL_OUTPUT.statuses[status][input.language]);
    values.daysLeft.push(result?.daysLeft ?? "");
    values.projected.push(kept(result?.projected));
    values.neededPerDay.push(kept(result?.neededPerDay));
    values.note.push(row.kind === "goal" ? notePhrase(row.note) : problemPhrase(row.problem));
    if (result?.projection) methods[result.projection]++;
  }
  return { values, counts, methods };
}

/**
 * The goal columns planned: where they go, each row's values and formats, the status colours, and the message
 * (how many goals in each status, and how the projections were made).
 */
export function planGoalStatus(input: GoalStatusInput): {
  layout: GoalsLayout;
  cells: GoalCells<GoalText>;
  message: Phrase<"sentences">;
} {
  const { block, headerRow, language } = input;
  const headers = (block.values[headerRow - block.firstRow] ?? []).map(String);
  const layout = goalsLayout(input, headers);
  const unit = paceFormats(input, headers, layout.bodyRows);
  const { values, counts, methods } = goalValues(input);
  const statuses = (Object.keys(GOAL_OUTPUT.statuses) as GoalStatus[]).filter((s) => counts[s]);
  const statusText = (status: GoalStatus) => GOAL_OUTPUT.statuses[status][language];
  const summary = statuses.map((s) => phrase("goals.statusCount", { status: statusText(s), count: counts[s] ?? 0 }));
  const count = input.rows.filter((r) => r.kind !== "blank").length;
  const projections = (Object.keys(methods) as Projection[])
    .filter((m) => methods[m] > 0)
    .map((m) => phrase(`goals.projection.${m}`, { count: methods[m] }));
  return {
    layout,
    cells: {
      values,
      statusColours: (Object.keys(GOAL_OUTPUT.statusFills) as GoalStatus[]).map((status) => ({
        text: statusText(status),
        colour: GOAL_OUTPUT.statusFills[status],
      })),
      rowFormats: { projected: unit, neededPerDay: unit },
      headers: Object.fromEntries(GOAL_COLUMN_ORDER.map((c) => [c, GOAL_OUTPUT.columns[c][language]])) as Record<
        GoalColumn,
        string
      >,
    },
    message: sentences(phrase("goals.done", { count, sheet: block.sheet, summary }), ...projections),
  };
}

/** The cells with their notes worded, as goalColumns.ts writes them. */
export function wordGoalCells<T, U>(cells: GoalCells<T>, word: (text: T) => U): GoalCells<U> {
  const values = Object.fromEntries(
    GOAL_COLUMN_ORDER.map((c) => [c, cells.values[c].map((v) => (typeof v === "number" ? v : word(v)))])
  ) as Record<GoalColumn, (U | number)[]>;
  return { ...cells, values };
}
