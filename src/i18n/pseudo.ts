/** The message catalogue of the pseudo-locale (core/language.ts), made from the English one. */
import { pseudoWords } from "../core/language";

export function pseudoCatalogue<K extends string>(english: Readonly<Record<K, string>>): Readonly<Record<K, string>> {
  return pseudoWords(english);
}
