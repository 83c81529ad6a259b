/**
 * What the add-in last saw of the workbook's layout (its sheets, tables and active sheet), so a command can read
 * its inputs in its first round trip instead of learning the names first. One host serves one document (the pane
 * and its ribbon commands share one runtime), so the memory belongs to the host; each of its runs finds it by its
 * request context.
 *
 * The memory is only ever a guess: the read it shapes also reads the layout afresh, and what it read is used only
 * when the fresh layout plans the same reads (see readWorkbook). Office.js documents no way to read a table's or
 * sheet's cells by a name that may not exist without failing the batch, hence the guess.
 */
import type { ExcelBatch, ExcelHost } from "./host";

/** The workbook's names: its sheets in order, its tables, the active sheet. */
export interface WorkbookOutline {
  readonly sheets: readonly { name: string; position: number }[];
  readonly tables: readonly string[];
  readonly activeSheet: string;
}

export interface LayoutMemory {
  outline: WorkbookOutline | null;
  /**
   * How large each input was when last read (by where it came from), so the first round trip can read a large one
   * in one 4 MB block rather than its first 2,000 rows.
   */
  readonly inputs: Map<string, { rows: number; bytesPerRow: number }>;
}

const memories = new WeakMap<object, LayoutMemory>();

/** The host, its runs sharing one memory of the layout. */
export function rememberingLayout(host: ExcelHost): ExcelHost {
  const memory: LayoutMemory = { outline: null, inputs: new Map() };
  return {
    run: <T>(batch: ExcelBatch<T>, options?: Parameters<ExcelHost["run"]>[1]) =>
      host.run((context) => {
        memories.set(context, memory);
        return batch(context);
      }, options),
  };
}

/** The memory of the run this context belongs to; none for a context made outside a remembering host. */
export function layoutMemory(context: Excel.RequestContext): LayoutMemory | undefined {
  return memories.get(context);
}
