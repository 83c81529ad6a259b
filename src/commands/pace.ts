/**
 * Long work on the pane's thread, in pieces: the pane stays responsive (its progress drawn, Cancel clickable) while
 * an import turns a hundred thousand rows into table rows between its round trips to Excel.
 */

/**
 * Longest stretch of work before the page's thread gets a turn: with what may follow it in the same task (a
 * garbage collection, Office.js building the request), a task stays near the 50 ms a user starts to notice.
 */
export const PACE_MS = 25;

/** A pause point: awaiting it lets the page's thread do something else once PACE_MS of work has run since the last. */
export function pacer(now: () => number = () => performance.now()): () => Promise<void> {
  let since = now();
  return async () => {
    if (now() - since < PACE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = now();
  };
}
