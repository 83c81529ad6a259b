/**
 * Long work on the pane's thread, in pieces: the pane stays responsive (its progress drawn, Cancel clickable) while
 * an import turns a hundred thousand rows into table rows between its round trips to Excel.
 */

/** Longest stretch of work before the page's thread gets a turn: well under the 200 ms a user notices. */
export const PACE_MS = 40;

/** A pause point: awaiting it lets the page's thread do something else once PACE_MS of work has run since the last. */
export function pacer(now: () => number = () => performance.now()): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < PACE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = now();
  };
}
