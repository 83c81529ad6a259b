/** The part of fast-formula-parser (MIT, no typings of its own) the emulator's calculation uses. */
declare module "fast-formula-parser" {
  interface CellRef {
    readonly sheet?: string;
    readonly row: number;
    readonly col: number;
  }
  interface RangeRef {
    readonly sheet?: string;
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  }
  type Scalar = string | number | boolean | null;
  interface FormulaErrorValue extends Error {
    readonly error: string;
  }
  class FormulaParser {
    constructor(config: {
      onCell: (ref: CellRef) => Scalar;
      onRange: (ref: RangeRef) => Scalar[][];
      onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
    });
    parse(formula: string, position: CellRef & { readonly sheet: string }, allowReturnArray?: boolean): unknown;
    static FormulaError: new (error: string) => FormulaErrorValue;
  }
  export = FormulaParser;
}
