/**
 * `npm run package`: the deployable dist/, refused without a real address, and the 21Vianet build that loads
 * office.js from the partner CDN. The packaged builds go to a folder of their own (GROWTH_OPS_DIST), so the tests
 * never disturb the dist/ the other tests read.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..");
const pack = (env: Record<string, string>) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GROWTH_OPS_")));
  return spawnSync(process.execPath, [join(ROOT, "scripts", "package.js")], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
};

describe("npm run package", () => {
  it.each([
    [{}, /^GROWTH_OPS_URL is not set\. Set it to the https address dist\/ will be served from/],
    [
      { GROWTH_OPS_URL: "https://growth-ops.example.com/" },
      /^GROWTH_OPS_URL \(https:\/\/growth-ops\.example\.com\/\) is a placeholder\./,
    ],
    [{ GROWTH_OPS_URL: "http://addins.contoso.cn/growth-ops/" }, /is not https: Excel loads add-ins only over https\./],
    [{ GROWTH_OPS_URL: "https://localhost:3000/" }, /is this machine/],
    [{ GROWTH_OPS_URL: "addins.contoso.cn" }, /is not a URL\./],
    [
      { GROWTH_OPS_URL: "https://addins.contoso.cn/", GROWTH_OPS_CLOUD: "china" },
      /^GROWTH_OPS_CLOUD \(china\) is not a cloud this add-in knows: use worldwide or 21vianet\./,
    ],
  ])("refuses %j with a sentence saying what to set, building nothing", (env, said) => {
    const out = mkdtempSync(join(tmpdir(), "growth-ops-package-"));
    const run = pack({ ...env, GROWTH_OPS_DIST: out });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(said);
    expect(() => readFileSync(join(out, "manifest.xml"))).toThrow();
  });

  it("builds for 21Vianet: office.js from the partner CDN, allowed by the pane's policy, and the manifest at the address given", () => {
    const out = mkdtempSync(join(tmpdir(), "growth-ops-package-"));
    const run = pack({
      GROWTH_OPS_URL: "https://addins.contoso.cn/growth-ops",
      GROWTH_OPS_CLOUD: "21vianet",
      GROWTH_OPS_DIST: out,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Packaged .* for https:\/\/addins\.contoso\.cn\/growth-ops \(Microsoft 365 operated by 21Vianet\)/
    );
    const pane = readFileSync(join(out, "taskpane.html"), "utf8");
    const partner = "https://appsforoffice.cdn.partner.office365.cn";
    expect(/<script[^>]*src="?([^" >]+)"?/.exec(pane)?.[1]).toBe(`${partner}/appsforoffice/lib/1/hosted/office.js`);
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(pane)?.[1] ?? "";
    expect(/script-src ([^;]+)/.exec(csp)?.[1]?.trim()).toBe(`'self' ${partner}`);
    expect(pane).not.toContain("appsforoffice.microsoft.com");
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('<SourceLocation DefaultValue="https://addins.contoso.cn/growth-ops/taskpane.html"/>');
    expect(manifest).toMatch(
      /<SupportUrl DefaultValue="https:\/\/addins\.contoso\.cn\/growth-ops\/support\.html">\s*<Override Locale="zh-CN" Value="https:\/\/addins\.contoso\.cn\/growth-ops\/support\.zh-CN\.html"\/>/
    );
    for (const page of ["support.html", "support.zh-CN.html", "privacy.html", "privacy.zh-CN.html"])
      expect(readFileSync(join(out, page), "utf8")).toMatch(/<html lang="?(en-US|zh-CN)/);
  }, 240_000);
});
