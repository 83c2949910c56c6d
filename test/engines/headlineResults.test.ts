import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { BusinessCaseInputs, CustomLine, parseInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model/businessCase';
import { HEADLINE_RESULT_KEYS, headlineResults, HeadlineResultKey, resultName } from '../../src/core/model/headlineResults';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { gnumericAvailability, recalculateWithGnumeric } from '../gnumeric/support/gnumeric';
import { convertWithLibreOffice, libreOfficeAvailability } from '../libreoffice/support/libreOffice';
import { arbitraryInputs } from '../support/arbitraryInputs';
import { definedNameValues, loadRecalculatedWorkbook } from '../support/engineValues';
import '../support/fastCheckSeed';

/**
 * Every result_* cell of the generated workbook, recalculated by LibreOffice and by Gnumeric,
 * equals the command line's JSON summary of the core model: money to the cent, rates to 1e-6,
 * n/a to null. The cases cover what broke IRR before: one sign change, several, a large upfront
 * cost with a slow ramp (where LibreOffice's IRR without a guess gave up), and no costs at all.
 */
const libreOffice = libreOfficeAvailability();
const gnumeric = gnumericAvailability();
for (const availability of [libreOffice, gnumeric]) if (!availability.run) console.warn(availability.reason);
const describeWithEngines = libreOffice.run && gnumeric.run ? describe : describe.skip;

const MONEY: readonly HeadlineResultKey[] = ['npv', 'pv_benefits', 'pv_costs'];
const MONTHS: readonly HeadlineResultKey[] = ['payback_months', 'discounted_payback_months'];

function example(name: string): BusinessCaseInputs {
  const parsed = parseInputs(JSON.parse(readFileSync(path.join(__dirname, '../../examples', `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.inputs;
}

const perYear = (label: string, amounts: number[], initial = 0): CustomLine => ({ label, amount_per_month: null, amounts_per_year: amounts, initial, risk: null });

function cases(): [string, BusinessCaseInputs][] {
  const mid = example('mid-market');
  const random = fc.sample(arbitraryInputs({ scale: 'realistic', maxHorizonMonths: 60 }), { seed: Number(process.env.FC_SEED ?? 20261123), numRuns: 4 });
  return [
    ['seed case', example('seed-case')],
    ['mid-market', mid],
    ['TEI study', example('tei-study')],
    ['large upfront, slow ramp (one sign change, IRR below zero)', { ...mid, implementation_cost: 3500000, implementation_months: 8, ramp_months: 24, horizon_months: 48 }],
    ['several sign changes (re-platforming in year 3)', { ...mid, custom_costs: [perYear('Re-platforming', [0, 0, 9000000])] }],
    ['no costs at all', { ...example('seed-case'), platform_subscription_per_year: 0, custom_benefits: [perYear('Grant', [100000, 100000, 100000])] }],
    ['end-of-year discounting with an initial cost', { ...mid, discounting: 'annual_end_of_year', custom_costs: [perYear('Licences', [100000, 120000, 140000], 50000)] }],
    ...random.map((inputs, i): [string, BusinessCaseInputs] => [`random valid inputs ${i + 1}`, inputs]),
  ];
}

function expectEqual(where: string, engine: unknown, expected: number | null, key: HeadlineResultKey): void {
  if (expected === null) {
    expect({ where, engine }).toEqual({ where, engine: 'n/a' });
    return;
  }
  expect({ where, type: typeof engine }).toEqual({ where, type: 'number' });
  const tolerance = MONEY.includes(key) ? 0.005 : MONTHS.includes(key) ? 1e-6 : 1e-6 * Math.max(1, Math.abs(expected));
  if (Math.abs((engine as number) - expected) > tolerance) expect({ where, engine }).toEqual({ where, engine: expected });
}

describeWithEngines('LibreOffice and Gnumeric: every result_* cell equals the JSON summary', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'engines-'));
  const all = cases();
  const recalculated: Record<'LibreOffice' | 'Gnumeric', Record<string, unknown>[]> = { LibreOffice: [], Gnumeric: [] };
  const names = HEADLINE_RESULT_KEYS.map(resultName);

  beforeAll(async () => {
    const files = await Promise.all(all.map(async ([, inputs], i) => {
      const file = path.join(dir, `case-${i}.xlsx`);
      writeFileSync(file, await renderXlsx(buildBlueprint(inputs)));
      return file;
    }));
    const fromLibreOffice = await convertWithLibreOffice(path.join(dir, 'libreoffice'), files, 'xlsx');
    const fromGnumeric = await recalculateWithGnumeric(path.join(dir, 'gnumeric'), files);
    for (const [engine, outputs] of [['LibreOffice', fromLibreOffice], ['Gnumeric', fromGnumeric]] as const) {
      for (const output of outputs) recalculated[engine].push(definedNameValues(await loadRecalculatedWorkbook(readFileSync(output)), names));
    }
  }, 600000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(all.map(([label], i) => [label, i] as const))('%s', (label, i) => {
    const json = headlineResults(buildBusinessCase(all[i][1])).scenarios.base;
    for (const engine of ['LibreOffice', 'Gnumeric'] as const) {
      for (const key of HEADLINE_RESULT_KEYS) expectEqual(`${engine} ${resultName(key)}`, recalculated[engine][i][resultName(key)], json[key], key);
    }
  });

  test('the cases include each kind of IRR: a number, n/a for several sign changes, n/a without an investment', () => {
    const irrs = all.map(([, inputs]) => headlineResults(buildBusinessCase(inputs)).scenarios.base);
    expect(irrs.some((r) => r.irr !== null && r.irr < 0)).toBe(true);
    expect(irrs.some((r) => r.irr === null && r.notes.some((n) => n.includes('change sign')))).toBe(true);
    expect(irrs.some((r) => r.irr === null && r.notes.some((n) => n.includes('needs an investment')))).toBe(true);
    expect(irrs.some((r) => r.roi === null)).toBe(true);
  });
});
