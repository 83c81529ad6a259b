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

export type Theme = "light" | "dark";

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = parseInt(c as string, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme when inside Office (dark when its body background is dark), else null. */
export function officeTheme(): Theme | null {
  const background = typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  return background ? (luminance(background) < 0.2 ? "dark" : "light") : null;
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
