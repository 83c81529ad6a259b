/**
 * The languages, as core sees them: their codes (the registry is src/i18n/languages.ts, one line a language, read
 * here as data), and names in every language (`Spellings`).
 */
import type { Language, WorkbookWords } from "../i18n/languages";
export type { PromotionWordKey, StoreDataKey } from "../i18n/languages";
import { CATALOGUES } from "../i18n/languages";

export type { Language };
export { EVERY_LANGUAGE, LANGUAGES, PSEUDO_LOCALE, pickLanguage } from "../i18n/languages";
export { pseudoLocalize, pseudoWords } from "../i18n/pseudo";

/** The language the others are checked against, and whose names stand in where a name is needed in none. */
export const SOURCE_LANGUAGE: Language = CATALOGUES[0].code;

/** A name in every language, by language: what the add-in writes in one, and recognises in any. */
export type Spellings = Readonly<Record<Language, string>>;

/** A catalogue's places with each word as its spellings in every language (lists of words as each language's list). */
export type Spelled<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? Spellings
    : T[K] extends readonly string[]
      ? Readonly<Record<Language, readonly string[]>>
      : T[K] extends readonly (infer E)[]
        ? readonly Spelled<E>[]
        : Spelled<T[K]>;
};

/** Every language's words at the same places, as one tree whose leaves hold each language's word. */
function spelled(byLanguage: readonly (readonly [Language, unknown])[]): unknown {
  const [first] = byLanguage;
  const sample = first?.[1];
  if (typeof sample === "string" || (Array.isArray(sample) && sample.every((w) => typeof w === "string")))
    return Object.fromEntries(byLanguage);
  if (Array.isArray(sample))
    return sample.map((_, i) => spelled(byLanguage.map(([l, words]) => [l, (words as unknown[])[i]] as const)));
  return Object.fromEntries(
    Object.keys(sample as object).map((key) => [
      key,
      spelled(byLanguage.map(([l, words]) => [l, (words as Record<string, unknown>)[key]] as const)),
    ])
  );
}

/**
 * The workbook's words (src/i18n/<language>/workbook.ts) in every language at once: core names a word by its place
 * (`WORKBOOK_WORDS.inputs.goals.sheetName`) and writes it in one language or recognises it in any.
 */
export const WORKBOOK_WORDS = spelled(CATALOGUES.map((c) => [c.code, c.workbook] as const)) as Spelled<WorkbookWords>;

/** A name that is the same in every language: a sheet named after the file it was imported from. */
export function sameInEvery(name: string): Spellings {
  return Object.fromEntries(CATALOGUES.map((c) => [c.code, name])) as Spellings;
}

/** Every language's words of a list, as one list (a cell is read whatever language it was typed in). */
export function everyLanguage(words: Readonly<Record<Language, readonly string[]>>): string[] {
  return Object.values<readonly string[]>(words).flat();
}
