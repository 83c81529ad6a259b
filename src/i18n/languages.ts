/**
 * The languages the add-in speaks, one line each: a language is its folder under src/i18n (see catalogue.ts) and
 * its line here. English and Chinese are the user's, equal citizens everywhere; the pseudo-locale is made from the
 * English by one function (pseudo.ts). The rest of the add-in names languages by these codes only.
 */
import type { LanguageCatalogue } from "./catalogue";
import { language as english } from "./en-US";
import { PSEUDO_LOCALE, pseudoLanguage } from "./pseudo";
import { language as chinese } from "./zh-CN";

export const CATALOGUES = [english, chinese, pseudoLanguage(english)] as const;

export type Language = (typeof CATALOGUES)[number]["code"];

export { PSEUDO_LOCALE };
export type { WorkbookWords } from "./en-US/workbook";
/** The promotion words' keys, which core's plans of the promotion sheets name (the compiler checks them). */
export type { PromotionWordKey } from "./en-US/promotions";
/** The store-data words' keys, which core's plans of the market sheet name. */
export type { StoreDataKey } from "./en-US/storeData";

/** Each language's catalogues by its code. */
export const LANGUAGE_CATALOGUES = Object.fromEntries(CATALOGUES.map((c) => [c.code, c])) as Readonly<
  Record<Language, LanguageCatalogue>
>;

/** The languages a user can choose. */
export const LANGUAGES: readonly Language[] = CATALOGUES.filter((c) => c.chosen).map((c) => c.code);
/** Every language the add-in writes in, the pseudo-locale included: the names its sheets may have. */
export const EVERY_LANGUAGE: readonly Language[] = CATALOGUES.map((c) => c.code);

/**
 * The language for what Office or the browser reports (`zh-TW`, `en-GB`, `qps-ploc`): the first whose `matches` it
 * starts with, else English.
 */
export function pickLanguage(requested: string | null | undefined): Language {
  const asked = (requested ?? "").toLowerCase();
  return (CATALOGUES.find((c) => asked.startsWith(c.matches.toLowerCase()))?.code ?? english.code) as Language;
}
