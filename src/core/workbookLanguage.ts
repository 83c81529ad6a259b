/**
 * The language a workbook's sheets were written in. An operator who set the shop up in Chinese and later switches
 * the pane to English still has a Chinese workbook: a schedule planned that day gets Chinese headers beside the
 * Chinese 每日任务 it came from, while the pane speaks English. The workbook's language is read from the names the
 * add-in gives sheets (inputs it set up, outputs it wrote, tables it imported into); a workbook with none of them,
 * or as many in one language as in another, takes the language the operator chose.
 */
import type { Spellings, Language } from "./language";
import { EVERY_LANGUAGE } from "./language";
import {
  INPUTS,
  RANKING_OUTPUT,
  IMPORT_LOG,
  STORE_METRICS,
  OPERATION_LOG,
  DIAGNOSIS_OUTPUT,
  GOAL_TRENDS_OUTPUT,
  COMPETITORS,
  COMPETITION_OUTPUT,
  SCHEDULE_OUTPUT,
  REVIEW_OUTPUT,
} from "./contract";
import { EXPORT_KIND_NAMES } from "./import/kindNames";
import { isGivenName } from "./sheetNames";

/** Whole names the add-in gives sheets, in every language. */
const NAMES: readonly Spellings[] = [
  ...Object.values(INPUTS).map((input) => input.sheetName),
  ...[
    RANKING_OUTPUT,
    IMPORT_LOG,
    STORE_METRICS,
    OPERATION_LOG,
    DIAGNOSIS_OUTPUT,
    GOAL_TRENDS_OUTPUT,
    COMPETITORS,
    COMPETITION_OUTPUT,
  ].map((output) => output.sheetName),
  ...Object.values(EXPORT_KIND_NAMES).map((kind) => kind.sheetName),
];

/** Names the add-in gives dated sheets, followed by a space and the day or period (`日程 2026-11-24`, `Weekly Review 2026-W48`). */
const PREFIXES: readonly Spellings[] = [
  SCHEDULE_OUTPUT.sheetPrefix,
  REVIEW_OUTPUT.weekSheetPrefix,
  REVIEW_OUTPUT.monthSheetPrefix,
];

/** How many of the sheets carry a name the add-in gives in `language`. */
function sheetsIn(language: Language, sheetNames: readonly string[]): number {
  const names = NAMES.map((n) => n[language]);
  const prefixes = PREFIXES.map((p) => `${p[language]} `.toLowerCase());
  return sheetNames.filter(
    (sheet) => isGivenName(sheet, names) || prefixes.some((p) => sheet.toLowerCase().startsWith(p))
  ).length;
}

/**
 * The language to write a workbook's sheets in: the one most of the add-in's sheet names there are in, else the
 * operator's.
 * @example workbookLanguage(["增长点", "目标", "Sheet1"], "en-US") === "zh-CN"
 * @example workbookLanguage(["Sheet1"], "en-US") === "en-US"
 */
export function workbookLanguage(sheetNames: readonly string[], chosen: Language): Language {
  const counts = EVERY_LANGUAGE.map((language) => ({ language, count: sheetsIn(language, sheetNames) }));
  const most = Math.max(...counts.map((c) => c.count));
  if (most === 0 || counts.some((c) => c.language === chosen && c.count === most)) return chosen;
  return counts.find((c) => c.count === most)?.language ?? chosen;
}
