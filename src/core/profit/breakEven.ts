/**
 * Break-even ROI, one rule for the Profit sheet's products and the BREAKEVENROI function: apart from the rest of
 * profit so the worksheet functions carry only these lines.
 */

/**
 * The ad ROI at which ads pay for themselves: 1 ÷ the margin before ads. Null where the margin is nothing or less,
 * for no ROI makes a sale at a loss pay.
 */
export const breakEvenRoiOf = (marginBeforeAds: number | null): number | null =>
  marginBeforeAds !== null && marginBeforeAds > 0 ? 1 / marginBeforeAds : null;

/** The margin before ads of a unit sold at `price`, costing `unitCost`, the platform taking `feeRate` of the price. */
export const unitMargin = (price: number, unitCost: number, feeRate: number): number =>
  (price * (1 - feeRate) - unitCost) / price;
