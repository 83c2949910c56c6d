import { evaluateRoiFunction } from '../../src/core/roiFunctions/evaluate';
import { RoiFunctionName } from '../../src/core/roiFunctions/specs';

/** MODEL.md's "seed check" column, each to the cent (or to 1e-12 for fractions). */
const SEED_CHECKS: readonly { name: RoiFunctionName; args: unknown[]; expected: number; why: string }[] = [
  { name: 'DEFLECTION_SAVINGS', args: [100000, 4, 0.4, 0.5], expected: 140000, why: '140,000 per month' },
  { name: 'CONTAINED_SAVINGS', args: [100000, 4, 0.4, 0.5, 1], expected: 140000, why: 'equals DEFLECTION_SAVINGS at k = 1' },
  { name: 'COST_PER_CONTACT', args: [4, 0.5, 0.4], expected: 2.6, why: 'blended 2.60' },
  { name: 'AHT_CAPACITY_GAIN', args: [0.2], expected: 0.25, why: '20% shorter AHT is 25% more throughput' },
  { name: 'CAPACITY_FTE', args: [200, 50, 60], expected: 40, why: '~40 more agents' },
  { name: 'UPSELL_REVENUE', args: [50000, 0.05, 0.07, 100], expected: 100000, why: '100,000 per month' },
  { name: 'RETAINED_REVENUE', args: [500000, 200, 0.01], expected: 1000000, why: '5,000 customers × 200' },
  { name: 'ROI', args: [1680000, 400000], expected: 3.2, why: '320%' },
  { name: 'BENEFIT_COST_RATIO', args: [1400000, 400000], expected: 3.5, why: '3.50 back per 1 spent' },
];

describe('MODEL.md seed checks', () => {
  test.each(SEED_CHECKS)('$name → $expected ($why)', ({ name, args, expected }) => {
    const result = evaluateRoiFunction(name, args);
    expect(result).toEqual({ ok: true, value: expect.any(Number) });
    if (result.ok) expect(result.value).toBeCloseTo(expected, 10);
  });

  test('a year of deflection savings is 1.68 M', () => {
    const monthly = evaluateRoiFunction('DEFLECTION_SAVINGS', [100000, 4, 0.4, 0.5]);
    expect(monthly.ok && Math.round(monthly.value * 12 * 100) / 100).toBe(1680000);
  });

  test('the worked example of the seed article: 400,000 before, 260,000 after', () => {
    const perContact = evaluateRoiFunction('COST_PER_CONTACT', [4, 0.5, 0.4]);
    expect(perContact.ok && perContact.value * 100000).toBeCloseTo(260000, 2);
  });

  test('capacity: the seed\'s loose 50 → 60 cases and the exact 20% cut differ as MODEL.md says', () => {
    const exact = evaluateRoiFunction('CAPACITY_FTE', [200, 50, 62.5]);
    expect(exact.ok && exact.value).toBeCloseTo(50, 10);
    const gain = evaluateRoiFunction('AHT_CAPACITY_GAIN', [0.2]);
    expect(gain.ok && 200 * gain.value).toBeCloseTo(50, 10);
  });
});
