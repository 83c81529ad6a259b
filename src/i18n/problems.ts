/** A problem as the operator reads it: where, then what is wrong and what to do, in the UI language. */
import { qualifiedAddress } from "../core/cellAddress";
import type { Problem } from "../core/problems";
import type { MessageKey, Translate } from "./index";

/** `'Growth Points'!C7`, or the sheet alone when the problem has no one cell. */
export function problemLocation(problem: Problem): string {
  if (problem.sheet === "") return "";
  return problem.address === "" ? problem.sheet : qualifiedAddress(problem.sheet, problem.address);
}

export function problemMessage(problem: Problem, t: Translate): string {
  const detail = problem.detail ?? (problem.code === "notTime" ? "09:30, 9点30" : "");
  return t(`problem.${problem.code}` as MessageKey, { field: problem.field, value: problem.value, detail, address: problem.address });
}

export function describeProblem(problem: Problem, t: Translate): string {
  const location = problemLocation(problem);
  const message = problemMessage(problem, t);
  return location === "" ? message : t("problem.at", { location, message });
}
