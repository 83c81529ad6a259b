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
  | "noDates"
  | "cellsRightOfTable"
  | "notCompetitorKind"
  | "repeatedDay"
  | "sheetProtected"
  | "subjectBothSides"
  | "notCalibrated"
  | "outsideCalibration"
  | "mergedCells"
  | "repeatedCost"
  | "repeatedStock"
  | "noOrderList"
  | "orderNotListed"
  | "feeOrderNotListed"
  | "noMargin"
  | "noProductReport"
  | "productPeriodShort"
  | "noAdDetails"
  | "adDayAhead"
  | "adClicksWithoutImpressions"
  | "adWindowsDiffer"
  | "attributionDiffers"
  | "noRefunds"
  | "refundOverOrder"
  | "refundBeforePaid"
  | "phaseEndsBeforeStart"
  | "phasesOverlap"
  | "noSalePhase"
  | "eventValueTwice"
  | "phaseNotInEvent"
  | "sharesOverfull"
  | "notPriceBand"
  | "portraitOtherDay"
  | "rankingOtherCategory";

/**
 * The facts a problem's sentence needs beyond where and what, typed per code (as zod's issues carry theirs): the
 * producer gives each of them as data, and only the catalogue words them (problem.<code>, its placeholders named
 * as here). A list is joined the language's way; a phrase is worded first.
 */
export interface ProblemFacts {
  readonly successRateOver100: { readonly meant: string };
  readonly notTime: { readonly example: string };
  readonly outOfRange: { readonly allowed: string | Phrase<"problem.allowed.afterDayStart"> };
  readonly duplicateColumn: { readonly other: string };
  readonly ambiguousHeader: { readonly meanings: readonly string[] };
  readonly emptyInput: { readonly headers: readonly string[] };
  readonly severalInputs: { readonly sheets: readonly string[] };
  readonly noInput: { readonly table: string };
  readonly otherShop: { readonly workbookShop: string };
  readonly footerMismatch: {
    readonly entries: number;
    readonly amount: string;
    readonly footerEntries: number;
    readonly footerAmount: string;
  };
  readonly periodDisagrees: { readonly period: string };
  readonly extraCells: { readonly width: number };
  readonly encodingBroken: { readonly byte: number };
  readonly workbookTooLargeUnpacked: { readonly limit: string };
  readonly exportAtRowLimit: { readonly lastDay: string };
  readonly exportEndsEarly: { readonly period: string };
  readonly cellsRightOfTable: { readonly columns: readonly string[] };
  readonly notCompetitorKind: { readonly allowed: readonly string[] };
  readonly repeatedDay: { readonly day: string; readonly first: string };
  readonly repeatedCost: { readonly first: string };
  readonly repeatedStock: { readonly first: string };
  readonly productPeriodShort: { readonly days: number };
  readonly adWindowsDiffer: { readonly keywords: number; readonly crowds: number };
  readonly attributionDiffers: { readonly table: number; readonly file: number };
  readonly refundOverOrder: { readonly paid: string };
  readonly refundBeforePaid: { readonly paid: string };
  readonly subjectBothSides: { readonly other: string };
  readonly outsideCalibration: { readonly from: string; readonly to: string };
  readonly phaseEndsBeforeStart: { readonly start: string };
  readonly phasesOverlap: { readonly other: string; readonly event: string };
  readonly eventValueTwice: { readonly first: string; readonly event: string };
  readonly phaseNotInEvent: { readonly event: string };
  readonly sharesOverfull: { readonly total: string; readonly dimension: string };
  readonly portraitOtherDay: { readonly day: string; readonly named: string };
  readonly rankingOtherCategory: { readonly category: string };
}

/** The codes whose problems have no facts beyond where and what. */
export type ProblemCodeWithoutFacts = Exclude<ProblemCode, keyof ProblemFacts>;

/** A problem's code, with the facts its code has (none for most). */
export type ProblemKind = {
  [C in ProblemCode]: { readonly code: C } & (C extends keyof ProblemFacts
    ? { readonly facts: ProblemFacts[C] }
    : { readonly facts?: undefined });
}[ProblemCode];

export type Problem = ProblemKind & {
  /** Sheet name as the user sees it; empty when the problem is about the workbook as a whole. */
  readonly sheet: string;
  /** A1 address within the sheet (`C7`, `A1:E1`); empty when there is no one cell to point at. */
  readonly address: string;
  /** What the cell held, as text; empty for a blank cell. */
  readonly value: string;
  /** The column or setting concerned, as its header reads in the sheet (or the contract's name when missing). */
  readonly field: string;
};

/** Where a problem is and what the cell held. */
export type ProblemPlace = Pick<Problem, "sheet" | "address" | "value" | "field">;

/** A problem from its code (or code and facts) and its place: the one way the add-in builds one. */
export function problemAt(kind: ProblemKind | ProblemCodeWithoutFacts, place: ProblemPlace): Problem {
  // The union of codes cannot follow a spread of a union: each member is a Problem, which the cast states.
  return { ...(typeof kind === "string" ? { code: kind } : kind), ...place } as Problem;
}

/** A problem with a file as a whole (no cell to point at): its code, or its code and facts. */
export const fileProblem = (
  fileName: string,
  kind: ProblemKind | ProblemCodeWithoutFacts,
  value = "",
  field = ""
): Problem => problemAt(kind, { sheet: fileName, address: "", value, field });

/** A value, or every problem that stopped it: the one shape for "value or problems" in the add-in. */
export type Result<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** `'Growth Points'!C7`, or the sheet alone when the problem has no one cell; "" for a problem about no sheet. */
export function problemLocation(problem: Problem): string {
  if (problem.sheet === "") return "";
  return problem.address === "" ? problem.sheet : qualifiedAddress(problem.sheet, problem.address);
}

/** What is wrong and what to do, as a phrase the catalogues word (key `problem.<code>`). */
export function problemPhrase(problem: Problem): Phrase<`problem.${ProblemCode}`> {
  return phrase(`problem.${problem.code}` as const, {
    field: problem.field,
    value: problem.value,
    address: problem.address,
    ...(problem.facts ?? {}),
  });
}

/** The problem as one sentence: where, then what is wrong and what to do. */
export function problemSentence(problem: Problem): Phrase<"problem.at" | `problem.${ProblemCode}`> {
  const location = problemLocation(problem);
  return location === "" ? problemPhrase(problem) : phrase("problem.at", { location, message: problemPhrase(problem) });
}
