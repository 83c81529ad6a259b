/** Reading the Competitors input: pasted formats, who is ours, and the contradictions that stop it. */
import { kindOf, readCompetitors } from "../../../src/core/competition/competitors";
import type { InputCells } from "../../../src/core/records";
import { describeProblem } from "../../../src/wording/problems";
import { loadWords, translator } from "../../../src/wording";

const block = (values: (string | number)[][], numberFormats?: string[][]): InputCells => ({
  sheet: "竞争数据",
  firstRow: 0,
  firstColumn: 0,
  values,
  ...(numberFormats ? { numberFormats } : {}),
});
const DAY = 46349;

// The Competitors input's problems are worded with the store-data commands' words, which load with them.
beforeAll(() => loadWords("storeData"));

describe("readCompetitors", () => {
  it("reads a table pasted from Sycm's page: thousands separators, percent text and - as no figure", () => {
    const read = readCompetitors(
      block([
        ["日期", "店铺名称", "交易指数", "流量指数", "支付转化指数", "搜索人气"],
        ["2026-11-23", "本店", "12,345", "8,001", "1,234", "-"],
        ["2026-11-23", "星河女装旗舰店", "23,456.5", "9,999", "6.85%", "—"],
      ]),
      "zh-CN"
    );
    expect(read).toEqual({
      ok: true,
      data: {
        days: [
          {
            date: DAY,
            subject: "本店",
            kind: "shop",
            ours: true,
            indices: { tradeIndex: 12345, uvIndex: 8001, payRateIndex: 1234 },
          },
          {
            date: DAY,
            subject: "星河女装旗舰店",
            kind: "shop",
            ours: false,
            indices: { tradeIndex: 23456.5, uvIndex: 9999, payRateIndex: 6.85 / 100 },
          },
        ],
        present: ["tradeIndex", "uvIndex", "payRateIndex"],
      },
    });
  });

  it("reads the English headers and the kinds in either language", () => {
    const read = readCompetitors(
      block([
        ["Date", "Subject", "Kind", "Trade index"],
        [DAY, "Our shop", "", 100],
        [DAY, "Dress A", "Our item", 50],
        [DAY, "Rival dress", "竞品", 80],
        [DAY, "Rival shop", "", 90],
      ]),
      "en-US"
    );
    expect(read.ok && read.data.days.map((d) => [d.subject, d.kind, d.ours])).toEqual([
      ["Our shop", "shop", true],
      ["Dress A", "item", true],
      ["Rival dress", "item", false],
      ["Rival shop", "shop", false],
    ]);
    expect([kindOf("本店商品"), kindOf("竞店"), kindOf("别的")]).toEqual([
      { kind: "item", ours: true },
      { kind: "shop", ours: false },
      null,
    ]);
  });

  it("refuses the whole table, with every cell, for text in an index, a repeated day and a subject on both sides", () => {
    const read = readCompetitors(
      block([
        ["日期", "主体", "类型", "交易指数"],
        [DAY, "本店", "本店", 100],
        [DAY, "竞店A", "竞店", "约一万"],
        [DAY - 1, "竞店B", "竞店", 90],
        [DAY - 1, "竞店B", "竞店", 91],
        [DAY - 2, "竞店C", "竞店", 70],
        [DAY - 1, "竞店C", "本店", 71],
        [DAY - 3, "竞店D", "对手", 71],
      ]),
      "zh-CN"
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const t = translator("zh-CN");
    expect(read.problems.map((p) => [p.code, p.address])).toEqual([
      ["notNumber", "D3"],
      ["notCompetitorKind", "C8"],
      ["repeatedDay", "B5"],
      ["subjectBothSides", "B7"],
    ]);
    expect(describeProblem(read.problems[2] as never, t)).toBe(
      "竞争数据!B5：“竞店B”在 2026-11-22 有第二行（第一行在 B4）。每个主体每天只保留一行，然后再运行。"
    );
    const en = translator("en-US");
    expect(describeProblem(read.problems[3] as never, en)).toBe(
      "竞争数据!B7: “竞店C” is marked as a rival here and as ours at B6 (or the other way round). Mark each subject one way, then run it again."
    );
  });

  it("needs a date and a subject for every row", () => {
    const read = readCompetitors(
      block([
        ["日期", "主体", "交易指数"],
        ["", "竞店A", 1],
      ]),
      "zh-CN"
    );
    expect(read.ok ? [] : read.problems.map((p) => p.code)).toEqual(["required"]);
  });
});
