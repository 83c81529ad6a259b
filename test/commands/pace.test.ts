/** The import's pause points: a turn for the page's thread only once a stretch of work has run long enough. */
import { PACE_MS, pacer } from "../../src/commands/pace";

describe("pacer", () => {
  /** Whether the pause gave way to a timer (a new task) before it resolved. */
  async function gaveWay(pause: () => Promise<void>): Promise<boolean> {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await pause();
    return timerRan;
  }

  it("goes straight on while the work since the last pause is short, and gives way once it is long", async () => {
    let clock = 1_000;
    const pause = pacer(() => clock);
    clock += PACE_MS - 1;
    expect(await gaveWay(pause)).toBe(false);
    clock += 2;
    expect(await gaveWay(pause)).toBe(true);
    // The stretch starts again after giving way.
    clock += 1;
    expect(await gaveWay(pause)).toBe(false);
  });
});
