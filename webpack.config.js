const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { findMissingHelp, publicUrl, rewriteUrls } = require('./build/addinAssets');

/** Fails the build when a function lacks help text, and points dev URLs at the public URL. */
class AddinAssetsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AddinAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AddinAssetsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const metadata = assets['functions.json'];
          if (!metadata) {
            compilation.errors.push(new webpack.WebpackError('functions.json was not generated'));
          } else {
            for (const problem of findMissingHelp(JSON.parse(metadata.source().toString()))) {
              compilation.errors.push(new webpack.WebpackError(`Custom function help text: ${problem}`));
            }
          }
          for (const name of ['functions.json', 'manifest.xml', 'taskpane.html', 'assets/help.html']) {
            if (assets[name]) {
              compilation.updateAsset(name, new webpack.sources.RawSource(rewriteUrls(assets[name].source().toString(), this.url)));
            }
          }
        },
      );
    });
  }
}

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

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const url = publicUrl(process.env.ADDIN_PUBLIC_URL);
  return {
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        // type-checking is `npm run lint` (tsc --noEmit): transpile-only keeps the build fast
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      ],
    },
    plugins: [
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
        ],
      }),
      new AddinAssetsPlugin(url),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
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
