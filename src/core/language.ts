/**
 * The languages the add-in speaks. English and Chinese are the user's, equal citizens everywhere. The third is
 * Microsoft's pseudo-locale qps-ploc, made from the English (every letter accented, each text framed and about
 * 40 % longer): not a language a user picks, but the one tests and the preview (`?lang=qps-ploc`) run in to show
 * that every word the add-in writes came from its word lists, and that layouts survive longer text.
 */
export const PSEUDO_LOCALE = "qps-ploc";

export type Language = "en-US" | "zh-CN" | typeof PSEUDO_LOCALE;

/** The languages a user can choose. */
export const LANGUAGES: readonly Language[] = ["en-US", "zh-CN"];
/** Every language the add-in writes in, the pseudo-locale included: the names its sheets may have. */
export const EVERY_LANGUAGE: readonly Language[] = [...LANGUAGES, PSEUDO_LOCALE];

/** Office reports languages like `zh-CN`, `zh-TW`, `en-GB`: any Chinese gets Chinese, everything else English. */
export function pickLanguage(requested: string | null | undefined): Language {
  if (requested === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return requested?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** A text in every language: the pseudo-locale's is made from the English (see `bilingual`). */
export type Bilingual = Readonly<Record<Language, string>>;

/** A text in English and Chinese, and so in the pseudo-locale. */
export function bilingual(en: string, zh: string): Bilingual {
  return { "en-US": en, "zh-CN": zh, [PSEUDO_LOCALE]: pseudoLocalize(en) };
}

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
// Each capital is the capital of its small letter, so a name typed in either case still matches (names.ts).
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

/** Word tables by language, English and Chinese written out, the pseudo-locale's made from the English. */
export function withPseudo<E, Z>(table: {
  readonly "en-US": E;
  readonly "zh-CN": Z;
}): { readonly "en-US": E; readonly "zh-CN": Z; readonly "qps-ploc": E } {
  return { ...table, [PSEUDO_LOCALE]: pseudoWords(table["en-US"]) };
}

/**
 * A list of the words a cell may hold (Daily, High, median), with each English one's pseudo-locale spelling
 * too, so a workbook the add-in set up in the pseudo-locale reads back.
 */
export function withPseudoSpellings(words: readonly string[]): string[] {
  return words.flatMap((word) => (/[A-Za-z]/.test(word) ? [word, pseudoLocalize(word)] : [word]));
}
