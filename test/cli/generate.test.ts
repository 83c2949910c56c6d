import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { EXIT, main } from '../../src/cli/main';
import { loadWorkbook, packageParts } from '../xlsx/support/readBack';

const ROOT = path.join(__dirname, '../..');
const SEED = path.join(ROOT, 'examples/seed-case.json');

let dir: string;
let out: string;
let stdout: string;
let stderr: string;

function run(...argv: string[]): Promise<number> {
  return main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'generate-'));
  out = path.join(dir, 'case.xlsx');
  stdout = '';
  stderr = '';
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seedWith(changes: Record<string, Record<string, unknown>>): string {
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [group, fields] of Object.entries(changes)) seed[group] = { ...seed[group], ...fields };
  const file = path.join(dir, 'inputs.json');
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

describe('generate --json', () => {
  test('writes every scenario\'s headline results: the keys, unrounded numbers, rates as fractions, null for n/a, notes', async () => {
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--json', 'results.json', '--no-charts')).toBe(EXIT.ok);
    const json = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
    expect(Object.keys(json.scenarios)).toEqual(['conservative', 'base', 'optimistic']);
    expect(Object.keys(json.scenarios.base)).toEqual(['npv', 'roi', 'year1_roi', 'irr', 'mirr', 'payback_months', 'discounted_payback_months', 'pv_benefits', 'pv_costs', 'benefit_cost_ratio', 'notes']);
    expect(json.scenarios.base.year1_roi).toBeCloseTo(3.2, 12);
    // The seed case has no investment: IRR has no number, and the note says why.
    expect(json.scenarios.base.irr).toBeNull();
    expect(json.scenarios.base.notes.some((note: string) => note.startsWith('IRR n/a: IRR needs an investment'))).toBe(true);
    expect(json.scenarios.base.payback_months).toBe(0);
    expect(stdout).toContain(`Wrote ${path.join(dir, 'results.json')}`);
  });

  test('the risk view: printed P10/P50/P90 and probabilities, the JSON\'s "risk", reproducible from --seed, overridden by --trials', async () => {
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--json', 'results.json', '--no-charts', '--trials', '2000', '--seed', '7')).toBe(EXIT.ok);
    const first = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
    expect(first.risk).toMatchObject({ trials: 2000, seed: 7 });
    expect(Object.keys(first.risk.npv)).toEqual(['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95']);
    expect(first.risk.npv.p10).toBeLessThanOrEqual(first.risk.npv.p50);
    expect(first.risk.npv.p50).toBeLessThanOrEqual(first.risk.npv.p90);
    expect(first.risk.prob_npv_negative).toBeGreaterThanOrEqual(0);
    expect(stdout).toMatch(/Risk \(2,000 trials, seed 7, Latin hypercube\): NPV P10 USD [\d,-]+ · P50 USD [\d,-]+ · P90 USD [\d,-]+/);
    expect(stdout).toMatch(/P\(NPV < 0\) \d+\.\d% · P\(payback within \d+ months\) \d+\.\d%/);
    expect(await run('--inputs', SEED, '--out', 'again.xlsx', '--json', 'again.json', '--no-charts', '--trials', '2000', '--seed', '7')).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(path.join(dir, 'again.json'), 'utf8')).risk).toEqual(first.risk);
    expect(await run('--inputs', SEED, '--out', 'other.xlsx', '--json', 'other.json', '--no-charts', '--trials', '2000', '--seed', '8')).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(path.join(dir, 'other.json'), 'utf8')).risk.npv.mean).not.toBe(first.risk.npv.mean);
  });

  test('--json and --out naming the same file is refused before anything is written, even with --force', async () => {
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--json', 'case.xlsx', '--no-charts', '--force')).toBe(EXIT.usage);
    expect(stderr).toBe('--json and --out name the same file (case.xlsx); nothing was written. Give the results their own file.\n');
    expect(existsSync(out)).toBe(false);
  });

  test('a case whose payback does not last and whose flows change sign twice: the table and the JSON say so', async () => {
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.one_time_costs.implementation_cost = 200000;
    seed.custom_lines.costs = [{ label: 'Re-platforming', amounts_per_year: [0, 0, 9000000], risk: null }];
    writeFileSync(path.join(dir, 'relapse.json'), JSON.stringify(seed));
    expect(await run('--inputs', 'relapse.json', '--out', 'case.xlsx', '--json', 'results.json', '--no-charts')).toBe(EXIT.ok);
    expect(stdout).toMatch(/^IRR\s+n\/a\s+n\/a\s+n\/a$/m);
    expect(stdout).toMatch(/^IRR n\/a \(all scenarios\): the net flows change sign 2 times: IRR is ambiguous; see MIRR\.$/m);
    expect(stdout).toMatch(/^Warning \(Base\): Payback: the cumulative net cash flow falls below zero again in month 28 after paying back, and ends the horizon at -5,360,000\.$/m);
    const base = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')).scenarios.base;
    expect(base.irr).toBeNull();
    expect(base.mirr).toBeCloseTo(-0.2097556, 6);
    expect(base.payback_months).toBeCloseTo(1.875, 9);
  });

  test('an IRR above 1,000% is printed as "> 1,000%", the JSON keeps the number', async () => {
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.one_time_costs.implementation_cost = 200000;
    writeFileSync(path.join(dir, 'fast.json'), JSON.stringify(seed));
    expect(await run('--inputs', 'fast.json', '--out', 'case.xlsx', '--json', 'results.json', '--no-charts')).toBe(EXIT.ok);
    expect(stdout).toMatch(/^IRR(\s+> 1,000%){3}$/m);
    expect(JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')).scenarios.base.irr).toBeGreaterThan(10);
  });

  test('an existing JSON file is never overwritten without --force, and then nothing is written at all', async () => {
    writeFileSync(path.join(dir, 'results.json'), 'mine');
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--json', 'results.json', '--no-charts')).toBe(EXIT.failed);
    expect(stderr).toBe('results.json already exists; nothing was written. Add --force to replace it.\n');
    expect(readFileSync(path.join(dir, 'results.json'), 'utf8')).toBe('mine');
    expect(existsSync(out)).toBe(false);
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--json', 'results.json', '--no-charts', '--force')).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')).scenarios.base.npv).toBeGreaterThan(0);
  });
});

describe('generate (in process)', () => {
  test('the seed case: writes the workbook with its charts and prints every scenario with currency and units', async () => {
    expect(await run('--inputs', SEED, '--out', 'case.xlsx')).toBe(EXIT.ok);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Seed case: AI chat for a 100,000-contact service desk: 36 months from 2027-01, USD, risk-adjusted');
    expect(lines.find((line) => line.startsWith('   ') || line.includes('Conservative'))).toMatch(/Conservative\s+Base\s+Optimistic/);
    // MODEL.md's seed case: year-one benefits 1,680,000 against 400,000 of cost, ROI 320% (the base scenario).
    expect(lines.find((line) => line.startsWith('Year-1 ROI'))).toMatch(/^Year-1 ROI, including the initial investment\s+\S+%\s+320\.0%\s+\S+%$/);
    for (const label of ['NPV', 'ROI over the horizon', 'IRR', 'Simple payback', 'Discounted payback', 'Benefit/cost ratio']) {
      expect(lines.some((line) => line.startsWith(label))).toBe(true);
    }
    expect(lines.find((line) => line.startsWith('NPV'))).toMatch(/USD [\d,]+\s+USD [\d,]+\s+USD [\d,]+$/);
    // No initial investment and a cumulative flow that is never negative: payback is immediate, not "0.0 months".
    expect(lines.find((line) => line.startsWith('Simple payback'))).toMatch(/^Simple payback(\s+immediate){3}$/);
    expect(stdout).toContain('Simple payback is immediate (all scenarios): no initial investment, the cumulative net flow is never negative.');
    expect(stdout).toContain(`Wrote ${out}`);
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.worksheets[0].name).toBe('Summary');
    expect((await packageParts(readFileSync(out))).filter((part) => /^xl\/charts\/chart\d+\.xml$/.test(part)).length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(['case.xlsx']);
  });

  test('--no-charts leaves the charts out and nothing else', async () => {
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--no-charts')).toBe(EXIT.ok);
    const parts = await packageParts(readFileSync(out));
    expect(parts.filter((part) => /^xl\/(charts|drawings\/drawing)/.test(part))).toEqual([]);
    expect((await loadWorkbook(readFileSync(out))).worksheets.map((sheet) => sheet.name)[0]).toBe('Summary');
  });

  test('a wrong inputs file: one message per wrong field, exit 1, nothing written', async () => {
    const inputs = seedWith({ automation: { deflection_rate: 2, containment_rate: 'high' }, volume: { contacts_per_month: -5 } });
    expect(await run('--inputs', inputs, '--out', 'case.xlsx', '--no-charts')).toBe(EXIT.failed);
    const problems = stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(problems).toHaveLength(3);
    expect(problems.find((line) => line.includes('automation.deflection_rate'))).toMatch(/0.*1|100%/);
    expect(problems.some((line) => line.includes('automation.containment_rate'))).toBe(true);
    expect(problems.some((line) => line.includes('volume.contacts_per_month'))).toBe(true);
    expect(stderr).toMatch(/3 problems; nothing was written/);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['inputs.json']);
  });

  test('an existing output is refused and left untouched without --force, replaced with it', async () => {
    writeFileSync(out, 'keep me');
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--no-charts')).toBe(EXIT.failed);
    expect(stderr).toBe('case.xlsx already exists; nothing was written. Add --force to replace it.\n');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(readdirSync(dir)).toEqual(['case.xlsx']);

    stderr = '';
    expect(await run('--inputs', SEED, '--out', 'case.xlsx', '--no-charts', '--force')).toBe(EXIT.ok);
    expect((await loadWorkbook(readFileSync(out))).worksheets[0].name).toBe('Summary');
    expect(readdirSync(dir)).toEqual(['case.xlsx']);
  });

  test('invalid JSON names the file; a missing file says so', async () => {
    writeFileSync(path.join(dir, 'broken.json'), '{ "organisation": ');
    expect(await run('--inputs', 'broken.json', '--no-charts')).toBe(EXIT.failed);
    expect(stderr).toMatch(/^broken\.json is not valid JSON: /);
    stderr = '';
    expect(await run('--inputs', 'absent.json', '--no-charts')).toBe(EXIT.failed);
    expect(stderr).toBe('Could not read absent.json: there is no such file.\n');
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  test('unknown options and a missing --inputs are usage errors; --help shows the options', async () => {
    expect(await run('--inputs', SEED, '--overwrite')).toBe(EXIT.usage);
    expect(stderr).toBe('Unknown option --overwrite. Run with --help to see the options.\n');
    stderr = '';
    expect(await run('--out', 'x.xlsx')).toBe(EXIT.usage);
    expect(stderr).toMatch(/Missing --inputs/);
    expect(await run('--help')).toBe(EXIT.ok);
    expect(stdout).toMatch(/Usage: npm run generate -- --inputs FILE\.json/);
    expect(stdout).toMatch(/--force/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('npm run generate (spawned)', () => {
  test('writes the seed case with its charts and prints the headline figures', async () => {
    const { stdout: printed } = await promisify(execFile)('npm', ['run', '--silent', 'generate', '--', '--inputs', SEED, '--out', out], { cwd: ROOT });
    expect(printed).toMatch(/^Year-1 ROI, including the initial investment\s+\S+%\s+320\.0%\s+\S+%$/m);
    expect(printed).toContain(`Wrote ${out}`);
    const charts = (await packageParts(readFileSync(out))).filter((part) => /^xl\/charts\/chart\d+\.xml$/.test(part));
    expect(charts.length).toBeGreaterThan(0);
  });

  test('fails with a non-zero exit code on a wrong file', async () => {
    const inputs = seedWith({ volume: { contacts_per_month: -5 } });
    await expect(promisify(execFile)('npm', ['run', '--silent', 'generate', '--', '--inputs', inputs, '--out', out], { cwd: ROOT })).rejects.toMatchObject({
      code: EXIT.failed,
      stderr: expect.stringContaining('volume.contacts_per_month'),
    });
    expect(existsSync(out)).toBe(false);
  });
});
