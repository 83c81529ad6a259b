/** Takes the user to a cell a problem is about: activates its sheet and selects it. */
import type { CommandEnvironment } from "./environment";
import type { CellLocation, Outcome } from "./outcome";
import { attempt } from "./outcome";
import { selectCellIn } from "../excel/selection";
import { translator } from "../wording";

export function selectCell(env: CommandEnvironment, location: CellLocation): Promise<Outcome | null> {
  const t = translator(env.language());
  return attempt(t, async () => {
    await env.host.run((context) => selectCellIn(context, location.sheet, location.address));
    return { ok: true, message: "", details: [] };
  }).then((outcome) => (outcome.ok ? null : outcome));
}
