import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README promises what a fresh machine runs and what every dependency is for: keep it true. */
const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const codeBlocks = (text: string) => [...text.matchAll(/```bash\n([\s\S]*?)\n```/g)].map((m) => m[1].trim());

test('the quick start is two commands: generate the workbook, then the tests CI runs', () => {
  const [generate, tests, ...rest] = codeBlocks(section('Quick start on a fresh machine'));
  expect(rest).toEqual([]);
  expect(generate).toBe('npm ci && npm run generate -- --inputs examples/seed-case.json --out business-case.xlsx');
  expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toContain(`'${tests}'`);
});

test('the sections others fill are there', () => {
  for (const heading of ['Function reference', 'The business-case workbook', 'Task pane', 'Sideload and deploy', 'Development', 'Dependencies']) {
    expect(section(heading).length).toBeGreaterThan(20);
  }
});

test('every package in package.json is in the Dependencies table with a reason', () => {
  const rows = section('Dependencies')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| package') && !line.startsWith('|---'));
  const named = new Set(rows.flatMap((row) => row.split('|')[1].split(',').map((name) => name.trim())));
  const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
  expect(packages.filter((name) => !named.has(name))).toEqual([]);
  for (const row of rows) expect(row.split('|')[2].trim().length).toBeGreaterThan(10);
});

test('HyperFormula (GPL) is a devDependency only: tests and benchmarks, never shipped', () => {
  expect(pkg.dependencies.hyperformula).toBeUndefined();
  expect(pkg.devDependencies.hyperformula).toBeDefined();
});

test('the quick start shows what the command prints for the seed case (headline figures and notes)', async () => {
  const { main } = await import('../../src/cli/main');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'readme-'));
  let stdout = '';
  try {
    await main(['--inputs', join(root, 'examples/seed-case.json'), '--out', 'case.xlsx', '--no-charts'], { stdout: (text) => (stdout += text), stderr: () => undefined, cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const printed = /```text\n([\s\S]*?)\n```/.exec(section('Quick start on a fresh machine'))![1];
  expect(stdout.split('\n').filter((line) => !line.startsWith('Wrote ')).join('\n').trimEnd()).toBe(printed);
});
