/**
 * Runs the conformance cases against an Excel (the emulator or a real host), each on a sheet of its own that is
 * deleted after it, and writes the run as a Markdown record for docs/conformance/.
 */
import { CASES } from "./cases";
import type { CaseResult, ConformanceRun, ExcelLike } from "./types";

/** The run as a Markdown record, one file per host and version in docs/conformance/. */
export function conformanceRecord(host: string, run: ConformanceRun): string {
  const cell = (text: string) => `\`${text.replace(/\|/g, "\\|")}\``;
  return [
    `# ${host}`,
    "",
    `${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped.`,
    "",
    "| case | expected | got | pass |",
    "|---|---|---|---|",
    ...run.cases.map(
      (c) =>
        `| ${c.id} | ${cell(c.expected)} | ${cell(c.got)} | ${c.skipped ? "skipped" : c.pass ? "yes" : c.undocumented ? "differs (undocumented)" : "**no**"} |`
    ),
    "",
  ].join("\n");
}

/**
 * Runs every case on a fresh sheet of its own, deleted afterwards. `web` says whether the host is Excel on the
 * web (or the emulator, which models it): elsewhere its size limits do not apply and those cases are skipped.
 */
export async function runConformance(
  excel: ExcelLike,
  web: boolean,
  onCase?: (result: CaseResult) => void
): Promise<ConformanceRun> {
  const cases: CaseResult[] = [];
  for (const [i, c] of CASES.entries()) {
    const sheet = `Conformance ${i + 1}`;
    let got: string;
    const skipped = c.webOnly === true && !web;
    if (skipped) got = "(not Excel on the web)";
    else {
      await excel.run(async (context) => {
        context.workbook.worksheets.add(sheet);
        await context.sync();
      });
      try {
        got = await c.run(excel, sheet);
      } catch (error) {
        got = `threw ${error instanceof Error ? error.message : String(error)}`;
      } finally {
        await excel
          .run(async (context) => {
            context.workbook.worksheets.getItemOrNullObject(sheet).delete();
            await context.sync();
          })
          .catch(() => undefined);
      }
    }
    const result: CaseResult = {
      id: c.id,
      behaviour: c.behaviour,
      source: c.source,
      ...(c.quote === undefined ? {} : { quote: c.quote }),
      expected: c.expected,
      got,
      pass: skipped || got === c.expected,
      undocumented: c.undocumented === true,
      skipped,
    };
    cases.push(result);
    onCase?.(result);
  }
  const ran = cases.filter((c) => !c.skipped);
  return {
    passed: ran.filter((c) => c.pass).length,
    failed: ran.filter((c) => !c.pass).length,
    skipped: cases.length - ran.length,
    cases,
  };
}
