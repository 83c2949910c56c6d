import { parseUncertainty } from '../../../src/core/simulation/uncertainty';

/** Validation of the inputs file's `uncertainty` group: each bad input is refused with a message naming its path and the accepted range or rule. */

const pert = (low: number, mostLikely: number, high: number) => ({ distribution: 'pert', low, most_likely: mostLikely, high });
const VALID = {
  trials: 5000,
  seed: 7,
  sampling: 'random',
  inputs: { deflection_rate: pert(0.3, 0.4, 0.5), containment_rate: { distribution: 'uniform', low: 0.8, high: 0.95 }, human_cost_per_contact: { distribution: 'normal', mean: 6, sd: 0.5 } },
  correlations: [{ between: ['deflection_rate', 'containment_rate'], rank_correlation: 0.6 }],
};

function issuesOf(raw: unknown) {
  const parsed = parseUncertainty(raw);
  if (parsed.ok) throw new Error('expected the group to be refused');
  return parsed.issues;
}

function expectIssue(raw: unknown, path: string, message: RegExp): void {
  const issue = issuesOf(raw).find((candidate) => candidate.path === path);
  expect(issue).toBeDefined();
  expect(issue!.message.startsWith(path)).toBe(true);
  expect(issue!.message).toMatch(message);
}

describe('parseUncertainty', () => {
  test('a valid group: snake_case in, the sampler\'s camelCase out; unset settings take their defaults', () => {
    const parsed = parseUncertainty(VALID);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.spec).toMatchObject({ trials: 5000, seed: 7, sampling: 'random', repairCorrelations: false });
    expect(parsed.spec.inputs[0]).toEqual({ key: 'deflection_rate', distribution: { kind: 'pert', low: 0.3, mostLikely: 0.4, high: 0.5 } });
    expect(parsed.spec.correlations).toEqual([{ between: ['deflection_rate', 'containment_rate'], rankCorrelation: 0.6 }]);
    const defaults = parseUncertainty({ inputs: VALID.inputs });
    expect(defaults.ok && defaults.spec).toMatchObject({ trials: 10000, seed: 1, sampling: 'latinHypercube', correlations: [] });
  });

  test('low = high is accepted (a fixed input)', () => {
    expect(parseUncertainty({ inputs: { deflection_rate: pert(0.4, 0.4, 0.4) } }).ok).toBe(true);
  });

  test('an unknown key, a text input, the horizon and a blank-able override are refused', () => {
    expectIssue({ inputs: { deflection_rat: pert(0.3, 0.4, 0.5) } }, 'uncertainty.inputs.deflection_rat', /not an input/);
    expectIssue({ inputs: { currency: pert(0.3, 0.4, 0.5) } }, 'uncertainty.inputs.currency', /only numeric inputs/);
    expectIssue({ inputs: { horizon_months: pert(24, 36, 48) } }, 'uncertainty.inputs.horizon_months', /length of the timeline/);
    expectIssue({ inputs: { risk_upsell: pert(0.1, 0.2, 0.3) } }, 'uncertainty.inputs.risk_upsell', /blank/);
    expectIssue({ inputs: { optimistic_cost_multiplier: pert(0.9, 1, 1.1) } }, 'uncertainty.inputs.optimistic_cost_multiplier', /scenario setting/);
  });

  test('low > high, most likely outside [low, high], a bound outside the field\'s range', () => {
    expectIssue({ inputs: { deflection_rate: pert(0.5, 0.5, 0.3) } }, 'uncertainty.inputs.deflection_rate.high', /at least low \(0\.5\); got 0\.3/);
    expectIssue({ inputs: { deflection_rate: pert(0.3, 0.6, 0.5) } }, 'uncertainty.inputs.deflection_rate.most_likely', /from low \(0\.3\) to high \(0\.5\); got 0\.6/);
    expectIssue({ inputs: { deflection_rate: pert(0.3, 0.4, 1.2) } }, 'uncertainty.inputs.deflection_rate.high', /between 0% and 100%/);
  });

  test('sd of 0 or below, a lognormal mean of 0, a missing or foreign parameter', () => {
    expectIssue({ inputs: { human_cost_per_contact: { distribution: 'normal', mean: 6, sd: 0 } } }, 'uncertainty.inputs.human_cost_per_contact.sd', /above 0; got 0/);
    expectIssue({ inputs: { human_cost_per_contact: { distribution: 'normal', mean: 6, sd: -1 } } }, 'uncertainty.inputs.human_cost_per_contact.sd', /above 0/);
    expectIssue({ inputs: { human_cost_per_contact: { distribution: 'lognormal', mean: 0, sd: 1 } } }, 'uncertainty.inputs.human_cost_per_contact.mean', /above 0 for a lognormal/);
    expectIssue({ inputs: { deflection_rate: { distribution: 'pert', low: 0.3, high: 0.5 } } }, 'uncertainty.inputs.deflection_rate.most_likely', /missing/);
    expectIssue({ inputs: { deflection_rate: { distribution: 'uniform', low: 0.3, high: 0.5, sd: 0.1 } } }, 'uncertainty.inputs.deflection_rate.sd', /not a parameter of a uniform/);
    expectIssue({ inputs: { deflection_rate: { distribution: 'beta', low: 0.3, high: 0.5 } } }, 'uncertainty.inputs.deflection_rate.distribution', /one of pert, triangular/);
  });

  test('trials outside 100..1,000,000 and a seed outside 0..2^32 − 1', () => {
    expectIssue({ ...VALID, trials: 99 }, 'uncertainty.trials', /between 100 and 1,000,000; got 99/);
    expectIssue({ ...VALID, trials: 1_000_001 }, 'uncertainty.trials', /between 100 and 1,000,000/);
    expectIssue({ ...VALID, trials: 2500.5 }, 'uncertainty.trials', /whole number/);
    expectIssue({ ...VALID, seed: -1 }, 'uncertainty.seed', /between 0 and 4,294,967,295/);
    expectIssue({ ...VALID, seed: 2 ** 32 }, 'uncertainty.seed', /between 0 and 4,294,967,295/);
  });

  test('a correlation beyond ±1, naming an input that is not uncertain, naming one input twice, or repeating a pair', () => {
    const withCorrelations = (correlations: unknown[]) => ({ ...VALID, correlations });
    expectIssue(withCorrelations([{ between: ['deflection_rate', 'containment_rate'], rank_correlation: 1.2 }]), 'uncertainty.correlations.0.rank_correlation', /between -1 and 1; got 1\.2/);
    expectIssue(withCorrelations([{ between: ['deflection_rate', 'aht_reduction'], rank_correlation: 0.5 }]), 'uncertainty.correlations.0.between.1', /"aht_reduction", which is not one of the uncertain inputs/);
    expectIssue(withCorrelations([{ between: ['deflection_rate', 'deflection_rate'], rank_correlation: 0.5 }]), 'uncertainty.correlations.0.between', /twice/);
    expectIssue(
      withCorrelations([{ between: ['deflection_rate', 'containment_rate'], rank_correlation: 0.5 }, { between: ['containment_rate', 'deflection_rate'], rank_correlation: 0.2 }]),
      'uncertainty.correlations.1.between',
      /repeats the pair containment_rate and deflection_rate of uncertainty\.correlations\.0/,
    );
  });

  test('correlations that cannot all hold are refused naming the pair, unless repair is asked for', () => {
    const inconsistent = {
      inputs: VALID.inputs,
      correlations: [
        { between: ['deflection_rate', 'containment_rate'], rank_correlation: 0.9 },
        { between: ['deflection_rate', 'human_cost_per_contact'], rank_correlation: 0.9 },
        { between: ['containment_rate', 'human_cost_per_contact'], rank_correlation: -0.9 },
      ],
    };
    expectIssue(inconsistent, 'uncertainty.correlations', /containment_rate and human_cost_per_contact cannot hold.*repair_correlations/);
    const repaired = parseUncertainty({ ...inconsistent, repair_correlations: true });
    expect(repaired.ok && repaired.spec.repairCorrelations).toBe(true);
  });

  test('every problem at once, and an unknown field of the group', () => {
    const issues = issuesOf({ trials: 5, seed: -3, inputs: { nope: pert(1, 2, 3) }, extra: true });
    expect(issues.map((issue) => issue.path)).toEqual(['uncertainty']);
    expect(issues[0].message).toMatch(/unknown field "extra"/);
    expect(issuesOf({ trials: 5, seed: -3, inputs: { nope: pert(1, 2, 3) } }).map((issue) => issue.path)).toEqual(['uncertainty.trials', 'uncertainty.seed', 'uncertainty.inputs.nope']);
  });
});
