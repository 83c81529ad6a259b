/** What a command tells the user when it ends. */
import { describeExcelError } from "../excel/errors";
import type { Translate } from "../i18n";

export interface Outcome {
  readonly ok: boolean;
  /** One sentence: what happened, or what went wrong and what to do. */
  readonly message: string;
  /** Further lines: names the add-in had to change, problems found. */
  readonly details: readonly string[];
}

/** Runs a command; whatever Excel throws becomes a failed outcome with a sentence, never an uncaught error. */
export async function attempt(t: Translate, command: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await command();
  } catch (error) {
    return { ok: false, message: describeExcelError(error, t), details: [] };
  }
}
