/**
 * Where an input is read from and where an output goes, decided from the workbook's names alone (pure, so the
 * rules are tested without Excel). Inputs: a table with the contract's name, else a sheet with one of its names,
 * else the active sheet when its headers match. Outputs: the add-in's own sheet for that output, found by its
 * mark under a name the add-in gives it (in any language); else the contract's name; else that name with " (2)".
 * A marked sheet the operator renamed is theirs now: kept as it is, and the next run writes a new sheet.
 */
import type { InputDefinition } from "./contract";
import { columnNames } from "./contract";
import type { Language } from "./language";
import type { Problem, Result } from "./problems";
import { problemAt } from "./problems";
import type { FieldSpec, InputCells } from "./records";
import { headersMatch } from "./records";
import { freeSheetName, isGivenName } from "./sheetNames";

export interface WorkbookNames {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly string[];
  readonly activeSheet: string;
}

export interface SheetInfo {
  readonly name: string;
  readonly position: number;
  /** The output this sheet holds, by the add-in's mark; null for the user's own sheets. */
  readonly owner: string | null;
  /** The sheet is protected (Worksheet.protection): nothing is written to it. */
  readonly protected?: boolean;
}

/**
 * The sheets a command is about to write to that are protected, each as a problem naming it: the command stops
 * before its first write, so a protected sheet never leaves a half-done change (or a stray new sheet) behind.
 * @example protectedTargets([{ name: "Goals", position: 0, owner: null, protected: true }], ["Goals", null]) → [a sheetProtected problem on Goals]
 */
export function protectedTargets(
  sheets: readonly SheetInfo[],
  targets: readonly (string | null | undefined)[]
): Problem[] {
  const wanted = new Set(targets.flatMap((t) => (t ? [t.toLowerCase()] : [])));
  return sheets
    .filter((s) => s.protected === true && wanted.has(s.name.toLowerCase()))
    .map((s) => problemAt("sheetProtected", { sheet: "", address: "", value: s.name, field: "" }));
}

export type InputSource =
  | { readonly from: "table"; readonly name: string }
  | { readonly from: "sheet"; readonly name: string }
  | { readonly from: "activeSheet"; readonly name: string }
  | { readonly from: "several"; readonly names: readonly string[] };

/** Excel's own rule for sheet and table names: the same name whatever its letters' case. */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Where an input is read from; `activeSheet` is the last resort, to be confirmed by its header row. */
export function planInput(
  input: Pick<InputDefinition, "tableName" | "sheetName">,
  workbook: WorkbookNames
): InputSource {
  const table = workbook.tables.find((t) => same(t, input.tableName));
  if (table) return { from: "table", name: table };
  const wanted = Object.values<string>(input.sheetName);
  const sheets = workbook.sheets.filter((s) => wanted.some((w) => same(w, s.name)) && s.owner === null);
  if (sheets.length > 1) return { from: "several", names: sheets.map((s) => s.name) };
  if (sheets[0]) return { from: "sheet", name: sheets[0].name };
  return { from: "activeSheet", name: workbook.activeSheet };
}

export interface OutputPlan {
  /** The name the output will have. */
  readonly sheetName: string;
  /** The add-in's own earlier output, replaced whole; null when the sheet is new. */
  readonly replaces: SheetInfo | null;
  /** Set when the contract's name belonged to a sheet of the user's. */
  readonly nameTakenBy: string | null;
}

/**
 * The add-in's own sheet for an output: marked as its, and, when the names the add-in gives it are known, still
 * under one of them. Renamed, it is the operator's copy (a week's review kept as "W47 final"), never overwritten.
 * Without names (Store Metrics, which commands find by its table wherever it stands) any marked sheet is its own.
 */
export function ownSheet(output: string, sheets: readonly SheetInfo[], names?: readonly string[]): SheetInfo | null {
  const marked = sheets.filter((s) => s.owner === output);
  if (!names) return marked[0] ?? null;
  return marked.find((s) => isGivenName(s.name, names)) ?? null;
}

/**
 * Where an output goes: over the add-in's own sheet for it (ownSheet), else under `wanted`, else a free name beside
 * it. `names` are every name the add-in gives this output, in each language.
 */
export function planOutputSheet(
  output: string,
  wanted: string,
  sheets: readonly SheetInfo[],
  names?: readonly string[]
): OutputPlan {
  const own = ownSheet(output, sheets, names);
  if (own) return { sheetName: own.name, replaces: own, nameTakenBy: null };
  const taken = sheets.find((s) => same(s.name, wanted));
  return {
    sheetName: freeSheetName(
      wanted,
      sheets.map((s) => s.name)
    ),
    replaces: null,
    nameTakenBy: taken ? taken.name : null,
  };
}

/** How a command wants an input. */
export interface InputWant {
  readonly definition: InputDefinition;
  /** The fields whose required headers identify the input on the active sheet. */
  readonly fields: readonly FieldSpec[];
  /** Optional inputs (Settings) are read only from their own table or sheet, never from the active sheet. */
  readonly optional?: boolean;
}

/** Whether an input's cells are worth reading from where it was planned. */
export function shouldRead(want: InputWant, source: InputSource): source is Exclude<InputSource, { from: "several" }> {
  return source.from !== "several" && !(want.optional && source.from === "activeSheet");
}

/**
 * What an input is, once its cells are read: the block, nothing (an optional input that is not there), or the
 * problem that stops the command. The same workbook gives the same problems in every command.
 * @example resolveInput(goalsWant, { from: "sheet", name: "Goals" }, null, "en-US") → a problem: the sheet is empty, its header row must hold Goal, Growth point, …
 */
export function resolveInput(
  want: InputWant,
  source: InputSource,
  block: InputCells | null,
  language: Language
): Result<InputCells | null> {
  const input = want.definition;
  if (source.from === "several") return { ok: false, problems: [severalInputsProblem(input, source.names, language)] };
  if (source.from === "activeSheet") {
    if (want.optional) return { ok: true, data: null };
    if (!block || !headersMatch(block, want.fields))
      return { ok: false, problems: [noInputProblem(input, source.name, language)] };
    return { ok: true, data: block };
  }
  if (!block) {
    if (want.optional) return { ok: true, data: null };
    return {
      ok: false,
      problems: [
        {
          code: "emptyInput",
          sheet: source.name,
          address: "A1",
          value: "",
          field: input.sheetName[language],
          facts: { headers: columnNames(input.columns, language) },
        },
      ],
    };
  }
  return { ok: true, data: block };
}

/** The problem when two sheets could each be the input: names them both. */
export function severalInputsProblem(
  input: Pick<InputDefinition, "tableName" | "sheetName">,
  names: readonly string[],
  language: Language
): Problem {
  return {
    code: "severalInputs",
    sheet: "",
    address: "",
    value: input.tableName,
    field: input.sheetName[language],
    facts: { sheets: names },
  };
}

/** The problem when the input is nowhere: no table, no sheet, and the active sheet's headers do not match. */
export function noInputProblem(
  input: Pick<InputDefinition, "tableName" | "sheetName">,
  activeSheet: string,
  language: Language
): Problem {
  return {
    code: "noInput",
    sheet: "",
    address: "",
    value: activeSheet,
    field: input.sheetName[language],
    facts: { table: input.tableName },
  };
}
