/**
 * The delimiter and line ending of a CSV, from a sample of its text. Exports use commas, tabs (Excel's "Unicode
 * text") or semicolons; some ad reports put a stray tab before each comma, which counts as comma-separated
 * (the tabs are trimmed away with the other spaces).
 */
export type Delimiter = "," | "\t" | ";";
export type Newline = "\r\n" | "\n" | "\r";

export function detectNewline(sample: string): Newline {
  const n = sample.indexOf("\n");
  const r = sample.indexOf("\r");
  if (r >= 0 && (n < 0 || r < n)) return sample[r + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let count = 0,
    quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter that splits the most of the sample's lines into the same number of fields; ties go to the comma.
 * Preamble lines (a title, "统计日期：…") have none, so lines without any candidate are left out.
 */
export function detectDelimiter(sample: string, newline: Newline): Delimiter {
  const lines = sample
    .split(newline)
    .slice(0, 50)
    .filter((l) => l.trim() !== "");
  let best: { delimiter: Delimiter; score: number } = { delimiter: ",", score: -1 };
  for (const delimiter of [",", "\t", ";"] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, delimiter)).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const mode = [...counts].sort(
      (a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length
    )[0] as number;
    const score = counts.filter((c) => c === mode).length * 1000 + mode;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
