/**
 * The emulator as the global `Excel` namespace Office.js gives a page: `Excel.run` (with or without
 * RunOptions) and the enums the add-in and Microsoft's common samples use, with the values of Office.js's
 * Excel.* enums (office-js-docs-reference, Excel enums). With it, a snippet written for Excel runs unchanged
 * against the emulated workbook, from a console or a test, as it would in Script Lab.
 */
import type { ExcelEmulator, RunOptions } from "./index";
import type { RequestContext } from "./request";

type Batch<T> = (context: RequestContext) => Promise<T>;

export interface ExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: RunOptions, batch: Batch<T>): Promise<T>;
  readonly ErrorCodes: Readonly<Record<string, string>>;
  readonly [name: string]: unknown;
}

const values = (...names: string[]) => Object.fromEntries(names.map((n) => [n.charAt(0).toLowerCase() + n.slice(1), n]));

/** Excel.ErrorCodes: a lower-camel key for each code, as in Office.js. */
const ERROR_CODES = values(
  "AccessDenied",
  "GeneralException",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "InvalidRequestContext",
  "ItemAlreadyExists",
  "ItemNotFound",
  "NotImplemented",
  "PropertyNotLoaded",
  "RangeExceedsLimit",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
);

export function excelNamespace(excel: ExcelEmulator): ExcelNamespace {
  return {
    run: <T>(first: RunOptions | Batch<T>, second?: Batch<T>) => (typeof first === "function" ? excel.run(first) : excel.run(first, second as Batch<T>)),
    ErrorCodes: ERROR_CODES,
    ChartType: values("ColumnClustered", "Line", "Pie", "BarClustered", "XYScatter", "Area"),
    ChartSeriesBy: values("Auto", "Columns", "Rows"),
    ConditionalFormatType: values("DataBar", "ColorScale", "IconSet", "Custom", "CellValue"),
    ConditionalCellValueOperator: values("Invalid", "Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"),
    DeleteShiftDirection: values("Up", "Left"),
    InsertShiftDirection: values("Down", "Right"),
    HorizontalAlignment: values("General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"),
    SheetVisibility: values("Visible", "Hidden", "VeryHidden"),
    RangeValueType: values("Unknown", "Empty", "String", "Integer", "Double", "Boolean", "Error", "RichValue"),
  };
}
