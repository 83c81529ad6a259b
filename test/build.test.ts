/** dist/ as `npm run build` leaves it (npm test builds before running the tests). */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const DIST = join(__dirname, "..", "dist");
const built = existsSync(join(DIST, "manifest.xml"));
if (!built) console.warn("Build tests skipped: dist/ is not built (run npm run build).");
const describeBuilt = built ? describe : describe.skip;

describeBuilt("dist/", () => {
  const read = (file: string) => readFileSync(join(DIST, file), "utf8");

  it("has the task pane, the preview, styles, icons and the Excel client the preview serves", () => {
    for (const file of [
      "taskpane.html",
      "preview.html",
      "conformance.html",
      "conformance-emulated.html",
      "manifest.xml",
      "styles/pane.css",
      "styles/preview.css",
      "office-js/excel-web-16.00.js",
    ]) {
      expect(existsSync(join(DIST, file))).toBe(true);
    }
    expect(readdirSync(join(DIST, "assets")).sort()).toEqual([
      "icon-128.png",
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
  });

  // The HTML is minified, so attribute quotes may be gone.
  const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);

  it("loads office.js from Microsoft's CDN in the task pane, and the package's Excel client, served locally, in the preview", () => {
    expect(scripts(read("taskpane.html"))[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts(read("preview.html"))[0]).toBe("office-js/excel-web-16.00.js");
    expect(scripts(read("conformance-emulated.html"))[0]).toBe("office-js/excel-web-16.00.js");
    for (const page of ["preview.html", "conformance-emulated.html"]) expect(read(page)).not.toContain("appsforoffice");
    // The file is the package's own, byte for byte.
    expect(readFileSync(join(DIST, "office-js", "excel-web-16.00.js"))).toEqual(
      readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"))
    );
  });

  it("loads each page's own bundle after office.js, and nothing else", () => {
    // functions.js is at the fixed URL the manifest's custom functions Script names; the page, their runtime, loads it.
    // The code the pane and the functions share comes once, first.
    expect(scripts(read("taskpane.html"))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      expect.stringMatching(/^pane-shared\.[0-9a-f]{8}\.js$/),
      "functions.js",
      expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
    ]);
    expect(scripts(read("preview.html"))).toEqual([
      "office-js/excel-web-16.00.js",
      expect.stringMatching(/^preview\.[0-9a-f]{8}\.js$/),
    ]);
  });

  it.each(["taskpane.html", "preview.html"])(
    "%s has a Content-Security-Policy that forbids inline script and eval",
    (page) => {
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(read(page))?.[1] ?? "";
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc).not.toBe("");
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp).toMatch(/object-src 'none'/);
    }
  );

  // The page's own scripts and, before its first paint, the pane's words in its language (the largest language's
  // counted). Every language's pane words came with the page until 53.2 KB; one language's leaves 50.3 KB.
  it("keeps what the task pane loads before it paints (its scripts but office.js, one language's words) under 52 KB gzipped", () => {
    const size = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    const own = scripts(read("taskpane.html")).filter((src) => src !== undefined && !src.startsWith("https://"));
    const words = readdirSync(DIST).filter((file) => /^[a-z]{2}-[A-Z]{2}-pane\.[0-9a-f]{8}\.js$/.test(file));
    // One chunk per language, each of the pane's whole catalogue: the pane did not take them back into its page.
    expect(words).toHaveLength(2);
    expect(Math.min(...words.map(size))).toBeGreaterThan(5 * 1024);
    const total = own.reduce((sum, file) => sum + size(file as string), 0) + Math.max(...words.map(size));
    expect(total).toBeLessThan(52 * 1024);
  });

  describe("the custom functions' metadata", () => {
    interface Metadata {
      functions: {
        id: string;
        name: string;
        description: string;
        parameters: { name: string; optional?: boolean; type: string }[];
        options?: { volatile?: boolean };
        result: { type: string };
      }[];
    }
    const metadata = (file: string) => JSON.parse(read(file)) as Metadata;

    it("is generated from the JSDoc: nine GROWTHOPS functions, their arguments, the optional ones marked", () => {
      const { functions } = metadata("functions.json");
      expect(
        functions.map((f) => [f.id, f.name, f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`).join(", ")])
      ).toEqual([
        ["SCORE", "SCORE", "success, growth"],
        ["QUADRANT", "QUADRANT", "success, growth, successThreshold?, growthThreshold?"],
        ["PROGRESS", "PROGRESS", "baseline, target, current"],
        ["GOALSTATUS", "GOALSTATUS", "baseline, target, current, start, deadline, today?, atRiskBand?"],
        ["UVVALUE", "UVVALUE", "gmv, visitors"],
        ["ROI", "ROI", "sales, spend"],
        ["CONVERSION", "CONVERSION", "buyers, visitors"],
        ["INDEXVALUE", "INDEXVALUE", "index, calibration, name?"],
        ["BREAKEVENROI", "BREAKEVENROI", "price, unitCost, feeRate?"],
      ]);
      // Arguments take 0.6 or "60%": Excel must pass either. An index's name is text; its calibration is a range.
      const types = functions.flatMap((f) =>
        f.parameters.map(
          (p) =>
            `${f.id}.${p.name}:${p.type}${(p as { dimensionality?: string }).dimensionality === "matrix" ? "[][]" : ""}`
        )
      );
      expect(types.filter((t) => !t.endsWith(":any"))).toEqual([
        "INDEXVALUE.calibration:any[][]",
        "INDEXVALUE.name:string",
      ]);
      // GOALSTATUS without [today] must move with the calendar.
      expect(functions.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual(["GOALSTATUS"]);
      expect(functions.every((f) => f.description.length > 10)).toBe(true);
    });

    it("has a Chinese file with every function's and argument's Chinese name, the ids unchanged", () => {
      const en = metadata("functions.json").functions;
      const zh = metadata("functions.zh-CN.json").functions;
      expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
      expect(zh.map((f) => f.name)).toEqual([
        "增长得分",
        "增长象限",
        "目标进度",
        "目标状态",
        "UV价值",
        "投入产出比",
        "转化率",
        "指数换算",
        "保本ROI",
      ]);
      // Excel's rules for a name: starts with a letter, at least three characters, letters, underscores and periods.
      expect(zh.every((f) => /^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(f.name))).toBe(true);
      expect(zh.flatMap((f) => f.parameters.map((p) => p.name))).not.toContain("success");
      expect(zh.map((f) => f.parameters.length)).toEqual(en.map((f) => f.parameters.length));
    });

    it("is bound to code: functions.js associates each id", () => {
      const js = read("functions.js");
      for (const { id } of metadata("functions.json").functions) expect(js).toContain(`.associate("${id}",`);
    });
  });

  it("rewrites the manifest's development URL to the production one", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/[^"]+\/taskpane.html"\/>/);
  });
});
