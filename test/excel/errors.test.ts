import { describeExcelError } from "../../src/excel/errors";
import { EmulatedOfficeError } from "../../src/emulator";
import type { ExcelErrorCode } from "../../src/emulator/errors";
import { translator } from "../../src/wording";

describe("Excel errors as sentences", () => {
  const en = translator("en-US");
  const zh = translator("zh-CN");

  it.each([
    ["InvalidOperationInCellEditMode", /Press Enter or Esc/, /按 Enter 或 Esc/],
    ["AccessDenied", /Unprotect/, /撤销保护/],
    ["ItemNotFound", /deleted or renamed/, /删除或改名/],
    ["RequestPayloadSizeLimitExceeded", /too large/, /数据太大/],
    ["GeneralException", /Try again/, /重试/],
  ] as const)("%s says what to do, in both languages", (code, english, chinese) => {
    const error = new EmulatedOfficeError(code as ExcelErrorCode, "raw text");
    expect(describeExcelError(error, en)).toMatch(english);
    expect(describeExcelError(error, zh)).toMatch(chinese);
  });

  it("reports an unknown error with its message, never a stack trace", () => {
    const error = new Error("socket closed");
    const sentence = describeExcelError(error, en);
    expect(sentence).toBe("Something went wrong: socket closed. Nothing more was written. Try again.");
    expect(sentence).not.toMatch(/at .*\.ts:\d+/);
  });
});
