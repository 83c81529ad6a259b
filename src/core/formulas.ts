/**
 * The add-in's rules as worksheet functions (=GROWTHOPS.SCORE(…) and the rest): each reads its arguments as the
 * sheets' cells are read (0.6, "60%", a date serial or "2026-11-24") and calls the same core function the
 * commands do. A bad argument is an Excel error with the problem that caused it, never an exception.
 */
import type { CellValue } from "./cellValues";
import { isBlank } from "./cellValues";
import { COMPETITION_OUTPUT, COMPETITORS, GOAL_OUTPUT, RANKING_OUTPUT } from "./contract";
import { CALIBRATED, inCalibratedRange } from "./competition/calibration";
import { COMPETITION_FIELDS } from "./import/fields";
import { isNamed } from "./names";
import { goalProgress, judgeGoal } from "./goals";
import { metricRatio } from "./import/metrics";
import { breakEvenRoiOf, unitMargin } from "./profit/breakEven";
import type { Language } from "./language";
import type { ProblemCode, ProblemKind } from "./problems";
import { growthScore, quadrantOf } from "./ranking";
import type { FieldType } from "./records";
import { parseField } from "./records";

export const FORMULA_NAMES = [
  "SCORE",
  "QUADRANT",
  "PROGRESS",
  "GOALSTATUS",
  "UVVALUE",
  "ROI",
  "CONVERSION",
  "INDEXVALUE",
  "BREAKEVENROI",
] as const;
export type FormulaName = (typeof FORMULA_NAMES)[number];

/** What a cell gives a function: Excel passes a blank cell or an omitted optional argument as null or undefined. */
export type FormulaArgument = CellValue | null | undefined | readonly (readonly CellValue[])[];

export type FormulaError = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/** Why an argument was refused, as the sheets' problems say it (the shell words it in the UI language). */
export type ArgumentProblem = ProblemKind & {
  /** The argument's name, e.g. "success". */
  readonly field: string;
  readonly value: string;
};

export type FormulaResult =
  { readonly value: number | string } | { readonly error: FormulaError; readonly problem: ArgumentProblem };

export interface FormulaScope {
  readonly language: Language;
  /** Today as an Excel serial, for GOALSTATUS without a [today]. */
  readonly today: number;
}

/** Defaults for the optional thresholds: the Settings defaults, and for growth (a single cell has no list to take a median of) 20%. */
export const FORMULA_DEFAULTS = { successThreshold: 0.5, growthThreshold: 0.2, atRiskBand: 0.2 } as const;

class Refused {
  constructor(readonly result: Extract<FormulaResult, { error: FormulaError }>) {}
}

const refuse = (error: FormulaError, problem: ArgumentProblem): never => {
  throw new Refused({ error, problem });
};

const shown = (value: FormulaArgument) =>
  value === null || value === undefined ? "" : Array.isArray(value) ? "" : String(value);

/** Problems that mean a value outside what the argument allows, rather than one that cannot be read. */
const OUT_OF_RANGE: readonly ProblemCode[] = ["successRateOver100", "negativeRate", "outOfRange"];

/** One argument read as the sheets read a cell of that type; a blank optional argument gives its default. */
function read(
  value: FormulaArgument,
  field: string,
  type: FieldType,
  options: { min?: number; max?: number; fallback?: number } = {}
): number {
  if (value === null || value === undefined || (typeof value === "string" && isBlank(value))) {
    if (options.fallback !== undefined) return options.fallback;
    return refuse("#VALUE!", { code: "required", field, value: "" });
  }
  if (typeof value === "boolean" || typeof value === "object")
    return refuse("#VALUE!", { code: type === "date" ? "notDate" : "notNumber", field, value: shown(value) });
  const parsed = parseField(
    {
      type,
      ...(options.min === undefined ? {} : { min: options.min }),
      ...(options.max === undefined ? {} : { max: options.max }),
    },
    value,
    false
  );
  if ("code" in parsed)
    return refuse(OUT_OF_RANGE.includes(parsed.code) ? "#NUM!" : "#VALUE!", { ...parsed, field, value: shown(value) });
  return parsed.value as number;
}

/** A ratio of two non-negative figures; #DIV/0! when the denominator is zero, as Excel's own division gives. */
function ratio(numerator: FormulaArgument, denominator: FormulaArgument, names: readonly [string, string]): number {
  const n = read(numerator, names[0], "number", { min: 0 });
  const d = read(denominator, names[1], "number", { min: 0 });
  return (
    metricRatio(n, d) ??
    refuse("#DIV/0!", { code: "outOfRange", field: names[1], value: shown(denominator), facts: { allowed: "> 0" } })
  );
}

const FORMULAS: Readonly<
  Record<FormulaName, (args: readonly FormulaArgument[], scope: FormulaScope) => number | string>
> = {
  SCORE: ([success, growth]) => growthScore(read(success, "success", "successRate"), read(growth, "growth", "rate")),
  QUADRANT: ([success, growth, successThreshold, growthThreshold], { language }) => {
    const quadrant = quadrantOf(
      read(success, "success", "successRate"),
      read(growth, "growth", "rate"),
      read(successThreshold, "successThreshold", "successRate", { fallback: FORMULA_DEFAULTS.successThreshold }),
      read(growthThreshold, "growthThreshold", "rate", { fallback: FORMULA_DEFAULTS.growthThreshold })
    );
    return RANKING_OUTPUT.quadrants[quadrant][language];
  },
  PROGRESS: ([baseline, target, current]) => {
    const [b, t, c] = [
      read(baseline, "baseline", "numberOrRate"),
      read(target, "target", "numberOrRate"),
      read(current, "current", "numberOrRate"),
    ];
    if (t === b)
      refuse("#DIV/0!", {
        code: "outOfRange",
        field: "target",
        value: shown(target),
        facts: { allowed: `≠ ${shown(baseline)}` },
      });
    return goalProgress(b, t, c);
  },
  GOALSTATUS: ([baseline, target, current, start, deadline, today, band], scope) => {
    const goal = {
      baseline: read(baseline, "baseline", "numberOrRate"),
      target: read(target, "target", "numberOrRate"),
      current: read(current, "current", "numberOrRate"),
      start: read(start, "start", "date"),
      deadline: read(deadline, "deadline", "date"),
    };
    const day = read(today, "today", "date", { fallback: scope.today });
    const atRiskBand = read(band, "atRiskBand", "successRate", { fallback: FORMULA_DEFAULTS.atRiskBand });
    const result = judgeGoal(goal, Math.floor(day), atRiskBand);
    // The sheet's Invalid is the function's error: a formula can say which argument is wrong.
    if (result.note.kind === "targetEqualsBaseline")
      refuse("#DIV/0!", {
        code: "outOfRange",
        field: "target",
        value: shown(target),
        facts: { allowed: `≠ ${shown(baseline)}` },
      });
    if (result.note.kind === "deadlineBeforeStart")
      refuse("#NUM!", {
        code: "outOfRange",
        field: "deadline",
        value: shown(deadline),
        facts: { allowed: `≥ ${shown(start)}` },
      });
    return GOAL_OUTPUT.statuses[result.status][scope.language];
  },
  UVVALUE: ([gmv, visitors]) => ratio(gmv, visitors, ["gmv", "visitors"]),
  ROI: ([sales, spend]) => ratio(sales, spend, ["sales", "spend"]),
  CONVERSION: ([buyers, visitors]) => ratio(buyers, visitors, ["buyers", "visitors"]),
  BREAKEVENROI: ([price, unitCost, feeRate]) => {
    const atPrice = read(price, "price", "number", { min: 0 });
    const cost = read(unitCost, "unitCost", "number", { min: 0 });
    const fees = read(feeRate, "feeRate", "rate", { max: 1, fallback: 0 });
    if (atPrice === 0)
      return refuse("#DIV/0!", { code: "outOfRange", field: "price", value: shown(price), facts: { allowed: "> 0" } });
    // A unit sold at a loss before ads: no ROI pays for its ads.
    return (
      breakEvenRoiOf(unitMargin(atPrice, cost, fees)) ??
      refuse("#NUM!", { code: "noMargin", field: "unitCost", value: shown(unitCost) })
    );
  },
  INDEXVALUE: ([index, calibration, name], { language }) => {
    const value = read(index, "index", "number", { min: 0 });
    const rows = Array.isArray(calibration) ? (calibration as readonly (readonly CellValue[])[]) : [];
    const wanted = typeof name === "string" && !isBlank(name) ? name : null;
    const fit = calibrationRow(rows, wanted);
    const label = wanted ?? COMPETITORS.columns.tradeIndex[language];
    if (!fit) return refuse("#N/A", { code: "notCalibrated", field: "calibration", value: label });
    if (!inCalibratedRange(fit, value))
      return refuse("#N/A", {
        code: "outsideCalibration",
        field: "index",
        value: shown(index),
        facts: { from: fit.indexFrom.toLocaleString("en-US"), to: fit.indexTo.toLocaleString("en-US") },
      });
    return fit.a * value ** fit.b;
  },
};

/**
 * The curve of one index from the Competition sheet's calibration table (its rows as the function is given them):
 * the row the name names (交易指数, Trade index …), else the only row, else the trade index's. Null when that row has
 * no curve (its index was not fitted).
 */
function calibrationRow(
  rows: readonly (readonly CellValue[])[],
  name: string | null
): { a: number; b: number; indexFrom: number; indexTo: number } | null {
  const at = Object.keys(COMPETITION_OUTPUT.calibration);
  const col = (key: keyof typeof COMPETITION_OUTPUT.calibration) => at.indexOf(key);
  const spellings = (key: string) => [...(COMPETITION_FIELDS[key] ?? [])];
  const wantedKey = name === null ? null : (CALIBRATED.find((key) => isNamed(name, spellings(key))) ?? "");
  const row =
    wantedKey === null
      ? rows.length === 1
        ? rows[0]
        : rows.find((r) => isNamed(String(r[col("index")] ?? ""), spellings("tradeIndex")))
      : rows.find((r) => isNamed(String(r[col("index")] ?? ""), spellings(wantedKey)));
  if (!row) return null;
  const [a, b, indexFrom, indexTo] = (["a", "b", "indexFrom", "indexTo"] as const).map((key) => row[col(key)]);
  return typeof a === "number" &&
    typeof b === "number" &&
    typeof indexFrom === "number" &&
    typeof indexTo === "number" &&
    a > 0
    ? { a, b, indexFrom, indexTo }
    : null;
}

/** Evaluates one GROWTHOPS function on its arguments. */
export function evaluateFormula(
  name: FormulaName,
  args: readonly FormulaArgument[],
  scope: FormulaScope
): FormulaResult {
  try {
    return { value: FORMULAS[name](args, scope) };
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
