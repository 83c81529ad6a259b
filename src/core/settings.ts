/**
 * The Settings input: two columns, Setting and Value, every row optional. Names match in either language,
 * like headers do; a value that cannot be read is a problem at its cell, and the default is not silently used.
 */
import { SOURCE_LANGUAGE, WORKBOOK_WORDS, everyLanguage } from "./language";
import type { CellValue } from "./cellValues";
import { isBlank, minutesOfDay, parseTime, plainText, shownValue } from "./cellValues";
import { INPUTS, SETTING_NAMES } from "./contract";
import { NameIndex, isNamed } from "./names";
import type { Problem, ProblemCodeWithoutFacts, ProblemKind, Result } from "./problems";
import { problemAt } from "./problems";
import type { InputCells } from "./records";
import { fieldsFor, parseField, readRecords } from "./records";
import { clockText } from "./excelDate";
import { phrase } from "./phrases";

export interface TimeSpan {
  /** Minutes since midnight. */
  readonly start: number;
  readonly end: number;
}

export interface Settings {
  /** Minutes since midnight. */
  readonly dayStart: number;
  readonly dayEnd: number;
  readonly breaks: readonly TimeSpan[];
  readonly slotMinutes: number;
  readonly focusLimit: number;
  readonly successThreshold: number;
  /** A rate, or the median growth rate of the points ranked. */
  readonly growthThreshold: number | "median";
  readonly atRiskBand: number;
  /** Ad sales per yuan spent below which ads lose money (1 ÷ gross margin). */
  readonly breakEvenRoi: number;
  /** Ad spend over 7 days below which the diagnosis does not judge ROI. */
  readonly adSpendThreshold: number;
  /** The shop this workbook is for, as its exports name it (店铺名称); null: the first export that names one decides. */
  readonly shop: string | null;
  /** The category the shop sells in, as Sycm's 市场 pages name it (连衣裙); null: the market trend's own category. */
  readonly category: string | null;
  /** 快递费: what one parcel (one paid order) costs to send. */
  readonly shippingPerParcel: number;
  /** Packaging per parcel (a box, tape), beside the Costs' packaging per unit. */
  readonly packagingPerParcel: number;
  /**
   * Platform commission, payment fees and 淘宝客 as a share of net sales: used only for days with no Alipay statement
   * line, and said to be an estimate wherever it is.
   */
  readonly estimatedFeeRate: number;
  /** Days from ordering stock to having it to sell: a product whose cover is shorter (with the safety days) runs out. */
  readonly leadTimeDays: number;
  /** Days of stock kept beyond the lead time, for a week that sells more than the last. */
  readonly safetyDays: number;
  /** A word or crowd that spent this much or more over the analysed days with no sale is waste. */
  readonly adWasteSpend: number;
}

export const DEFAULT_SETTINGS: Settings = {
  dayStart: 9 * 60,
  dayEnd: 18 * 60,
  breaks: [{ start: 12 * 60, end: 13 * 60 }],
  slotMinutes: 30,
  focusLimit: 2,
  successThreshold: 0.5,
  growthThreshold: "median",
  atRiskBand: 0.2,
  // A 50% gross margin: every yuan of ads must bring two of sales to pay for itself.
  breakEvenRoi: 2,
  adSpendThreshold: 500,
  shop: null,
  category: null,
  // Zero until the operator says: a profit without shipping is named as such, not guessed from another shop's rate.
  shippingPerParcel: 0,
  packagingPerParcel: 0,
  // Tmall's software service fee is 2–5 % by category, Huabei and credit cards about 0.6–1 %: 5 % in all.
  estimatedFeeRate: 0.05,
  // A week to reorder and receive, three days to spare: what replenishment tools start from.
  leadTimeDays: 7,
  safetyDays: 3,
  // The "spend over 5 yuan, no sale" rule operators' keyword routine starts from.
  adWasteSpend: 5,
};

export type SettingKey = keyof typeof SETTING_NAMES;

const field = fieldsFor(INPUTS.settings.columns);

export const SETTINGS_FIELDS = [
  field("setting", "text", true, { aliases: ["Name", "名称", "设置项"] }),
  field("value", "raw", true, { aliases: ["数值", "设置值"] }),
];

/** How commands want Settings: optional, from its own table or sheet only (never an unrelated active sheet). */
export const SETTINGS_INPUT = { definition: INPUTS.settings, fields: SETTINGS_FIELDS, optional: true } as const;

/** Slot lengths that divide an hour, so slots start on the hour. */
export const SLOT_MINUTES = [5, 10, 15, 20, 30, 60] as const;

/** What a threshold cell may say to mean the median, in every language. */
const MEDIAN_WORDS = everyLanguage(WORKBOOK_WORDS.cellWords.median);

/** A setting's value cell: where it is (empty sheet and address for a value typed in the pane) and what it holds. */
export interface SettingCell {
  readonly value: CellValue;
  /** The cell's number format has a %, so its number is already a fraction. */
  readonly percent: boolean;
  readonly sheet: string;
  readonly address: string;
  /** The setting's name as the user wrote or sees it. */
  readonly field: string;
}

type SettingRead = Result<Settings[SettingKey]>;

/** Reads one setting's value as the pane's editor or the Settings sheet gives it; a bad value is a problem at its cell. */
export function parseSetting(key: SettingKey, cell: SettingCell): SettingRead {
  const { value, percent } = cell;
  const fail = (kind: ProblemKind | ProblemCodeWithoutFacts): SettingRead => {
    return {
      ok: false,
      problems: [
        problemAt(kind, { sheet: cell.sheet, address: cell.address, value: shownValue(value), field: cell.field }),
      ],
    };
  };
  const by = (
    field: Parameters<typeof parseField>[0],
    map: (v: number) => Settings[SettingKey] = (v) => v
  ): SettingRead => {
    const parsed = parseField(field, value, percent);
    if ("code" in parsed) return fail(parsed);
    return { ok: true, data: map(parsed.value as number) };
  };
  switch (key) {
    case "dayStart":
    case "dayEnd":
      return by({ type: "time" }, minutesOfDay);
    case "breaks": {
      const spans = parseBreaks(shownValue(value));
      return spans
        ? { ok: true, data: spans }
        : fail({ code: "notTime", facts: { example: "12:00-13:00, 15:00-15:15" } });
    }
    case "slotMinutes": {
      const parsed = by({ type: "wholeNumber", min: 1, max: 60 });
      if (parsed.ok && !(SLOT_MINUTES as readonly number[]).includes(parsed.data as number))
        return fail({ code: "outOfRange", facts: { allowed: SLOT_MINUTES.join(", ") } });
      return parsed;
    }
    case "focusLimit":
      return by({ type: "wholeNumber", min: 1, max: 5 });
    case "leadTimeDays":
    case "safetyDays":
      return by({ type: "wholeNumber", min: 0, max: 365 });
    case "successThreshold":
      return by({ type: "successRate" });
    case "growthThreshold":
      if (typeof value === "string" && isNamed(value, MEDIAN_WORDS)) return { ok: true, data: "median" };
      return by({ type: "rate", min: 0 });
    case "atRiskBand":
      return by({ type: "successRate" });
    case "estimatedFeeRate":
      return by({ type: "rate", min: 0, max: 1 });
    case "breakEvenRoi":
    case "adSpendThreshold":
    case "adWasteSpend":
    case "shippingPerParcel":
    case "packagingPerParcel":
      return by({ type: "number", min: 0 });
    case "shop":
    case "category":
      return { ok: true, data: plainText(shownValue(value)).trim() };
  }
}

/** `12:00-13:00, 15:00-15:15` (also `~`, `–`, `至`, and Chinese commas) → spans; null when any part is unreadable. */
export function parseBreaks(text: string): TimeSpan[] | null {
  const parts = plainText(text)
    .split(/[,，、;；]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const spans: TimeSpan[] = [];
  for (const part of parts) {
    const ends = part.split(/\s*(?:-|~|–|—|至|到)\s*/);
    if (ends.length !== 2) return null;
    const [start, end] = ends.map((e) => parseTime(e));
    if (start === null || end === null || start === undefined || end === undefined || end <= start) return null;
    spans.push({ start: minutesOfDay(start), end: minutesOfDay(end) });
  }
  return spans;
}

const SETTING_BY_NAME = new NameIndex(
  Object.entries(SETTING_NAMES).map(([key, names]) => [key as SettingKey, names] as const)
);

/** The setting a name in the Settings sheet means, in either language. */
export function settingNamed(name: string): SettingKey | undefined {
  return SETTING_BY_NAME.find(name);
}

/**
 * Reads the Settings input; null (no Settings in the workbook) gives the defaults. With `only`, just those
 * settings are read and checked: ranking is not stopped by a typo in the schedule's breaks.
 */
export function readSettings(
  block: InputCells | null,
  only?: readonly SettingKey[]
): { settings: Settings; problems: Problem[] } {
  if (!block) return { settings: DEFAULT_SETTINGS, problems: [] };
  const read = readRecords(block, SETTINGS_FIELDS);
  // A setting left blank (or a header with no rows) means "use the defaults", not a mistake.
  const problems: Problem[] = read.problems.filter((p) => p.code !== "noRows" && p.code !== "required");
  const settings: { -readonly [K in SettingKey]: Settings[K] } = { ...DEFAULT_SETTINGS };
  // Where the day's end was set, as the operator wrote it, so a day that ends before it starts is shown at its cell.
  let dayEnd = { field: SETTING_NAMES.dayEnd[SOURCE_LANGUAGE], address: "", value: "" };
  for (const record of read.records) {
    const known = settingNamed(record.fields.setting);
    const cell = record.fields.value;
    if (known === "dayEnd")
      dayEnd = { field: record.fields.setting, address: cell.address, value: shownValue(cell.value) };
    if (!known || isBlank(cell.value) || (only && !only.includes(known))) continue;
    const parsed = parseSetting(known, { ...cell, sheet: block.sheet, field: record.fields.setting });
    if (parsed.ok) (settings as Record<SettingKey, Settings[SettingKey]>)[known] = parsed.data;
    else problems.push(...parsed.problems);
  }
  if (settings.dayEnd <= settings.dayStart && (!only || only.includes("dayEnd"))) {
    problems.push({
      code: "outOfRange",
      sheet: block.sheet,
      ...dayEnd,
      facts: { allowed: phrase("problem.allowed.afterDayStart", { start: clockText(settings.dayStart) }) },
    });
  }
  return { settings, problems };
}
