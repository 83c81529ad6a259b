/** What a command tells the user when it ends. */
import type { Language } from "../core/language";
import type { Phrase } from "../core/phrases";
import type { Problem } from "../core/problems";
import { workbookLanguage } from "../core/workbookLanguage";
import { describeExcelError } from "../excel/errors";
import type { WorkbookSession } from "../excel/host";
import type { MessageKey, Translate, WordPart } from "../wording";
import { loadWords, say, translator } from "../wording";
import { describeProblem } from "../wording/problems";
import type { CommandEnvironment } from "./environment";

/** A cell a detail is about, so the pane can take the user there. */
export interface CellLocation {
  readonly sheet: string;
  readonly address: string;
}

export interface Outcome {
  readonly ok: boolean;
  /** One sentence: what happened, or what went wrong and what to do. */
  readonly message: string;
  /** Further lines: names the add-in had to change, problems found. */
  readonly details: readonly string[];
  /** Beside each detail, the cell it is about, where there is one. */
  readonly locations?: readonly (CellLocation | null)[];
}

/**
 * Lines for the pane: some plain ones, then one per problem, each problem with its cell so that clicking it
 * selects the cell. Problems in a file rather than a sheet (an import) have no cell to select.
 */
export function detailsWithProblems(
  lines: readonly string[],
  problems: readonly Problem[],
  t: Translate,
  inWorkbook = true
): Pick<Outcome, "details" | "locations"> {
  return {
    details: [...lines, ...problems.map((p) => describeProblem(p, t))],
    locations: [
      ...lines.map(() => null),
      ...problems.map((p) =>
        inWorkbook && p.sheet !== "" && p.address !== "" ? { sheet: p.sheet, address: p.address } : null
      ),
    ],
  };
}

/** What a command that works in the workbook is given besides its session: how to speak. */
export interface CommandScope {
  readonly language: Language;
  readonly t: Translate;
}

/**
 * A command that works in one batch on the host: its body gets the session and the language, once the pane's words
 * and the parts it speaks in (`words`) have loaded in every language (it may write in the workbook's, not the
 * pane's); whatever Excel throws becomes a failed outcome with a sentence.
 */
export function excelCommand(
  env: CommandEnvironment,
  body: (context: WorkbookSession, scope: CommandScope) => Promise<Outcome>,
  words: readonly WordPart[] = []
): Promise<Outcome> {
  const language = env.language();
  const t = translator(language);
  return attempt(t, async () => {
    await Promise.all(["pane" as const, ...words].map(loadWords));
    return env.host.run((context) => body(context, { language, t }));
  });
}

/** How a command speaks in the workbook's sheets, which may not be the pane's language. */
export interface SheetSpeech {
  readonly language: Language;
  readonly t: Translate;
  readonly words: (text: string | Phrase<MessageKey>) => string;
}

/**
 * The language a workbook's sheets were written in (core/workbookLanguage), so that a schedule planned after the
 * pane was switched to English gets Chinese headers in a Chinese workbook; the pane still speaks the chosen one.
 */
export function inWorkbookLanguage(
  outline: { readonly sheets: readonly { readonly name: string }[] },
  chosen: Language
): SheetSpeech {
  const language = workbookLanguage(
    outline.sheets.map((s) => s.name),
    chosen
  );
  const t = translator(language);
  return { language, t, words: wording(t) };
}

/** Runs a command; whatever Excel throws becomes a failed outcome with a sentence, never an uncaught error. */
export async function attempt(t: Translate, command: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await command();
  } catch (error) {
    return { ok: false, message: describeExcelError(error, t), details: [] };
  }
}

/** Words for a sheet: the operator's own words (names, headers in the sheet's language) as they are, phrases said. */
export function wording(t: Translate): (text: string | Phrase<MessageKey>) => string {
  return (text) => (typeof text === "string" ? text : say(t, text));
}

/** A row's words worded, its numbers left as they are: cells planned with phrases. */
export function wordCells(
  cells: readonly (string | number | Phrase<MessageKey>)[],
  word: (text: string | Phrase<MessageKey>) => string
): (string | number)[] {
  return cells.map((cell) => (typeof cell === "number" ? cell : word(cell)));
}

/** A record's words worded, its numbers left as they are: a log row planned with phrases. */
export function wordRecord<K extends string>(
  record: Readonly<Record<K, string | number | Phrase<MessageKey>>>,
  word: (text: string | Phrase<MessageKey>) => string
): Record<K, string | number> {
  return Object.fromEntries(
    Object.entries<string | number | Phrase<MessageKey>>(record).map(([key, value]) => [
      key,
      typeof value === "number" ? value : word(value),
    ])
  ) as Record<K, string | number>;
}
