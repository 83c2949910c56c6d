import { createMarginal, createRandom, fillUniform, latinHypercube, Marginal, normalCdf, sampleInputs, truncate } from '../../../src/core/simulation/random';
import { rankScores } from '../../../src/core/simulation/random/copula';
import { spearman } from '../../../src/core/simulation/stats';
import { averageRanks } from '../../../src/core/simulation/stats/spearman';
import { ksCritical, ksStatistic, sampleMean, unwrap } from './support';

const N = 100_000;

describe('truncation', () => {
  const normal = unwrap(createMarginal({ kind: 'normal', mean: 10, sd: 4 }, 'x'));

  test('no draw outside [min, max], and the mean is the truncated normal’s closed form', () => {
    const truncated = unwrap(truncate(normal, { min: 8, max: 20 }));
    const uniforms = fillUniform(unwrap(createRandom(9)), new Float64Array(N));
    const sample = new Float64Array(N);
    truncated.fillQuantiles(uniforms, sample);
    expect(sample.every((x) => x >= 8 && x <= 20)).toBe(true);
    // E[X | a ≤ X ≤ b] = μ + σ (φ(α) − φ(β)) / (Φ(β) − Φ(α)), α = (a − μ)/σ, β = (b − μ)/σ
    const phi = (z: number) => Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    const [alpha, beta] = [-0.5, 2.5];
    const theory = 10 + (4 * (phi(alpha) - phi(beta))) / (normalCdf(beta) - normalCdf(alpha));
    expect(Math.abs(sampleMean(sample) - theory)).toBeLessThan(0.02);
    expect(ksStatistic(sample, (x) => truncated.cdf(x))).toBeLessThan(ksCritical(N));
  });

  test('a one-sided truncation keeps the open end unbounded but finite', () => {
    const truncated = unwrap(truncate(normal, { min: 10 }));
    expect(truncated.quantile(1 - 2 ** -33)).toBeGreaterThan(30);
    expect(Number.isFinite(truncated.quantile(1 - 2 ** -33))).toBe(true);
    expect(truncated.quantile(0.5)).toBeCloseTo(10 + 4 * 0.6744897501960817, 9);
  });

  test('a range that holds no probability is refused with a clear message', () => {
    const pert = unwrap(createMarginal({ kind: 'pert', low: 0, mostLikely: 1, high: 2 }, 'uncertainty.inputs.aht'));
    const result = truncate(pert, { min: 3, max: 4 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('uncertainty.inputs.aht.truncation: the accepted range 3 to 4 holds no probability');
  });

  test('a fixed value inside the range stays; outside it is refused', () => {
    const fixed = unwrap(createMarginal({ kind: 'fixed', value: 5 }, 'x'));
    expect(unwrap(truncate(fixed, { min: 5, max: 6 })).quantile(0.3)).toBe(5);
    expect(truncate(fixed, { min: 6 }).ok).toBe(false);
  });
});

describe('Latin hypercube', () => {
  test('each input’s n draws fall one per stratum [i/n, (i + 1)/n)', () => {
    const n = 1000;
    for (const column of latinHypercube(unwrap(createRandom(4)), n, 3)) {
      const hits = new Uint32Array(n);
      column.permutation.forEach((stratum) => hits[Math.floor(column.strata[stratum] * n)]++);
      expect(hits.every((count) => count === 1)).toBe(true);
    }
  });

  test('sampled uniform(0, 1) inputs hit every stratum once, with and without correlation', () => {
    const n = 5000;
    const uniform = unwrap(createMarginal({ kind: 'uniform', low: 0, high: 1 }, 'u'));
    const marginals = [uniform, uniform, uniform];
    const spearmanMatrix = [[1, 0.6, -0.4], [0.6, 1, 0.3], [-0.4, 0.3, 1]];
    for (const correlation of [undefined, { spearman: spearmanMatrix }]) {
      const { columns } = unwrap(sampleInputs({ trials: n, seed: 1, method: 'latinHypercube', marginals, correlation }));
      for (const column of columns) {
        const hits = new Uint32Array(n);
        column.forEach((value) => hits[Math.floor(value * n)]++);
        expect(hits.every((count) => count === 1)).toBe(true);
      }
    }
  });

  test('the ranks the design gives are the columns’ average ranks; a column with ties, or random sampling, gives none', () => {
    const pert = unwrap(createMarginal({ kind: 'pert', low: 2, mostLikely: 3, high: 7 }, 'p'));
    const fixed = unwrap(createMarginal({ kind: 'fixed', value: 4 }, 'f'));
    const marginals = [pert, pert, fixed, pert];
    const spearmanMatrix = [[1, 0.5, 0, 0], [0.5, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]];
    for (const correlation of [undefined, { spearman: spearmanMatrix }]) {
      const { columns, ranks } = unwrap(sampleInputs({ trials: 2000, seed: 4, method: 'latinHypercube', marginals, correlation }));
      expect(ranks[2]).toBeNull();
      for (const j of [0, 1, 3]) expect(Array.from(ranks[j]!)).toEqual(Array.from(averageRanks(columns[j])));
    }
    const random = unwrap(sampleInputs({ trials: 100, seed: 4, method: 'random', marginals }));
    expect(random.ranks).toEqual([null, null, null, null]);
  });

  test('the columns of different inputs are ordered independently (no accidental correlation)', () => {
    const uniform = unwrap(createMarginal({ kind: 'uniform', low: 0, high: 1 }, 'u'));
    const { columns } = unwrap(sampleInputs({ trials: N, seed: 2, method: 'latinHypercube', marginals: [uniform, uniform] }));
    expect(Math.abs(unwrap(spearman(columns[0], columns[1])))).toBeLessThan(0.01);
  });
});

describe('Gaussian copula', () => {
  const marginals: Marginal[] = [
    unwrap(createMarginal({ kind: 'pert', low: 2, mostLikely: 4, high: 9 }, 'aht')),
    unwrap(createMarginal({ kind: 'lognormal', mean: 50, sd: 20 }, 'volume')),
    unwrap(createMarginal({ kind: 'triangular', low: 0, mode: 0.2, high: 0.5 }, 'deflection')),
  ];
  const requested = [[1, 0.6, -0.4], [0.6, 1, 0.3], [-0.4, 0.3, 1]];

  test.each(['latinHypercube', 'random'] as const)('%s: rank correlations 0.6, −0.4, 0.3 achieved within ±0.02 at 100,000 trials, marginals unchanged (KS)', (method) => {
    const sample = unwrap(sampleInputs({ trials: N, seed: 3, method, marginals, correlation: { spearman: requested } }));
    expect(sample.repair).toBeNull();
    const { columns } = sample;
    expect(Math.abs(unwrap(spearman(columns[0], columns[1])) - 0.6)).toBeLessThan(0.02);
    expect(Math.abs(unwrap(spearman(columns[0], columns[2])) + 0.4)).toBeLessThan(0.02);
    expect(Math.abs(unwrap(spearman(columns[1], columns[2])) - 0.3)).toBeLessThan(0.02);
    columns.forEach((column, j) => expect(ksStatistic(column, (x) => marginals[j].cdf(x))).toBeLessThan(ksCritical(N)));
  });

  test('van der Waerden scores: Φ⁻¹((i + 1)/(n + 1)) for each rank, ascending and exactly symmetric', () => {
    for (const n of [1, 2, 7, 1000]) {
      const scores = rankScores(n);
      scores.forEach((score, i) => {
        expect(normalCdf(score)).toBeCloseTo((i + 1) / (n + 1), 12);
        expect(score).toBe(-scores[n - 1 - i] || 0);
        if (i > 0) expect(score).toBeGreaterThan(scores[i - 1]);
      });
    }
  });

  test('the same plan gives the same draws', () => {
    const plan = { trials: 2000, seed: 8, method: 'latinHypercube' as const, marginals, correlation: { spearman: requested } };
    const first = unwrap(sampleInputs(plan)).columns;
    const again = unwrap(sampleInputs(plan)).columns;
    first.forEach((column, j) => expect(Array.from(again[j])).toEqual(Array.from(column)));
  });

  const inconsistent = [[1, 0.95, 0.95], [0.95, 1, 0.2], [0.95, 0.2, 1]];

  test('correlations that cannot hold together are refused, naming the pair', () => {
    const result = sampleInputs({ trials: 100, seed: 1, method: 'random', marginals, correlation: { spearman: inconsistent } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.param).toBe('uncertainty.correlations');
      expect(result.error.message).toContain('the rank correlation of volume and deflection cannot hold');
    }
  });

  test('with repair, a valid nearby matrix is used and reported, and the sample achieves it', () => {
    const sample = unwrap(sampleInputs({ trials: N, seed: 5, method: 'latinHypercube', marginals, correlation: { spearman: inconsistent, repair: true } }));
    const repair = sample.repair;
    expect(repair).not.toBeNull();
    if (repair === null) return;
    expect(repair.message).toContain('nearest consistent set');
    expect(repair.largestChange).toBeGreaterThan(0.05);
    // a correlation matrix of three: PSD exactly when 1 + 2abc − a² − b² − c² ≥ 0 (with its 2×2 minors)
    const [a, b, c] = [repair.spearman[0][1], repair.spearman[0][2], repair.spearman[1][2]].map((s) => 2 * Math.sin((Math.PI * s) / 6));
    expect(1 + 2 * a * b * c - a * a - b * b - c * c).toBeGreaterThan(0);
    expect(repair.spearman[1][0]).toBe(repair.spearman[0][1]);
    expect(Math.abs(unwrap(spearman(sample.columns[1], sample.columns[2])) - repair.spearman[1][2])).toBeLessThan(0.02);
  });

  test.each([
    [[[1, 0.5], [0.4, 1], [0, 0]], 'must have 2 rows'],
    [[[1, 0.5], [0.4, 1]], 'symmetric'],
    [[[1, 1.5], [1.5, 1]], 'from -1 to 1'],
    [[[0.9, 0.5], [0.5, 1]], 'diagonal'],
  ])('a malformed matrix %p is refused (%s)', (matrix, words) => {
    const result = sampleInputs({ trials: 10, seed: 1, method: 'random', marginals: marginals.slice(0, 2), correlation: { spearman: matrix } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(words);
  });

  test.each([0, 1.5, 10_000_001])('trials %p are refused naming uncertainty.trials', (trials) => {
    const result = sampleInputs({ trials, seed: 1, method: 'random', marginals });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.param).toBe('uncertainty.trials');
  });
});
