import type { CommandEnvironment } from "../src/commands/environment";
import type { CalendarDay } from "../src/core/excelDate";
import type { Language } from "../src/core/language";
import type { EmulatorOptions, WorkbookJson } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import { clientHost } from "./fixtures/officeClient";

export const TODAY: CalendarDay = { year: 2026, month: 11, day: 24 };

/** A command environment on a fresh emulated workbook, with a frozen today. */
export function emulatedEnvironment(language: Language = "en-US", workbook?: WorkbookJson, options?: EmulatorOptions) {
  const excel = new ExcelEmulator(workbook, options);
  const env: CommandEnvironment = { host: clientHost(excel), language: () => language, today: () => TODAY };
  return { excel, env };
}
