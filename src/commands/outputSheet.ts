/**
 * Writing a command's own output sheet, the same steps for every one: its sheet found by the add-in's mark (or a
 * free name in the workbook's language), refused when that sheet is protected, planned in core with the other
 * sheets' table names taken, worded, then written in place of the old one. Read → core → write, no Office.js here.
 */
import type { Language, Spellings } from "../core/language";
import type { Problem } from "../core/problems";
import type { SheetDescription } from "../core/sheetDescription";
import { wordSheet } from "../core/sheetDescription";
import type { OutputPlan } from "../core/workbookPlan";
import { planOutputSheet, protectedTargets } from "../core/workbookPlan";
import type { WorkbookSession } from "../excel/host";
import type { WorkbookOutline } from "../excel/layoutMemory";
import { writeSheet } from "../excel/sheetWriter";
import type { WorkbookDetails } from "../excel/workbook";
import { writeOutputSheet } from "../excel/workbook";
import type { MessageKey } from "../wording";
import type { Phrase } from "../core/phrases";
import { inWorkbookLanguage } from "./outcome";

export interface OwnSheet<T extends Phrase<MessageKey>> {
  /** The mark on the sheet the command owns. */
  readonly owner: string;
  readonly names: Spellings;
  /** The sheet in the workbook's language, its tables named apart from `tablesTaken`. */
  readonly plan: (language: Language, tablesTaken: readonly string[]) => SheetDescription<string | T>;
  /** Writes queued after the sheet's and sent in its last sync (Store Metrics' columns from it), in its language. */
  readonly along?: (language: Language) => Promise<void>;
}

/** Writes the sheet; the plan it went by (its name, a name taken), or the protected sheets that stop it. */
export async function writeOwnSheet<T extends Phrase<MessageKey>>(
  context: WorkbookSession,
  read: { readonly outline: WorkbookOutline; readonly workbook: WorkbookDetails },
  chosen: Language,
  sheet: OwnSheet<T>
): Promise<{ ok: true; plan: OutputPlan } | { ok: false; problems: Problem[] }> {
  const inSheets = inWorkbookLanguage(read.outline, chosen);
  const plan = planOutputSheet(
    sheet.owner,
    sheet.names[inSheets.language],
    read.workbook.sheets,
    Object.values(sheet.names)
  );
  const locked = protectedTargets(read.workbook.sheets, [plan.replaces?.name]);
  if (locked.length > 0) return { ok: false, problems: locked };
  const others = read.workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name);
  const worded = wordSheet(sheet.plan(inSheets.language, others), inSheets.words);
  await writeOutputSheet(
    context,
    plan,
    sheet.owner,
    read.outline.sheets.map((s) => s.name),
    async (target) => {
      await writeSheet(context, target, worded);
      await sheet.along?.(inSheets.language);
    }
  );
  return { ok: true, plan };
}
