/**
 * The bench's figures: each measured value with its unit and, where it has one, its budget; the median timer; and
 * the four figures every command at scale is measured by on the emulator.
 */
import type { Outcome } from "../src/commands/outcome";
import type { ExcelEmulator } from "../src/emulator";

export const MB = 1024 * 1024;

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** "max": value ≤ budget; "min": value ≥ budget. */
  kind?: "max" | "min";
  ok?: boolean;
  note?: string;
  /** The lowest and highest of the rounds behind a median: a spread that crosses the budget counts as missed. */
  spread?: readonly [number, number];
}

export const figures: Figure[] = [];
export function figure(f: Figure): void {
  if (f.budget !== undefined) {
    const [low, high] = f.spread ?? [f.value, f.value];
    f.ok = f.kind === "min" ? f.value >= f.budget && low >= f.budget : f.value <= f.budget && high <= f.budget;
  }
  figures.push(f);
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * The median of five runs after one warm-up, each started on a collected heap, so that neither the JIT nor an
 * earlier run's garbage is counted.
 */
export async function time(work: () => Promise<void> | void, runs = 5): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1] as number;
}

/**
 * A command's run on the emulator at scale: its time, its round trips, and its largest response and request
 * against Excel on the web's 5 MB limit.
 */
export async function commandFigures(name: string, excel: ExcelEmulator, run: () => Promise<Outcome>): Promise<void> {
  const started = performance.now();
  const outcome = await run();
  const elapsed = performance.now() - started;
  const stats = excel.stats();
  figure({
    name: `${name} on the emulator`,
    value: Math.round(elapsed),
    unit: "ms",
    note: outcome.ok ? "" : outcome.message,
  });
  figure({ name: `${name}: round trips`, value: stats.syncs, unit: "syncs" });
  for (const [what, bytes] of [
    ["largest response", stats.maxResponseBytes],
    ["largest request", stats.maxRequestBytes],
  ] as const)
    figure({ name: `${name}: ${what}`, value: Number((bytes / MB).toFixed(2)), unit: "MB", budget: 5, kind: "max" });
}
