/** Sycm's 竞品分析 wide layout turned into the Competitors table's long form before the import reads it. */
import { CompetitionReshaper, longRows, wideLayout } from "../../../src/core/import/competitionWide";
import { recogniseExport } from "../../../src/core/import/kinds";

const PREAMBLE = [["竞品分析-关键指标对比"], ["统计日期：2026-11-17~2026-11-23"], [""]];
const WIDE = [
  "日期",
  "本店商品名称",
  "本店商品交易指数",
  "本店商品流量指数",
  "竞品1名称",
  "竞品1交易指数",
  "竞品1流量指数",
  "竞品2-交易指数",
  "备注",
];

describe("the wide competition layout", () => {
  it("is recognised from prefixed index columns, with each subject's name column", () => {
    const layout = wideLayout(WIDE);
    expect(layout?.groups.map((g) => [g.prefix, g.kind, g.name])).toEqual([
      ["本店商品", "本店商品", 1],
      ["竞品1", "竞品", 4],
      ["竞品2", "竞品", -1],
    ]);
    expect(layout?.header).toEqual(["日期", "主体", "类型", "交易指数", "流量指数"]);
    expect(wideLayout(["日期", "主体", "交易指数"])).toBeNull();
    expect(wideLayout(["日期", "本店名称", "竞店1名称"])).toBeNull();
  });

  it("gives one long row per subject with a figure that day, named by its name column or else its prefix", () => {
    const layout = wideLayout(WIDE);
    if (!layout) throw new Error("not wide");
    expect(
      longRows(layout, ["2026-11-23", "连衣裙A", "12,345", "8,000", "竞品连衣裙", "23,456", "9,000", "-", "x"])
    ).toEqual([
      ["2026-11-23", "连衣裙A", "本店商品", "12,345", "8,000"],
      ["2026-11-23", "竞品连衣裙", "竞品", "23,456", "9,000"],
    ]);
    expect(longRows(layout, ["2026-11-23", "", "", "", "", "", "", "7", ""])).toEqual([
      ["2026-11-23", "竞品2", "竞品", "7", ""],
    ]);
    // A subject with no figure that day gives no row.
    expect(longRows(layout, ["2026-11-22", "连衣裙A", "100", "", "", "", "", "", ""])).toEqual([
      ["2026-11-22", "连衣裙A", "本店商品", "100", ""],
    ]);
  });

  it("passes a preamble through, turns the rest long across batches, and the import recognises the result", () => {
    const reshaper = new CompetitionReshaper();
    const first = reshaper.push([...PREAMBLE]);
    expect(first).toEqual([]);
    const second = reshaper.push([WIDE, ["2026-11-23", "连衣裙A", "1", "2", "竞品连衣裙", "3", "4", "5", ""]]);
    expect(second).toEqual([
      ...PREAMBLE,
      ["日期", "主体", "类型", "交易指数", "流量指数"],
      ["2026-11-23", "连衣裙A", "本店商品", "1", "2"],
      ["2026-11-23", "竞品连衣裙", "竞品", "3", "4"],
      ["2026-11-23", "竞品2", "竞品", "5", ""],
    ]);
    expect(reshaper.push([["2026-11-24", "连衣裙A", "6", "", "", "", "", "", ""]])).toEqual([
      ["2026-11-24", "连衣裙A", "本店商品", "6", ""],
    ]);
    expect(reshaper.end()).toEqual([]);
    expect(recogniseExport(["日期", "主体", "类型", "交易指数", "流量指数"], "x.csv").definition.kind).toBe(
      "sycmCompetition"
    );
  });

  it("leaves any other file as it is, and gives back rows held when a file ends before its header", () => {
    const other = new CompetitionReshaper();
    const rows = [
      ["统计日期", "访客数", "支付金额"],
      ["2026-11-23", "100", "200"],
    ];
    expect(other.push(rows)).toEqual(rows);
    expect(other.push([["2026-11-24", "1", "2"]])).toEqual([["2026-11-24", "1", "2"]]);
    const short = new CompetitionReshaper();
    expect(short.push([["标题"]])).toEqual([]);
    expect(short.end()).toEqual([["标题"]]);
  });

  it("recognises long competition files by a date, a subject and any index, and no other export as one", () => {
    expect(recogniseExport(["统计日期", "店铺名称", "交易指数"], "a.csv").definition.kind).toBe("sycmCompetition");
    expect(recogniseExport(["日期", "商品名称", "搜索人气", "收藏人气"], "a.csv").definition.kind).toBe(
      "sycmCompetition"
    );
    expect(recogniseExport(["统计日期", "商品ID", "商品名称", "商品访客数"], "a.csv").definition.kind).toBe(
      "sycmProducts"
    );
    expect(recogniseExport(["日期", "店铺名称"], "a.csv").definition.kind).toBe("generic");
  });
});
