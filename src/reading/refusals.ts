/**
 * Why a file is refused while it is read, as a problem (data, not an exception): too large, encrypted or unreadable
 * as a workbook; binary, mis-encoded or with a quote that never closes as text. The same words whether the file was
 * read in a worker or on the pane's thread.
 */
import type { Problem } from "../core/problems";
import { fileProblem } from "../core/problems";
import { EncodingError, NotTextError, UnterminatedQuoteError } from "../csv/reader";
import { encodingLabel } from "../csv/encoding";
import { MAX_SPREADSHEET_BYTES } from "../spreadsheet/format";
import { WorkbookTooLargeError } from "../spreadsheet/open";
import { CorruptWorkbookError, EncryptedWorkbookError } from "../spreadsheet/rows";
import { MAX_UNPACKED_BYTES } from "../spreadsheet/zip";

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString("en-US")} MB`;

/** The problem a read error stands for; null for anything else (an Excel error, which the caller reports as such). */
export function readProblem(error: unknown, fileName: string): Problem | null {
  if (error instanceof WorkbookTooLargeError)
    return fileProblem(fileName, "workbookTooLarge", megabytes(MAX_SPREADSHEET_BYTES));
  if (error instanceof EncryptedWorkbookError) return fileProblem(fileName, "workbookEncrypted");
  if (error instanceof CorruptWorkbookError) {
    if (error.reason === "unpackedTooLarge")
      return fileProblem(
        fileName,
        { code: "workbookTooLargeUnpacked", facts: { limit: megabytes(MAX_UNPACKED_BYTES) } },
        megabytes(Number(error.detail))
      );
    if (error.reason === "beyondSheet") return fileProblem(fileName, "cellsBeyondSheet", error.detail);
    return fileProblem(fileName, error.reason === "stringsMissing" ? "workbookStringsMissing" : "workbookCorrupt");
  }
  if (error instanceof NotTextError) return fileProblem(fileName, "notTextFile");
  if (error instanceof UnterminatedQuoteError) return fileProblem(fileName, "unterminatedQuote", String(error.line));
  if (error instanceof EncodingError)
    return fileProblem(
      fileName,
      { code: "encodingBroken", facts: { byte: error.byte } },
      String(error.line),
      encodingLabel(error.encoding)
    );
  return null;
}
