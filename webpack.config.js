const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { AddinAssetsPlugin, publicUrl } = require('./build/addinAssets');

/** office-addin-dev-certs' certificate when installed (trusted by Office); otherwise a self-signed one. */
function devServerHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { type: 'https', options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(path.join(dir, 'ca.crt')) } };
  }
  return { type: 'https' };
}

/**
 * ExcelJS built by webpack from its own sources, not its browserify bundle: the bundle carries a
 * second JSZip (the writer already uses the package's) and Node polyfills it never needs to write
 * a file, and it cannot be tree-shaken. The sources need these Node built-ins in a browser.
 */
const exceljsFromSources = {
  alias: { exceljs$: require.resolve('exceljs/lib/exceljs.bare.js') },
  fallback: {
    fs: false,
    crypto: false,
    os: false,
    path: false,
    zlib: false,
    stream: require.resolve('readable-stream'),
    buffer: require.resolve('buffer/'),
    events: require.resolve('events/'),
    util: require.resolve('util/'),
    string_decoder: require.resolve('string_decoder/'),
  },
};

/**
 * The little of Node's process the stream code reads (nextTick, and process.stdout compared in
 * pipe()), defined in place so no polyfill package is needed. The pane's own code never reads it.
 */
const BROWSER_PROCESS =
  '({ browser: true, env: {}, nextTick: function (fn) { var args = Array.prototype.slice.call(arguments, 1); queueMicrotask(function () { fn.apply(null, args); }); } })';

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const url = publicUrl(process.env.ADDIN_PUBLIC_URL);
  return {
    // never an eval devtool: the pane's Content-Security-Policy refuses eval in development too
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
      // the risk simulation's Web Worker: its own file, not on the page, fetched when Simulate is
      // first pressed (an entry rather than new URL(…, import.meta.url), which the CommonJS
      // tsconfig the tests compile with cannot type)
      'risk-worker': './src/taskpane/riskWorker.ts',
    },
    // chunks loaded on demand (the workbook writers, office-js-helpers) sit beside taskpane.js and
    // are fetched from the same origin, relative to it
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', chunkFilename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'], ...exceljsFromSources },
    module: {
      rules: [
        // type errors fail the build; only the bundled files are checked, so a half-written test
        // elsewhere in the tree (checked by `npm run lint`) does not stop a build. ES modules let
        // webpack pick packages' ESM builds and drop what is unused (zod's 60 locales: −0.5 MB).
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { onlyCompileBundledFiles: true, compilerOptions: { module: 'es2020' } } },
        },
      ],
    },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new webpack.DefinePlugin({ process: BROWSER_PROCESS }),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      // one page loads both bundles: the shared runtime of the functions and the task pane
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css', noErrorOnMissing: true },
          { from: 'src/taskpane/savedInputs.css', to: 'savedInputs.css' },
        ],
      }),
      new AddinAssetsPlugin({ url }),
    ],
    // a library stays in the on-demand chunk that needs it (ExcelJS in xlsx-writer.js), not in a
    // numbered vendors chunk of its own
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false } } },
    performance: { hints: false },
    devServer: {
      // serve the in-memory build only: a stale production dist/ must never answer a dev request
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: devServerHttps(),
      port: 3000,
      host: 'localhost',
      hot: false,
      liveReload: true,
      client: { overlay: true },
    },
  };
};
