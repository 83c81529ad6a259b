/**
 * manifest.xml: valid against Microsoft's schemas (offline), bilingual, and in step with the code's commands.
 */
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { RIBBON_FUNCTIONS } from "../src/commands/ribbon";
import { defaultSchemaDirectory, validateManifest } from "../scripts/validate-manifest";

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
const SCHEMAS = defaultSchemaDirectory();
const haveSchemas = existsSync(join(SCHEMAS, "OfficeAppManifestV1_1.xsd"));
if (!haveSchemas)
  console.warn(`Manifest schema tests skipped: no schemas at ${SCHEMAS} (set OFFICE_MANIFEST_SCHEMAS).`);
const describeWithSchemas = haveSchemas ? describe : describe.skip;

describeWithSchemas("manifest.xml against the Office add-in manifest schemas", () => {
  it("validates", async () => {
    await expect(validateManifest(MANIFEST, SCHEMAS)).resolves.toEqual({ valid: true, errors: [] });
  });

  it("would catch a manifest with no Id", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(broken, xml.replace(/<Id>[^<]*<\/Id>/, ""));
    const result = await validateManifest(broken, SCHEMAS);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Version|Id/);
  });
});

describe("manifest.xml content", () => {
  const all = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]);

  it("asks only for ReadWriteDocument, and trusts no other domain", () => {
    expect(all(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(["ReadWriteDocument"]);
    expect(xml).not.toMatch(/<AppDomain/);
  });

  it("binds each ExecuteFunction button to a function the code registers, and has an Open button", () => {
    expect(all(/<FunctionName>([^<]*)<\/FunctionName>/g).sort()).toEqual([...RIBBON_FUNCTIONS].sort());
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("declares every requirement set it needs: ExcelApi 1.12 for the pane, and the shared and custom functions runtimes for the ribbon and GROWTHOPS", () => {
    expect(all(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)).toEqual(["ExcelApi"]);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.12"\/>/);
    expect(all(/<bt:Set Name="([^"]+)" MinVersion="1.1"\/>/g)).toEqual(["SharedRuntime", "CustomFunctionsRuntime"]);
  });

  it("sends Support and Learn more to the support page, in the user's language", () => {
    expect(xml).toMatch(
      /<SupportUrl DefaultValue="https:\/\/localhost:3000\/support.html">\s*<Override Locale="zh-CN" Value="https:\/\/localhost:3000\/support.zh-CN.html"\/>/
    );
    expect(xml).toMatch(
      /<bt:Url id="LearnMore.Url" DefaultValue="https:\/\/localhost:3000\/support.html">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/support.zh-CN.html"\/>/
    );
  });

  it("uses one shared runtime for the pane and the commands", () => {
    expect(xml).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it("declares the GROWTHOPS custom functions in that runtime, with Chinese metadata for zh-CN", () => {
    const point = /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(xml)?.[1] ?? "";
    // A shared runtime's custom functions have the runtime's page as their Page.
    expect(point).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/);
    expect(point).toMatch(/<Script>\s*<SourceLocation resid="Functions.Script.Url"\/>/);
    expect(point).toMatch(/<Namespace resid="Functions.Namespace"\/>/);
    expect(xml).toMatch(/<bt:Url id="Functions.Script.Url" DefaultValue="https:\/\/localhost:3000\/functions.js"\/>/);
    expect(xml).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-CN.json"\/>/
    );
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="GROWTHOPS">/);
  });

  it("has a Chinese override for every visible string", () => {
    const strings = [
      ...xml.matchAll(
        /<bt:String id="([^"]+)" DefaultValue="[^"]*">\s*<bt:Override Locale="zh-CN" Value="([^"]+)"\/>/g
      ),
    ];
    const declared = all(/<bt:String id="([^"]+)"/g);
    expect(strings.map((m) => m[1])).toEqual(declared);
    expect(xml).toMatch(/<DisplayName DefaultValue="Growth Ops">\s*<Override Locale="zh-CN" Value="增长运营"\/>/);
    expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN" Value="[^"]+"\/>/);
  });

  it("points every icon at a PNG in assets/ of the size it claims", () => {
    const icons = [...xml.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of icons) {
      const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
