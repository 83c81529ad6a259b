/**
 * What a language is: one folder under src/i18n with its catalogues, described by its index.ts as this. The
 * English folder's catalogues give the keys every other language must have (the compiler checks each).
 */
import type { PaneKey } from "./en-US/pane";
import type { ProblemKey } from "./en-US/problems";
import type { PromotionWordKey } from "./en-US/promotions";
import type { ReviewWordKey } from "./en-US/review";
import type { StoreDataKey } from "./en-US/storeData";
import type { WorkbookWords } from "./en-US/workbook";

/** A function's and its arguments' names and descriptions as Excel shows them in a language (functions.json). */
export type FunctionNames = Readonly<
  Record<
    string,
    {
      readonly name: string;
      readonly description?: string;
      readonly parameters: Readonly<Record<string, { readonly name: string; readonly description?: string }>>;
    }
  >
>;

export interface LanguageCatalogue<Code extends string = string> {
  /** The language's tag, as Office reports display languages and as the manifest's Override elements name it. */
  readonly code: Code;
  /** The language by its own name, for the pane's language picker. */
  readonly name: string;
  /** The start of the Office display languages that get this one: "zh" gives zh-CN, zh-TW and zh-HK Chinese. */
  readonly matches: string;
  /** Whether a user can choose it (the pseudo-locale is for tests and the preview). */
  readonly chosen: boolean;
  /** The sentences for a refused value and the joins of every sentence: loaded with the page, in every language. */
  readonly problems: Readonly<Record<ProblemKey, string>>;
  /**
   * The pane's words and the planning commands' sentences: a page loads its language's before it first paints (a
   * second language is another 7 KB gzipped), a command every language's (it may write in the workbook's).
   */
  pane(): Promise<Readonly<Record<PaneKey, string>>>;
  /** The names the add-in gives what it writes into a workbook, and the words a cell may hold (workbook.ts). */
  readonly workbook: WorkbookWords;
  /** The store-data commands' words (the import's report, the diagnosis, the watch): loaded with those commands. */
  storeData(): Promise<Readonly<Record<StoreDataKey, string>>>;
  /** The review commands' words: loaded with those commands. */
  review(): Promise<Readonly<Record<ReviewWordKey, string>>>;
  /** The promotion commands' words: loaded with those commands. */
  promotions(): Promise<Readonly<Record<PromotionWordKey, string>>>;
  /** The custom functions' names in this language, where Excel shows them translated (none in English: JSDoc). */
  readonly functions?: FunctionNames;
}
