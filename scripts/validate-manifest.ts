import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from './manifest/validateManifest';

/**
 * `npm run validate`: checks manifest.xml (development URLs, icons in assets/) and, when a
 * build exists, dist/manifest.xml (the URL the build was made for, icons in dist/assets/).
 */
const root = join(__dirname, '..');
const targets = [{ file: join(root, 'manifest.xml'), assetsDir: join(root, 'assets'), baseUrl: 'https://localhost:3000/' }];
const built = join(root, 'dist', 'manifest.xml');
if (existsSync(built)) targets.push({ file: built, assetsDir: join(root, 'dist', 'assets'), baseUrl: process.env.ADDIN_PUBLIC_URL ?? 'https://localhost:3000/' });

let failed = false;
for (const target of targets) {
  const problems = validateManifest(readFileSync(target.file, 'utf8'), target);
  console.log(problems.length === 0 ? `ok   ${target.file}` : `FAIL ${target.file}`);
  for (const problem of problems) console.log(`     - ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
