/**
 * Analyze ads at 100,000 rows of 万相台's keyword report (3,334 words over 30 days) beside its product report: the
 * core's analysis alone, and the command on the emulator reading the analysed columns in blocks under 5 MB and
 * writing the Ad Analysis sheet.
 */
import { analyzeAds } from "../src/commands/analyzeAds";
import type { CommandEnvironment } from "../src/commands/environment";
import { analyzeAds as analyzeInCore } from "../src/core/ads/adAnalysis";
import { adDetailRows } from "../src/core/ads/facts";
import type { JsonCell } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import { ATTRIBUTION_PROPERTY } from "../src/excel/sheetMarks";
import { clientHost } from "../test/fixtures/officeClient";
import { commandFigures, figure, time } from "./figures";

const ROWS = 100_000;
const DAYS = 30;
const LATEST = 46360;

export async function adsFigure(): Promise<void> {
  const words = Math.ceil(ROWS / DAYS);
  const header = ["日期", "计划ID", "宝贝ID", "词名字", "展现量", "点击量", "花费", "总成交金额", "总成交笔数"];
  const keywords: JsonCell[][] = [header];
  const planSpend = new Map<number, number>();
  for (let i = 0; i < ROWS; i++) {
    const w = i % words;
    const day = LATEST - Math.floor(i / words);
    const spend = 1 + (w % 13);
    const gmv = w % 7 === 0 ? 0 : spend * (w % 5);
    keywords.push([
      day,
      `P${w % 20}`,
      `6${String(w % 300).padStart(11, "0")}`,
      `词${w} 连衣裙 女`,
      200,
      5,
      spend,
      gmv,
      gmv > 0 ? 1 : 0,
    ]);
    planSpend.set(day * 100 + (w % 20), (planSpend.get(day * 100 + (w % 20)) ?? 0) + spend);
  }
  const report: JsonCell[][] = [
    ["日期", "计划ID", "花费", "总成交金额"],
    ...[...planSpend].map(([key, spend]) => [Math.floor(key / 100), `P${key % 100}`, spend, spend * 2]),
  ];
  const [head, ...body] = keywords as [string[], ...JsonCell[][]];
  const today = LATEST + 1;
  const at = { sheet: "Ad Keywords", firstRow: 1, firstColumn: 0 };
  const core = await time(() => {
    const read = adDetailRows("adKeywords", head, body as never, at, today);
    analyzeInCore({
      rows: read.rows,
      windowDays: 7,
      wasteSpend: 5,
      itemBreakEven: new Map(),
      breakEvenRoi: 2,
      planSpend: null,
    });
  }, 5);
  figure({
    name: `ad analysis of ${ROWS.toLocaleString("en-US")} keyword rows in the core`,
    value: Number(core.toFixed(1)),
    unit: "ms",
  });
  const excel = new ExcelEmulator({
    sheets: [
      { name: "Ad Keywords", values: keywords, tables: [{ name: "AdKeywords", address: `A1:I${keywords.length}` }] },
      { name: "Ad Report", values: report, tables: [{ name: "AdReport", address: `A1:D${report.length}` }] },
    ],
  });
  excel.model.findSheet("Ad Keywords")?.customProperties.set(ATTRIBUTION_PROPERTY, "7");
  const env: CommandEnvironment = {
    host: clientHost(excel),
    language: () => "en-US",
    today: () => ({ year: 2026, month: 12, day: 5 }),
  };
  await commandFigures(`Analyze ads at ${ROWS.toLocaleString("en-US")} keyword rows`, excel, () => analyzeAds(env));
}
