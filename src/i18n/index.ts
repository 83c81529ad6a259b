/**
 * The message catalogues: UI text lives here and nowhere else. `{name}` placeholders are filled from params.
 */
import type { Language } from "../core/language";
import type { PaneKey } from "./en-US";
import { enUS } from "./en-US";
import { zhCN } from "./zh-CN";
import type { StoreDataKey } from "./storeData.en-US";
import type { ReviewWordKey } from "./review.en-US";
import { PSEUDO_LOCALE, pseudoWords } from "../core/language";
import type { Phrase, PhraseValue } from "../core/phrases";

/** Every key of every catalogue: the pane's, and the words the store-data and review commands bring with them. */
export type MessageKey = PaneKey | StoreDataKey | ReviewWordKey;

const catalogues: Record<Language, Record<string, string>> = {
  "en-US": { ...enUS },
  "zh-CN": { ...zhCN },
  // The pseudo-locale's texts are made from the English (core/language.ts).
  [PSEUDO_LOCALE]: pseudoWords<Record<string, string>>(enUS),
};

/**
 * The catalogues as loaded so far: the pane's words from the start, a command's own words once its module has
 * loaded (`addWords`). A key whose words have not loaded reads as the key itself.
 */
export const CATALOGUES: Readonly<Record<Language, Readonly<Partial<Record<MessageKey, string>>>>> = catalogues;

/** Adds words a lazily loaded module brings, in both languages (the pseudo-locale's made from the English). */
export function addWords<K extends string>(
  english: Readonly<Record<K, string>>,
  chinese: Readonly<Record<K, string>>
): void {
  Object.assign(catalogues["en-US"], english);
  Object.assign(catalogues["zh-CN"], chinese);
  Object.assign(catalogues[PSEUDO_LOCALE], pseudoWords<Record<string, string>>(english));
}

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * A catalogue's words with their placeholders filled: `{name}` by its value, and `{count|goal|goals}` by the
 * singular when the count is 1, else the plural, so English says "1 goal" and "2 goals" (Chinese needs neither).
 */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : whole
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params = {}) => fill(catalogue[key] ?? key, params);
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
    typeof value === "string" || typeof value === "number"
      ? String(value)
      : Array.isArray(value)
        ? listIn(t, (value as readonly (string | Phrase)[]).map(word))
        : say(t, value as Phrase<MessageKey>);
  if (said.key === "sentences") {
    const parts = said.params["parts"];
    const list: readonly PhraseValue[] = Array.isArray(parts) ? parts : parts === undefined ? [] : [parts];
    return list
      .map(word)
      .filter((part) => part !== "")
      .join(t("sentence.separator"));
  }
  return t(said.key, Object.fromEntries(Object.entries(said.params).map(([name, value]) => [name, word(value)])));
}
