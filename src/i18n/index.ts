/**
 * The message catalogues: UI text lives here and nowhere else. `{name}` placeholders are filled from params.
 */
import type { Language } from "../core/language";
import type { MessageKey } from "./en-US";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";
import { PSEUDO_LOCALE, pseudoWords } from "../core/language";
import type { Phrase, PhraseValue } from "../core/phrases";

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

/** How a list reads, by the catalogue's separators: "a, b and c" / "a、b、c". */
function listIn(t: Translate, items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(t("list.separator"))}${t("list.lastSeparator")}${items[items.length - 1]}`;
}

export function joinList(language: Language, items: readonly string[]): string {
  return listIn(translator(language), items);
}

/**
 * Words a phrase the core planned (core/phrases.ts): its nested phrases first, its lists joined the language's way,
 * and a run of sentences (core's `sentences`) one after another, the empty ones left out. The key must be the
 * catalogue's; the compiler holds every key a plan may give to the catalogue's keys.
 */
export function say(t: Translate, said: Phrase<MessageKey>): string {
  const word = (value: PhraseValue): string =>
    typeof value === "string" || typeof value === "number" ? String(value) : Array.isArray(value) ? listIn(t, (value as readonly (string | Phrase)[]).map(word)) : say(t, value as Phrase<MessageKey>);
  if (said.key === "sentences") {
    const parts = said.params["parts"];
    const list: readonly PhraseValue[] = Array.isArray(parts) ? parts : parts === undefined ? [] : [parts];
    return list.map(word).filter((part) => part !== "").join(t("sentence.separator"));
  }
  return t(said.key, Object.fromEntries(Object.entries(said.params).map(([name, value]) => [name, word(value)])));
}
