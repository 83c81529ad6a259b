/**
 * The emulator's work in slices of the page's thread. In Excel, a request is carried out away from the add-in's
 * thread; in the preview the emulator shares the page's thread with the pane, and a request done in one piece would
 * stop the pane for as long as it runs. So the emulator hands the thread back between slices. Tests see the same
 * results, later.
 */

/** How long the emulator works before the page's thread gets a turn. */
export const SLICE_MS = 40;

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
