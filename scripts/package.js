/*
 * `npm run package`: the deployable dist/. It refuses to build a manifest that points nowhere: GROWTH_OPS_URL must
 * be the https address dist/ will be served from, not the placeholder `npm run build` uses. GROWTH_OPS_CLOUD picks
 * where office.js comes from: worldwide (Microsoft's CDN, the default) or 21vianet (Microsoft 365 operated by
 * 21Vianet in China, whose partner CDN serves office.js). Then the built manifest is checked against Microsoft's
 * schemas offline, when they are at hand.
 */
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");
const pkg = require("../package.json");
const { CLOUDS } = require("./clouds");

/** Why a URL cannot be the add-in's address, or null when it can. */
function urlProblem(url) {
  if (!url) return "GROWTH_OPS_URL is not set.";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `GROWTH_OPS_URL (${url}) is not a URL.`;
  }
  if (parsed.protocol !== "https:") return `GROWTH_OPS_URL (${url}) is not https: Excel loads add-ins only over https.`;
  const placeholder = new URL(pkg.config.productionUrl).host;
  if (parsed.host === placeholder || /(^|\.)example\.(com|net|org)$/.test(parsed.hostname))
    return `GROWTH_OPS_URL (${url}) is a placeholder.`;
  if (parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1")
    return `GROWTH_OPS_URL (${url}) is this machine: the team's Excel cannot reach it.`;
  if (parsed.search || parsed.hash)
    return `GROWTH_OPS_URL (${url}) has a query or fragment: give the folder's address only.`;
  return null;
}

function main() {
  const url = process.env.GROWTH_OPS_URL || "";
  const cloud = process.env.GROWTH_OPS_CLOUD || "worldwide";
  const problem = urlProblem(url);
  if (problem) {
    console.error(
      `${problem} Set it to the https address dist/ will be served from, then package again, for example:\n  GROWTH_OPS_URL=https://addins.your-company.cn/growth-ops/ npm run package`
    );
    process.exit(1);
  }
  if (!(cloud in CLOUDS)) {
    console.error(
      `GROWTH_OPS_CLOUD (${cloud}) is not a cloud this add-in knows: use ${Object.keys(CLOUDS).join(" or ")}.`
    );
    process.exit(1);
  }
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const built = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    stdio: "inherit",
    env: { ...process.env, GROWTH_OPS_URL: url, GROWTH_OPS_CLOUD: cloud },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const out = process.env.GROWTH_OPS_DIST || path.join(__dirname, "..", "dist");
  console.log(
    `Packaged ${out} for ${url} (${CLOUDS[cloud].name}). Copy the folder's contents to that address, then deploy ${path.join(out, "manifest.xml")}.`
  );
  const { validateManifest, defaultSchemaDirectory } = require("./validate-manifest");
  if (!fs.existsSync(path.join(defaultSchemaDirectory(), "OfficeAppManifestV1_1.xsd"))) return;
  validateManifest(path.join(out, "manifest.xml")).then(({ valid, errors }) => {
    if (valid) return console.log("The manifest matches the Office add-in manifest schema (offline check).");
    console.error(`The manifest does not match the Office add-in manifest schema:\n${errors.join("\n")}`);
    process.exit(1);
  });
}

module.exports = { urlProblem };

if (require.main === module) main();
