/**
 * The GROWTHOPS custom functions, in the add-in's shared runtime. The build generates functions.json from the
 * JSDoc below (custom-functions-metadata-plugin) and appends a CustomFunctions.associate call for each; the
 * Chinese names come from zh-CN.json. Every function is the core rule the commands use (core/formulas.ts): this
 * file only turns its result into what Excel shows, a value or an error.
 */
import { toDateSerial } from "../core/excelDate";
import type { FormulaArgument, FormulaName, FormulaResult } from "../core/formulas";
import { evaluateFormula } from "../core/formulas";
import type { Language } from "../core/language";
import { officeLanguage } from "../taskpane/office";
import { formulaMessage } from "./messages";

type Runtime = Pick<typeof globalThis.CustomFunctions, "associate" | "Error">;

/**
 * Excel's custom-functions runtime, or, where there is none (the pane in a plain browser, an Excel without custom
 * functions), a stand-in: the associations the build appends below then go nowhere instead of failing the page.
 * Declared here, it is also the name those appended calls see.
 */
const CustomFunctions: Runtime = (globalThis as { CustomFunctions?: Runtime }).CustomFunctions ?? {
  associate: () => undefined,
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  } as unknown as Runtime["Error"],
};

// Excel names the functions in Office's display language, so their words (a status, a quadrant) follow it too.
let language: () => Language = officeLanguage;
let today: () => number = () => {
  const now = new Date();
  return toDateSerial({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
};

/** Another language and day than Office's and the clock's: for tests. */
export function configureFormulas(options: { language: () => Language; today?: () => number }): void {
  language = options.language;
  if (options.today) today = options.today;
}

/** Excel's error codes that carry a message: "A custom error message can't be used" with #NUM! or #DIV/0!. */
const CARRIES_MESSAGE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

function settle(name: FormulaName, args: readonly FormulaArgument[]): number | string {
  const result: FormulaResult = evaluateFormula(name, args, { language: language(), today: today() });
  if ("value" in result) return result.value;
  const message = formulaMessage(name, result.problem, language());
  // The documented way to return an Excel error from a custom function: throw CustomFunctions.Error.
  throw new CustomFunctions.Error(
    result.error as CustomFunctions.ErrorCode,
    CARRIES_MESSAGE.has(result.error) ? message : undefined
  );
}

/**
 * Expected growth of a growth point: success rate × growth rate, the Growth Ranking's score.
 * @customfunction SCORE
 * @param success Success rate: 0.6, 60% or "60%".
 * @param growth Growth rate: 0.2, 20% or "20%".
 * @returns The score.
 */
export function score(success: number | string, growth: number | string): number {
  return settle("SCORE", [success, growth]) as number;
}

/**
 * The quadrant of a growth point: Quick win, Safe bet, Long shot or Deprioritize.
 * @customfunction QUADRANT
 * @param success Success rate: 0.6, 60% or "60%".
 * @param growth Growth rate: 0.2, 20% or "20%".
 * @param [successThreshold] Success threshold; 50% when left out.
 * @param [growthThreshold] Growth threshold; 20% when left out.
 * @returns The quadrant's name in the add-in's language.
 */
export function quadrant(
  success: number | string,
  growth: number | string,
  successThreshold?: number | string,
  growthThreshold?: number | string
): string {
  return settle("QUADRANT", [success, growth, successThreshold, growthThreshold]) as string;
}

/**
 * A goal's progress: (current − baseline) ÷ (target − baseline); goals that go down work too.
 * @customfunction PROGRESS
 * @param baseline The value at the start, e.g. 4.8%.
 * @param target The value to reach by the deadline, e.g. 6%.
 * @param current The value now.
 * @returns Progress, 1 when the target is reached.
 */
export function progress(baseline: number | string, target: number | string, current: number | string): number {
  return settle("PROGRESS", [baseline, target, current]) as number;
}

/**
 * A goal's status as the Goals sheet shows it: Achieved, Missed, Not started, On track, At risk or Behind.
 * @customfunction GOALSTATUS
 * @volatile
 * @param baseline The value at the start.
 * @param target The value to reach by the deadline.
 * @param current The value now.
 * @param start Start date: a date or "2026-11-24".
 * @param deadline Deadline: a date or "2026-11-30".
 * @param [today] The day to judge on; today when left out.
 * @param [atRiskBand] How far behind still counts as At risk; 20% when left out.
 * @returns The status in the add-in's language.
 */
export function goalStatus(
  baseline: number | string,
  target: number | string,
  current: number | string,
  start: number | string,
  deadline: number | string,
  today?: number | string,
  atRiskBand?: number | string
): string {
  return settle("GOALSTATUS", [baseline, target, current, start, deadline, today, atRiskBand]) as string;
}

/**
 * UV value: GMV ÷ visitors.
 * @customfunction UVVALUE
 * @param gmv GMV (支付金额).
 * @param visitors Visitors (访客数).
 * @returns GMV per visitor.
 */
export function uvValue(gmv: number | string, visitors: number | string): number {
  return settle("UVVALUE", [gmv, visitors]) as number;
}

/**
 * Ad return on spend: ad sales ÷ ad spend.
 * @customfunction ROI
 * @param sales Ad sales (成交金额).
 * @param spend Ad spend (花费).
 * @returns Sales per unit spent.
 */
export function roi(sales: number | string, spend: number | string): number {
  return settle("ROI", [sales, spend]) as number;
}

/**
 * Conversion rate: paying buyers ÷ visitors.
 * @customfunction CONVERSION
 * @param buyers Paying buyers (支付买家数).
 * @param visitors Visitors (访客数).
 * @returns The conversion rate.
 */
export function conversion(buyers: number | string, visitors: number | string): number {
  return settle("CONVERSION", [buyers, visitors]) as number;
}

/**
 * A Sycm index (交易指数, 流量指数, 客群指数, 支付转化指数) as an estimated value, on the curve Watch competitors fitted to
 * the shop's own days. #N/A with the reason when the index has no curve or lies more than 20% outside the indices
 * the curve was fitted on.
 * @customfunction INDEXVALUE
 * @param index The index, e.g. 12,345.
 * @param calibration The Competition sheet's calibration table, e.g. CompetitionCalibration.
 * @param [name] Which index: "交易指数" (the default), "流量指数", "客群指数" or "支付转化指数".
 * @returns The estimated value: GMV, visitors, paying buyers or conversion.
 */
// The metadata generator maps a range argument only from any[][] (its cells may be numbers, text or Booleans).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function indexValue(index: number | string, calibration: any[][], name?: string): number {
  return settle("INDEXVALUE", [index, calibration as (number | string | boolean)[][], name]) as number;
}

/**
 * Break-even ROI: the ad ROI at which a product's ads pay for themselves, 1 ÷ its margin before ads, the margin
 * being (price × (1 − feeRate) − unitCost) ÷ price. #NUM! when a unit sells at a loss before ads.
 * @customfunction BREAKEVENROI
 * @param price The price a unit sells at, e.g. 81.
 * @param unitCost What a unit costs the shop (shipping and packaging may be added in), e.g. 40.
 * @param [feeRate] The platform's fees as a share of the price, e.g. 5%; 0 when left out.
 * @returns Ad sales per unit spent at which ads break even.
 */
export function breakEvenRoi(price: number | string, unitCost: number | string, feeRate?: number | string): number {
  return settle("BREAKEVENROI", [price, unitCost, feeRate]) as number;
}
