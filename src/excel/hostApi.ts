/**
 * What the Excel running the add-in offers beyond the manifest's minimum (ExcelApi 1.12), decided once by the
 * shell that starts (the pane asks Office.context.requirements; the preview's and the tests' host has it all).
 * Code in src/excel asks here before it queues a call a 1.12 host would refuse.
 */
export interface HostApi {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): inputs are checked for merged cells. */
  readonly mergedAreas: boolean;
}

let current: HostApi = { mergedAreas: true };

export function setHostApi(api: HostApi): void {
  current = api;
}

export function hostApi(): HostApi {
  return current;
}
