/**
 * The Promotions input's columns as the reader reads them, and the event names the pane offers: apart from the
 * phases' checks (events.ts), as the pane reads them with its page.
 */
import { PROMOTIONS } from "../contract";
import { nameKey } from "../names";
import type { InputCells } from "../records";
import { fieldsFor, readRecords } from "../records";

const field = fieldsFor(PROMOTIONS.columns);
export const PROMOTION_FIELDS = [
  field("event", "text", true, { aliases: ["Promotion", "活动名称", "大促名称"] }),
  field("phase", "text", true, { aliases: ["活动阶段"] }),
  field("start", "date", true, { aliases: ["开始日期", "From"] }),
  field("end", "date", false, { aliases: ["结束日期", "To"] }),
  field("gmvGoal", "number", false, { aliases: ["Goal", "目标", "目标GMV"], min: 0 }),
  field("stockMultiplier", "number", false, { aliases: ["备货系数", "Multiplier"], min: 1, max: 20 }),
];

/** How long after its end an event is still offered: long enough to review it once its returns have settled. */
export const REVIEW_DAYS = 60;

/**
 * The events on Promotions the pane's picker offers on a day (a serial): those not yet over, soonest first, then
 * those over within REVIEW_DAYS, latest first. Rows with a problem are passed over here; the commands name them.
 */
export function eventNamesOffered(block: InputCells | null, today: number): string[] {
  if (!block) return [];
  const spans = new Map<string, { name: string; start: number; end: number }>();
  for (const r of readRecords(block, PROMOTION_FIELDS).records) {
    const key = nameKey(r.fields.event);
    const end = r.fields.end ?? r.fields.start;
    const found = spans.get(key) ?? { name: r.fields.event.trim(), start: r.fields.start, end };
    spans.set(key, { ...found, start: Math.min(found.start, r.fields.start), end: Math.max(found.end, end) });
  }
  const all = [...spans.values()];
  const ahead = all.filter((s) => s.end >= today).sort((a, b) => a.start - b.start);
  const over = all.filter((s) => s.end < today && s.end >= today - REVIEW_DAYS).sort((a, b) => b.end - a.end);
  return [...ahead, ...over].map((s) => s.name);
}
