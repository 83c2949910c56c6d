import { readFileSync } from 'fs';
import path from 'path';
import { BusinessCaseInputs, groupInputs, parseInputs } from '../../../src/core/inputs/schema';
import { buildBusinessCase, NumericInputKey } from '../../../src/core/model';
import { defaultUncertainty } from '../../../src/core/simulation/defaultUncertainty';
import { riskJson } from '../../../src/core/simulation/riskJson';
import { RiskResult, simulateRisk, SimulateOptions } from '../../../src/core/simulation/simulate';
import { UncertaintySpec } from '../../../src/core/simulation/uncertainty';
import { unwrap } from './support';

/**
 * The simulation against theory and the core model: no spread gives the deterministic case in
 * every percentile; NPV linear in one uniform input gives the uniform's percentiles; the same
 * seed gives the same bytes whatever the chunk; each audited trial is the core model's case.
 */

function midMarket(changes: Partial<BusinessCaseInputs> = {}): BusinessCaseInputs {
  const raw = JSON.parse(readFileSync(path.join(__dirname, '../../../examples/mid-market.json'), 'utf8'));
  const parsed = parseInputs(raw);
  if (!parsed.ok) throw new Error(parsed.issues[0].message);
  return { ...parsed.inputs, ...changes };
}

function spec(inputs: UncertaintySpec['inputs'], changes: Partial<UncertaintySpec> = {}): UncertaintySpec {
  return { trials: 2000, seed: 1, sampling: 'latinHypercube', inputs, correlations: [], repairCorrelations: false, ...changes };
}

function simulate(inputs: BusinessCaseInputs, uncertainty: UncertaintySpec, options?: SimulateOptions): RiskResult {
  return unwrap(simulateRisk(inputs, uncertainty, options));
}

const PERCENTILES = ['p5', 'p10', 'p50', 'p90', 'p95'] as const;

describe('simulateRisk', () => {
  test('zero-width distributions: every NPV percentile is the deterministic NPV to the cent, and ROI and payback too', () => {
    const inputs = midMarket();
    const fixed = (['deflection_rate', 'aht_reduction', 'platform_subscription_per_year'] as const).map((key) => ({ key, distribution: { kind: 'pert' as const, low: inputs[key], mostLikely: inputs[key], high: inputs[key] } }));
    const result = simulate(inputs, spec([...fixed, { key: 'containment_rate', distribution: { kind: 'uniform', low: inputs.containment_rate, high: inputs.containment_rate } }]));
    const outputs = buildBusinessCase(inputs).base.outputs;
    for (const p of [...PERCENTILES, 'mean'] as const) expect(Math.abs(result.npv[p] - outputs.npv)).toBeLessThan(0.005);
    expect(result.npv.sd).toBeLessThan(1e-6);
    expect(unwrap(result.roi).p50).toBeCloseTo(unwrap(outputs.roiHorizon), 9);
    expect(unwrap(result.year1Roi).p90).toBeCloseTo(unwrap(outputs.year1Roi), 9);
    expect(result.paybackMonths.p10).toBeCloseTo(unwrap(outputs.paybackMonths), 9);
    expect(result.probNpvNegative).toBe(0);
  });

  test('NPV linear in one uniform input: P10, P50, P90 within three standard errors of the uniform NPV\'s', () => {
    const inputs = midMarket();
    const [low, high] = [100000, 900000];
    const result = simulate(inputs, spec([{ key: 'platform_subscription_per_year', distribution: { kind: 'uniform', low, high } }], { trials: 20000, sampling: 'random', seed: 42 }));
    const npvAt = (subscription: number) => buildBusinessCase({ ...inputs, platform_subscription_per_year: subscription }).base.outputs.npv;
    // the subscription is a cost: NPV falls linearly from npvAt(low) to npvAt(high)
    const [top, bottom] = [npvAt(low), npvAt(high)];
    expect(npvAt((low + high) / 2)).toBeCloseTo((top + bottom) / 2, 2);
    for (const [name, p] of [['p10', 0.1], ['p50', 0.5], ['p90', 0.9]] as const) {
      const analytic = bottom + p * (top - bottom);
      // a sample quantile's standard error: √(p(1 − p)/n) / density, the density of a uniform 1/range
      const standardError = (Math.sqrt((p * (1 - p)) / 20000) * (top - bottom));
      expect(Math.abs(result.npv[name] - analytic)).toBeLessThan(3 * standardError);
    }
    expect(result.drivers[0]).toMatchObject({ input: 'platform_subscription_per_year', varianceShare: 1 });
    expect(result.drivers[0].rankCorrelation).toBeCloseTo(-1, 9);
  });

  test('determinism: the same seed gives the same bytes, whatever the chunk; another seed does not', () => {
    const inputs = midMarket();
    const uncertainty = { ...defaultUncertainty(inputs), trials: 3000 };
    const bytes = (result: RiskResult) => Buffer.from(result.audit.npv.buffer).toString('hex');
    const whole = simulate(inputs, uncertainty, { chunk: 3000 });
    const progress: number[] = [];
    const chunked = simulate(inputs, uncertainty, { chunk: 337, onProgress: (done, total) => progress.push(done / total) });
    expect(bytes(chunked)).toBe(bytes(whole));
    expect(chunked.audit.inputs.map((input) => Buffer.from(input.values.buffer).toString('hex'))).toEqual(whole.audit.inputs.map((input) => Buffer.from(input.values.buffer).toString('hex')));
    expect(chunked.npv).toEqual(whole.npv);
    expect(chunked.paybackMonths).toEqual(whole.paybackMonths);
    expect(chunked.drivers).toEqual(whole.drivers);
    expect(progress.length).toBe(Math.ceil(3000 / 337));
    expect(progress[progress.length - 1]).toBe(1);
    expect(bytes(simulate(inputs, uncertainty))).toBe(bytes(whole));
    expect(bytes(simulate(inputs, { ...uncertainty, seed: 2 }))).not.toBe(bytes(whole));
  });

  test('per-trial parity: 200 audited trials, typed into the inputs, give the trial\'s NPV to the cent through buildBusinessCase', () => {
    const inputs = midMarket({ horizon_months: 48 });
    const uncertainty = defaultUncertainty(inputs);
    const withWholeNumbers = { ...uncertainty, trials: 1000, inputs: [...uncertainty.inputs, { key: 'ramp_months' as const, distribution: { kind: 'triangular' as const, low: 2, mode: 6, high: 12 } }] };
    const result = simulate(inputs, withWholeNumbers);
    for (let t = 0; t < 200; t++) {
      const drawn = Object.fromEntries(result.audit.inputs.map(({ key, values }) => [key, values[t]])) as Partial<Record<NumericInputKey, number>>;
      const trial = parseInputs(groupInputs({ ...inputs, ...drawn }));
      if (!trial.ok) throw new Error(`trial ${t + 1} is not a valid input set: ${trial.issues[0].message}`);
      expect(Math.abs(buildBusinessCase(trial.inputs).base.outputs.npv - result.audit.npv[t])).toBeLessThan(0.005);
    }
  });

  test('payback within a threshold beyond the horizon does not count trials that never pay back', () => {
    // a 12-month horizon and a 48-month threshold: a trial that has not paid back by month 12 is not "within 48"
    const inputs = midMarket({ horizon_months: 12, threshold_max_payback_months: 48 });
    const result = simulate(inputs, spec([{ key: 'implementation_cost', distribution: { kind: 'uniform', low: 0, high: 3e6 } }], { trials: 1000 }));
    expect(result.paybackMonths.probNotPaidBack).toBeGreaterThan(0.1);
    expect(result.probPaybackWithinThreshold).toBeCloseTo(1 - result.paybackMonths.probNotPaidBack, 12);
    expect(result.paybackMonths.mean).toBeNull();
    expect(result.paybackMonths.p95).toBeNull();
    expect(result.paybackMonths.p5).not.toBeNull();
    expect(riskJson(result).risk.notes.join(' ')).toMatch(/do not pay back within the 12-month horizon/);
  });

  test('repaired correlations say so', () => {
    const inputs = midMarket();
    const uniform = (key: 'deflection_rate' | 'containment_rate' | 'aht_reduction') => ({ key, distribution: { kind: 'uniform' as const, low: inputs[key] * 0.9, high: inputs[key] } });
    const correlations = [
      { between: ['deflection_rate', 'containment_rate'] as const, rankCorrelation: 0.9 },
      { between: ['deflection_rate', 'aht_reduction'] as const, rankCorrelation: 0.9 },
      { between: ['containment_rate', 'aht_reduction'] as const, rankCorrelation: -0.9 },
    ];
    const result = simulate(inputs, spec([uniform('deflection_rate'), uniform('containment_rate'), uniform('aht_reduction')], { correlations, repairCorrelations: true }));
    expect(result.correlationRepair).toMatch(/nearest consistent set/);
    expect(simulateRisk(inputs, spec([uniform('deflection_rate'), uniform('containment_rate'), uniform('aht_reduction')], { correlations })).ok).toBe(false);
  });

  test('riskJson has the --json shape, rates as fractions, drivers by |rank correlation|', () => {
    const inputs = midMarket();
    const json = riskJson(simulate(inputs, { ...defaultUncertainty(inputs), trials: 1000 })).risk;
    expect(Object.keys(json)).toEqual(['trials', 'seed', 'npv', 'roi', 'year1_roi', 'payback_months', 'prob_npv_negative', 'prob_payback_within_threshold', 'prob_roi_above_threshold', 'drivers', 'notes']);
    expect(Object.keys(json.npv)).toEqual(['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95']);
    expect(json.drivers[0]).toEqual({ input: 'deflection_rate', rank_correlation: expect.any(Number), variance_share: expect.any(Number) });
    const magnitudes = json.drivers.map((driver) => Math.abs(driver.rank_correlation));
    expect(magnitudes).toEqual([...magnitudes].sort((a, b) => b - a));
    expect(json.drivers.reduce((total, driver) => total + driver.variance_share, 0)).toBeCloseTo(1, 12);
  });
});
