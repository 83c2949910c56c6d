import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { ensureBundle } from '../../scripts/generate';

/**
 * `npm run generate` runs a bundle that scripts/generate.js keeps up to date: built when missing,
 * rebuilt whenever a source it was built from changes, reused otherwise. Tried on a tiny project
 * of its own, so nothing here touches the real sources or the real cache.
 */
let root: string;
let outDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'launcher-'));
  outDir = path.join(root, 'cache');
  writeFileSync(path.join(root, 'entry.ts'), "import { greeting } from './greeting';\nconsole.log(greeting(process.argv[2] ?? 'nobody'));\n");
  writeFileSync(path.join(root, 'greeting.ts'), 'export const greeting = (name: string): string => `hello ${name}`;\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const build = () => ensureBundle({ entry: 'entry.ts', outDir, root });
const run = (bundle: string, ...args: string[]) => execFileSync(process.execPath, [bundle, ...args], { encoding: 'utf8' }).trim();

test('a missing bundle is built from the TypeScript sources and runs with its arguments', async () => {
  const first = await build();
  expect(first.built).toBe(true);
  expect(run(first.bundle, 'Ada')).toBe('hello Ada');
  expect(await build()).toEqual({ bundle: first.bundle, built: false });
});

test('an edited import, even one the entry does not name, is never run from the old bundle', async () => {
  const { bundle } = await build();
  writeFileSync(path.join(root, 'greeting.ts'), 'export const greeting = (name: string): string => `goodbye ${name}`;\n');
  expect((await build()).built).toBe(true);
  expect(run(bundle, 'Ada')).toBe('goodbye Ada');
});

test('a source saved again unchanged (a new time, the same content) keeps the bundle', async () => {
  await build();
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(root, 'greeting.ts'), later, later);
  expect((await build()).built).toBe(false);
});

test('a damaged or missing record of the inputs means a new build, not a stale run', async () => {
  const { bundle } = await build();
  const record = path.join(outDir, 'entry.inputs.json');
  writeFileSync(record, readFileSync(record, 'utf8').slice(0, 20));
  expect((await build()).built).toBe(true);
  rmSync(bundle);
  expect((await build()).built).toBe(true);
  expect(run(bundle, 'Ada')).toBe('hello Ada');
});

test('npm run generate goes through the launcher to the command line in src/cli', () => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
  expect(pkg.scripts.generate).toBe('node scripts/generate.js');
  expect(readFileSync(path.join(__dirname, '../../scripts/generate.js'), 'utf8')).toContain("entry: 'src/cli/generate.ts'");
});
