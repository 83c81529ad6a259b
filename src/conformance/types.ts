/** What the conformance suite runs on, what a case is, and what a run gives. */

/** The part of the global `Excel` namespace the suite uses: Office.js's, whichever host answers it. */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: { delayForCellEdit?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface ConformanceCase {
  readonly id: string;
  readonly behaviour: string;
  /** Where the behaviour is documented or observed. */
  readonly source: string;
  /** The sentence of that page that says what the case asserts; a case without one is `undocumented`. */
  readonly quote?: string;
  /** Only Excel on the web has this limit (5 MB requests and responses, five-million-cell reads). */
  readonly webOnly?: boolean;
  /**
   * No page says it: the emulator models the harder of the ways Excel could behave, and where the add-in depends on
   * it, the other way too as a host variant (emulator/variants.ts).
   */
  readonly undocumented?: boolean;
  readonly expected: string;
  /** Runs on the case's own sheet; returns what it saw, to compare with `expected`. */
  run(excel: ExcelLike, sheet: string): Promise<string>;
}

export interface CaseResult {
  readonly id: string;
  readonly behaviour: string;
  readonly source: string;
  readonly quote?: string;
  readonly expected: string;
  readonly got: string;
  readonly pass: boolean;
  readonly undocumented: boolean;
  /** Not run: a limit of Excel on the web, on another host. */
  readonly skipped: boolean;
}

export interface ConformanceRun {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly cases: CaseResult[];
}
