import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AddinAssetsPlugin, DEV_URL } = require('../../build/addinAssets');

/**
 * The same plugins as webpack.config.js, on a functions file whose help text is incomplete:
 * the build itself must fail and name each function, not just a unit check beside it.
 */
const root = join(__dirname, '..', '..');
const fixture = join(__dirname, 'fixtures', 'undocumentedFunctions.ts');

function build(): Promise<webpack.Stats> {
  const outputPath = mkdtempSync(join(tmpdir(), 'roi-build-gate-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    context: root,
    entry: { functions: fixture },
    output: { path: outputPath },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }] },
    plugins: [new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: fixture }), new AddinAssetsPlugin({ url: DEV_URL })],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => rmSync(outputPath, { recursive: true, force: true }));
      if (error || !stats) reject(error ?? new Error('webpack returned no stats'));
      else resolve(stats);
    }),
  );
}

test('a custom function without help text fails the webpack build, naming it', async () => {
  const stats = await build();
  expect(stats.hasErrors()).toBe(true);
  const messages = stats.toJson({ all: false, errors: true }).errors!.map((error) => error.message);
  expect(messages).toEqual(
    expect.arrayContaining([
      expect.stringContaining('Custom function help text: NO_DESCRIPTION: missing description'),
      expect.stringContaining('Custom function help text: NO_HELP_URL: missing @helpurl'),
      expect.stringContaining('Custom function help text: UNDESCRIBED_PARAMETER: parameter amount has no description'),
    ]),
  );
  expect(messages.filter((message) => message.includes('Custom function help text'))).toHaveLength(3);
});
