/** A problem as the operator reads it: where, then what is wrong and what to do, in the UI language (core/problems.ts). */
import type { Problem } from "../core/problems";
import { problemPhrase, problemSentence } from "../core/problems";
import type { Translate } from "./index";
import { say } from "./index";

export function problemMessage(problem: Problem, t: Translate): string {
  return say(t, problemPhrase(problem));
}

export function describeProblem(problem: Problem, t: Translate): string {
  return say(t, problemSentence(problem));
}
