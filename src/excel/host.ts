/**
 * Where Excel work runs. In Excel it is Excel.run; in tests and the preview it is the emulator. Code in
 * src/excel takes an Excel.RequestContext and never knows which.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
}

/** The real thing; only valid once Office.onReady reported Excel as the host. */
export const officeExcelHost: ExcelHost = {
  run: (batch) => Excel.run(batch),
};
