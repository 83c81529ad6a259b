/**
 * Names for what the add-in creates, never taking one that is already in use: a user's sheet called
 * "Growth Points" stays theirs, and the add-in writes to "Growth Points (2)" instead.
 */

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * @example freeSheetName("Goals", ["goals", "Goals (2)"]) === "Goals (3)"
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Whether a sheet is under a name the add-in gives: the name itself, or the free name freeSheetName made beside a
 * sheet of the operator's ("Diagnosis (2)"), in any letters' case.
 * @example isGivenName("Diagnosis (2)", ["Diagnosis"]) === true
 */
export function isGivenName(name: string, given: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return given.some((g) => {
    const wanted = g.toLowerCase();
    if (lower === wanted) return true;
    const m = / \((\d+)\)$/.exec(lower);
    if (!m || Number(m[1]) < 2) return false;
    const suffix = m[0];
    return lower === wanted.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
  });
}

/**
 * Table names are unique across the workbook and allow no spaces or brackets, so the number is appended; after a
 * name that ends in a digit (a date) it follows an underscore, so the date stays readable.
 * @example freeTableName("Goals", ["goals"]) === "Goals2"
 * @example freeTableName("Schedule_20261124", ["Schedule_20261124"]) === "Schedule_20261124_2"
 */
export function freeTableName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  const joiner = /\d$/.test(wanted) ? "_" : "";
  for (let n = 2; ; n++) if (!used.has(`${wanted}${joiner}${n}`.toLowerCase())) return `${wanted}${joiner}${n}`;
}
