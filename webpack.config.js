/*
 * Builds dist/: the task pane page (which also hosts the ribbon commands: one shared runtime), the preview page
 * with a local office.js, the conformance page (the emulator's behaviours run against any Excel), styles, icons,
 * and manifest.xml. In production builds the manifest's development URL
 * is rewritten to the URL the add-in is served from (GROWTH_OPS_URL, else package.json config.productionUrl, a
 * placeholder: `npm run package` refuses it). GROWTH_OPS_CLOUD (scripts/clouds.js) picks office.js's CDN.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const pkg = require("./package.json");
const { CLOUDS } = require("./scripts/clouds");
const { pages } = require("./scripts/pages");

const DEV_URL = "https://localhost:3000/";

/**
 * functions.<language>.json for every language folder with a functions.json (src/i18n/<language>/): the generated
 * metadata with each function's and argument's name and description in that language (metadata generated from
 * JSDoc cannot be localised). A function or argument without its entry, or an entry for one that does not exist,
 * fails the build.
 */
class LocalisedFunctionsMetadata {
  apply(compiler) {
    const i18n = path.resolve(__dirname, "src/i18n");
    const languages = fs.readdirSync(i18n).filter((dir) => fs.existsSync(path.join(i18n, dir, "functions.json")));
    compiler.hooks.thisCompilation.tap("LocalisedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalisedFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return;
          for (const language of languages) {
            const file = `src/i18n/${language}/functions.json`;
            const table = JSON.parse(fs.readFileSync(path.resolve(__dirname, file), "utf8"));
            const metadata = JSON.parse(generated.source.source().toString());
            const fail = (message) => compilation.errors.push(new WebpackError(`${file}: ${message}`));
            for (const id of Object.keys(table))
              if (!metadata.functions.some((f) => f.id === id)) fail(`${id} is not a function`);
            for (const f of metadata.functions) {
              const named = table[f.id];
              if (!named) {
                fail(`${f.id} has no name in ${language}`);
                continue;
              }
              f.name = named.name;
              f.description = named.description;
              for (const p of f.parameters) {
                const arg = named.parameters[p.name];
                if (!arg) fail(`${f.id}'s argument ${p.name} has no name in ${language}`);
                else Object.assign(p, { name: arg.name, description: arg.description });
              }
            }
            const json = JSON.stringify(metadata, null, 2);
            compilation.emitAsset(`functions.${language}.json`, new sources.RawSource(json));
          }
        }
      );
    });
  }
}

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
  const cloud = CLOUDS[process.env.GROWTH_OPS_CLOUD || "worldwide"];
  if (!cloud)
    throw new Error(
      `GROWTH_OPS_CLOUD (${process.env.GROWTH_OPS_CLOUD}) is not a cloud this add-in knows: use ${Object.keys(CLOUDS).join(" or ")}.`
    );

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.ts",
      // The custom functions, at the fixed URL the manifest names (its Script element); the page loads it too.
      functions: { import: "./src/functions/functions.ts", filename: "functions.js" },
      preview: "./src/preview/index.ts",
      conformance: "./src/conformance/page.ts",
    },
    output: {
      path: path.resolve(__dirname, process.env.GROWTH_OPS_DIST || "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    // A language's lazily loaded catalogues are imported as "./storeData.js", which Node's module resolution (the
    // benchmark runs the compiled files) needs; here that name means the TypeScript file.
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        { test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { configFile: "tsconfig.build.json" } },
      ],
    },
    performance: { hints: false },
    optimization: {
      // Exports used by any entry count for all of them. Per entry (webpack's default), a module the pane and the
      // custom functions both import is a different module in each, so the shared chunk could not take it and the
      // page loaded the core rules twice (5 KB gzipped).
      usedExports: "global",
      splitChunks: {
        cacheGroups: {
          // The pane and the custom functions run on one page: the code they share (core rules, words) loads once.
          pane: {
            name: "pane-shared",
            chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "functions",
            minChunks: 2,
            enforce: true,
            filename: "[name].[contenthash:8].js",
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        officeScript: cloud.officeScript,
        officeOrigin: cloud.officeOrigin,
      }),
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new LocalisedFunctionsMetadata(),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      // In Excel's task pane the conformance page runs on Microsoft's office.js; outside Excel it moves to its twin,
      // which runs the package's Excel client against the emulated workbook (office.js's runtime and the client's
      // own Office API cannot both be loaded in one page).
      new HtmlWebpackPlugin({
        filename: "conformance.html",
        template: "./src/conformance/conformance.html",
        chunks: ["conformance"],
        title: "Growth Ops: Excel conformance",
        officeScript: cloud.officeScript,
        officeOrigin: ` ${cloud.officeOrigin}`,
      }),
      new HtmlWebpackPlugin({
        filename: "conformance-emulated.html",
        template: "./src/conformance/conformance.html",
        chunks: ["conformance"],
        title: "Growth Ops: Excel conformance (emulated workbook)",
        officeScript: "office-js/excel-web-16.00.js",
        officeOrigin: "",
      }),
      // The support and privacy pages, static, in both languages (scripts/pages.js).
      ...pages().map(([filename, html]) => new HtmlWebpackPlugin({ filename, templateContent: html, inject: false })),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/styles/*.css", to: "styles/[name][ext]" },
          // Shipped as Microsoft built it, not minified again: the package's Excel client for the web, Office's
          // common API included, which the preview and the conformance page outside Excel run.
          ...["excel-web-16.00.js"].map((file) => ({
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
