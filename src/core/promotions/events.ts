/**
 * The Promotions input: one row per phase of an event (报名截止, 预热, 定金, 尾款, 正式, 返场 or the operator's own),
 * its dates, and for the event a GMV goal and a stock multiplier. Read into events whose phases are checked: none
 * ends before it starts, none overlaps another of its event, and every event has a day it sells on (尾款 or 正式).
 */
import { PROMOTION_PHASES } from "../contract";
import { isoDay, fromDateSerial } from "../excelDate";
import { isNamed, nameKey } from "../names";
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import type { InputCells } from "../records";
import { fieldCell, readRecords } from "../records";
import { PROMOTION_FIELDS } from "./fields";

/** What a phase is for: the sign-up deadline, the selling phases, or a phase of the operator's own. */
export type PhaseKind = "signup" | "warmup" | "deposit" | "finalPayment" | "sale" | "returns" | "own";

/** The phases an event sells its goods on: an event without one has nothing to plan towards. */
export const SALE_PHASES: readonly PhaseKind[] = ["finalPayment", "sale"];

/** Words operators use for the phases besides the contract's own names (both languages' are known). */
const PHASE_ALIASES: Readonly<Partial<Record<PhaseKind, readonly string[]>>> = {
  signup: ["报名", "报名截止日", "Sign-up", "Signup"],
  warmup: ["蓄水", "预热期", "Warmup", "Pre-heat"],
  deposit: ["预售", "付定金", "Presale", "Pre-sale"],
  finalPayment: ["付尾款", "Balance payment"],
  sale: ["现货", "正式期", "开门红", "爆发", "Main sale", "Sale days"],
  returns: ["返场期", "Encore"],
};

/** By default an event's stock is its usual sales rate three times over ("按3倍销量放大"). */
export const DEFAULT_STOCK_MULTIPLIER = 3;

export interface Phase {
  readonly name: string;
  readonly kind: PhaseKind;
  /** Excel serials, the end on or after the start. */
  readonly start: number;
  readonly end: number;
  /** The Phase cell and its header as the sheet spells it, for a problem with the phase. */
  readonly address: string;
  readonly header: string;
}

export interface PromotionEvent {
  readonly name: string;
  /** In date order. */
  readonly phases: readonly Phase[];
  readonly gmvGoal: number | null;
  readonly stockMultiplier: number;
  /** The event's days: from its first phase after the sign-up deadline to its last (serials). */
  readonly start: number;
  readonly end: number;
}

/** The kind a phase's name says, in any language or by an operator's usual word; "own" when none. */
export function phaseKind(name: string): PhaseKind {
  const kinds = Object.keys(PROMOTION_PHASES) as Exclude<PhaseKind, "own">[];
  return kinds.find((k) => isNamed(name, PROMOTION_PHASES[k]) || isNamed(name, PHASE_ALIASES[k] ?? [])) ?? "own";
}

/** The days an event counts for its pace and its stock: every phase's but the sign-up deadline's. */
export const eventDays = (event: PromotionEvent): number => event.end - event.start + 1;

type PromotionRecord = ReturnType<typeof readRecords<(typeof PROMOTION_FIELDS)[number]>>["records"][number];

/** How a problem names a record's cell of a field, after the read. */
type CellOf = (
  row: number,
  key: (typeof PROMOTION_FIELDS)[number]["key"]
) => { address: string; value: string; header: string } | null;

/** One event's phases from its rows, each problem with its cell: a phase ending before it starts, a value twice. */
function eventPhases(sheet: string, name: string, rows: readonly PromotionRecord[], cellOf: CellOf) {
  const problems: Problem[] = [];
  const phases: Phase[] = [];
  // The goal and the multiplier are the event's: given on any of its rows, and given once.
  const given: Partial<Record<"gmvGoal" | "stockMultiplier", { value: number; address: string }>> = {};
  for (const r of rows) {
    const start = Math.floor(r.fields.start);
    const end = r.fields.end === undefined ? start : Math.floor(r.fields.end);
    if (end < start) {
      const cell = cellOf(r.row, "end");
      const facts = { start: isoDay(fromDateSerial(start)) };
      // The end as a date, as the start is given: the cell may hold a bare serial.
      const place = {
        sheet,
        address: cell?.address ?? "",
        value: isoDay(fromDateSerial(end)),
        field: cell?.header ?? "",
      };
      problems.push(problemAt({ code: "phaseEndsBeforeStart", facts }, place));
      continue;
    }
    const phaseCell = cellOf(r.row, "phase");
    const [address, header] = [phaseCell?.address ?? "", phaseCell?.header ?? ""];
    phases.push({ name: r.fields.phase.trim(), kind: phaseKind(r.fields.phase), start, end, address, header });
    for (const key of ["gmvGoal", "stockMultiplier"] as const) {
      const value = r.fields[key];
      const cell = cellOf(r.row, key);
      if (value === undefined || !cell) continue;
      const kept = given[key] ?? { value, address: cell.address };
      given[key] = kept;
      if (kept.value === value) continue;
      const facts = { first: kept.address, event: name };
      const place = { sheet, address: cell.address, value: cell.value, field: cell.header };
      problems.push(problemAt({ code: "eventValueTwice", facts }, place));
    }
  }
  phases.sort((a, b) => a.start - b.start);
  return { phases, problems, gmvGoal: given.gmvGoal?.value ?? null, multiplier: given.stockMultiplier?.value };
}

/** Phases that overlap, at the later one's Phase cell. */
function overlaps(sheet: string, name: string, phases: readonly Phase[]): Problem[] {
  return phases.slice(1).flatMap((later, i) => {
    const earlier = phases[i] as Phase;
    if (later.start > earlier.end) return [];
    const place = { sheet, address: later.address, value: later.name, field: later.header };
    return [problemAt({ code: "phasesOverlap", facts: { other: earlier.name, event: name } }, place)];
  });
}

/**
 * The events of the Promotions input, in the order they first appear, and every problem with its cell. An event
 * with a problem is left out (planning it from wrong dates would put tasks on wrong days).
 */
export function readPromotions(block: InputCells): { events: PromotionEvent[]; problems: Problem[] } {
  const read = readRecords(block, PROMOTION_FIELDS);
  const problems: Problem[] = [...read.problems];
  const byEvent = new Map<string, { name: string; rows: PromotionRecord[] }>();
  for (const r of read.records) {
    const key = nameKey(r.fields.event);
    const found = byEvent.get(key) ?? { name: r.fields.event.trim(), rows: [] };
    found.rows.push(r);
    byEvent.set(key, found);
  }
  const cellOf: CellOf = (row, key) => {
    const spec = PROMOTION_FIELDS.find((f) => f.key === key);
    return spec ? fieldCell(block, read.headerRow, spec, row) : null;
  };
  const events: PromotionEvent[] = [];
  for (const { name, rows } of byEvent.values()) {
    const { phases, problems: found, gmvGoal, multiplier } = eventPhases(block.sheet, name, rows, cellOf);
    found.push(...overlaps(block.sheet, name, phases));
    const eventCell = rows[0] ? cellOf(rows[0].row, "event") : null;
    if (phases.length > 0 && !phases.some((p) => SALE_PHASES.includes(p.kind))) {
      const place = {
        sheet: block.sheet,
        address: eventCell?.address ?? "",
        value: name,
        field: eventCell?.header ?? "",
      };
      found.push(problemAt("noSalePhase", place));
    }
    problems.push(...found);
    if (found.length > 0 || phases.length === 0) continue;
    const selling = phases.filter((p) => p.kind !== "signup");
    const days = selling.length > 0 ? selling : phases;
    events.push({
      name,
      phases,
      gmvGoal,
      stockMultiplier: multiplier ?? DEFAULT_STOCK_MULTIPLIER,
      start: Math.min(...days.map((p) => p.start)),
      end: Math.max(...days.map((p) => p.end)),
    });
  }
  return { events, problems };
}
