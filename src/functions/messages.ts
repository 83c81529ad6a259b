/**
 * A refused argument in words, for Excel's error tooltip and the preview: the same sentence a cell of the sheets
 * would get, with the argument named as the function's help names it in that language.
 */
import type { ArgumentProblem, FormulaName } from "../core/formulas";
import type { Problem } from "../core/problems";
import type { Language } from "../core/language";
import { translator } from "../wording";
import { problemMessage } from "../wording/problems";
import { LANGUAGE_CATALOGUES } from "../i18n/languages";

export function formulaMessage(name: FormulaName, problem: ArgumentProblem, language: Language): string {
  // The argument as the function's help names it in the language (English's names are the JSDoc's own).
  const field = LANGUAGE_CATALOGUES[language].functions?.[name]?.parameters[problem.field]?.name ?? problem.field;
  return problemMessage({ ...problem, field, sheet: "", address: "" } as Problem, translator(language));
}
