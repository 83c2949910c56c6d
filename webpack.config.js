const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
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
      new AddinAssetsPlugin({ url }),
    ],
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
