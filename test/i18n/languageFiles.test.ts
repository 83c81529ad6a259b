/**
 * A language is one folder under src/i18n and one line of src/i18n/languages.ts (and the manifest's strings, which
 * Office reads without the add-in): these tests list the files that adding one would touch and fail when there are
 * more, so a word or a language code written anywhere else is caught where it is written.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";
import { CATALOGUES, PSEUDO_LOCALE } from "../../src/i18n/languages";

const ROOT = join(__dirname, "..", "..");
const I18N = join(ROOT, "src", "i18n");
const FOLDERS = readdirSync(I18N).filter((name) => statSync(join(I18N, name)).isDirectory());
const REGISTRY = join(I18N, "languages.ts");

/** Every source file of the add-in and of its build, but the language folders and the registry. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dir === I18N && FOLDERS.includes(name) ? [] : sourceFiles(path);
    return /\.(ts|js|json|html)$/.test(name) && path !== REGISTRY ? [path] : [];
  });
}
const SOURCES = [
  ...sourceFiles(join(ROOT, "src")),
  ...sourceFiles(join(ROOT, "scripts")),
  join(ROOT, "webpack.config.js"),
];

/** English: the language the others are checked against, the pages' and the HTML's default, never branched on. */
const SOURCE = CATALOGUES[0].code;

/**
 * What in a line would have to change for a new language: another language's code in quotes (a branch on it, a
 * table keyed by it), or a word pair written in code.
 */
function languageBound(line: string): boolean {
  const others = FOLDERS.filter((folder) => folder !== SOURCE);
  return others.some((code) => new RegExp(`["'\`]${code}["'\`]`).test(line)) || /\b(both|bilingual)\(/.test(line);
}

/** Comment lines say what the code does in the operator's words, Chinese ones included: not what it does. */
const isComment = (line: string) => /^\s*(\/\/|\*|\/\*\*)/.test(line);

describe("adding a language", () => {
  it("is a folder with the catalogues English has, and one line of the registry", () => {
    const english = readdirSync(join(I18N, "en-US"));
    expect(english).toEqual(
      expect.arrayContaining(["index.ts", "pane.ts", "storeData.ts", "review.ts", "workbook.ts", "pages.json"])
    );
    for (const folder of FOLDERS)
      expect({ folder, files: readdirSync(join(I18N, folder)) }).toEqual({
        folder,
        files: expect.arrayContaining(english),
      });
    const registry = readFileSync(REGISTRY, "utf8");
    for (const folder of FOLDERS) expect(registry.match(new RegExp(`from "\\./${folder}"`, "g"))).toHaveLength(1);
    expect(CATALOGUES.map((c) => c.code).sort()).toEqual([...FOLDERS, PSEUDO_LOCALE].sort());
  });

  it("touches no other file of the add-in or its build: no language code, word pair or per-language branch elsewhere", () => {
    const touched = SOURCES.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (!isComment(line) && languageBound(line) ? [`${relative(ROOT, file)}:${i + 1}`] : []))
    );
    expect(touched).toEqual([]);
  });

  it("finds a line that names a language, so the test above can fail", () => {
    expect(languageBound(`  const field = language === "zh-CN" ? chinese : english;`)).toBe(true);
    expect(languageBound(`  sheetName: both("Goals", "目标"),`)).toBe(true);
    expect(languageBound(`  const text = n.toLocaleString("en-US", { maximumFractionDigits: 0 });`)).toBe(false);
    expect(languageBound(`  const names = { "en-US": "Goals", "zh-CN": "目标" };`)).toBe(true);
  });

  it("gives the new language's words to every place English has one, functions' names where it translates them", async () => {
    const english = CATALOGUES[0];
    const places = (words: unknown, at = ""): string[] =>
      typeof words === "string"
        ? [at]
        : Array.isArray(words)
          ? words.every((w) => typeof w === "string")
            ? [at]
            : words.flatMap((w, i) => places(w, `${at}[${i}]`))
          : Object.entries(words as object).flatMap(([k, v]) => places(v, `${at}.${k}`));
    for (const language of CATALOGUES) {
      expect({ code: language.code, places: places(language.workbook) }).toEqual({
        code: language.code,
        places: places(english.workbook),
      });
      expect(Object.keys(language.problems).sort()).toEqual(Object.keys(english.problems).sort());
      expect(Object.keys(await language.pane()).sort()).toEqual(Object.keys(await english.pane()).sort());
      if (language.code !== english.code && existsSync(join(I18N, language.code, "functions.json")))
        expect(language.functions).toBeDefined();
    }
  });
});
