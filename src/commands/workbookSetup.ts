/**
 * What the pane needs to know of the workbook (which inputs exist, the settings in force), and the two ways it
 * helps an operator set one up: an input sheet with just its headers, and a setting saved into Settings.
 */
import type { InputKind } from "../core/contract";
import { INPUTS, PROMOTIONS, SETTING_NAMES, columnNames } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import { eventNamesOffered } from "../core/promotions/fields";
import { inputTemplate } from "../core/sampleData";
import type { SettingKey, Settings } from "../core/settings";
import { SETTINGS_INPUT, parseSetting, readSettings, settingNamed } from "../core/settings";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import { planInput } from "../core/workbookPlan";
import { queueInputSizes, readInputs } from "../excel/inputs";
import { writeSampleSheets } from "../excel/sampleData";
import { writeSetting } from "../excel/settingsSheet";
import { outlineNames, queueBlockRead } from "../excel/workbook";
import { joinList, translator } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { attempt, detailsWithProblems } from "./outcome";

export const INPUT_KINDS: readonly InputKind[] = ["growthPoints", "goals", "dailyTasks", "settings"];

export interface WorkbookState {
  /** Inputs found as a table or a sheet with their name. */
  readonly inputs: Readonly<Record<InputKind, boolean>>;
  readonly settings: Settings;
  /** The events on Promotions ahead, then those just over: the pane's picker (core/promotions/fields.ts). */
  readonly events: readonly string[];
}

/** Two round trips (one once the layout is known): the names, then the Settings cells and the size of each other input. */
export async function readWorkbookState(env: CommandEnvironment): Promise<WorkbookState> {
  return env.host.run(async (context) => {
    // Beside Settings, how large each other input is: the next command reads a large one in fewer round trips.
    const found = await readInputs(context, { settings: SETTINGS_INPUT }, env.language(), (ctx, outline) => {
      const sizes = queueInputSizes(
        ctx,
        outline,
        INPUT_KINDS.filter((kind) => kind !== "settings").map((kind) => INPUTS[kind])
      );
      // The events for the picker, in the same round trip (Promotions is a few rows an event).
      const source = planInput(PROMOTIONS, outlineNames(outline));
      const promotions = source.from === "table" || source.from === "sheet" ? queueBlockRead(ctx, source) : null;
      return () => {
        sizes();
        return promotions?.read() ?? null;
      };
    });
    const inputs = Object.fromEntries(
      INPUT_KINDS.map((kind) => [
        kind,
        ["table", "sheet"].includes(planInput(INPUTS[kind], outlineNames(found.outline)).from),
      ])
    ) as Record<InputKind, boolean>;
    // Two Settings sheets are the commands' problem to report; here the pane shows the defaults.
    return {
      inputs,
      settings: readSettings(found.inputs.ok ? found.inputs.data.settings : null).settings,
      events: eventNamesOffered(found.extra, toDateSerial(env.today())),
    };
  });
}

/** Creates input sheets with their headers only, as Excel tables, never over a sheet or table of the user's. */
export function createInputSheets(env: CommandEnvironment, kinds: readonly InputKind[]): Promise<Outcome> {
  const language = env.language();
  const t = translator(language);
  return attempt(t, async () => {
    const templates = kinds.map((k) => inputTemplate(k, language, env.today()));
    const placed = await env.host.run((context) => writeSampleSheets(context, templates));
    return {
      ok: true,
      message: t("setup.created", {
        sheets: joinList(
          language,
          placed.map((p) => p.sheetName)
        ),
      }),
      details: [],
    };
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
  breakEvenRoi: "0.00",
  adSpendThreshold: "#,##0",
  shop: "@",
  category: "@",
  shippingPerParcel: "0.00",
  packagingPerParcel: "0.00",
  estimatedFeeRate: "0.0%",
  leadTimeDays: "0",
  safetyDays: "0",
  adWasteSpend: "#,##0.00",
};

function cellValue(key: SettingKey, value: Settings[SettingKey]): string | number {
  if (typeof value === "number") return key === "dayStart" || key === "dayEnd" ? value / 1440 : value;
  if (value === "median") return "median";
  if (value === null) return "";
  if (typeof value === "string") return value;
  return (value as readonly { start: number; end: number }[])
    .map((b) => `${clock(b.start)}-${clock(b.end)}`)
    .join(", ");
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

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
    const parsed = parseSetting(key, { value: typed, percent: false, sheet: "", address: "", field: name });
    if (!parsed.ok)
      return { ok: false, message: t("setup.settingRefused"), ...detailsWithProblems([], parsed.problems, t) };
    const value = cellValue(key, parsed.data);
    const failure = await env.host.run(async (context) => {
      const found = await readInputs(context, { settings: SETTINGS_INPUT }, language);
      if (!found.inputs.ok) return found.inputs.problems;
      const block = found.inputs.data.settings;
      const source = found.sources.settings;
      const at = block?.values.findIndex((row) => settingNamed(String(row[0] ?? "")) === key) ?? -1;
      await writeSetting(context, {
        name,
        value,
        format: SETTING_FORMATS[key],
        place:
          block && at >= 0
            ? { kind: "row", sheet: block.sheet, row: block.firstRow + at, column: block.firstColumn + 1 }
            : source.from === "table"
              ? { kind: "tableRow", table: source.name }
              : block
                ? {
                    kind: "belowSheet",
                    sheet: block.sheet,
                    row: block.firstRow + block.values.length,
                    column: block.firstColumn,
                  }
                : source.from === "sheet"
                  ? { kind: "emptySheet", sheet: source.name, headers: columnNames(INPUTS.settings.columns, language) }
                  : {
                      kind: "newSheet",
                      sheetName: freeSheetName(
                        INPUTS.settings.sheetName[language],
                        found.outline.sheets.map((s) => s.name)
                      ),
                      tableName: freeTableName(INPUTS.settings.tableName, found.outline.tables),
                      headers: columnNames(INPUTS.settings.columns, language),
                    },
      });
      return null;
    });
    if (failure) return { ok: false, message: t("setup.settingRefused"), ...detailsWithProblems([], failure, t) };
    return { ok: true, message: t("setup.settingSaved", { name, value: typed }), details: [] };
  });
}
