/**
 * "Update goal status": Goals (+ Settings, + Store Metrics) → the written columns of Goals, in three round trips
 * whatever the number of goals.
 */
import { headerKey } from "../core/cellValues";
import { GOAL_OUTPUT, INPUTS, STORE_METRICS } from "../core/contract";
import type { CalendarDay } from "../core/excelDate";
import { isoDay, fromDateSerial, toDateSerial } from "../core/excelDate";
import type { GoalField, GoalNote, GoalStatus } from "../core/goals";
import { GOAL_FIELDS, goalStatus } from "../core/goals";
import type { Problem } from "../core/problems";
import type { InputRecord, SheetBlock } from "../core/records";
import { headersMatch, readRecords } from "../core/records";
import { readSettings } from "../core/settings";
import { latestMetrics, metricNamed } from "../core/storeMetricLookup";
import { noInputProblem, planInput, severalInputsProblem } from "../core/workbookPlan";
import type { GoalColumn, GoalsLayout } from "../excel/goalColumns";
import { GOAL_COLUMN_ORDER, queueGoalColumns } from "../excel/goalColumns";
import { queueBlockRead, outlineNames, readOutline } from "../excel/workbook";
import type { Translate } from "../i18n";
import { problemMessage } from "../i18n/problems";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";

export const STATUS_FILLS: Readonly<Record<GoalStatus, string>> = {
  achieved: "#C6EFCE",
  onTrack: "#E2F0D9",
  atRisk: "#FFEB9C",
  behind: "#FFC7CE",
  missed: "#F4B084",
  notStarted: "#EDEDED",
  invalid: "#D9D9D9",
};

/** How many columns right of the Goals table are checked for the user's cells before columns are added. */
const BESIDE_COLUMNS = 50;

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("goals.failed"), ...detailsWithProblems([], problems, t) };
}

function noteText(note: GoalNote, t: Translate): string {
  switch (note.kind) {
    case "none":
      return "";
    case "targetEqualsBaseline":
      return t("goals.note.targetEqualsBaseline");
    case "deadlineBeforeStart":
      return t("goals.note.deadlineBeforeStart");
    case "noCurrent":
      return t("goals.note.noCurrent");
    case "currentFromMetrics":
      return t("goals.note.fromMetrics", { date: isoDay(fromDateSerial(note.date)) });
  }
}

/** Sheet columns of the written columns already there, found by name in either language. */
function writtenColumns(block: SheetBlock, headerRow: number): Partial<Record<GoalColumn, number>> {
  const found: Partial<Record<GoalColumn, number>> = {};
  const headers = block.values[headerRow - block.firstRow] ?? [];
  headers.forEach((h, i) => {
    const key = headerKey(String(h));
    for (const column of GOAL_COLUMN_ORDER) {
      const names = GOAL_OUTPUT.columns[column];
      if (found[column] === undefined && (headerKey(names["en-US"]) === key || headerKey(names["zh-CN"]) === key)) found[column] = block.firstColumn + i;
    }
  });
  return found;
}

export function updateGoalStatus(env: CommandEnvironment): Promise<Outcome> {
  const today: CalendarDay = env.today();
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const outline = await readOutline(context);
    const names = outlineNames(outline);
    const source = planInput(INPUTS.goals, names);
    if (source.from === "several") return failed(t, [severalInputsProblem(INPUTS.goals, source.names, language)]);
    const settingsSource = planInput(INPUTS.settings, names);
    const goalsRead = queueBlockRead(context, source);
    const settingsRead = settingsSource.from === "table" || settingsSource.from === "sheet" ? queueBlockRead(context, settingsSource) : null;
    const metricsRead = outline.tables.some((n) => n.toLowerCase() === STORE_METRICS.tableName.toLowerCase())
      ? queueBlockRead(context, { from: "table", name: STORE_METRICS.tableName })
      : null;
    // The cells right of a table, in its rows: added columns must not land on the user's cells.
    const beside =
      source.from === "table"
        ? context.workbook.tables.getItem(source.name).getRange().getLastColumn().getOffsetRange(0, 1).getResizedRange(0, BESIDE_COLUMNS - 1).load("values, address")
        : null;
    await context.sync();

    const block = goalsRead.read();
    if (!block || (source.from === "activeSheet" && !headersMatch(block, GOAL_FIELDS))) {
      return failed(t, [noInputProblem(INPUTS.goals, outline.activeSheet, language)]);
    }
    const read = readRecords(block, GOAL_FIELDS);
    if (read.headerRow < 0 || read.problems.some((p) => ["missingColumn", "duplicateColumn", "noHeader", "noRows"].includes(p.code))) {
      return failed(t, read.problems);
    }
    const settings = readSettings(settingsRead?.read() ?? null, ["atRiskBand"]);
    if (settings.problems.length > 0) return failed(t, settings.problems);
    if (beside?.values.some((row) => row.some((v) => v !== ""))) {
      return failed(t, [{ code: "cellsBesideTable", sheet: block.sheet, address: beside.address.split("!").pop() ?? "", value: "", field: source.name }]);
    }

    const metric = latestMetrics(metricsRead?.read() ?? null);
    const headerRow = read.headerRow;
    const width = Math.max(0, ...block.values.map((r) => r.length));
    const bodyRows = block.firstRow + block.values.length - 1 - headerRow;
    const layout: GoalsLayout = {
      sheet: block.sheet,
      table: source.from === "table" ? source.name : null,
      headerRow,
      firstColumn: block.firstColumn,
      width: source.from === "table" ? width : Math.max(width, (block.values[headerRow - block.firstRow] ?? []).length),
      bodyRows,
      existing: writtenColumns(block, headerRow),
    };

    const values: Record<GoalColumn, (string | number)[]> = { progress: [], timeElapsed: [], status: [], daysLeft: [], note: [] };
    const fills: (string | null)[] = [];
    const byRow = new Map<number, InputRecord<GoalField>>(read.records.map((r) => [r.row, r]));
    // The first problem of each rejected row becomes that goal's note.
    const problemsByRow = new Map<number, Problem>();
    for (const p of read.problems) {
      const row = Number(/\d+$/.exec(p.address)?.[0] ?? 0) - 1;
      if (read.rejectedRows.includes(row) && !problemsByRow.has(row)) problemsByRow.set(row, p);
    }
    const todaySerial = toDateSerial(today);
    const counts: Partial<Record<GoalStatus, number>> = {};
    for (let i = 0; i < bodyRows; i++) {
      const row = headerRow + 1 + i;
      const record = byRow.get(row);
      const problem = problemsByRow.get(row);
      if (!record && !problem) {
        GOAL_COLUMN_ORDER.forEach((c) => values[c].push(""));
        fills.push(null);
        continue;
      }
      let status: GoalStatus = "invalid";
      let result = null;
      let note = problem ? problemMessage(problem, t) : "";
      if (record) {
        const f = record.fields;
        let current = (f.current as number | undefined) ?? null;
        let source: GoalNote = { kind: "none" };
        const named = current === null && typeof f.metric === "string" ? metricNamed(f.metric) : null;
        const reading = named ? metric(named) : null;
        if (reading) {
          current = reading.value;
          source = { kind: "currentFromMetrics", date: reading.date };
        }
        result = goalStatus(
          { baseline: f.baseline as number, target: f.target as number, current, start: f.start as number, deadline: f.deadline as number },
          todaySerial,
          settings.settings.atRiskBand,
        );
        status = result.status;
        note = noteText(result.note.kind === "none" ? source : result.note, t);
      }
      counts[status] = (counts[status] ?? 0) + 1;
      values.progress.push(result?.progress ?? "");
      values.timeElapsed.push(result?.timeElapsed ?? "");
      values.status.push(GOAL_OUTPUT.statuses[status][language]);
      values.daysLeft.push(result?.daysLeft ?? "");
      values.note.push(note);
      fills.push(STATUS_FILLS[status]);
    }

    queueGoalColumns(context, layout, {
      values,
      statusFills: fills,
      headers: Object.fromEntries(GOAL_COLUMN_ORDER.map((c) => [c, GOAL_OUTPUT.columns[c][language]])) as Record<GoalColumn, string>,
    });
    await context.sync();

    const summary = (Object.keys(GOAL_OUTPUT.statuses) as GoalStatus[])
      .filter((s) => counts[s])
      .map((s) => `${GOAL_OUTPUT.statuses[s][language]} ${counts[s]}`)
      .join(language === "zh-CN" ? "，" : ", ");
    return {
      ok: true,
      message: t("goals.done", { count: read.records.length + problemsByRow.size, sheet: block.sheet, summary }),
      ...detailsWithProblems([], read.problems, t),
    };
  });
}
