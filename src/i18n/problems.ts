/** A problem as the operator reads it: where, then what is wrong and what to do, in the UI language. */
import type { Problem } from "../core/problems";
import { problemLocation, problemPhrase } from "../core/problems";
import type { MessageKey, Translate } from "./index";

export function problemMessage(problem: Problem, t: Translate): string {
  const said = problemPhrase(problem);
  return t(said.key as MessageKey, said.params as Record<string, string>);
}

export function describeProblem(problem: Problem, t: Translate): string {
  const location = problemLocation(problem);
  const message = problemMessage(problem, t);
  return location === "" ? message : t("problem.at", { location, message });
}
