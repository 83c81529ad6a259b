/**
 * Several sessions on one workbook, as coauthors of a workbook on OneDrive or SharePoint have: each runs its own
 * add-in, and what one writes is what the others' next reads find ("Coauthoring in Excel add-ins": changes
 * synchronize across coauthors; values an add-in copied into its variables do not). The emulator takes the
 * arrangement hardest on an add-in: the sessions' requests go in turns, each request waiting until every session
 * still working has one waiting too, so each session reads before any of them writes what it planned from that
 * read. An add-in that appends at an address it worked out from its read then writes over another session's row;
 * one that appends where the workbook stands when its request runs keeps both.
 */
export class CoauthoringTurns {
  private readonly waiting = new Map<number, () => void>();
  private readonly working: Set<number>;

  constructor(sessions: number) {
    this.working = new Set(Array.from({ length: sessions }, (_, i) => i));
  }

  /** Resolves when it is this session's request's turn. */
  turn(session: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.set(session, resolve);
      this.release();
    });
  }

  /** The session has sent its last request (its command ended): the others no longer wait for it. */
  done(session: number): void {
    this.working.delete(session);
    this.release();
  }

  /** When every working session has a request waiting, they go, in session order. */
  private release(): void {
    const working = [...this.working].sort((a, b) => a - b);
    if (working.length === 0 || !working.every((s) => this.waiting.has(s))) return;
    for (const s of working) {
      const go = this.waiting.get(s) as () => void;
      this.waiting.delete(s);
      go();
    }
  }
}
