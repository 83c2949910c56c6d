import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestBaseUrl, validateHelpUrls, validateManifest } from './manifest/validateManifest';

/**
 * `npm run validate`: checks manifest.xml (development URLs, icons in assets/) and, when a
 * build exists, dist/manifest.xml with dist/functions.json (every URL under the one the build
 * was made for, ADDIN_PUBLIC_URL when set, icons in dist/assets/).
 */
const root = join(__dirname, '..');
const DEV_URL = 'https://localhost:3000/';

function report(file: string, problems: string[]): boolean {
  console.log(problems.length === 0 ? `ok   ${file}` : `FAIL ${file}`);
  for (const problem of problems) console.log(`     - ${problem}`);
  return problems.length === 0;
}

const sourceFile = join(root, 'manifest.xml');
let passed = report(sourceFile, validateManifest(readFileSync(sourceFile, 'utf8'), { assetsDir: join(root, 'assets'), baseUrl: DEV_URL }));

const builtFile = join(root, 'dist', 'manifest.xml');
if (existsSync(builtFile)) {
  const xml = readFileSync(builtFile, 'utf8');
  const baseUrl = process.env.ADDIN_PUBLIC_URL ?? manifestBaseUrl(xml) ?? DEV_URL;
  console.log(`     (dist/ built for ${baseUrl})`);
  passed = report(builtFile, validateManifest(xml, { assetsDir: join(root, 'dist', 'assets'), baseUrl })) && passed;
  const metadataFile = join(root, 'dist', 'functions.json');
  const metadataProblems = existsSync(metadataFile) ? validateHelpUrls(readFileSync(metadataFile, 'utf8'), baseUrl) : ['dist/functions.json is missing'];
  passed = report(metadataFile, metadataProblems) && passed;
} else {
  console.log(`skip ${builtFile} (no build yet: npm run build)`);
}
process.exit(passed ? 0 : 1);
