/**
 * Wording: the languages' catalogues (src/i18n) as loaded, and phrases the core planned said in one of them.
 * `{name}` placeholders are filled from params.
 */
import type { Language } from "../core/language";
import type { PaneKey } from "../i18n/en-US/pane";
import type { StoreDataKey } from "../i18n/en-US/storeData";
import type { ReviewWordKey } from "../i18n/en-US/review";
import { CATALOGUES as LANGUAGES_REGISTERED } from "../i18n/languages";
import type { Phrase, PhraseValue } from "../core/phrases";

/** Every key of every catalogue: the pane's, and the words the store-data and review commands bring with them. */
export type MessageKey = PaneKey | StoreDataKey | ReviewWordKey;

const catalogues = Object.fromEntries(LANGUAGES_REGISTERED.map((l) => [l.code, { ...l.pane }])) as unknown as Record<
  Language,
  Record<string, string>
>;

/**
 * The catalogues as loaded so far: the pane's words from the start, a command's own words once they have loaded
 * (`loadWords`). A key whose words have not loaded reads as the key itself.
 */
export const CATALOGUES: Readonly<Record<Language, Readonly<Partial<Record<MessageKey, string>>>>> = catalogues;

/** The parts of a language's words that load with the commands that say them, not with the pane's page. */
export type WordPart = "storeData" | "review";

const loading = new Map<WordPart, Promise<void>>();

/**
 * Loads a part's words in every language, once: each command that says them awaits this before it says anything,
 * so the pane's first paint does not wait for them.
 */
export function loadWords(part: WordPart): Promise<void> {
  const started =
    loading.get(part) ??
    Promise.all(
      LANGUAGES_REGISTERED.map(async (l) => {
        Object.assign(catalogues[l.code], await l[part]());
      })
    ).then(
      () => undefined,
      (error: unknown) => {
        // A chunk that failed to arrive (the network dropped) is asked for again by the next command.
        loading.delete(part);
        throw error;
      }
    );
  loading.set(part, started);
  return started;
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
