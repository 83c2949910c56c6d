import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportProblems, validateBuildOutput, validateManifest } from './manifest/validateManifest';

/**
 * `npm run validate`: checks manifest.xml (development URLs, icons in assets/) and, when a
 * build exists, dist/ (manifest, icons and help links under the URL the build was made for:
 * ADDIN_PUBLIC_URL when set, else the one in dist/manifest.xml).
 */
const root = join(__dirname, '..');
const sourceFile = join(root, 'manifest.xml');
const results = [
  {
    file: sourceFile,
    problems: validateManifest(readFileSync(sourceFile, 'utf8'), { assetsDir: join(root, 'assets'), baseUrl: 'https://localhost:3000/' }),
  },
];
const dist = join(root, 'dist');
if (existsSync(dist)) results.push(...validateBuildOutput(dist, process.env.ADDIN_PUBLIC_URL));
else console.log('skip dist/ (no build yet: npm run build)');
process.exit(reportProblems(results) ? 0 : 1);
