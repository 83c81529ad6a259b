/**
 * The add-in's page in Excel: the task pane and, in the same shared runtime, the ribbon's ExecuteFunction
 * commands. Opened outside Office it says so and points to the preview.
 */
import { localToday } from "../commands/environment";
import { RIBBON_FUNCTIONS, ribbonCommands, ribbonHandler } from "../commands/ribbon";
import type { Language } from "../core/language";
import { describeExcelError } from "../excel/errors";
import { officeExcelHost } from "../excel/host";
import { setHostApi } from "../excel/hostApi";
import { rememberingLayout } from "../excel/layoutMemory";
import { loadLanguage, translator } from "../wording";
import { h } from "./dom";
import type { PaneEnvironment } from "./pane";
import { mountPane } from "./pane";
import { applyTheme, officeLanguage, officeReady, officeTheme } from "./office";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const { host } = await officeReady();
  let language: Language = officeLanguage();
  // The pane's words in its language only: the first paint waits for them, not for every language's.
  await loadLanguage(language);
  if (host !== "Excel") {
    const t = translator(language);
    root.replaceChildren(
      h(
        "p",
        { class: "pane-note" },
        t("taskpane.outsideOffice"),
        " ",
        h("a", { href: "preview.html" }, t("taskpane.openPreview"))
      )
    );
    return;
  }
  applyTheme(officeTheme() ?? "light");
  // Merged cells in an input are found with an ExcelApi 1.13 call; an older Excel reads inputs without the check.
  setHostApi({ mergedAreas: Office.context.requirements.isSetSupported("ExcelApi", "1.13") });
  const env: PaneEnvironment = {
    // One runtime serves one document: the host remembers its layout between commands (excel/layoutMemory.ts).
    host: rememberingLayout(officeExcelHost),
    // Cell checkboxes came with ExcelApi 1.18; older hosts get a ✓ drop-down in the schedule's Done column.
    capabilities: { checkboxes: Office.context.requirements.isSetSupported("ExcelApi", "1.18") },
    language: () => language,
    setLanguage: (next) => (language = next),
    today: () => localToday(new Date()),
  };
  const pane = mountPane(root, env);
  const commands = ribbonCommands(env);
  const shell = {
    show: pane.show,
    revealPane: () => Office.addin.showAsTaskpane(),
    describeFailure: (error: unknown) => describeExcelError(error, translator(language)),
  };
  for (const name of RIBBON_FUNCTIONS) Office.actions.associate(name, ribbonHandler(commands[name], shell));
}

void start();
