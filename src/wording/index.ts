/**
 * Wording: the languages' catalogues (src/i18n) as loaded, and phrases the core planned said in one of them.
 * `{name}` placeholders are filled from params.
 */
import type { Language } from "../core/language";
import type { PaneKey } from "../i18n/en-US/pane";
import type { ProblemKey } from "../i18n/en-US/problems";
import type { StoreDataKey } from "../i18n/en-US/storeData";
import type { ReviewWordKey } from "../i18n/en-US/review";
import type { PromotionWordKey } from "../i18n/en-US/promotions";
import { CATALOGUES as LANGUAGES_REGISTERED } from "../i18n/languages";
import type { Phrase, PhraseValue } from "../core/phrases";

/** Every key of every catalogue: the page's, the pane's, and the words the store-data and review commands bring. */
export type MessageKey = ProblemKey | PaneKey | StoreDataKey | ReviewWordKey | PromotionWordKey;

const catalogues = Object.fromEntries(
  LANGUAGES_REGISTERED.map((l) => [l.code, { ...l.problems }])
) as unknown as Record<Language, Record<string, string>>;

/**
 * The catalogues as loaded so far: the problems' words from the start, the pane's once the page has loaded its
 * language's (`loadLanguage`), a command's own once they have loaded (`loadWords`). A key whose words have not loaded
 * reads as the key itself.
 */
export const CATALOGUES: Readonly<Record<Language, Readonly<Partial<Record<MessageKey, string>>>>> = catalogues;

/** The parts of a language's words that load after the page's: the pane's, and those of the commands that say them. */
export type WordPart = "pane" | "storeData" | "review" | "promotions";

const loading = new Map<string, Promise<void>>();

/** Loads one language's part, once; a chunk that failed to arrive (the network dropped) is asked for again later. */
function loadPart(language: (typeof LANGUAGES_REGISTERED)[number], part: WordPart): Promise<void> {
  const key = `${language.code} ${part}`;
  const started =
    loading.get(key) ??
    language[part]().then(
      (words) => {
        Object.assign(catalogues[language.code], words);
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      }
    );
  loading.set(key, started);
  return started;
}

/** Loads the pane's words in one language: a page awaits this before it paints, or paints again in another. */
export function loadLanguage(language: Language): Promise<void> {
  const chosen = LANGUAGES_REGISTERED.find((l) => l.code === language);
  return chosen ? loadPart(chosen, "pane") : Promise.resolve();
}

/**
 * Loads a part's words in every language, once: each command awaits the pane's and the parts it says before it
 * says anything (it may write in the workbook's language, not the pane's), so the page's first paint waits for none.
 */
export async function loadWords(part: WordPart): Promise<void> {
  await Promise.all(LANGUAGES_REGISTERED.map((l) => loadPart(l, part)));
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
