/**
 * The message catalogues: UI text lives here and nowhere else. `{name}` placeholders are filled from params.
 */
import type { Language } from "../core/language";
import type { MessageKey } from "./en-US";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";
import { PSEUDO_LOCALE, pseudoLocalize, pseudoWords } from "../core/language";

export type { MessageKey } from "./en-US";

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  "en-US": enUS,
  "zh-CN": zhCN,
  // The pseudo-locale's texts are made from the English (core/language.ts).
  [PSEUDO_LOCALE]: pseudoWords(enUS),
};

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** How a list reads in each language: "a, b and c" / "a、b、c". */
export function joinList(language: Language, items: readonly string[]): string {
  if (language === "zh-CN") return items.join("、");
  if (items.length <= 1) return items.join("");
  const and = language === PSEUDO_LOCALE ? ` ${pseudoLocalize("and")} ` : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}
