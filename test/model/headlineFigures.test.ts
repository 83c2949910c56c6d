import { readFileSync } from 'fs';
import path from 'path';
import { irr } from '../../src/core/finance/irr';
import { mirr } from '../../src/core/finance/mirr';
import { BusinessCaseInputs, CustomLine, defaultInputs, parseInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model';
import { headlineResults } from '../../src/core/model/headlineResults';
import { IMMEDIATE_PAYBACK, summaryNotes, summaryTable } from '../../src/core/model/summaryTable';

/** Headline figures that cannot be read in a way their numbers do not support (issue: headline figures). */
function example(name: string): BusinessCaseInputs {
  const parsed = parseInputs(JSON.parse(readFileSync(path.join(__dirname, '../../examples', name), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.inputs;
}

const line = (label: string, amounts: Partial<CustomLine>): CustomLine => ({ label, amount_per_month: null, amounts_per_year: null, initial: 0, risk: null, ...amounts });
const row = (table: string[][], label: string) => table.find((cells) => cells[0] === label)!;

describe('year-1 ROI includes the initial investment', () => {
  test('mid-market: (year-1 benefits − month-0 and year-1 costs) / those costs, 23.9%', () => {
    const base = buildBusinessCase(example('mid-market.json')).base;
    const [initial, year1] = [base.annual.initial, base.annual.years[0]];
    const costs = initial.costsAdjusted + year1.costsAdjusted;
    const expected = (year1.benefitsAdjusted - costs) / costs;
    expect(initial.costsAdjusted).toBeCloseTo(367500, 6);
    expect(base.outputs.year1Roi).toEqual({ ok: true, value: expected });
    expect(Math.round(expected * 1000) / 10).toBe(23.9);
    expect(base.outputs.year1Costs).toBeCloseTo(costs, 6);
    expect(row(summaryTable(buildBusinessCase(example('mid-market.json'))), 'Year-1 ROI, including the initial investment')[2]).toBe('23.9%');
  });

  test('the seed case (no initial cost) still gives 320%', () => {
    const base = buildBusinessCase(example('seed-case.json')).base;
    expect(base.outputs.year1Roi.ok && base.outputs.year1Roi.value).toBeCloseTo(3.2, 12);
  });

  test('cumulative ROI to the end of each year runs from month 0', () => {
    const base = buildBusinessCase(example('mid-market.json')).base;
    base.annual.years.forEach((year) => {
      const benefits = base.monthly.benefitsAdjusted.slice(0, year.lastMonth + 1).reduce((a, b) => a + b, 0);
      const costs = base.monthly.costsAdjusted.slice(0, year.lastMonth + 1).reduce((a, b) => a + b, 0);
      expect(year.cumulativeRoi.ok && year.cumulativeRoi.value).toBeCloseTo((benefits - costs) / costs, 12);
    });
    expect(base.annual.years[1].roi.ok && base.annual.years[1].roi.value).toBeCloseTo(
      (base.annual.years[1].benefitsAdjusted - base.annual.years[1].costsAdjusted) / base.annual.years[1].costsAdjusted, 12);
  });
});

describe('risk always moves a line against the case', () => {
  test('a falling upsell line at 90% risk: −925,000 becomes −1,757,500 over the horizon, not −92,500', () => {
    const inputs: BusinessCaseInputs = {
      ...defaultInputs(),
      upsell_eligible_contacts_per_month: 25694.44444444444, upsell_conversion_before: 0.05, upsell_conversion_after: 0.04,
      upsell_order_value: 100, risk_upsell: 0.9,
    };
    const upsell = buildBusinessCase(inputs).base.monthly.benefitLines.find((l) => l.id === 'upsell')!;
    const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
    expect(total(upsell.unadjusted)).toBeCloseTo(-925000, 4);
    expect(total(upsell.adjusted)).toBeCloseTo(-1757500, 4);
  });
});

describe('one IRR, or n/a with the reason', () => {
  test('one sign change: the one root, equal to irr()', () => {
    const base = buildBusinessCase(example('mid-market.json')).base;
    const expected = irr(base.monthly.net, 12);
    expect(base.outputs.irr.ok && expected.ok && Math.abs(base.outputs.irr.value - expected.value)).toBeLessThan(1e-6);
  });

  test('several sign changes: n/a, "the net flows change sign 3 times: IRR is ambiguous; see MIRR", MIRR still a number', () => {
    const inputs: BusinessCaseInputs = {
      ...defaultInputs(), horizon_months: 36, implementation_cost: 500000,
      custom_costs: [line('Platform replacement in year 3', { amounts_per_year: [0, 0, 9000000] })],
    };
    const outputs = buildBusinessCase(inputs).base.outputs;
    expect(outputs.irr.ok).toBe(false);
    if (!outputs.irr.ok) expect(outputs.irr.error.message).toMatch(/^the net flows change sign \d+ times: IRR is ambiguous; see MIRR\.$/);
    expect(outputs.mirr.ok).toBe(true);
    const json = headlineResults(buildBusinessCase(inputs)).scenarios.base;
    expect(json.irr).toBeNull();
    expect(json.notes.some((note) => /IRR n\/a: the net flows change sign/.test(note))).toBe(true);
  });
});

describe('payback says only what is so', () => {
  test('no initial investment and never negative: payback is "immediate (no initial investment)", no n/a note', () => {
    const businessCase = buildBusinessCase(example('seed-case.json'));
    expect(businessCase.base.outputs.paybackMonths).toEqual({ ok: true, value: 0 });
    expect(row(summaryTable(businessCase), 'Simple payback')[2]).toBe('immediate');
    expect(summaryNotes(businessCase).filter((note) => /payback/i.test(note))).toEqual([
      'Simple payback is immediate (all scenarios): no initial investment, the cumulative net flow is never negative.',
      'Discounted payback is immediate (all scenarios): no initial investment, the cumulative net flow is never negative.',
    ]);
    expect(IMMEDIATE_PAYBACK).toBe('immediate (no initial investment)');
  });

  test('a cumulative flow that falls below zero again after payback is named, with its month', () => {
    const inputs: BusinessCaseInputs = {
      ...defaultInputs(), horizon_months: 36, implementation_cost: 200000,
      custom_costs: [line('Re-platforming', { amounts_per_year: [0, 0, 9000000] })],
    };
    const businessCase = buildBusinessCase(inputs);
    const { outputs, monthly } = businessCase.base;
    expect(outputs.paybackMonths.ok).toBe(true);
    const firstRelapse = monthly.cumulative.findIndex((value, m) => outputs.paybackMonths.ok && m > outputs.paybackMonths.value && value < 0);
    expect(firstRelapse).toBeGreaterThan(24);
    expect(outputs.paybackWarnings[0]).toContain(`falls below zero again in month ${firstRelapse}`);
    expect(outputs.cumulativeAtHorizon).toBeLessThan(0);
    expect(summaryNotes(businessCase).some((note) => note.startsWith('Warning (Base): Payback: the cumulative net cash flow falls below zero again in month'))).toBe(true);
  });
});

test('cost per contact after counts the user\'s own running-cost lines', () => {
  const inputs = example('seed-case.json');
  const without = buildBusinessCase(inputs).base.outputs.costPerContactAfter;
  const withLine = buildBusinessCase({ ...inputs, custom_costs: [line('QA vendor', { amount_per_month: 10000 })] }).base.outputs.costPerContactAfter;
  expect(withLine - without).toBeCloseTo(10000 / inputs.contacts_per_month, 12);
});

describe('TEI conventions', () => {
  test('end-of-year discounting: every month of year y discounted by (1 + r)^−y, month 0 not at all', () => {
    const inputs = { ...example('mid-market.json'), discounting: 'annual_end_of_year' as const };
    const { monthly } = buildBusinessCase(inputs).base;
    expect(monthly.discountFactor[0]).toBe(1);
    expect(monthly.discountFactor[1]).toBeCloseTo(1 / 1.1, 15);
    expect(monthly.discountFactor[12]).toBeCloseTo(1 / 1.1, 15);
    expect(monthly.discountFactor[13]).toBeCloseTo(1 / 1.21, 15);
  });

  test('per-year amounts are spread evenly over the year, not ramped; initial sits in month 0', () => {
    const inputs: BusinessCaseInputs = {
      ...defaultInputs(), horizon_months: 24, implementation_months: 6, ramp_months: 12,
      custom_benefits: [line('Fewer refunds', { amounts_per_year: [120000, 240000] })],
      custom_costs: [line('Vendor', { amounts_per_year: [12000, 24000], initial: 5000 })],
    };
    const { monthly } = buildBusinessCase(inputs).base;
    const benefit = monthly.benefitLines.find((l) => l.id === 'custom_benefit_1')!;
    const cost = monthly.costLines.find((l) => l.id === 'custom_cost_1')!;
    expect(benefit.unadjusted.slice(1, 13).every((v) => Math.abs(v - 10000) < 1e-9)).toBe(true);
    expect(benefit.unadjusted.slice(13).every((v) => Math.abs(v - 20000) < 1e-9)).toBe(true);
    expect(cost.unadjusted[0]).toBe(5000);
    expect(cost.unadjusted[13]).toBeCloseTo(2000, 9);
  });
});

test('MIRR uses the finance and reinvestment rates when given, the discount rate otherwise', () => {
  const inputs = example('mid-market.json');
  const net = buildBusinessCase(inputs).base.monthly.net.map((flow) => Math.sign(flow) * Math.round(Math.abs(flow) * 100) / 100);
  const atDiscount = buildBusinessCase(inputs).base.outputs.mirr;
  const given = buildBusinessCase({ ...inputs, mirr_finance_rate: 0.05, mirr_reinvest_rate: 0.15 }).base.outputs.mirr;
  expect(atDiscount).toEqual(mirr(net, 0.1, 0.1, 12));
  expect(given).toEqual(mirr(net, 0.05, 0.15, 12));
  expect(given.ok && atDiscount.ok && given.value).not.toBeCloseTo(atDiscount.ok ? atDiscount.value : 0, 3);
});
