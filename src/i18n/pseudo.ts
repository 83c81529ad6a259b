/**
 * Microsoft's pseudo-locale qps-ploc, made from English by one function: every letter accented, each text framed
 * and about 40 % longer. Not a language a user picks, but the one tests and the preview (`?lang=qps-ploc`) run in to
 * show that every word the add-in writes came from a catalogue, that a third language reads back what it wrote, and
 * that layouts survive longer text.
 */
import type { LanguageCatalogue } from "./catalogue";

export const PSEUDO_LOCALE = "qps-ploc";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
// Each capital is the capital of its small letter, so a name typed in either case still matches (core/names.ts).
const ACCENTED = "áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁɃÇÐÉƑĜĤÍĴĶĻⱮÑÓÞǪŔŠŢÚṼŴẊÝŽ";

/** How much longer a pseudo-localised text is: German and Finnish run about this much longer than English. */
const GROWTH = 0.4;

/**
 * A text in the pseudo-locale: letters accented, `{name}` placeholders kept, framed in ⟦ ⟧ (brackets would not do:
 * Excel allows no [ or ] in a sheet name) and padded to about 40 % longer.
 */
export function pseudoLocalize(text: string): string {
  // Nothing to translate in a separator or a number: it stays as it is, so layouts keep their punctuation.
  if (!/[A-Za-z]/.test(text)) return text;
  const accent = (part: string) => [...part].map((ch) => ACCENTED[PLAIN.indexOf(ch)] ?? ch).join("");
  // A `{count|goal|goals}` placeholder keeps its name and braces; only its two words are the language's.
  const accented = text
    .split(/(\{\w+(?:\|[^|{}]*\|[^|{}]*)?\})/)
    .map((part, i) =>
      i % 2 === 0
        ? accent(part)
        : part.replace(
            /^\{(\w+)\|([^|{}]*)\|([^|{}]*)\}$/,
            (_all, name: string, one: string, other: string) => `{${name}|${accent(one)}|${accent(other)}}`
          )
    )
    .join("");
  return `⟦${accented} ${"·".repeat(Math.ceil(text.length * GROWTH))}⟧`;
}

/** A word table in the pseudo-locale: every text in it made from the English one, and what each phrase makes. */
export function pseudoWords<T>(english: T): T {
  if (typeof english === "string") return pseudoLocalize(english) as T;
  if (typeof english === "function")
    return ((...args: unknown[]) => pseudoLocalize(String((english as (...a: unknown[]) => unknown)(...args)))) as T;
  if (Array.isArray(english)) return english.map((item: unknown) => pseudoWords(item)) as T;
  if (english !== null && typeof english === "object")
    return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, pseudoWords(value)])) as T;
  return english;
}

/** The pseudo-locale as a whole language, every catalogue of it made from the English ones. */
export function pseudoLanguage<C extends LanguageCatalogue>(english: C): LanguageCatalogue<typeof PSEUDO_LOCALE> {
  return {
    code: PSEUDO_LOCALE,
    name: PSEUDO_LOCALE,
    matches: PSEUDO_LOCALE,
    chosen: false,
    problems: pseudoWords(english.problems),
    pane: () => english.pane().then(pseudoWords),
    workbook: pseudoWords(english.workbook),
    storeData: () => english.storeData().then(pseudoWords),
    review: () => english.review().then(pseudoWords),
    promotions: () => english.promotions().then(pseudoWords),
  };
}
