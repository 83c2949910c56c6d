import { readFileSync } from 'fs';
import path from 'path';
import { parseInputs } from '../../src/core/inputs/schema';

/** Custom lines in exactly one of two forms, and the rules that tie fields together. */
const SEED = JSON.parse(readFileSync(path.join(__dirname, '../../examples/seed-case.json'), 'utf8')) as Record<string, Record<string, unknown>>;

function messages(changes: { organisation?: Record<string, unknown>; benefits?: unknown[]; costs?: unknown[] }): string[] {
  const raw = {
    ...SEED,
    organisation: { ...SEED.organisation, ...changes.organisation },
    custom_lines: { benefits: changes.benefits ?? [], costs: changes.costs ?? [] },
  };
  const parsed = parseInputs(raw);
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
}

describe('custom lines: amount_per_month or amounts_per_year', () => {
  test('either form is accepted; a cost line may add an initial amount', () => {
    expect(messages({ benefits: [{ label: 'A', amount_per_month: 10, risk: null }], costs: [{ label: 'B', amounts_per_year: [1, 2, 3], initial: 5, risk: 0.1 }] })).toEqual([]);
    const parsed = parseInputs({ ...SEED, custom_lines: { benefits: [], costs: [{ label: 'B', amounts_per_year: [1, 2, 3], initial: 5, risk: null }] } });
    expect(parsed.ok && parsed.inputs.custom_costs[0]).toEqual({ label: 'B', amount_per_month: null, amounts_per_year: [1, 2, 3], initial: 5, risk: null });
  });

  test('both forms, or neither, is an error naming the line', () => {
    expect(messages({ benefits: [{ label: 'Fewer refunds', amount_per_month: 10, amounts_per_year: [1, 2, 3], risk: null }] })).toEqual([
      'custom_lines.benefits.0 ("Fewer refunds") must give exactly one of amount_per_month (a number per month) or amounts_per_year (one number per year of the horizon); it gives both.',
    ]);
    expect(messages({ costs: [{ label: 'Vendor', risk: null }] })).toEqual([
      'custom_lines.costs.0 ("Vendor") must give exactly one of amount_per_month (a number per month) or amounts_per_year (one number per year of the horizon); it gives neither.',
    ]);
  });

  test('one amount per year of the horizon, each within range; initial only on cost lines', () => {
    expect(messages({ costs: [{ label: 'Vendor', amounts_per_year: [1, 2], risk: null }] })).toEqual([
      'custom_lines.costs.0 ("Vendor").amounts_per_year must have one amount per year of the 36-month horizon (3); it has 2.',
    ]);
    expect(messages({ costs: [{ label: 'Vendor', amounts_per_year: [1, -2, 3], risk: null }] })).toEqual([
      'custom_lines.costs.0.amounts_per_year.1 (year 2) must be between 0 and 1,000,000,000,000; got -2.',
    ]);
    expect(messages({ benefits: [{ label: 'A', amount_per_month: 10, initial: 5, risk: null }] })[0]).toMatch(/unknown field.* initial/);
  });

  test('end-of-year discounting needs a horizon of whole years', () => {
    expect(messages({ organisation: { discounting: 'annual_end_of_year', horizon_months: 30 } })).toEqual([
      'organisation.horizon_months must be a whole number of years (12, 24, … 120) with annual_end_of_year discounting; got 30.',
    ]);
    expect(messages({ organisation: { discounting: 'annual_end_of_year', horizon_months: 24 } })).toEqual([]);
    expect(messages({ organisation: { discounting: 'yearly' } })[0]).toBe('organisation.discounting must be one of monthly, annual_end_of_year; got "yearly".');
  });
});
