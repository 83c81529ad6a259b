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

  it("has the task pane, the preview, styles, icons and the office.js the preview serves", () => {
    for (const file of ["taskpane.html", "preview.html", "manifest.xml", "styles/pane.css", "styles/preview.css", "office-js/office.js", "office-js/o15apptofilemappingtable.js"]) {
      expect(existsSync(join(DIST, file))).toBe(true);
    }
    expect(readdirSync(join(DIST, "assets")).sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  // The HTML is minified, so attribute quotes may be gone.
  const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);

  it("loads office.js from Microsoft's CDN in the task pane and a local copy in the preview", () => {
    expect(scripts(read("taskpane.html"))[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts(read("preview.html"))[0]).toBe("office-js/office.js");
    expect(read("preview.html")).not.toContain("appsforoffice");
  });

  it("loads each page's own bundle after office.js, and nothing else", () => {
    expect(scripts(read("taskpane.html"))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
    expect(scripts(read("preview.html"))).toEqual(["office-js/office.js", expect.stringMatching(/^preview\.[0-9a-f]{8}\.js$/)]);
  });

  it.each(["taskpane.html", "preview.html"])("%s has a Content-Security-Policy that forbids inline script and eval", (page) => {
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(read(page))?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).not.toBe("");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it("keeps the task pane's JavaScript (without office.js) under 80 KB gzipped", () => {
    const bundle = readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f)) as string;
    expect(gzipSync(readFileSync(join(DIST, bundle)), { level: 9 }).length).toBeLessThan(80 * 1024);
  });

  it("rewrites the manifest's development URL to the production one", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/[^"]+\/taskpane.html"\/>/);
  });
});
