/**
 * A refused argument in words, for Excel's error tooltip and the preview: the same sentence a cell of the sheets
 * would get, with the argument named as the function's help names it in that language.
 */
import type { ArgumentProblem, FormulaName } from "../core/formulas";
import type { Problem } from "../core/problems";
import type { Language } from "../core/language";
import { translator } from "../i18n";
import { problemMessage } from "../i18n/problems";
import ZH_CN from "./zh-CN.json";

type Localised = Readonly<
  Record<string, { readonly name: string; readonly parameters: Readonly<Record<string, { readonly name: string }>> }>
>;

/** The Chinese metadata: function and argument names as Excel shows them to a zh-CN user. */
export const ZH_CN_NAMES: Localised = ZH_CN;

export function formulaMessage(name: FormulaName, problem: ArgumentProblem, language: Language): string {
  const field =
    language === "zh-CN" ? (ZH_CN_NAMES[name]?.parameters[problem.field]?.name ?? problem.field) : problem.field;
  return problemMessage({ ...problem, field, sheet: "", address: "" } as Problem, translator(language));
}
