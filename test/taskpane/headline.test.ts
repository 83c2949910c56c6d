import { defaultInputs } from '../../src/core/inputs/schema';
import { headlineOf } from '../../src/taskpane/integrations';

describe('the result panel\'s headline', () => {
  test('seed case (MODEL.md): ROI 320% over the horizon (same discounting on both sides, no month-0 cost), payback at once', () => {
    const headline = headlineOf(defaultInputs());
    expect(headline.roi).toBeCloseTo(3.2, 12);
    expect(headline.paybackMonths).toBe(0);
    expect(headline.horizonMonths).toBe(36);
    // 140,000 of savings less 400,000/12 of subscription, every month for 36 months, discounted monthly at 10% a year
    const monthlyRate = Math.pow(1.1, 1 / 12) - 1;
    let npv = 0;
    for (let month = 1; month <= 36; month += 1) npv += (140000 - 400000 / 12) / Math.pow(1 + monthlyRate, month);
    expect(headline.npv).toBeCloseTo(npv, 2);
  });

  test('year-1 ROI includes the initial investment; IRR n/a with its reason; MIRR beside it', () => {
    const headline = headlineOf({ ...defaultInputs(), implementation_cost: 500000 });
    const costs = 500000 + 400000;
    expect(headline.year1Roi).toBeCloseTo((1680000 - costs) / costs, 12);
    expect(defaultInputs().implementation_cost).toBe(0);
    const seed = headlineOf(defaultInputs());
    expect(seed.irr).toBeNull();
    expect(seed.notes).toContain('IRR n/a: IRR needs an investment: the net flows are never negative (nothing to earn a rate on).');
    expect(headline.mirr).not.toBeNull();
  });

  test('a case with no cost at all has no ROI to show rather than a division by zero', () => {
    const headline = headlineOf({ ...defaultInputs(), platform_subscription_per_year: 0, ai_cost_per_contact: 0 });
    expect(headline.roi).toBeNull();
    expect(Number.isFinite(headline.npv)).toBe(true);
  });
});
