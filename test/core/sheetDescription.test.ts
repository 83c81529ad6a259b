/** Output sheets as data (core/sheetDescription.ts): layout, wording, and reading a written sheet back. */
import { SCHEDULE_OUTPUT } from "../../src/core/contract";
import { readScheduleBack } from "../../src/core/dailyReport";
import type { OutputBlock, SheetDescription } from "../../src/core/sheetDescription";
import { blockTops, readListBack, readTableBack, wordSheet } from "../../src/core/sheetDescription";

const table = (
  rows: number,
  extra: Partial<Extract<OutputBlock<string>, { kind: "table" }>> = {}
): OutputBlock<string> => ({
  kind: "table",
  tableName: "T",
  columns: [{ key: "a", header: "A", format: "@" }],
  rows: Array.from({ length: rows }, (_, i) => [`r${i}`]),
  ...extra,
});

describe("a sheet description's layout", () => {
  it("stacks blocks with one blank row between them", () => {
    const blocks: OutputBlock<string>[] = [
      table(3),
      { kind: "lines", lines: [["note"], ["more"]], style: "italic" },
      { kind: "list", title: "Left out", headers: ["x"], rows: [["1"]] },
    ];
    // Table: header + 3 rows (0–3), blank 4; lines 5–6, blank 7; list from 8.
    expect(blockTops(blocks)).toEqual([0, 5, 8]);
  });

  it("keeps a block as tall as the chart beside it, and counts its title", () => {
    expect(
      blockTops([table(2, { title: "Goal", minHeight: 16 }), table(20, { title: "Next", minHeight: 16 }), table(1)])
    ).toEqual([0, 16, 16 + 23]);
  });
});

describe("wording a sheet", () => {
  it("words every text the plan gave, and leaves numbers and cells alone", () => {
    const plan: SheetDescription<string | { said: string }> = {
      blocks: [
        {
          kind: "table",
          tableName: "T",
          title: { said: "title" },
          columns: [{ key: "a", header: "A", format: "0" }],
          rows: [[1]],
          chart: { kind: "Line", columns: ["a"], title: { said: "chart" }, fromRow: 0, rows: 10 },
        },
        { kind: "lines", lines: [[{ said: "note" }, "as is"]], style: "plain" },
        { kind: "list", title: { said: "list" }, headers: ["H", { said: "h2" }], rows: [["x", 3, { said: "why" }]] },
      ],
      freezeHeader: false,
      activate: false,
    };
    const worded = wordSheet(plan, (t) => (typeof t === "string" ? t : `<${t.said}>`));
    expect(JSON.stringify(worded)).not.toContain('"said"');
    const [first, lines, list] = worded.blocks;
    expect(first?.kind === "table" && [first.title, first.chart?.title, first.rows]).toEqual([
      "<title>",
      "<chart>",
      [[1]],
    ]);
    expect(lines?.kind === "lines" && lines.lines).toEqual([["<note>", "as is"]]);
    expect(list?.kind === "list" && [list.title, list.headers, list.rows]).toEqual([
      "<list>",
      ["H", "<h2>"],
      [["x", 3, "<why>"]],
    ]);
  });
});

describe("reading a written sheet back", () => {
  const columns = {
    task: { "en-US": "Task", "zh-CN": "任务", "qps-ploc": "Task" },
    done: { "en-US": "Done", "zh-CN": "完成", "qps-ploc": "Done" },
  };

  it("reads records by key up to the first blank row, whatever the header's language or the columns' order", () => {
    const rows = [
      ["完成", "Task"],
      ["✓", "上新"],
      ["", "看数据"],
      ["", ""],
      ["Unscheduled", ""],
    ];
    expect(readTableBack(rows, columns)).toEqual({
      records: [
        { task: "上新", done: "✓" },
        { task: "看数据", done: "" },
      ],
      end: 3,
    });
  });

  it("leaves out a key whose column the operator deleted, and finds no rows under a sheet with no header", () => {
    expect(readTableBack([["Task"], ["A"]], columns).records).toEqual([{ task: "A" }]);
    expect(readTableBack([], columns).records).toEqual([]);
  });

  it("finds a titled list only below the table, and nothing when it is not there", () => {
    const rows = [["Task"], ["Unscheduled"], [""], ["Unscheduled"], ["Task"], ["B"]];
    expect(readListBack(rows, 2, SCHEDULE_OUTPUT.unscheduledTitle)).toEqual([["B"]]);
    expect(readListBack(rows.slice(0, 3), 2, SCHEDULE_OUTPUT.unscheduledTitle)).toEqual([]);
  });

  it("reads a schedule once for the carry-over and the report: slots with times, ticks, breaks, and the Unscheduled list", () => {
    const rows = [
      ["Time", "Task", "Category", "Done", "Notes"],
      [0.375, "上新", "", "✓", "ok"],
      [0.395833, "Break", "", "", ""],
      ["", "", "", "", ""],
      ["summary", "", "", "", ""],
      ["", "", "", "", ""],
      ["Unscheduled", "", ""],
      ["Task", "Missing minutes", "Reason"],
      ["直播", 60, "does not fit"],
      ["", "", ""],
    ];
    expect(readScheduleBack(rows)).toEqual({
      slots: [
        { time: 0.375, task: "上新", isBreak: false, done: true, notes: "ok" },
        { time: 0.395833, task: "Break", isBreak: true, done: false, notes: "" },
      ],
      unscheduled: [{ task: "直播", minutes: 60 }],
    });
  });
});
