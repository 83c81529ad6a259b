/** What Import store data says, planned as phrases (core/import/importReport.ts) and worded by each catalogue. */
import type { FileSummary } from "../../src/core/import/importReport";
import { fileLine, importLogRow, importOutcome } from "../../src/core/import/importReport";
import type { Phrase } from "../../src/core/phrases";
import type { MessageKey } from "../../src/wording";
import { say, translator } from "../../src/wording";
// The diagnosis' and the import's words load with their commands.
import { loadWords } from "../../src/wording";

// The store-data and review commands' words load with them; these tests say what those commands say.
beforeAll(() => Promise.all([loadWords("storeData"), loadWords("review")]));

const en = (text: string | Phrase) =>
  typeof text === "string" ? text : say(translator("en-US"), text as Phrase<MessageKey>);
const zh = (text: string | Phrase) =>
  typeof text === "string" ? text : say(translator("zh-CN"), text as Phrase<MessageKey>);

const counts = { rowsRead: 10, rowsAdded: 7, rowsUpdated: 1, rowsUnchanged: 0, duplicates: 1, totalsSkipped: 1 };
const imported: FileSummary = {
  fileName: "traffic.csv",
  kind: { label: { "en-US": "Sycm traffic", "zh-CN": "生意参谋流量", "qps-ploc": "x" } },
  status: "imported",
  counts,
  problems: [],
  encoding: "gb18030",
  format: "CSV",
  sheetName: "Sycm Traffic",
  header: { headerLine: 6, period: null },
  maskedColumns: [],
  addedColumns: [],
  lackingColumns: [],
};
const failed: FileSummary = {
  ...imported,
  fileName: "orders.xlsx",
  status: "failed",
  problems: [{ code: "noHeader", sheet: "orders.xlsx", address: "", value: "", field: "" }],
  kind: null,
};
const cancelled: FileSummary = { ...imported, fileName: "late.csv", status: "cancelled" };

describe("a file's line in the pane", () => {
  it("says kind, format, header row and what became of every row, with the skip reasons", () => {
    expect(en(fileLine(imported, "en-US", ""))).toBe(
      "traffic.csv: Sycm traffic (CSV, gb18030), header on row 6 → “Sycm Traffic”: 10 rows read; 7 added, 1 updated, 0 unchanged, 2 skipped (1 repeated in the file, 1 total rows)."
    );
  });

  it("adds the masked columns and a Cancel that came too late as sentences after it, in each language's way", () => {
    const file = { ...imported, maskedColumns: ["收货人", "手机"], cancelTooLate: true };
    expect(en(fileLine(file, "en-US", ""))).toMatch(
      /total rows\)\. Masked: 收货人 and 手机\. traffic\.csv: Cancel came after/
    );
    expect(zh(fileLine(file, "zh-CN", ""))).toMatch(/已脱敏：收货人、手机。traffic\.csv/);
  });

  it("names why a file failed: its first problem, else what Excel said", () => {
    expect(en(fileLine(failed, "en-US", "ignored"))).toMatch(/^orders\.xlsx: not imported, nothing was added\. .+/);
    expect(en(fileLine({ ...failed, problems: [] }, "en-US", "Excel is busy."))).toBe(
      "orders.xlsx: not imported, nothing was added. Excel is busy."
    );
    expect(en(fileLine(cancelled, "en-US", ""))).toBe("late.csv: cancelled, nothing was added.");
  });
});

describe("the columns a file added or lacked", () => {
  it("are named in the pane line and the log, and not at all when the file matched its table", () => {
    const merged = { ...imported, addedColumns: ["加购人数"], lackingColumns: ["浏览量", "我的备注"] };
    expect(en(fileLine(merged, "en-US", ""))).toMatch(
      /\. Columns added to the table: 加购人数\. Not in this file, left blank for its rows: 浏览量 and 我的备注\.$/
    );
    expect(en(importLogRow(merged, 1, "en-US", "").problems as string | Phrase)).toBe(
      "OK. Columns added to the table: 加购人数. Not in this file, left blank for its rows: 浏览量 and 我的备注."
    );
    expect(zh(fileLine(merged, "zh-CN", ""))).toMatch(
      /表格新增列：加购人数。此文件没有这些列，其行留空：浏览量、我的备注。$/
    );
    expect(en(fileLine(imported, "en-US", ""))).not.toMatch(/Columns added|Not in this file/);
  });
});

describe("a file's Import Log row", () => {
  it("counts only what was written, and says OK when nothing went wrong", () => {
    const row = importLogRow(imported, 46349.5, "en-US", "");
    expect({ ...row, problems: en(row.problems as string | Phrase) }).toEqual({
      time: 46349.5,
      file: "traffic.csv",
      kind: "Sycm traffic",
      encoding: "gb18030",
      rowsRead: 10,
      rowsAdded: 7,
      duplicates: 1,
      problems: "OK.",
      rowsUpdated: 1,
      rowsUnchanged: 0,
    });
    const none = importLogRow(failed, 46349.5, "zh-CN", "");
    expect([none.rowsAdded, none.rowsUpdated, none.kind]).toEqual([0, 0, ""]);
    expect(zh(none.problems as string | Phrase)).toMatch(/^失败，未添加：/);
  });

  it("ends its OK as a sentence, so what follows reads apart in both languages", () => {
    const masked = { ...imported, maskedColumns: ["收货人"] };
    expect(en(importLogRow(masked, 1, "en-US", "").problems as string | Phrase)).toBe("OK. Masked: 收货人.");
    expect(zh(importLogRow(masked, 1, "zh-CN", "").problems as string | Phrase)).toBe("正常。已脱敏：收货人。");
  });

  it("keeps the file name as the user chose it: the log's writer, not the plan, guards formula-like text", () => {
    expect(importLogRow({ ...imported, fileName: "=HYPERLINK(1).csv" }, 1, "en-US", "").file).toBe("=HYPERLINK(1).csv");
  });
});

describe("the import's outcome", () => {
  it.each([
    [[imported], true, "Imported traffic.csv: 7 rows added, 1 updated, 0 unchanged."],
    [[failed], false, "The file was not imported."],
    [[failed, cancelled], false, "None of the 2 files was imported."],
    [[imported, failed], false, "1 of 2 files were not imported; the others were."],
  ] as const)("says what happened to %#", (files, ok, message) => {
    const said = importOutcome(files, "en-US", [], false);
    expect([said.ok, en(said.message)]).toEqual([ok, message]);
  });

  it("gives each file's line, the imported files' problems, and Store Metrics when it was rebuilt", () => {
    const withProblem: FileSummary = {
      ...imported,
      problems: [
        { code: "extraCells", sheet: "traffic.csv", address: "F9", value: "x", field: "", facts: { width: 5 } },
      ],
    };
    const said = importOutcome([withProblem, failed], "en-US", ["", ""], true);
    expect(said.details.map(en)).toHaveLength(4);
    expect(en(said.details[2] as string | Phrase)).toMatch(/^traffic\.csv!F9: /);
    expect(en(said.details[3] as string | Phrase)).toBe("Store Metrics rebuilt from the imported data.");
  });
});
