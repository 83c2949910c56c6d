import { readFileSync } from 'fs';
import { join } from 'path';
import { defaultInputs, groupInputs, parseInputs, BusinessCaseInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model';

function readExample(name: string): BusinessCaseInputs {
  const parsed = parseInputs(JSON.parse(readFileSync(join(__dirname, '../../examples', name), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map((issue) => issue.message).join('; ')}`);
  return parsed.inputs;
}

const toCents = (value: number) => Math.round(value * 100) / 100;

/** Σ_{m=1..n} (1 + rate)^(−m/12), written out from MODEL.md's discounting rule. */
function sumOfDiscountFactors(rate: number, months: number): number {
  let total = 0;
  for (let m = 1; m <= months; m++) total += 1 / Math.pow(1 + rate, m / 12);
  return total;
}

describe('examples/*.json pass parseInputs', () => {
  test('the seed case is the defaults, named after MODEL.md', () => {
    const seed = readExample('seed-case.json');
    expect(seed).toEqual({ ...defaultInputs(), organisation_name: 'Seed case: AI chat for a 100,000-contact service desk' });
  });

  test('the mid-market case is a realistic, complete case', () => {
    const mid = readExample('mid-market.json');
    expect(mid).toMatchObject({
      contacts_per_month: 60000,
      human_cost_per_contact: 6.5,
      ai_pricing_model: 'per_resolution',
      deflection_rate: 0.35,
      containment_rate: 0.85,
      ramp_shape: 's_curve',
      revenue_margin: 0.3,
      benefit_risk: 0.1,
      cost_risk: 0.05,
    });
    expect(mid.implementation_cost + mid.integration_cost + mid.training_change_cost + mid.knowledge_base_cost).toBe(350000);
    // written by groupInputs: a round trip changes nothing
    expect(parseInputs(JSON.parse(JSON.stringify(groupInputs(mid))))).toEqual({ ok: true, inputs: mid, uncertainty: null });
    const outputs = buildBusinessCase(mid).base.outputs;
    // a case a finance team would recognise: pays back inside the 6–18 months adopters report
    expect(outputs.paybackMonths.ok && outputs.paybackMonths.value).toBeGreaterThan(6);
    expect(outputs.paybackMonths.ok && outputs.paybackMonths.value).toBeLessThan(18);
    expect(outputs.irr.ok).toBe(true);
  });
});

describe('MODEL.md seed reproduction case through the core model', () => {
  const seedCase = buildBusinessCase(readExample('seed-case.json'));
  const base = seedCase.base;

  test('automation saves 140,000.00 in every month, to the cent', () => {
    const automation = base.monthly.benefitLines.find((line) => line.id === 'automation')!;
    expect(automation.unadjusted[0]).toBe(0);
    for (let m = 1; m <= 36; m++) {
      expect(toCents(automation.unadjusted[m])).toBe(140000);
      expect(toCents(automation.adjusted[m])).toBe(140000);
    }
  });

  test('year-one benefits 1,680,000.00, costs 400,000.00, ROI 3.2 (320%)', () => {
    expect(toCents(base.outputs.year1Benefits)).toBe(1680000);
    expect(toCents(base.outputs.year1Costs)).toBe(400000);
    expect(base.outputs.year1Roi.ok && base.outputs.year1Roi.value).toBeCloseTo(3.2, 12);
    expect(toCents(base.annual.years[0].benefitsAdjusted)).toBe(1680000);
  });

  test('no up-front cost: pays back at once, IRR has no sign change, NPV is 106,666.67 a month discounted', () => {
    expect(base.outputs.paybackMonths).toEqual({ ok: true, value: 0 });
    expect(base.outputs.discountedPaybackMonths).toEqual({ ok: true, value: 0 });
    expect(base.outputs.irr.ok).toBe(false);
    if (!base.outputs.irr.ok) expect(base.outputs.irr.error.kind).toBe('noSolution');
    const monthlyNet = 140000 - 400000 / 12;
    expect(base.outputs.npv).toBeCloseTo(monthlyNet * sumOfDiscountFactors(0.1, 36), 2);
    expect(base.outputs.roiHorizon.ok && base.outputs.roiHorizon.value).toBeCloseTo(3.2, 10);
    expect(base.outputs.benefitCostRatio.ok && base.outputs.benefitCostRatio.value).toBeCloseTo(4.2, 10);
  });

  test('cost per contact 4.00 before, 2.60 + 400,000/12/100,000 after; FTE from 8-minute contacts', () => {
    expect(base.outputs.costPerContactBefore).toBe(4);
    expect(base.outputs.costPerContactAfter).toBeCloseTo(2.6 + 400000 / 12 / 100000, 12);
    const productiveHours = 160 * 0.85 * (1 - 0.3);
    const before = (100000 * 8) / 60 / productiveHours;
    expect(base.outputs.fteBefore).toEqual({ ok: true, value: expect.closeTo(before, 9) });
    expect(base.outputs.fteAfter).toEqual({ ok: true, value: expect.closeTo(before * 0.6, 9) });
    expect(base.outputs.fteFreed).toEqual({ ok: true, value: expect.closeTo(before * 0.4, 9) });
  });

  test('sensitivity ±20%: swings written out from the seed\'s unit economics, in tornado order', () => {
    const annuity = sumOfDiscountFactors(0.1, 36);
    const contactsOnAi = 100000 * 0.4;
    const expected: Record<string, number> = {
      human_cost_per_contact: 2 * 0.2 * 4 * contactsOnAi * annuity,
      contacts_per_month: 2 * 0.2 * 140000 * annuity,
      deflection_rate: 2 * 0.2 * 140000 * annuity,
      // containment 0.8 .. 1 (capped at its maximum): 0.2 × 4 per AI contact
      containment_rate: 0.2 * 4 * contactsOnAi * annuity,
      platform_subscription_per_year: (2 * 0.2 * 400000 * annuity) / 12,
      ai_cost_per_contact: 2 * 0.2 * 0.5 * contactsOnAi * annuity,
      discount_rate: (140000 - 400000 / 12) * (sumOfDiscountFactors(0.08, 36) - sumOfDiscountFactors(0.12, 36)),
      aht_reduction: 0,
      revenue_margin: 0,
      one_time_costs: 0,
    };
    const drivers = seedCase.sensitivity.drivers;
    expect(drivers.map((d) => d.driver)).toEqual(Object.keys(expected));
    for (const driver of drivers) expect(driver.swing).toBeCloseTo(expected[driver.driver], 2);
    expect(seedCase.sensitivity.baseNpv).toBe(base.outputs.npv);
    const containment = drivers.find((d) => d.driver === 'containment_rate')!;
    expect([containment.low, containment.high]).toEqual([0.8, 1]);
  });

  test('scenarios: conservative < base < optimistic with the default multipliers', () => {
    const npv = (id: 'conservative' | 'base' | 'optimistic') => seedCase.scenarios[id].outputs.npv;
    expect(npv('conservative')).toBeLessThan(npv('base'));
    expect(npv('base')).toBeLessThan(npv('optimistic'));
    // conservative: deflection 30%, costs × 1.15, written out
    const annuity = sumOfDiscountFactors(0.1, 36);
    expect(npv('conservative')).toBeCloseTo((100000 * 0.3 * 3.5 - (400000 / 12) * 1.15) * annuity, 2);
    expect(npv('optimistic')).toBeCloseTo((100000 * 0.46 * 3.5 - (400000 / 12) * 0.95) * annuity, 2);
  });
});
