import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model';

/**
 * A small case worked by hand from MODEL.md and docs/business-case-model.md: volume growth,
 * implementation time and a linear ramp, per-resolution pricing, containment below 1, agent
 * assist, human review, per-line risk and one-time costs. Expected values are written out here
 * from the formulas, not taken from the model.
 *
 * V = 10,000 growing 44% a year (so month 7 has 10,000·1.44^(6/12) = 12,000 contacts);
 * Ch = 5, Ca = 1 per resolution, d = 50%, k = 80%: a contained contact saves k·(Ch − Ca) = 3.20;
 * go-live in month 3 (2 months of implementation), full adoption after 4 months (25/50/75/100%);
 * handle time −10% on human contacts; 10% of AI contacts reviewed, 6 min at 30/h = 0.30 per AI contact;
 * subscription 24,000 a year; one-time 50,000 + 10,000.
 * Risk: benefits 10% (assist overridden to 0%), costs 5% (one-time overridden to 20%).
 */
const inputs: BusinessCaseInputs = {
  ...defaultInputs(),
  horizon_months: 14,
  discount_rate: 0.1,
  contacts_per_month: 10000,
  annual_volume_growth: 0.44,
  human_cost_per_contact: 5,
  deflection_rate: 0.5,
  containment_rate: 0.8,
  ai_pricing_model: 'per_resolution',
  ai_cost_per_contact: 1,
  implementation_months: 2,
  ramp_months: 4,
  ramp_shape: 'linear',
  aht_reduction: 0.1,
  implementation_cost: 50000,
  integration_cost: 10000,
  platform_subscription_per_year: 24000,
  review_share: 0.1,
  minutes_per_review: 6,
  reviewer_hourly_cost: 30,
  benefit_risk: 0.1,
  cost_risk: 0.05,
  risk_assist: 0,
  risk_one_time: 0.2,
};

const ADOPTION = [0, 0, 0, 0.25, 0.5, 0.75, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const volume = (m: number) => 10000 * Math.pow(1.44, (m - 1) / 12);

/** The month's risk-adjusted lines, written out line by line. */
function handMonth(m: number) {
  if (m === 0) return { automation: 0, assist: 0, review: 0, subscription: 0, oneTime: 60000 * 1.2 };
  const aiContacts = volume(m) * 0.5 * ADOPTION[m];
  return {
    automation: aiContacts * 0.8 * (5 - 1) * 0.9,
    assist: (volume(m) - aiContacts * 0.8) * 5 * 0.1 * ADOPTION[m],
    review: aiContacts * 0.1 * (6 / 60) * 30 * 1.05,
    subscription: 2000 * 1.05,
    oneTime: 0,
  };
}
const handNet = (m: number) => {
  const line = handMonth(m);
  return line.automation + line.assist - line.review - line.subscription - line.oneTime;
};
const months = Array.from({ length: 15 }, (_, m) => m);
const nets = months.map(handNet);
const discountFactor = (m: number) => Math.pow(1.1, -m / 12);

const businessCase = buildBusinessCase(inputs);
const base = businessCase.base;
const line = (id: string) => [...base.monthly.benefitLines, ...base.monthly.costLines].find((l) => l.id === id)!;

describe('golden case worked by hand', () => {
  test('month 0 holds the one-time costs only, raised by their own 20% risk', () => {
    expect(line('one_time').unadjusted[0]).toBe(60000);
    expect(line('one_time').adjusted[0]).toBeCloseTo(72000, 9);
    expect(base.monthly.net[0]).toBeCloseTo(-72000, 9);
    expect(base.monthly.discountFactor[0]).toBe(1);
  });

  test('months 1–2 before go-live: no benefit, subscription 2,000 × 1.05', () => {
    for (const m of [1, 2]) {
      expect(base.monthly.adoption[m]).toBe(0);
      expect(base.monthly.benefitsAdjusted[m]).toBe(0);
      expect(base.monthly.net[m]).toBeCloseTo(-2100, 9);
    }
  });

  test('month 7 (12,000 contacts, full adoption): every line to the cent', () => {
    expect(base.monthly.volume[7]).toBeCloseTo(12000, 9);
    expect(base.monthly.aiContacts[7]).toBeCloseTo(6000, 9);
    expect(line('automation').unadjusted[7]).toBeCloseTo(19200, 2); // 6,000 × 3.20
    expect(line('automation').adjusted[7]).toBeCloseTo(17280, 2); // × (1 − 10%)
    expect(line('assist').adjusted[7]).toBeCloseTo(3600, 2); // (12,000 − 4,800) × 5 × 10%, risk 0
    expect(line('review').unadjusted[7]).toBeCloseTo(1800, 2); // 6,000 × 0.30
    expect(line('review').adjusted[7]).toBeCloseTo(1890, 2);
    expect(line('subscription').adjusted[7]).toBeCloseTo(2100, 2);
    expect(base.monthly.net[7]).toBeCloseTo(16890, 2);
  });

  test('month 4 (adoption 50%): deflection 25% of 10,000·1.44^(3/12) contacts', () => {
    const v = 10000 * Math.sqrt(1.2); // 1.44^(1/4) = 1.2^(1/2)
    expect(base.monthly.deflection[4]).toBeCloseTo(0.25, 12);
    expect(line('automation').unadjusted[4]).toBeCloseTo(v * 0.25 * 3.2, 2);
    expect(line('assist').unadjusted[4]).toBeCloseTo((v - v * 0.25 * 0.8) * 5 * 0.1 * 0.5, 2);
  });

  test('every month\'s net flow, year totals and year-one ROI (with the initial investment)', () => {
    months.forEach((m) => expect(base.monthly.net[m]).toBeCloseTo(nets[m], 6));
    const yearOne = months.slice(1, 13);
    const benefits = yearOne.reduce((sum, m) => sum + handMonth(m).automation + handMonth(m).assist, 0);
    const costs = 72000 + yearOne.reduce((sum, m) => sum + handMonth(m).review + handMonth(m).subscription, 0);
    expect(base.outputs.year1Benefits).toBeCloseTo(benefits, 2);
    expect(base.outputs.year1Costs).toBeCloseTo(costs, 2);
    expect(base.outputs.year1Roi.ok && base.outputs.year1Roi.value).toBeCloseTo((benefits - costs) / costs, 12);
    expect(base.annual.years.map((y) => y.label)).toEqual(['Year 1', 'Year 2 (partial: 2 months)']);
    expect(base.annual.years.map((y) => y.partial)).toEqual([false, true]);
    expect(base.annual.initial.costsAdjusted).toBeCloseTo(72000, 6);
  });

  test('NPV, PV of benefits and costs, ROI and benefit/cost ratio on present values', () => {
    const pvBenefits = months.reduce((sum, m) => sum + (handMonth(m).automation + handMonth(m).assist) * discountFactor(m), 0);
    const pvCosts = months.reduce((sum, m) => sum + (handMonth(m).review + handMonth(m).subscription + handMonth(m).oneTime) * discountFactor(m), 0);
    expect(base.outputs.pvBenefits).toBeCloseTo(pvBenefits, 2);
    expect(base.outputs.pvCosts).toBeCloseTo(pvCosts, 2);
    expect(base.outputs.npv).toBeCloseTo(pvBenefits - pvCosts, 2);
    expect(base.outputs.roiHorizon.ok && base.outputs.roiHorizon.value).toBeCloseTo((pvBenefits - pvCosts) / pvCosts, 10);
    expect(base.outputs.benefitCostRatio.ok && base.outputs.benefitCostRatio.value).toBeCloseTo(pvBenefits / pvCosts, 10);
  });

  test('payback interpolated inside the month the cumulative flow turns ≥ 0; IRR zeroes the NPV', () => {
    let cumulative = nets[0];
    let payback = NaN;
    for (let m = 1; m <= 14 && Number.isNaN(payback); m++) {
      if (cumulative + nets[m] >= 0) payback = m - 1 + -cumulative / nets[m];
      cumulative += nets[m];
    }
    // by hand: cumulative −76,200 after month 2, then +2.5k, +7.1k, +11.7k, +16.3k, +16.9k, +17.4k: about −4k after month 8
    expect(payback).toBeGreaterThan(8);
    expect(payback).toBeLessThan(9);
    expect(base.outputs.paybackMonths.ok && base.outputs.paybackMonths.value).toBeCloseTo(payback, 9);
    // within the horizon undiscounted, but discounting pushes it later
    const discounted = base.outputs.discountedPaybackMonths;
    expect(!discounted.ok || discounted.value > payback).toBe(true);
    expect(base.outputs.irr.ok).toBe(true);
    if (base.outputs.irr.ok) {
      const annual = base.outputs.irr.value;
      const npvAtIrr = months.reduce((sum, m) => sum + nets[m] / Math.pow(1 + annual, m / 12), 0);
      expect(Math.abs(npvAtIrr)).toBeLessThan(0.01);
    }
  });

  test('cost per contact after: COST_PER_CONTACT(5 × 0.9, 0.8 × 1, 0.5, 0.8) + (2,000 + 1,500)/10,000 = 3.45', () => {
    expect(base.outputs.costPerContactAfter).toBeCloseTo(3.45, 12);
  });

  test('FTE in month 14: 8-minute contacts, 160 × 85% × 70% productive hours', () => {
    const v = volume(14);
    const hours = 160 * 0.85 * 0.7;
    const before = (v * 8) / 60 / hours;
    const after = (v * (1 - 0.5 * 0.8) * 8 * (1 - 0.1)) / 60 / hours;
    expect(base.outputs.fteBefore.ok && base.outputs.fteBefore.value).toBeCloseTo(before, 9);
    expect(base.outputs.fteAfter.ok && base.outputs.fteAfter.value).toBeCloseTo(after, 9);
    expect(base.outputs.fteFreed.ok && base.outputs.fteFreed.value).toBeCloseTo(before - after, 9);
  });

  test('conservative case: deflection 37.5%, assist 7.5%, every cost × 1.15 (one-time included)', () => {
    const conservative = businessCase.scenarios.conservative.monthly;
    const aiContacts = 12000 * 0.375;
    expect(conservative.net[0]).toBeCloseTo(-72000 * 1.15, 6);
    const month7 =
      aiContacts * 3.2 * 0.9 + (12000 - aiContacts * 0.8) * 5 * 0.075 - aiContacts * 0.3 * 1.05 * 1.15 - 2100 * 1.15;
    expect(conservative.net[7]).toBeCloseTo(month7, 6);
  });
});
