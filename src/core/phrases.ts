/**
 * A sentence the core decides the add-in says, as its catalogue key and what fills it: the core chooses what is
 * said, the catalogues how (src/i18n), and a command says it. A value may be a phrase itself (worded first), and a
 * list is joined the way the language joins lists when the sentence is said.
 */
export type PhraseValue = string | number | Phrase | readonly (string | Phrase)[];

export interface Phrase<K extends string = string> {
  readonly key: K;
  readonly params: Readonly<Record<string, PhraseValue>>;
}

export const phrase = <K extends string>(key: K, params: Readonly<Record<string, PhraseValue>> = {}): Phrase<K> => ({
  key,
  params,
});

/** Sentences said one after another (a space apart in English, none in Chinese), the empty ones left out. */
export const sentences = (...parts: readonly (string | Phrase)[]): Phrase<"sentences"> =>
  phrase("sentences", { parts });
