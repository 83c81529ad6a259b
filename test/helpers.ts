import type { CommandEnvironment } from "../src/commands/environment";
import type { CalendarDay } from "../src/core/excelDate";
import type { Language } from "../src/core/language";
import type { EmulatorOptions, WorkbookJson } from "../src/emulator";
import { ExcelEmulator } from "../src/emulator";
import type { ImportOptions, StoreFile } from "../src/commands/importStoreData";
import { blobChunks } from "../src/csv/chunks";
import { clientHost } from "./fixtures/officeClient";

export const TODAY: CalendarDay = { year: 2026, month: 11, day: 24 };

/** A command environment on a fresh emulated workbook, with a frozen today. */
export function emulatedEnvironment(language: Language = "en-US", workbook?: WorkbookJson, options?: EmulatorOptions) {
  const excel = new ExcelEmulator(workbook, options);
  const env: CommandEnvironment = { host: clientHost(excel), language: () => language, today: () => TODAY };
  return { excel, env };
}

/** Import options for tests: no Replace, a still clock, and 10:30 today for the Import Log. */
export const IMPORT_OPTIONS: ImportOptions = {
  replace: false,
  clock: () => 0,
  now: () => ({ ...TODAY, hour: 10, minute: 30, second: 0 }),
};

/** A file to import, holding `content` as UTF-8. */
export const textFile = (name: string, content: string): StoreFile => ({
  name,
  chunks: () => blobChunks(new Blob([new TextEncoder().encode(content)])),
});
