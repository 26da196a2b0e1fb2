// One entry per page (task pane, ribbon function file), as in Microsoft's task-pane template, without its
// IE 11 polyfills and babel pass: ts-loader alone, transpile-only (type checking is `npm run typecheck`).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the district hosts the built dist/ (an intranet server is enough). Set ADDIN_URL when building for it.
const urlProd = process.env.ADDIN_URL || "https://roadmap-monitor.example.ru/";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

// office.js and the host scripts it loads from its own folder are served from dist/office-js/, so the pane needs
// no outside network. For an AppSource (store) submission use Microsoft's CDN instead, as the store requires:
//   OFFICE_JS=https://appsforoffice.microsoft.com/lib/1/hosted/office.js npm run build
// (and add https://appsforoffice.microsoft.com to script-src below).
const officeJs = process.env.OFFICE_JS || "office-js/office.js";
// Only the Excel host scripts and the UI strings; no debug builds, no other hosts, and no telemetry sink
// (office.js looks for telemetry/oteljs_agave.js next to itself; without it nothing is sent).
const officeJsIgnore = [
  "**/*.debug.js",
  "**/*vsdoc*",
  "**/*.d.ts",
  "**/telemetry/**",
  "**/ariatelemetry/**",
  "**/webauth/**",
  "**/outlook*",
  "**/word*",
  "**/powerpoint*",
  "**/onenote*",
  "**/project*",
  "**/access*",
  "**/html2canvas*",
  "**/custom-functions*",
];

function contentSecurityPolicy(dev) {
  const officeOrigin = officeJs.startsWith("https://") ? " " + new URL(officeJs).origin : "";
  // Griffel (Fluent UI's CSS-in-JS) adds <style> elements at run time, hence 'unsafe-inline' for styles only.
  // The dev server's live reload talks over a websocket to itself; production connects nowhere but 'self'.
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ` wss://localhost:${port} ws://localhost:${port}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * esbuild minifies the bundle in a few seconds where terser takes a minute on a shared CI machine, for a bundle
 * a few per cent larger. The plugin is the one webpack itself uses for minimising (a dependency of webpack);
 * without it, webpack's default minimizer runs.
 */
function fastMinimizer() {
  try {
    const MinimizerPlugin = require(
      require.resolve("minimizer-webpack-plugin", { paths: [require.resolve("webpack")] }),
    );
    require.resolve("esbuild");
    return [
      new MinimizerPlugin({
        minify: MinimizerPlugin.esbuildMinify,
        minimizerOptions: { target: "es2020", legalComments: "none" },
      }),
    ];
  } catch {
    return ["..."];
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `\n[webpack] office-addin-dev-certs unavailable (${String(error && error.message).split("\n")[0]}).\n` +
        `[webpack] Serving over plain HTTP: Excel will not load the pane from http; use it in a browser only.\n`,
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const csp = contentSecurityPolicy(dev);
  const page = (name, template, chunk) =>
    new HtmlWebpackPlugin({ filename: name, template, chunks: [chunk], csp, officeJs, scriptLoading: "defer" });
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // The core is pure (STYLE.md): a module nobody imports from can be dropped, so the pane does not carry
        // the .docx reader (mammoth, jszip) that src/core/table re-exports for the CLI.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules so webpack can drop the Fluent UI components we do not import.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      page("taskpane.html", "./src/taskpane/taskpane.html", "taskpane"),
      page("commands.html", "./src/commands/commands.html", "commands"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          { from: "src/taskpane/load-office.js", to: "load-office.js" },
          {
            from: "node_modules/@microsoft/office-js/dist",
            to: "office-js",
            globOptions: { ignore: officeJsIgnore },
            noErrorOnMissing: !!process.env.OFFICE_JS,
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(urlProd)),
          },
        ],
      }),
    ],
    optimization: { minimizer: fastMinimizer() },
    // The ≤ 500 KB gzip budget of the pane's JavaScript is measured by the bench and the browser test (gzip size).
    performance: { hints: false },
    stats: "errors-warnings",
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsOptions() : "http",
      port,
    },
  };
};
