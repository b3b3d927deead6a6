/* Webpack for the task pane, its custom functions and the web shell (the same taskpane.html).
 *
 * Modelled on OfficeDev's Office-Addin-TaskPane-React and Excel-Custom-Functions-Shared:
 * one taskpane.html carries the react, taskpane, functions and commands chunks, because the
 * task pane, the custom functions and the ribbon share one runtime (see manifest.xml).
 *
 *   npm run build       production build into dist/ (manifest URLs rewritten to urlProd)
 *   npm run build:dev   development build
 *   npm run dev-server  https://localhost:3000/ with office-addin-dev-certs
 *
 * Office.js is served from dist/office-js/ (copied from @microsoft/office-js), not from
 * Microsoft's CDN: the page never fetches code from another origin, and works offline.
 */

const path = require("path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const pkg = require("./package.json");

const urlDev = "https://localhost:3000/";
// Placeholder: the commune's IT replaces it with the https address that serves dist/ (README).
const urlProd = "https://chungsuc.example.vn/";

const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * The files of @microsoft/office-js that office.js loads at run time for Excel where this
 * add-in can run (its manifest requires SharedRuntime 1.1: Excel on the web, Windows and Mac).
 * office.js loads, relative to its own URL:
 *  - the host file `excel-<platform>-<version>[-core].js` (platform web | win32 | mac);
 *  - `<locale>/office_strings.js` for Excel's UI language, falling back to en-us when that
 *    file is missing (we ship en-us and vi-vn);
 *  - `o15apptofilemappingtable.js` when it runs outside Office (the web shell).
 * Left out: debug builds, other Office applications, Excel on iOS/Android/WinRT and Office
 * 2013 (no shared runtime there, so the add-in is not offered), the other locales' strings,
 * telemetry (telemetry/, ariatelemetry/: office.js carries on when they are missing) and
 * webauth/ (single sign-on, unused).
 */
const OFFICE_JS_FILES =
  /^(office\.js|o15apptofilemappingtable\.js|excel-(web|win32|mac)-16\.\d\d(-core)?\.js|(en-us|vi-vn)\/office_strings\.js)$/;

async function getHttpsOptions() {
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Certificates only for `webpack serve` over https (the default); `--server-type http`
  // (headless tests, a machine without the dev CA) skips office-addin-dev-certs.
  const httpsServe = Boolean(env && env.WEBPACK_SERVE) && (options.serverType || "https") === "https";

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      react: ["react", "react-dom", "react-dom/client"],
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "react" },
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js keeps its name: manifest.xml points at it. Everything else is named by
      // content in production so that a new version is never served from a stale cache.
      filename: (pathData) =>
        pathData.chunk && pathData.chunk.name === "functions" ? "[name].js" : dev ? "[name].js" : "[name].[contenthash:8].js",
      // Async chunks (ExcelJS, imported with import() by the web shell only).
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      // Chunks are loaded relative to the script that loads them, so dist/ works from any path.
      publicPath: "auto",
      // dist/ is shared with the node CLI bundles (scripts/build-cli.mjs): keep them.
      clean: { keep: /^(cli|bench)\b/ },
    },
    optimization: {
      // Four entry chunks on one page: one webpack runtime, so a module imported by both the
      // task pane and the custom functions is one instance (shared state), not two.
      runtimeChunk: "single",
    },
    resolve: {
      extensions: [".ts", ".tsx", "..."],
      // Lets TypeScript sources import "./x.js" for ./x.ts (ESM style) as well as "./x".
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the build only transpiles.
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    plugins: [
      // Writes functions.json from the JSDoc of src/functions/functions.ts and appends the
      // CustomFunctions.associate(id, fn) calls to that file as webpack loads it.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["react", "taskpane", "functions", "commands"],
        chunksSortMode: "manual",
        // "functions.js?<build hash>": functions.js has no content hash in its name, so the query
        // keeps a webview from running a cached old copy against a new runtime.
        hash: !dev,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
          {
            from: officeJsDist,
            to: "office-js",
            filter: (file) => OFFICE_JS_FILES.test(path.relative(officeJsDist, file).split(path.sep).join("/")),
            // Already minified by Microsoft: copy as is, never through Terser.
            info: { minimized: true },
          },
        ],
      }),
    ],
    performance: {
      // The initial JavaScript of the task pane (React, Fluent UI, the app) and the ExcelJS
      // chunk are expected to be large; warn only well above today's sizes. Office.js and
      // source maps do not count.
      hints: dev ? false : "warning",
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
      assetFilter: (file) => /\.js$/.test(file) && !file.startsWith("office-js/"),
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsServe ? await getHttpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000),
    },
  };
};

module.exports.OFFICE_JS_FILES = OFFICE_JS_FILES;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
