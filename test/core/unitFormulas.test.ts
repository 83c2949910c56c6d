import { evaluateRoiFunction } from '../../src/core/roiFunctions/evaluate';

const value = (name: Parameters<typeof evaluateRoiFunction>[0], args: unknown[]): number => {
  const result = evaluateRoiFunction(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('unit formulas, worked by hand from MODEL.md', () => {
  test('CONTAINED_SAVINGS charges failed containment twice: 100k·0.4·(0.8·4 − 0.5) = 108,000', () => {
    expect(value('CONTAINED_SAVINGS', [100000, 4, 0.4, 0.5, 0.8])).toBeCloseTo(108000, 2);
  });
  test('COST_PER_CONTACT with 80% containment: 0.4·0.5 + 0.6·4 + 0.4·0.2·4 = 2.92', () => {
    expect(value('COST_PER_CONTACT', [4, 0.5, 0.4, 0.8])).toBeCloseTo(2.92, 10);
  });
  test('ASSIST_SAVINGS: 60,000 human contacts · 4 · 20% = 48,000', () => {
    expect(value('ASSIST_SAVINGS', [60000, 4, 0.2])).toBeCloseTo(48000, 2);
  });
  test('UPSELL_REVENUE with a 30% margin = 30,000', () => {
    expect(value('UPSELL_REVENUE', [50000, 0.05, 0.07, 100, 0.3])).toBeCloseTo(30000, 2);
  });
  test('ATTRITION_SAVINGS: 200 · 10% · 8,000 = 160,000', () => {
    expect(value('ATTRITION_SAVINGS', [200, 0.1, 8000])).toBeCloseTo(160000, 2);
  });
  test('REVIEW_COST: 40,000 · 5% · 3/60 h · 40 = 4,000', () => {
    expect(value('REVIEW_COST', [40000, 0.05, 3, 40])).toBeCloseTo(4000, 2);
  });
  test('NET_ANNUAL_VALUE adds benefits and subtracts the three costs', () => {
    expect(value('NET_ANNUAL_VALUE', [1000000, 50000, 100000, 50000, 300000, 200000, 50000])).toBeCloseTo(650000, 2);
  });
  test('RISK_ADJUST: benefits down, costs up (TEI)', () => {
    expect(value('RISK_ADJUST', [100000, 0.1, 'benefit'])).toBeCloseTo(90000, 2);
    expect(value('RISK_ADJUST', [100000, 0.1, 'cost'])).toBeCloseTo(110000, 2);
    expect(value('RISK_ADJUST', [100000, 0.1, null])).toBeCloseTo(90000, 2);
    expect(value('RISK_ADJUST', [100000, 0.1, 'COST'])).toBeCloseTo(110000, 2);
  });
  test('RISK_ADJUST moves negative lines against the case too: −925,000 − 90%·925,000 = −1,757,500', () => {
    // value·(1 − risk) would give −92,500: a loss made 90% smaller, in the case's favour
    expect(value('RISK_ADJUST', [-925000, 0.9, 'benefit'])).toBeCloseTo(-1757500, 2);
    // a credit (negative cost) is trusted less: −50,000 + 10%·50,000 = −45,000, not −55,000
    expect(value('RISK_ADJUST', [-50000, 0.1, 'cost'])).toBeCloseTo(-45000, 2);
    expect(value('RISK_ADJUST', [0, 0.5, 'benefit'])).toBe(0);
  });
  test('PAYBACK_MONTHS: 300,000 upfront, 100,000 a month = 3 months; nothing upfront = 0', () => {
    expect(value('PAYBACK_MONTHS', [300000, 100000])).toBe(3);
    expect(value('PAYBACK_MONTHS', [0, -5])).toBe(0);
  });
  test('RAMP linear: 0 before go-live, then 1/M per month, capped at 1', () => {
    const ramp = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((month) => value('RAMP', [month, 3, 4, null]));
    expect(ramp).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1]);
  });
  test('RAMP s_curve is smoothstep of the linear ramp: starts lower, meets it at 50% and at full', () => {
    expect(value('RAMP', [3, 3, 4, 's_curve'])).toBeCloseTo(0.25 * 0.25 * (3 - 0.5), 12);
    expect(value('RAMP', [4, 3, 4, 's-curve'])).toBeCloseTo(0.5, 12);
    expect(value('RAMP', [6, 3, 4, 's_curve'])).toBe(1);
  });
  test('RAMP with months_to_full 0 is full adoption at go-live', () => {
    expect(value('RAMP', [1, 1, 0])).toBe(1);
  });
  test('FTE: 100,000 contacts · 8 min = 13,333.3 h / (160 · 85% · 70%) = 140.06', () => {
    const hours = (100000 * 8) / 60;
    expect(value('FTE', [hours, 160, 0.85, 0.3])).toBeCloseTo(hours / (160 * 0.85 * 0.7), 10);
    expect(value('FTE', [hours, 160, 0.85, 0.3])).toBeCloseTo(140.056, 3);
  });
});
