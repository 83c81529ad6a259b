import type { ExcelHost } from "../excel/host";
import { rememberingLayout } from "../excel/layoutMemory";
import type { ExcelEmulator } from "./index";

/**
 * Lets src/excel code run on the emulator. The emulator implements the part of Excel.RequestContext the add-in
 * uses, not the whole typed surface, hence the cast; anything missing fails loudly in tests rather than silently.
 * It remembers the layout as the Office host does, so commands read on the emulator as they do in Excel.
 */
export function emulatorHost(excel: ExcelEmulator): ExcelHost {
  return rememberingLayout({
    run: (batch, options) => excel.run(options ?? {}, (context) => batch(context as unknown as Excel.RequestContext)),
  });
}
