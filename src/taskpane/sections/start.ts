/**
 * Get started: Insert sample data; on a workbook with none of the inputs, what each input is and a Create button
 * for it. The two layouts swap in place when the workbook changes.
 */
import type { CommandEnvironment } from "../../commands/environment";
import type { Outcome } from "../../commands/outcome";
import { INPUT_KINDS, createInputSheets } from "../../commands/workbookSetup";
import { INPUTS } from "../../core/contract";
import type { MessageKey } from "../../wording";
import { h } from "../dom";
import type { PaneCommand, PaneParts, PaneState } from "../view";

// Loaded at its first click, as the other commands are: the sample's words and layout are not the pane's to carry.
const insertSampleData = (env: CommandEnvironment): Promise<Outcome> =>
  import("../../commands/insertSampleData").then((m) => m.insertSampleData(env));

const SAMPLE: PaneCommand = { label: "command.insertSampleData", run: insertSampleData, refreshes: true };

const isEmpty = (state: PaneState) => state.workbook !== null && INPUT_KINDS.every((k) => !state.workbook?.inputs[k]);

export function startSection(parts: PaneParts): HTMLElement {
  const title = parts.text("h2", { id: "pane-start-title" }, (t, state) =>
    t(isEmpty(state) ? "pane.empty.title" : "pane.start.title")
  );
  const lead = parts.text("p", {}, (t, state) => t(isEmpty(state) ? "pane.empty.body" : "pane.start.body"));
  const list = h(
    "ul",
    { class: "pane-inputs" },
    ...INPUT_KINDS.map((kind) =>
      h(
        "li",
        {},
        parts.text("p", {}, (t) => t(`pane.input.${kind}` as MessageKey)),
        parts.button({
          label: "pane.createSheet",
          text: (t, language) => t("pane.createSheet", { sheet: INPUTS[kind].sheetName[language] }),
          run: (e) => createInputSheets(e, [kind]),
          refreshes: true,
        })
      )
    )
  );
  const createAll = parts.button({
    label: "pane.createSheets",
    run: (e) => createInputSheets(e, INPUT_KINDS),
    refreshes: true,
  });
  const section = h(
    "section",
    { class: "pane-section", "aria-labelledby": "pane-start-title" },
    title,
    lead,
    list,
    h("div", { class: "pane-actions" }, parts.button(SAMPLE), createAll)
  );
  parts.follow((state) => {
    const empty = isEmpty(state);
    section.classList.toggle("pane-empty", empty);
    list.hidden = !empty;
    createAll.hidden = !empty;
  });
  return section;
}
