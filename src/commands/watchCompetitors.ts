/**
 * "Watch competitors": the Competitors input and Store Metrics → the Competition sheet. One round trip reads both
 * (two when the layout must be learnt first), the core calibrates and estimates, one writes the sheet. Read → core
 * → write: no Office.js here.
 */
import { COMPETITION_OUTPUT, COMPETITORS } from "../core/contract";
import { keptCalibrations, planCompetitionSheet } from "../core/competition/competitionSheet";
import { COMPETITORS_INPUT, readCompetitors } from "../core/competition/competitors";
import type { CompetitionWatch } from "../core/competition/watch";
import { competitionWatch as watch } from "../core/competition/watch";
import { CALIBRATED, isFit } from "../core/competition/calibration";
import { fromDateSerial, isoDay } from "../core/excelDate";
import type { Problem } from "../core/problems";
import { dailyFigures } from "../core/storeMetricLookup";
import type { Language } from "../core/language";
import { phrase } from "../core/phrases";
import type { WorkbookSession } from "../excel/host";
import { readInputs } from "../excel/inputs";
import type { WorkbookOutline } from "../excel/layoutMemory";
import type { WorkbookDetails } from "../excel/workbook";
import type { InputCells } from "../core/records";
import { queueBlockRead, queueStoreMetrics } from "../excel/workbook";
import type { Translate } from "../wording";
import { say } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";
import { writeOwnSheet } from "./outputSheet";
// The words this command says load with it, not with the pane's page.

/** The mark on the sheet this command owns. */
export const COMPETITION_OWNER = "competition";

const WANTS = { competitors: COMPETITORS_INPUT } as const;

/** The last watch's calibration table, queued with a command's first read; its curves with `keptCurves`. */
export function queueKeptCurves(ctx: WorkbookSession, outline: WorkbookOutline): () => InputCells | null {
  const table = outline.tables.find((n) => n.toLowerCase() === COMPETITION_OUTPUT.calibrationTable.toLowerCase());
  const calibration = table ? queueBlockRead(ctx, { from: "table", name: table }) : null;
  return () => calibration?.read() ?? null;
}

/**
 * The curves the last watch kept. Only a table on the add-in's own Competition sheet is a kept calibration; one the
 * operator made by that name is not.
 */
export function keptCurves(workbook: WorkbookDetails, calibration: InputCells | null) {
  const ours =
    calibration !== null && workbook.sheets.some((s) => s.name === calibration.sheet && s.owner === COMPETITION_OWNER);
  return ours ? keptCalibrations(calibration.values) : {};
}

/** The Competitors input read into days, and the watch made of them with Store Metrics. */
export async function readWatch(context: WorkbookSession, language: Language) {
  const read = await readInputs(context, WANTS, language, (ctx, outline) => {
    const metrics = queueStoreMetrics(ctx, outline);
    // The last watch's curves, read in the same round trip, for a run whose own days can no longer fit them.
    const calibration = queueKeptCurves(ctx, outline);
    return () => ({ figures: dailyFigures(metrics()), calibration: calibration() });
  });
  if (!read.inputs.ok) return { read, problems: read.inputs.problems, watch: null, present: [], figures: null };
  const competitors = readCompetitors(read.inputs.data.competitors, language);
  const { figures, calibration } = read.extra;
  if (!competitors.ok) return { read, problems: competitors.problems, watch: null, present: [], figures };
  const kept = keptCurves(read.workbook, calibration);
  return {
    read,
    problems: [] as readonly Problem[],
    watch: watch(competitors.data.days, figures, kept),
    present: competitors.data.present,
    figures,
  };
}

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("competition.failed"), ...detailsWithProblems([], problems, t) };
}

/** The pane's lines after the sheet is written: the mover, and the indices left uncalibrated with why. */
function watchLines(w: CompetitionWatch, t: Translate, hasMetrics: boolean, language: Language): string[] {
  const lines: string[] = [];
  if (w.mover) {
    const change = `${w.mover.change >= 0 ? "+" : "−"}${Math.abs(w.mover.change * 100).toFixed(1)}%`;
    lines.push(
      say(
        t,
        phrase("competition.mover", {
          subject: w.mover.subject,
          measure: phrase(`competition.measure.${w.mover.measure}`),
          change,
        })
      )
    );
  }
  const lacking = CALIBRATED.filter((i) => !isFit(w.calibrations[i])).map((i) => COMPETITORS.columns[i][language]);
  if (!hasMetrics) lines.push(t("competition.noMetrics"));
  else if (lacking.length > 0) lines.push(say(t, phrase("competition.uncalibrated", { indices: lacking })));
  return lines;
}

export function watchCompetitors(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const { read, problems, watch: w, present, figures } = await readWatch(context, language);
      // No Competitors anywhere: the way in is an import or a paste, which the general "no input" sentence does not say.
      if (problems.some((p) => p.code === "noInput"))
        return {
          ok: false,
          message: t("competition.failed"),
          details: [t("competition.noData", { sheet: COMPETITORS.sheetName[language] })],
        };
      if (problems.length > 0) return failed(t, problems);
      if (!w)
        return failed(t, [
          { code: "noRows", sheet: COMPETITORS.sheetName[language], address: "", value: "", field: "" },
        ]);

      const written = await writeOwnSheet(context, read, language, {
        owner: COMPETITION_OWNER,
        names: COMPETITION_OUTPUT.sheetName,
        plan: (inSheet, taken) => planCompetitionSheet({ watch: w, present, language: inSheet, tablesTaken: taken }),
      });
      if (!written.ok) return failed(t, written.problems);
      const { plan } = written;
      return {
        ok: true,
        message: t("competition.done", {
          sheet: plan.sheetName,
          subjects: w.subjects.length,
          latest: isoDay(fromDateSerial(w.latest)),
        }),
        ...detailsWithProblems(
          [
            ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
            ...watchLines(w, t, figures !== null && figures.size > 0, language),
          ],
          [],
          t
        ),
      };
    },
    ["storeData"]
  );
}
