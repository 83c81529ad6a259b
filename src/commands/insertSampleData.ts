/**
 * "Insert sample data": the four input sheets with a Taobao shop's example data, and an event ahead on Promotions
 * for Plan promotion, in the UI language.
 */
import { toDateSerial } from "../core/excelDate";
import { sampleEventSheet } from "../core/promotions/template";
import { sampleSheets } from "../core/sampleData";
import { writeSampleSheets } from "../excel/sampleData";
import { joinList, loadWords, translator } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { attempt, wordCells, wording } from "./outcome";

export function insertSampleData(env: CommandEnvironment): Promise<Outcome> {
  const language = env.language();
  const t = translator(language);
  return attempt(t, async () => {
    // The event's name is the promotion words' own.
    await loadWords("promotions");
    const event = sampleEventSheet(language, toDateSerial(env.today()));
    const words = wording(t);
    const samples = [
      ...sampleSheets(language, env.today()),
      { ...event, kind: "promotions" as const, rows: event.rows.map((row) => wordCells(row, words)) },
    ];
    const placed = await env.host.run((context) => writeSampleSheets(context, samples));
    const details = placed.flatMap((p) => [
      ...(p.sheetName === p.wantedSheetName
        ? []
        : [t("sample.renamed", { wanted: p.wantedSheetName, actual: p.sheetName })]),
      ...(p.tableName === p.wantedTableName
        ? []
        : [t("sample.tableRenamed", { wanted: p.wantedTableName, actual: p.tableName })]),
    ]);
    return {
      ok: true,
      message: t("sample.done", {
        sheets: joinList(
          language,
          placed.map((p) => p.sheetName)
        ),
      }),
      details,
    };
  });
}
