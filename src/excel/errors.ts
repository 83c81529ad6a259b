/**
 * Turns what Excel throws into a sentence the operator can act on, in the UI language. Excel's errors carry a
 * `code` from Excel.ErrorCodes (office-js-docs-pr docs/excel/excel-add-ins-error-handling.md); anything else
 * is reported with its message, never with a stack trace.
 */
import type { MessageKey, Translate } from "../wording";

const KNOWN_CODES = [
  "InvalidOperationInCellEditMode",
  "ItemNotFound",
  "AccessDenied",
  "ItemAlreadyExists",
  "InvalidArgument",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "GeneralException",
] as const;

export type KnownExcelErrorCode = (typeof KNOWN_CODES)[number];

export function excelErrorCode(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string")
    return error.code;
  return null;
}

export function describeExcelError(error: unknown, t: Translate): string {
  const code = excelErrorCode(error);
  if (code !== null && (KNOWN_CODES as readonly string[]).includes(code)) return t(`error.${code}` as MessageKey);
  const detail = error instanceof Error ? error.message : String(error);
  return t("error.unknown", { detail: code ? `${code}: ${detail}` : detail });
}
