/** What the diagnosis says of each rule it ran: found, clear, short of data (and of what), or waiting on ads. */
import type { RuleId } from "./diagnosis";

export type Check =
  | { readonly rule: RuleId; readonly outcome: "found"; readonly count: number }
  | { readonly rule: RuleId; readonly outcome: "clear" }
  | {
      readonly rule: RuleId;
      readonly outcome: "notEnoughData";
      readonly need: Sample;
      readonly min: number;
      readonly have: readonly number[];
    }
  /**
   * The data is there but not yet final: ad days whose attribution window is still open (from `openFrom`, for
   * `window` days), `adDays` days of ad data in all; judged once enough days have closed, on `until`.
   */
  | {
      readonly rule: RuleId;
      readonly outcome: "waiting";
      readonly openFrom: number;
      readonly window: number;
      readonly adDays: number;
      readonly until: number;
    };

/** What a rule counts its sample in. */
export type Sample =
  | "visitors"
  | "clicks"
  | "payingBuyers"
  | "orders"
  | "adSpend"
  | "days"
  | "closedAdDays"
  | "orderTable"
  | "productTable"
  | "competitorTable"
  | "competitorDays"
  | "calibrationDays"
  | "profitTable"
  | "profitDays"
  | "layoutTable"
  | "layoutStock"
  | "adAnalysisTable"
  | "refundTable"
  | "marketTable"
  | "marketTrend"
  | "marketCalibration"
  | "marketStoreMetrics"
  | "priceBands"
  | "bandShares"
  | "orderLines"
  | "crowdPortraits"
  | "searchTerms"
  | "productTitles";
