/** What the shell asks of Office.js, guarded so the same code runs where office.js is absent or has no host. */
import { pickLanguage } from "../core/language";
import type { Language } from "../core/language";

export interface OfficeInfo {
  /** "Excel" inside Excel; null when office.js runs outside Office (a browser tab, the preview). */
  readonly host: string | null;
}

export async function officeReady(): Promise<OfficeInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { host: null };
  const info = await Office.onReady();
  return { host: info.host ? String(info.host) : null };
}

/** Office's display language when inside Office, else the browser's. */
export function officeLanguage(): Language {
  const fromOffice = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return pickLanguage(fromOffice ?? (typeof navigator !== "undefined" ? navigator.language : null));
}
