/** "Insert sample data": the four input sheets with a Taobao shop's example data, in the UI language. */
import { sampleSheets } from "../core/sampleData";
import { writeSampleSheets } from "../excel/sampleData";
import { joinList, translator } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { attempt } from "./outcome";

export function insertSampleData(env: CommandEnvironment): Promise<Outcome> {
  const language = env.language();
  const t = translator(language);
  return attempt(t, async () => {
    const samples = sampleSheets(language, env.today());
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
