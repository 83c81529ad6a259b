/**
 * The diagnosis's thresholds: how much data a rule needs, and how large a move must be before it is a finding. One
 * place to read and tune what the rules in diagnosis.ts call noise.
 */

/** Minimum samples: below these a change is noise. */
export const MIN_SAMPLE = { visitors: 200, clicks: 100, buyers: 30, orders: 50, productVisitors: 200 } as const;
/** A rate counts as falling when it is this share below both comparisons. */
export const MIN_RELATIVE_CHANGE = 0.1;
/** A refund rate counts as rising at this many percentage points above both comparisons. */
export const MIN_REFUND_RISE = 0.02;
/** Visitors "hold" when the recent days' average is at least this share of the days before. */
export const VISITORS_HOLD = 0.9;
/** Orders placed that a shop normally sees paid; fewer than this share paid is payment friction. */
export const NORMAL_PAID_SHARE = 0.85;
/** A product converts "far below" the shop at under this share of the shop's conversion. */
export const PRODUCT_CONVERSION_SHARE = 0.5;
export const MAX_PRODUCT_FINDINGS = 5;
/** A rival's estimated GMV or visitors surge at this share above both comparisons. */
export const COMPETITOR_SURGE = 0.3;
/** Customers lost to a rival count as rising at this share above both comparisons (流失指数, 流失人气). */
export const LOSS_RISE = 0.2;
/** Days a rival needs in each period for its move to be judged. */
export const MIN_COMPETITOR_DAYS = 2;
/** Days of the Profit sheet each week needs for profit's fall against GMV to be judged. */
export const MIN_PROFIT_DAYS = 5;
/** Growth estimates past this are not estimates any more. */
export const MAX_GROWTH = 2;
/** A growth rate kept between none and MAX_GROWTH. */
export const capGrowth = (g: number) => Math.min(MAX_GROWTH, Math.max(0, g));
