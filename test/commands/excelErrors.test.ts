/**
 * Each Office error a command can meet, raised by the emulator while a real command runs, reaches the user as a
 * sentence in the UI language that says what to do, and the workbook keeps what it had.
 */
import { rankGrowthPoints } from "../../src/commands/rankGrowthPoints";
import { updateGoalStatus } from "../../src/commands/updateGoalStatus";
import type { Language } from "../../src/core/language";
import type { SheetJson, WorkbookJson } from "../../src/emulator";
import { ExcelEmulator } from "../../src/emulator";
import { clientHost } from "../fixtures/officeClient";
import { TODAY } from "../helpers";

const POINTS: SheetJson = {
  name: "Growth Points",
  values: [
    ["Growth point", "Success rate", "Growth rate"],
    ["a", 0.5, 0.2],
  ],
};
const GOALS: SheetJson = {
  name: "Goals",
  values: [
    ["Goal", "Baseline", "Target", "Current", "Start", "Deadline"],
    ["CTR", 0.048, 0.06, 0.05, 46348, 46355],
  ],
  tables: [{ name: "Goals", address: "A1:F2" }],
};

function run(workbook: WorkbookJson, language: Language, arrange: (excel: ExcelEmulator) => void, options = {}) {
  const excel = new ExcelEmulator(workbook, options);
  arrange(excel);
  const before = excel.dump();
  return { excel, before, env: { host: clientHost(excel), language: () => language, today: () => TODAY } };
}

const editing = (excel: ExcelEmulator): void => {
  excel.cellEditMode = true;
};
const failing =
  (code: string) =>
  (excel: ExcelEmulator): void => {
    excel.failNextSync = code;
  };

describe("Excel's errors as sentences, through the emulator", () => {
  it.each([
    [
      "InvalidOperationInCellEditMode",
      "en-US",
      editing,
      "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
    ],
    [
      "InvalidOperationInCellEditMode",
      "zh-CN",
      editing,
      "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后重试。",
    ],
    [
      "ItemNotFound",
      "en-US",
      failing("ItemNotFound"),
      "Something the add-in needs is no longer in the workbook (a sheet or table was deleted or renamed while it worked). Try again.",
    ],
    [
      "ItemNotFound",
      "zh-CN",
      failing("ItemNotFound"),
      "插件需要的工作表或表格已不在工作簿中（处理过程中被删除或改名）。请重试。",
    ],
    [
      "InvalidArgument",
      "en-US",
      failing("InvalidArgument"),
      "Excel refused the data the add-in sent. Nothing after that point was written; please report this with your workbook.",
    ],
    [
      "InvalidArgument",
      "zh-CN",
      failing("InvalidArgument"),
      "Excel 拒绝了插件发送的数据，之后的内容都没有写入；请连同工作簿一起反馈此问题。",
    ],
    [
      "ItemAlreadyExists",
      "en-US",
      failing("ItemAlreadyExists"),
      "A sheet or table with that name already exists. Rename it, then try again.",
    ],
    ["ItemAlreadyExists", "zh-CN", failing("ItemAlreadyExists"), "已有同名的工作表或表格。请改名后重试。"],
    [
      "GeneralException",
      "en-US",
      failing("GeneralException"),
      "Excel could not finish the command. Try again; if it keeps failing, save and reopen the workbook.",
    ],
    [
      "GeneralException",
      "zh-CN",
      failing("GeneralException"),
      "Excel 无法完成此命令。请重试；如果一直失败，请保存并重新打开工作簿。",
    ],
    // A sheet protected after the add-in read the workbook, or a workbook whose structure is protected.
    [
      "AccessDenied",
      "en-US",
      failing("AccessDenied"),
      "Excel refused the change: the sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet), then try again.",
    ],
    [
      "AccessDenied",
      "zh-CN",
      failing("AccessDenied"),
      "Excel 拒绝了修改：工作表或工作簿受保护。请先撤销保护（审阅 › 撤销工作表保护），然后重试。",
    ],
  ] as const)("%s (%s)", async (_code, language, arrange, sentence) => {
    const { excel, env, before } = run({ sheets: [POINTS] }, language, arrange);
    const outcome = await rankGrowthPoints(env);
    expect(outcome).toMatchObject({ ok: false, message: sentence });
    excel.cellEditMode = false;
    expect(excel.dump()).toEqual(before);
  });

  it.each([
    [
      "en-US",
      "The sheet “Goals” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.",
    ],
    ["zh-CN", "工作表“Goals”受保护，没有写入任何内容。请先撤销保护（审阅 › 撤销工作表保护），然后重试。"],
  ] as const)(
    "stops before writing when the Goals sheet is protected (%s), naming it, with the table as it was",
    async (language, sentence) => {
      const { excel, env, before } = run({ sheets: [{ ...GOALS, protected: true }] }, language, () => undefined);
      const outcome = await updateGoalStatus(env);
      expect(outcome).toMatchObject({ ok: false, details: [sentence] });
      expect(excel.dump()).toEqual(before);
    }
  );

  it.each([
    ["en-US", "The data is too large for one request to Excel. Try again with fewer rows."],
    ["zh-CN", "数据太大，无法一次发送给 Excel。请减少行数后重试。"],
  ] as const)(
    "RequestPayloadSizeLimitExceeded when the ranking is larger than a request (%s)",
    async (language, sentence) => {
      const rows = Array.from({ length: 400 }, (_, i) => [`Point ${i}`, 0.5, 0.2]);
      const { excel, env, before } = run(
        { sheets: [{ ...POINTS, values: [POINTS.values[0]!, ...rows] }] },
        language,
        () => undefined,
        { requestLimitBytes: 20_000 }
      );
      const outcome = await rankGrowthPoints(env);
      expect(outcome).toMatchObject({ ok: false, message: sentence });
      expect(excel.dump()).toEqual(before);
    }
  );

  it.each([
    [
      "en-US",
      "Excel's answer was too large to send back at once (Excel on the web allows 5 MB), so the add-in stopped before writing anything. Make the sheet it reads smaller, or split it, then try again.",
    ],
    [
      "zh-CN",
      "Excel 返回的数据太大，无法一次传回（网页版 Excel 上限 5 MB），加载项在写入任何内容之前就停止了。请把它读取的工作表缩小或拆分后再试。",
    ],
  ] as const)(
    "ResponsePayloadSizeLimitExceeded when the input is larger than a response (%s), with nothing written",
    async (language, sentence) => {
      const rows = Array.from({ length: 400 }, (_, i) => [`Point ${i}`, 0.5, 0.2]);
      const { excel, env, before } = run(
        { sheets: [{ ...POINTS, values: [POINTS.values[0]!, ...rows] }] },
        language,
        () => undefined,
        { responseLimitBytes: 5_000 }
      );
      const outcome = await rankGrowthPoints(env);
      expect(outcome).toMatchObject({ ok: false, message: sentence });
      expect(excel.dump()).toEqual(before);
    }
  );
});
