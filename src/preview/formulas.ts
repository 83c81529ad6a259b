/**
 * The preview works out GROWTHOPS formulas in its cells, so the functions can be tried without Excel: a cell
 * holding `=GROWTHOPS.SCORE(B2, "20%")` (or the Chinese name, `=GROWTHOPS.增长得分(B2, C2)`) shows what Excel would.
 * Only these functions, with numbers, text, TRUE/FALSE and single-cell references as arguments; any other formula
 * is shown as written, as before.
 */
import { parseBlock } from "../core/cellAddress";
import type { FormulaArgument, FormulaName } from "../core/formulas";
import { FORMULA_NAMES, evaluateFormula } from "../core/formulas";
import type { Language } from "../core/language";
import type { SheetModel } from "../emulator";
import { formulaMessage } from "../functions/messages";
import { CATALOGUES } from "../i18n/languages";

export type Evaluated = { readonly value: number | string } | { readonly error: string; readonly message: string };

const NAMESPACE = "GROWTHOPS.";

/** Function by name as a formula may spell it: the id, or its name in a language that translates it; any case. */
const BY_NAME = new Map<string, FormulaName>(
  FORMULA_NAMES.flatMap((id) => [
    [id, id] as const,
    ...CATALOGUES.map(
      (l) => [(("functions" in l ? l.functions[id]?.name : undefined) ?? id).toUpperCase(), id] as const
    ),
  ])
);

/** Splits an argument list at commas outside quotes; "" inside quotes is a quote. */
function splitArguments(text: string): string[] | null {
  const parts: string[] = [];
  let current = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') {
        current += '""';
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (quoted) return null;
  parts.push(current.trim());
  return text.trim() === "" ? [] : parts;
}

/** One argument's value, or null when it is something the preview does not evaluate (a range, a nested formula). */
function argument(text: string, sheet: SheetModel): { value: FormulaArgument } | null {
  if (text === "") return { value: undefined };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(text))
    return { value: text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  const block = /^\$?[A-Z]{1,3}\$?\d+$/i.test(text) ? parseBlock(text.replace(/\$/g, "").toUpperCase()) : null;
  if (block) {
    const value = sheet.value(block.firstRow, block.firstColumn);
    return { value: value === undefined ? null : value };
  }
  return null;
}

/** What a formula cell shows; null when the formula is not a GROWTHOPS call. */
export function evaluateGrowthOps(
  formula: string,
  sheet: SheetModel,
  language: Language,
  today: number
): Evaluated | null {
  const call = /^=\s*([^(\s]+)\s*\((.*)\)\s*$/s.exec(formula);
  if (!call || !(call[1] as string).toUpperCase().startsWith(NAMESPACE)) return null;
  const name = BY_NAME.get((call[1] as string).slice(NAMESPACE.length).toUpperCase());
  if (!name) return { error: "#NAME?", message: formula };
  const texts = splitArguments(call[2] as string);
  const args = texts?.map((t) => argument(t, sheet));
  if (!args || args.some((a) => a === null)) return { error: "#VALUE!", message: formula };
  const result = evaluateFormula(
    name,
    args.map((a) => (a as { value: FormulaArgument }).value),
    { language, today }
  );
  return "value" in result ? result : { error: result.error, message: formulaMessage(name, result.problem, language) };
}
