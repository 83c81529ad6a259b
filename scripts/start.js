/*
 * `npm start`. With Excel on the machine (Windows, macOS) it hands over to office-addin-debugging, which starts
 * the dev server and sideloads the add-in. Elsewhere it serves the add-in and the preview itself: over https
 * when localhost development certificates are installed, otherwise over http (Excel will not load an http
 * add-in, but the preview works), and says how to sideload into Excel on the web.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const pkg = require("../package.json");

const port = pkg.config.dev_server_port;
const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

const excelHere =
  (process.platform === "win32" || process.platform === "darwin") && process.env.GROWTH_OPS_PREVIEW_ONLY !== "1";
if (excelHere) {
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"]);
} else {
  const certs = path.join(os.homedir(), ".office-addin-dev-certs");
  const https = ["localhost.crt", "localhost.key", "ca.crt"].every((f) => fs.existsSync(path.join(certs, f)));
  const scheme = https ? "https" : "http";
  console.log(`
Growth Ops development server
  Preview (the add-in without Excel): ${scheme}://localhost:${port}/preview.html
  Conformance (the emulator's behaviours, run on the Excel that opens it): ${scheme}://localhost:${port}/conformance.html
  Task pane page for Excel:           ${scheme}://localhost:${port}/taskpane.html
${
  https
    ? `
To use it in Excel on the web: open a workbook, Home › Add-ins › More add-ins › My add-ins ›
Upload My Add-in, and choose manifest.xml from this folder.`
    : `
Serving over http: no trusted localhost certificate is installed (installing one needs administrator
rights: run "npx office-addin-dev-certs install" as an administrator, then "npm start" again).
Excel only loads add-ins over https; the preview works as it is.`
}
Press Ctrl+C to stop.
`);
  run(bin("webpack"), ["serve", "--mode", "development"], https ? {} : { GROWTH_OPS_HTTP: "1" });
}
