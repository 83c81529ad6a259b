/**
 * What the pane needs to know of the workbook (which inputs exist, the settings in force), and the two ways it
 * helps an operator set one up: an input sheet with just its headers, and a setting saved into Settings.
 */
import type { InputKind } from "../core/contract";
import { INPUTS, SETTING_NAMES } from "../core/contract";
import { headerKey } from "../core/cellValues";
import { inputTemplate } from "../core/sampleData";
import type { SettingKey, Settings } from "../core/settings";
import { parseSetting, readSettings } from "../core/settings";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import { planInput } from "../core/workbookPlan";
import { fillNumberFormat } from "../excel/ranges";
import { writeSampleSheets } from "../excel/sampleData";
import { outlineNames, queueBlockRead, readOutline } from "../excel/workbook";
import { joinList, translator } from "../i18n";
import { describeProblem } from "../i18n/problems";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { attempt } from "./outcome";

export const INPUT_KINDS: readonly InputKind[] = ["growthPoints", "goals", "dailyTasks", "settings"];

export interface WorkbookState {
  /** Inputs found as a table or a sheet with their name. */
  readonly inputs: Readonly<Record<InputKind, boolean>>;
  readonly settings: Settings;
}

/** Two round trips: the names, then the Settings cells. */
export async function readWorkbookState(env: CommandEnvironment): Promise<WorkbookState> {
  return env.host.run(async (context) => {
    const outline = await readOutline(context);
    const names = outlineNames(outline);
    const inputs = Object.fromEntries(INPUT_KINDS.map((kind) => [kind, ["table", "sheet"].includes(planInput(INPUTS[kind], names).from)])) as Record<InputKind, boolean>;
    const source = planInput(INPUTS.settings, names);
    if (source.from !== "table" && source.from !== "sheet") return { inputs, settings: readSettings(null).settings };
    const read = queueBlockRead(context, source);
    await context.sync();
    return { inputs, settings: readSettings(read.read()).settings };
  });
}

/** Creates input sheets with their headers only, as Excel tables, never over a sheet or table of the user's. */
export function createInputSheets(env: CommandEnvironment, kinds: readonly InputKind[]): Promise<Outcome> {
  const language = env.language();
  const t = translator(language);
  return attempt(t, async () => {
    const templates = kinds.map((k) => inputTemplate(k, language, env.today()));
    const placed = await env.host.run((context) => writeSampleSheets(context, templates));
    return { ok: true, message: t("setup.created", { sheets: joinList(language, placed.map((p) => p.sheetName)) }), details: [] };
  });
}

/** How each setting is written: its number format, and whether the value is a rate, a time or text. */
const SETTING_FORMATS: Readonly<Record<SettingKey, string>> = {
  dayStart: "hh:mm",
  dayEnd: "hh:mm",
  breaks: "@",
  slotMinutes: "0",
  focusLimit: "0",
  successThreshold: "0%",
  growthThreshold: "0%",
  atRiskBand: "0%",
};

function cellValue(key: SettingKey, value: Settings[SettingKey]): string | number {
  if (typeof value === "number") return key === "dayStart" || key === "dayEnd" ? value / 1440 : value;
  if (value === "median") return "median";
  return (value as readonly { start: number; end: number }[]).map((b) => `${clock(b.start)}-${clock(b.end)}`).join(", ");
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * Saves one setting, as typed in the pane, into the Settings table: its row is updated, or added; the Settings
 * sheet is created when there is none. A value that cannot be read is refused with the same sentence the sheet
 * would give. Three round trips.
 */
export function saveSetting(env: CommandEnvironment, key: SettingKey, typed: string): Promise<Outcome> {
  const language = env.language();
  const t = translator(language);
  const name = SETTING_NAMES[key][language];
  return attempt(t, async () => {
    const parsed = parseSetting(key, typed, false);
    if (!parsed.ok) {
      const problem = { code: parsed.code, sheet: "", address: "", value: typed, field: name, ...(parsed.detail ? { detail: parsed.detail } : {}) };
      return { ok: false, message: t("setup.settingRefused"), details: [describeProblem(problem, t)] };
    }
    const value = cellValue(key, parsed.value);
    await env.host.run(async (context) => {
      const outline = await readOutline(context);
      const names = outlineNames(outline);
      const source = planInput(INPUTS.settings, names);
      if (source.from !== "table" && source.from !== "sheet") {
        const sheet = context.workbook.worksheets.add(freeSheetName(INPUTS.settings.sheetName[language], outline.sheets.map((s) => s.name)));
        const block = sheet.getRangeByIndexes(0, 0, 2, 2);
        fillNumberFormat(block.getCell(1, 1), SETTING_FORMATS[key]);
        block.values = [INPUTS.settings.columns.map((c) => c[language]), [name, value]];
        const table = sheet.tables.add(block, true);
        table.name = freeTableName(INPUTS.settings.tableName, outline.tables);
        block.format.autofitColumns();
        await context.sync();
        return;
      }
      const read = queueBlockRead(context, source);
      await context.sync();
      const block = read.read();
      const wanted = [SETTING_NAMES[key]["en-US"], SETTING_NAMES[key]["zh-CN"]].map(headerKey);
      const at = block?.values.findIndex((row) => wanted.includes(headerKey(String(row[0] ?? "")))) ?? -1;
      const sheet = context.workbook.worksheets.getItem(block?.sheet ?? source.name);
      if (block && at >= 0) {
        const cell = sheet.getCell(block.firstRow + at, block.firstColumn + 1);
        fillNumberFormat(cell, SETTING_FORMATS[key]);
        cell.values = [[value]];
      } else if (source.from === "table") {
        context.workbook.tables.getItem(source.name).rows.add(undefined, [[name, value]]);
      } else {
        const row = block ? block.firstRow + block.values.length : 1;
        const cells = sheet.getRangeByIndexes(row, block?.firstColumn ?? 0, 1, 2);
        fillNumberFormat(cells.getCell(0, 1), SETTING_FORMATS[key]);
        cells.values = [[name, value]];
      }
      await context.sync();
    });
    return { ok: true, message: t("setup.settingSaved", { name, value: typed }), details: [] };
  });
}
