/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code` from Excel.ErrorCodes,
 * a message, and `debugInfo` naming where in the batch it failed. Code that handles errors from real Excel
 * handles these the same way.
 * Docs: office-js-docs-reference, OfficeExtension.Error and Excel.ErrorCodes; office-js-docs-pr,
 * docs/excel/excel-add-ins-error-handling.md.
 */
export type ExcelErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "InvalidRequestContext";

export class EmulatedOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: ExcelErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: ExcelErrorCode,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  /** The same error, now knowing which queued operation raised it. */
  at(errorLocation: string): EmulatedOfficeError {
    return this.debugInfo.errorLocation ? this : new EmulatedOfficeError(this.code, this.message, errorLocation);
  }
}

export function propertyNotLoaded(property: string): EmulatedOfficeError {
  return new EmulatedOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function itemNotFound(what: string): EmulatedOfficeError {
  return new EmulatedOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(detail: string): EmulatedOfficeError {
  return new EmulatedOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`
  );
}
