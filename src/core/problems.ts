/**
 * Expected failures are data. Every problem names where (sheet and cell), what was seen, and what was
 * expected; the pane turns the code into a sentence in the UI language. Commands report all problems at once.
 */
import { qualifiedAddress } from "./cellAddress";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";

export type ProblemCode =
  | "noInput"
  | "severalInputs"
  | "emptyInput"
  | "noHeader"
  | "noRows"
  | "missingColumn"
  | "duplicateColumn"
  | "required"
  | "notText"
  | "notNumber"
  | "notWholeNumber"
  | "notRate"
  | "successRateOver100"
  | "negativeRate"
  | "notDate"
  | "notTime"
  | "excelError"
  | "outOfRange"
  | "notTextFile"
  | "cellsBelowTable"
  | "tooManyRows"
  | "cellTooLong"
  | "extraCells"
  | "cellsBesideTable"
  | "notDays"
  | "notPriority"
  | "noSchedule"
  | "tooManyColumns"
  | "unterminatedQuote"
  | "periodNotSplit"
  | "footerMismatch"
  | "workbookTooLarge"
  | "workbookEncrypted"
  | "workbookCorrupt"
  | "periodDisagrees"
  | "scientificId"
  | "noStoreMetrics"
  | "noDiagnosis"
  | "encodingBroken"
  | "workbookTooLargeUnpacked"
  | "workbookStringsMissing"
  | "otherShop"
  | "severalShops"
  | "cellsBeyondSheet"
  | "ambiguousHeader"
  | "exportAtRowLimit"
  | "exportEndsEarly"
  | "cellsRightOfTable";

export interface Problem {
  readonly code: ProblemCode;
  /** Sheet name as the user sees it; empty when the problem is about the workbook as a whole. */
  readonly sheet: string;
  /** A1 address within the sheet (`C7`, `A1:E1`); empty when there is no one cell to point at. */
  readonly address: string;
  /** What the cell held, as text; empty for a blank cell. */
  readonly value: string;
  /** The column or setting concerned, as its header reads in the sheet (or the contract's name when missing). */
  readonly field: string;
  /** Extra facts for the sentence: a suggested fix ("60%"), the allowed range ("1–5"), names found. */
  readonly detail?: string | Phrase<"problem.allowed.afterDayStart">;
}

/** A value, or every problem that stopped it: the one shape for "value or problems" in the add-in. */
export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** `'Growth Points'!C7`, or the sheet alone when the problem has no one cell; "" for a problem about no sheet. */
export function problemLocation(problem: Problem): string {
  if (problem.sheet === "") return "";
  return problem.address === "" ? problem.sheet : qualifiedAddress(problem.sheet, problem.address);
}

/** What is wrong and what to do, as a phrase the catalogues word (key `problem.<code>`). */
export function problemPhrase(problem: Problem): Phrase<`problem.${ProblemCode}`> {
  // A time the operator typed wrong gets the forms the reader takes as its example.
  const detail = problem.detail ?? (problem.code === "notTime" ? "09:30, 9点30" : "");
  return phrase(`problem.${problem.code}` as const, { field: problem.field, value: problem.value, detail, address: problem.address });
}

/** The problem as one sentence: where, then what is wrong and what to do. */
export function problemSentence(problem: Problem): Phrase<"problem.at" | `problem.${ProblemCode}`> {
  const location = problemLocation(problem);
  return location === "" ? problemPhrase(problem) : phrase("problem.at", { location, message: problemPhrase(problem) });
}
