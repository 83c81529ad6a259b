/*
 * Builds dist/: the task pane page (which also hosts the ribbon commands: one shared runtime), the preview page
 * with a local office.js, the conformance page (the emulator's behaviours run against any Excel), styles, icons,
 * and manifest.xml. In production builds the manifest's development URL
 * is rewritten to the URL the add-in is served from (GROWTH_OPS_URL, else package.json config.productionUrl).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";

async function httpsOptions() {
  // Trusted localhost certificates are needed for Excel to load the add-in; installing them needs admin rights,
  // so when they cannot be had the server falls back to http and says so (scripts/start.js).
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const productionUrl = (process.env.GROWTH_OPS_URL || pkg.config.productionUrl).replace(/\/?$/, "/");
  const port = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port);
  const serving = process.argv.includes("serve");
  const useHttp = process.env.GROWTH_OPS_HTTP === "1";

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.ts",
      preview: "./src/preview/index.ts",
      conformance: "./src/conformance/page.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { configFile: "tsconfig.build.json" } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new HtmlWebpackPlugin({ filename: "conformance.html", template: "./src/conformance/conformance.html", chunks: ["conformance"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/styles/*.css", to: "styles/[name][ext]" },
          // Shipped as Microsoft built it, not minified again. Outside Office, office.js also loads its host mapping
          // table before it resolves Office.onReady.
          ...["office.js", "o15apptofilemappingtable.js"].map((file) => ({
            from: `node_modules/@microsoft/office-js/dist/${file}`,
            to: `office-js/${file}`,
            info: { minimized: true },
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().split(DEV_URL).join(productionUrl) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port,
          host: "localhost",
          headers: { "Access-Control-Allow-Origin": "*" },
          server: useHttp ? "http" : { type: "https", options: await httpsOptions() },
          static: false,
          client: { overlay: false },
          open: false,
        }
      : undefined,
  };
};
