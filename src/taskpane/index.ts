/**
 * The add-in's page in Excel: the task pane and, in the same shared runtime, the ribbon's ExecuteFunction
 * commands. Opened outside Office it says so and points to the preview.
 */
import { localToday } from "../commands/environment";
import type { Outcome } from "../commands/outcome";
import { RIBBON_FUNCTIONS, ribbonCommands } from "../commands/ribbon";
import type { Language } from "../core/language";
import { officeExcelHost } from "../excel/host";
import { translator } from "../i18n";
import { h } from "./dom";
import type { PaneEnvironment } from "./pane";
import { mountPane } from "./pane";
import { officeLanguage, officeReady } from "./office";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const { host } = await officeReady();
  let language: Language = officeLanguage();
  if (host !== "Excel") {
    const t = translator(language);
    root.replaceChildren(h("p", { class: "pane-note" }, t("taskpane.outsideOffice"), " ", h("a", { href: "preview.html" }, t("taskpane.openPreview"))));
    return;
  }
  const env: PaneEnvironment = {
    host: officeExcelHost,
    language: () => language,
    setLanguage: (next) => (language = next),
    today: () => localToday(new Date()),
  };
  const pane = mountPane(root, env);
  const commands = ribbonCommands(env);
  for (const name of RIBBON_FUNCTIONS) {
    Office.actions.associate(name, async (event: Office.AddinCommands.Event) => {
      try {
        const outcome: Outcome = await commands[name]();
        pane.show(outcome);
        // A ribbon command runs with the pane possibly closed; a failure must still reach the user.
        if (!outcome.ok) await Office.addin.showAsTaskpane();
      } finally {
        event.completed();
      }
    });
  }
}

void start();
