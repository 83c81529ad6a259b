/**
 * Microsoft's pseudo-locale qps-ploc, made from the English catalogue: every letter accented, each text in
 * brackets and about 40 % longer. It is not a language a user picks; tests and the preview use it to show that a
 * word reached the screen through the catalogues (plain English or Chinese would be a word that did not) and that
 * the layout survives longer text. `{name}` placeholders are kept as they are, so the texts fill as the English do.
 */
export const PSEUDO_LOCALE = "qps-ploc";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = "áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";

/** How much longer a pseudo-localised text is: German and Finnish run about this much longer than English. */
const GROWTH = 0.4;

export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => ACCENTED[PLAIN.indexOf(ch)] ?? ch).join("")))
    .join("");
  const padding = "·".repeat(Math.ceil(text.length * GROWTH));
  return `[${accented}${padding ? ` ${padding}` : ""}]`;
}

export function pseudoCatalogue<K extends string>(english: Readonly<Record<K, string>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(english).map(([key, text]) => [key, pseudoLocalize(text)])) as Record<K, string>;
}
