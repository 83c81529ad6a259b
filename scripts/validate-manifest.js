/*
 * `npm run validate`: checks manifest.xml against Microsoft's published manifest schemas, offline, then asks
 * office-addin-manifest's validator, which needs Microsoft's web service and is skipped with a note when it
 * cannot be reached. The schemas live beside the project (../shared/office-manifest-schemas) or in
 * OFFICE_MANIFEST_SCHEMAS.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";

function defaultSchemaDirectory() {
  return process.env.OFFICE_MANIFEST_SCHEMAS || path.join(__dirname, "..", "..", "shared", "office-manifest-schemas");
}

/** @returns {Promise<{ valid: boolean, errors: string[] }>} */
async function validateManifest(manifestPath, schemaDirectory = defaultSchemaDirectory()) {
  const { validateXML } = require("xmllint-wasm");
  const others = fs.readdirSync(schemaDirectory).filter((f) => f.endsWith(".xsd") && f !== ENTRY_SCHEMA);
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemaDirectory, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: path.basename(manifestPath), contents: fs.readFileSync(manifestPath, "utf8") }],
    schema: [read(ENTRY_SCHEMA)],
    preload: others.map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage || e.message) };
}

async function main() {
  const manifest = path.join(__dirname, "..", process.argv[2] || "manifest.xml");
  const schemas = defaultSchemaDirectory();
  if (!fs.existsSync(path.join(schemas, ENTRY_SCHEMA))) {
    console.error(`No manifest schemas at ${schemas}; set OFFICE_MANIFEST_SCHEMAS to their folder.`);
    process.exit(2);
  }
  const { valid, errors } = await validateManifest(manifest, schemas);
  if (!valid) {
    console.error(`${path.basename(manifest)} does not match the Office add-in manifest schema:\n${errors.join("\n")}`);
    process.exit(1);
  }
  console.log(`${path.basename(manifest)} matches the Office add-in manifest schema (offline check).`);

  const online = spawnSync(process.execPath, [require.resolve("office-addin-manifest/cli.js"), "validate", manifest], {
    encoding: "utf8",
    timeout: 60000,
  });
  const said = `${online.stdout || ""}${online.stderr || ""}`.trim();
  if (online.status === 0) console.log(said);
  else
    console.log(
      `Microsoft's online validation did not run (it needs its web service): ${said.split("\n")[0] || "no answer"}`
    );
}

module.exports = { validateManifest, defaultSchemaDirectory };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
