import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { BusinessCaseInputs, CustomLine, defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { gnumericAvailability } from '../gnumeric/support/gnumeric';
import { convertWithLibreOffice, libreOfficeAvailability } from '../libreoffice/support/libreOffice';

/**
 * What a reader sees, not only what a cell holds: the Summary as LibreOffice and Gnumeric display
 * it (number formats applied), exported as CSV text. A negative ROI keeps its minus sign, an
 * absurd IRR reads "> 1,000%", an immediate payback says so, a payback that does not last warns.
 */
const libreOffice = libreOfficeAvailability();
const gnumeric = gnumericAvailability();
const describeWithEngines = libreOffice.run && gnumeric.run ? describe : describe.skip;

const perYear = (label: string, amounts: number[]): CustomLine => ({ label, amount_per_month: null, amounts_per_year: amounts, initial: 0, risk: null });
const CASES: Record<string, BusinessCaseInputs> = {
  seed: defaultInputs(),
  relapse: { ...defaultInputs(), implementation_cost: 200000, custom_costs: [perYear('Re-platforming', [0, 0, 9000000])] },
  fast: { ...defaultInputs(), implementation_cost: 200000 },
};
const ROI = 'ROI over the horizon (NPV / PV of costs)';
const IRR = 'IRR (annualised; only where the net flows change sign once)';
const PAYBACK = 'Simple payback (months)';

/** The first Summary row whose first cell is the label: its second cell, as displayed. */
function shown(csv: string, label: string): string {
  const line = csv.split('\n').find((text) => text.startsWith(`"${label}"`) || text.startsWith(`${label},`));
  if (!line) throw new Error(`No Summary row "${label}"`);
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  return cells[1];
}

describeWithEngines('the Summary as LibreOffice and Gnumeric display it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'displayed-'));
  const displayed: Record<'LibreOffice' | 'Gnumeric', Record<string, string>> = { LibreOffice: {}, Gnumeric: {} };

  beforeAll(async () => {
    const names = Object.keys(CASES);
    const files = await Promise.all(names.map(async (name) => {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, await renderXlsx(buildBlueprint(CASES[name])));
      return file;
    }));
    const csvs = await convertWithLibreOffice(path.join(dir, 'lo'), files, 'csv');
    names.forEach((name, i) => (displayed.LibreOffice[name] = readFileSync(csvs[i], 'utf8')));
    for (const [i, name] of names.entries()) {
      const out = path.join(dir, `${name}-gnumeric.csv`);
      // The first sheet (the Summary), recalculated, as displayed.
      await promisify(execFile)('ssconvert', ['--recalc', '--export-type=Gnumeric_stf:stf_assistant', '-O', 'format=preserve separator=,', files[i], out], { timeout: 120000, env: { ...process.env, HOME: dir } });
      displayed.Gnumeric[name] = readFileSync(out, 'utf8');
    }
  }, 300000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(['LibreOffice', 'Gnumeric'] as const)('%s', (engine) => {
    const text = displayed[engine];
    expect(shown(text.relapse, ROI)).toMatch(/^-\d+\.\d%$/);
    expect(shown(text.relapse, IRR)).toBe('n/a');
    expect(text.relapse).toContain('Warning: the cumulative cash flow falls below zero again in month 28, after payback.');
    expect(shown(text.fast, IRR)).toBe('> 1,000%');
    expect(shown(text.seed, PAYBACK)).toBe('immediate (no initial investment)');
    expect(shown(text.seed, ROI)).toBe('320.0%');
  });
});
