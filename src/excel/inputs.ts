/**
 * The one way every command finds and reads its inputs: a table with the contract's name, else a sheet with one
 * of its names (either language), else the active sheet when its header row matches. Every input's first rows
 * (2,000, or a 4 MB block's share when its size is remembered) and bounds, the sheets' ownership marks and whatever
 * else the command queues come in one round trip (two when the layout must be learnt first: see readWorkbook). A larger input's further rows come in blocks under the
 * response limit. What each input turned out to be (cells, nothing, or a problem) is decided in core, so the same
 * workbook gives the same problems in every command.
 */
import type { Problem, Result } from "../core/problems";
import type { InputCells } from "../core/records";
import type { InputSource, InputWant } from "../core/workbookPlan";
import { planInput, resolveInput, shouldRead } from "../core/workbookPlan";
import type { Language } from "../core/language";
import type { WorkbookDetails, WorkbookOutline } from "./workbook";
import { headersMatch } from "../core/records";
import type { UsedBounds } from "./workbook";
import { READ_BLOCK_BYTES } from "./limits";
import {
  FIRST_READ_ROWS,
  bytesPerRow,
  completeInput,
  outlineNames,
  queueInputRead,
  queueUsedBounds,
  readRowsInBlocks,
  readWorkbook,
} from "./workbook";
import { layoutMemory } from "./layoutMemory";

/** How many rows of an unknown active sheet are read to find its header row (a title or notes may stand above it). */
export const ACTIVE_SHEET_HEAD_ROWS = 50;

/**
 * The active sheet, read only as far as it is the input: its first rows, and the rest (in blocks under the
 * response limit) only when their header row matches. A sheet that is not the input is never read whole.
 */
async function readActiveSheet(
  context: Excel.RequestContext,
  bounds: UsedBounds | null,
  want: InputWant
): Promise<InputCells | null> {
  if (!bounds) return null;
  const headRows = Math.min(bounds.rowCount, ACTIVE_SHEET_HEAD_ROWS);
  const head = {
    ...(await readRowsInBlocks(context, bounds, bounds.firstRow, headRows)).block,
    mergedAreas: bounds.merged ?? [],
  };
  if (!headersMatch(head, want.fields) || headRows === bounds.rowCount) return head;
  const rest = (await readRowsInBlocks(context, bounds, bounds.firstRow + headRows, bounds.rowCount - headRows, head))
    .block;
  return {
    ...head,
    values: [...head.values, ...rest.values],
    numberFormats: [...(head.numberFormats ?? []), ...(rest.numberFormats ?? [])],
  };
}

/** Where an input's remembered size is kept: by where it is read from. */
const sizeKey = (source: InputSource) => (source.from === "several" ? "" : `${source.from}:${source.name}`);

/**
 * Rows of an input the first round trip reads: its first 2,000, or, when its size is remembered, as many of its rows
 * as its share of one 4 MB block holds (and no more than it had, plus 2,000), so a large input needs one round trip
 * fewer. Its share: four fifths of the block split between the inputs read; the rest is room for the command's
 * other reads (Store Metrics, the sheets' marks) and for rows longer than those measured.
 */
function headRows(size: { rows: number; bytesPerRow: number } | undefined, inputs: number): number {
  if (!size) return FIRST_READ_ROWS;
  const share = (READ_BLOCK_BYTES * 0.8) / Math.max(1, inputs);
  return Math.max(
    FIRST_READ_ROWS,
    Math.min(size.rows + FIRST_READ_ROWS, Math.floor(share / Math.max(1, size.bytesPerRow)))
  );
}

/** Each wanted input's cells: always there for a required input, null for an optional one that is absent. */
export type InputBlocks<W extends Readonly<Record<string, InputWant>>> = {
  readonly [K in keyof W]: W[K] extends { readonly optional: true } ? InputCells | null : InputCells;
};

export interface InputsRead<W extends Readonly<Record<string, InputWant>>, E> {
  readonly outline: WorkbookOutline;
  /** Sheets with the add-in's marks, and each table's sheet. */
  readonly workbook: WorkbookDetails;
  /** Where each input was looked for. */
  readonly sources: { readonly [K in keyof W]: InputSource };
  /** Every input's cells, or every problem that stops the command. */
  readonly inputs: Result<InputBlocks<W>>;
  /** What the command queued beside the inputs, after the sync. */
  readonly extra: E;
}

/** More reads a command queues into the inputs' round trip; returns how to get them after the sync. */
export type ExtraReads<E> = (
  context: Excel.RequestContext,
  outline: WorkbookOutline,
  sources: Readonly<Record<string, InputSource>>
) => () => E;

/** What the first round trip found of an input: its cells (and whether a table), or an active sheet's bounds. */
type FirstRead =
  | { input: ReturnType<ReturnType<typeof queueInputRead>["read"]>; table?: boolean | undefined }
  | { bounds: UsedBounds | null }
  | null;

/**
 * Queues each input's first read: its first rows, as many as what a row weighed last time lets every input share
 * one response; an unknown active sheet (it may be any size) only where its cells are.
 */
function queueFirstReads(
  ctx: Excel.RequestContext,
  inputs: readonly (readonly [InputWant, InputSource])[],
  sizes: Map<string, { rows: number; bytesPerRow: number }> | undefined
) {
  const reading = inputs.filter(([want, source]) => shouldRead(want, source)).length;
  return inputs.map(([want, source]) => {
    if (!shouldRead(want, source)) return null;
    if (source.from === "activeSheet") return { bounds: queueUsedBounds(ctx, source.name, true) };
    return {
      input: queueInputRead(ctx, source, headRows(sizes?.get(sizeKey(source)), reading)),
      table: source.from === "table",
    };
  });
}

/**
 * Each input's cells whole: the rows beyond the first read's (in blocks, each response under the limit), or the
 * active sheet read once its header showed it is the input; what each row weighed is remembered for the next read.
 */
async function completeReads(
  context: Excel.RequestContext,
  found: readonly (FirstRead | undefined)[],
  inputs: readonly (readonly [InputWant, InputSource])[],
  sizes: Map<string, { rows: number; bytesPerRow: number }> | undefined
): Promise<(InputCells | null)[]> {
  const cells: (InputCells | null)[] = [];
  for (const [i, [want, source]] of inputs.entries()) {
    const item = found[i];
    if (item === null || item === undefined) cells.push(null);
    else if ("input" in item) {
      const block = item.input ? await completeInput(context, item.input, item.table === true) : null;
      const weight = bytesPerRow(item.input?.head ?? null);
      if (sizes && block && weight !== null && source.from !== "several")
        sizes.set(sizeKey(source), { rows: block.values.length, bytesPerRow: weight });
      cells.push(block);
    } else cells.push(await readActiveSheet(context, item.bounds, want));
  }
  return cells;
}

export async function readInputs<W extends Readonly<Record<string, InputWant>>, E = undefined>(
  context: Excel.RequestContext,
  wants: W,
  language: Language,
  extra?: ExtraReads<E>
): Promise<InputsRead<W, E>> {
  const keys = Object.keys(wants) as (keyof W & string)[];
  const plan = (outline: WorkbookOutline) => {
    const names = outlineNames(outline);
    return Object.fromEntries(keys.map((k) => [k, planInput((wants[k] as InputWant).definition, names)])) as {
      [K in keyof W]: InputSource;
    };
  };
  // What was read on a remembered layout holds when the fresh names send every input to the same place.
  const plansAlike = (known: WorkbookOutline, fresh: WorkbookOutline) =>
    JSON.stringify(plan(known)) === JSON.stringify(plan(fresh));
  const sizes = layoutMemory(context)?.inputs;
  const read = await readWorkbook(
    context,
    (ctx, outline) => {
      const sources = plan(outline);
      const pending = queueFirstReads(
        ctx,
        keys.map((k) => [wants[k] as InputWant, sources[k]] as const),
        sizes
      );
      const more = extra?.(ctx, outline, sources);
      return () => ({
        sources,
        found: pending.map((p) =>
          p === null ? null : "input" in p ? { input: p.input.read(), table: p.table } : { bounds: p.bounds() }
        ),
        more: more ? more() : (undefined as E),
      });
    },
    plansAlike
  );

  const { sources, found, more } = read.extra;
  const cells = await completeReads(
    context,
    found,
    keys.map((k) => [wants[k] as InputWant, sources[k]] as const),
    sizes
  );
  const problems: Problem[] = [];
  const blocks: Record<string, InputCells | null> = {};
  keys.forEach((k, i) => {
    const resolved = resolveInput(wants[k] as InputWant, sources[k], cells[i] ?? null, language);
    if (resolved.ok) blocks[k] = resolved.data;
    else problems.push(...resolved.problems);
  });
  return {
    outline: read.outline,
    workbook: read.workbook,
    sources,
    // resolveInput gives a block for every required input that has no problem, as InputBlocks promises.
    inputs: problems.length > 0 ? { ok: false, problems } : { ok: true, data: blocks as InputBlocks<W> },
    extra: more,
  };
}

/** Rows of each input the pane looks at to learn what a row weighs. */
const SAMPLE_ROWS = 100;

/**
 * Queues a look at the size of each input found by name (its bounds and first rows), kept in the host's memory
 * for the next command's first read; after the sync, call what it returns. The pane does this when it reads the
 * workbook, so a command's first round trip can take a large input in one block.
 */
export function queueInputSizes(
  context: Excel.RequestContext,
  outline: WorkbookOutline,
  definitions: readonly InputWant["definition"][]
): () => void {
  const sizes = layoutMemory(context)?.inputs;
  if (!sizes) return () => undefined;
  const names = outlineNames(outline);
  const reads = definitions
    .map((definition) => planInput(definition, names))
    .flatMap((source) =>
      source.from === "table" || source.from === "sheet"
        ? [{ source, read: queueInputRead(context, source, SAMPLE_ROWS) }]
        : []
    );
  return () => {
    for (const { source, read } of reads) {
      const found = read.read();
      const weight = bytesPerRow(found?.head ?? null);
      if (found && weight !== null) sizes.set(sizeKey(source), { rows: found.bounds.rowCount, bytesPerRow: weight });
    }
  };
}
