/**
 * A section's Settings disclosure: one field per setting the section's commands use, showing the value in
 * force and saving a change into the workbook's Settings. Built once: it stays open, and keeps the field being
 * typed in, while the pane follows the workbook.
 */
import { saveSetting } from "../commands/workbookSetup";
import { SETTING_NAMES } from "../core/contract";
import type { SettingKey, Settings } from "../core/settings";
import { SLOT_MINUTES } from "../core/settings";
import { h } from "./dom";
import type { PaneParts } from "./view";

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const percent = (rate: number) => `${Number((rate * 100).toPrecision(6))}%`;

/** A setting as the pane shows it in its field. */
export function shownSetting(key: SettingKey, settings: Settings): string {
  const value = settings[key];
  if (key === "dayStart" || key === "dayEnd") return clock(value as number);
  if (key === "breaks") return (value as Settings["breaks"]).map((b) => `${clock(b.start)}-${clock(b.end)}`).join(", ");
  if (key === "successThreshold" || key === "atRiskBand" || key === "estimatedFeeRate") return percent(value as number);
  if (key === "growthThreshold") return value === "median" ? "" : percent(value as number);
  return String(value);
}

function settingField(parts: PaneParts, key: SettingKey): HTMLElement {
  const id = `pane-setting-${key}`;
  let input: HTMLInputElement | HTMLSelectElement;
  if (key === "slotMinutes") {
    input = h(
      "select",
      { id, class: "pane-select" },
      ...SLOT_MINUTES.map((m) => h("option", { value: String(m) }, String(m)))
    );
  } else {
    const type = key === "dayStart" || key === "dayEnd" ? "time" : key === "focusLimit" ? "number" : "text";
    input = h("input", {
      id,
      class: "pane-select pane-input",
      type,
      ...(type === "number" ? { min: "1", max: "5" } : {}),
    });
  }
  parts.control(input);
  parts.follow((state, t) => {
    if (key === "growthThreshold") input.setAttribute("placeholder", t("pane.setting.growthThreshold.median"));
    // A value being typed is the user's until they leave the field.
    if (state.workbook && input !== document.activeElement) input.value = shownSetting(key, state.workbook.settings);
  });
  input.addEventListener("change", () => {
    const typed = key === "growthThreshold" && input.value.trim() === "" ? "median" : input.value;
    void parts.run({ label: "pane.settingsTitle", run: (env) => saveSetting(env, key, typed), refreshes: true });
  });
  return h(
    "div",
    { class: "pane-field pane-setting" },
    parts.text("label", { for: id }, (_t, state) => SETTING_NAMES[key][state.language]),
    input
  );
}

export function settingsBlock(parts: PaneParts, keys: readonly SettingKey[]): HTMLElement {
  return h(
    "details",
    { class: "pane-settings" },
    parts.text("summary", {}, (t) => t("pane.settingsTitle")),
    parts.text("p", { class: "pane-hint" }, (t) => t("pane.settingsHint")),
    ...keys.map((k) => settingField(parts, k))
  );
}
