import { defaultInputs, BusinessCaseInputs } from '../../../src/core/inputs/schema';
import { defaultUncertainty } from '../../../src/core/simulation/defaultUncertainty';

/** The default risk view: each scenario multiplier as a PERT on the inputs it scales, from base × conservative to base × optimistic, base most likely. */

const CASE: BusinessCaseInputs = {
  ...defaultInputs(),
  deflection_rate: 0.9,
  aht_reduction: 0.2,
  revenue_margin: 0.4,
  customers: 10000,
  churn_reduction: 0.01,
  revenue_per_customer_per_year: 500,
  implementation_cost: 200000,
  monitoring_per_year: 0,
};

function pertOf(inputs: BusinessCaseInputs, key: string) {
  return defaultUncertainty(inputs).inputs.find((input) => input.key === key)?.distribution;
}

describe('defaultUncertainty', () => {
  test('10,000 Latin-hypercube trials at seed 1, a PERT per driver from conservative to optimistic, clamped to the field', () => {
    const spec = defaultUncertainty(CASE);
    expect(spec).toMatchObject({ trials: 10000, seed: 1, sampling: 'latinHypercube', repairCorrelations: false });
    // deflection 0.9 × 0.75 to 0.9 × 1.15 = 1.035, which the field (and the model's cap) holds at 100 %
    expect(pertOf(CASE, 'deflection_rate')).toEqual({ kind: 'pert', low: 0.9 * 0.75, mostLikely: 0.9, high: 1 });
    expect(pertOf(CASE, 'aht_reduction')).toEqual({ kind: 'pert', low: 0.2 * 0.75, mostLikely: 0.2, high: 0.2 * 1.15 });
    expect(pertOf(CASE, 'revenue_margin')).toEqual({ kind: 'pert', low: 0.4 * 0.5, mostLikely: 0.4, high: 0.4 * 1.25 });
    // costs: optimistic 0.95 is the low end, conservative 1.15 the high one
    expect(pertOf(CASE, 'implementation_cost')).toEqual({ kind: 'pert', low: 200000 * 0.95, mostLikely: 200000, high: 200000 * 1.15 });
    expect(pertOf(CASE, 'platform_subscription_per_year')).toEqual({ kind: 'pert', low: 400000 * 0.95, mostLikely: 400000, high: 400000 * 1.15 });
  });

  test('an input with no width is left fixed: a base of 0, equal multipliers, a revenue margin with no revenue lines', () => {
    expect(pertOf(CASE, 'monitoring_per_year')).toBeUndefined();
    expect(pertOf({ ...CASE, conservative_assist_multiplier: 1.1, optimistic_assist_multiplier: 1.1 }, 'aht_reduction')).toEqual({ kind: 'pert', low: 0.2, mostLikely: 0.2, high: 0.2 * 1.1 });
    expect(pertOf({ ...CASE, conservative_assist_multiplier: 1, optimistic_assist_multiplier: 1 }, 'aht_reduction')).toBeUndefined();
    expect(pertOf({ ...CASE, customers: 0 }, 'revenue_margin')).toBeUndefined();
  });

  test('the costs move together: every pair of cost inputs rank-correlated 1, nothing else correlated', () => {
    const spec = defaultUncertainty(CASE);
    const costs = ['implementation_cost', 'platform_subscription_per_year'];
    expect(spec.correlations).toEqual([{ between: costs, rankCorrelation: 1 }]);
  });
});
