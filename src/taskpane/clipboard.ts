/** Copying a report the pane shows: the daily report and the weekly one. */

/** Copies the box's text: the Clipboard API where the host allows it, else the selection and the copy command. */
export async function copyText(box: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(box.value);
    return true;
  } catch {
    box.select();
    // Excel's older webviews have no Clipboard API for add-ins; execCommand is their way to copy a selection.
    return document.execCommand("copy");
  }
}
