/**
 * Where Excel work runs. In Excel it is Excel.run; in tests and the preview it is the emulator. Code in
 * src/excel takes an Excel.RequestContext and never knows which.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * The handle of one batch of Excel work, as commands see it: they pass it on to src/excel and never look inside,
 * so no Office.js call is written in src/commands.
 */
export type WorkbookSession = Excel.RequestContext;

/** Excel.RunOptions the add-in uses. */
export interface HostRunOptions {
  /** Wait while the user edits a cell instead of failing (ExcelApi 1.9). */
  readonly delayForCellEdit?: boolean;
}

export interface ExcelHost {
  run<T>(batch: ExcelBatch<T>, options?: HostRunOptions): Promise<T>;
}

/** The real thing; only valid once Office.onReady reported Excel as the host. */
export const officeExcelHost: ExcelHost = {
  run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
};

/**
 * The same host, every run waiting for a cell edit to end. Ribbon commands use it: a user who clicks the ribbon
 * while typing in a cell gets the command once the edit ends, not a failure (Excel.RunOptions.delayForCellEdit).
 */
export function waitingForCellEdit(host: ExcelHost): ExcelHost {
  return { run: (batch, options) => host.run(batch, { ...options, delayForCellEdit: true }) };
}
