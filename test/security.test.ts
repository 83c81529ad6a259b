/** Data from a workbook or a file never becomes markup or code in the pane or the preview. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("no markup or code from data", () => {
  const files = sources(join(__dirname, "..", "src"));

  it("never writes HTML from strings: text goes in through textContent only", () => {
    const offenders = files.filter((f) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, "utf8"))
    );
    expect(offenders).toEqual([]);
  });

  it("never evaluates strings as code", () => {
    const offenders = files.filter((f) => /\beval\(|new Function\(|setTimeout\(\s*["'`]/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("makes no network request of its own", () => {
    const offenders = files.filter((f) =>
      /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/.test(readFileSync(f, "utf8"))
    );
    expect(offenders).toEqual([]);
  });
});
