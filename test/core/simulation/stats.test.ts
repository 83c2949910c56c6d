import { createMarginal, createRandom, fillUniform } from '../../../src/core/simulation/random';
import { averageRanks, convergence, histogram, mean, niceStep, percentile, percentileInc, probabilityAbove, probabilityBelow, sCurve, spearman, standardDeviation, summarise, varianceContributions } from '../../../src/core/simulation/stats';
import { unwrap } from './support';

const of = (...values: number[]) => Float64Array.from(values);

describe('percentiles (Excel PERCENTILE.INC)', () => {
  test.each([
    [[1, 2, 3, 4], 0.1, 1.3],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[15, 20, 35, 40, 50], 0.9, 46],
    [[15, 20, 35, 40, 50], 0.05, 16],
    [[15, 20, 35, 40, 50], 1, 50],
    [[7], 0.95, 7],
  ])('PERCENTILE.INC(%p, %p) = %p (rank (n − 1)p, linear between neighbours)', (values, p, expected) => {
    expect(percentileInc(Float64Array.from(values).sort(), p)).toBeCloseTo(expected, 12);
    expect(unwrap(percentile(Float64Array.from(values).reverse(), p))).toBeCloseTo(expected, 12);
  });

  test('the summary reports P5 … P95, mean and the n − 1 standard deviation', () => {
    const summary = unwrap(summarise(of(2, 4, 4, 4, 5, 5, 7, 9)));
    expect(summary.mean).toBe(5);
    expect(summary.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(summary.p50).toBe(4.5);
    // h = 7·0.95 = 6.65: 7 + 0.65·(9 − 7)
    expect(summary.p95).toBeCloseTo(8.3, 12);
    expect(summary.p5).toBeCloseTo(2 + 0.35 * 2, 12);
    expect([summary.min, summary.max, summary.trials]).toEqual([2, 9, 8]);
  });

  test('empty, single and non-finite samples give errors, not NaN', () => {
    expect(mean(of()).ok).toBe(false);
    expect(standardDeviation(of(3)).ok).toBe(false);
    expect(summarise(of(1, Number.NaN)).ok).toBe(false);
    expect(percentile(of(1, 2), 1.2).ok).toBe(false);
    expect(unwrap(summarise(of(3))).sd).toBe(0);
  });
});

describe('probabilities, histogram, S-curve', () => {
  test('probability strictly below and above a threshold', () => {
    expect(unwrap(probabilityBelow(of(-2, 0, 3, 5), 0))).toBe(0.25);
    expect(unwrap(probabilityAbove(of(-2, 0, 3, 5), 0))).toBe(0.5);
  });

  test.each([
    [0.0031, 0.005],
    [1, 1],
    [1.2, 2],
    [2.2, 2.5],
    [37, 50],
    [60000, 100000],
  ])('nice step for %p is %p', (raw, step) => {
    expect(niceStep(raw)).toBeCloseTo(step, 12);
  });

  test('histogram on nice edges; the counts sum to n', () => {
    const small = unwrap(histogram(of(0.3, 1.2, 1.7, 4.9), 5));
    expect(Array.from(small.edges)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Array.from(small.counts)).toEqual([1, 2, 0, 0, 1]);
    const normal = unwrap(createMarginal({ kind: 'normal', mean: 1e6, sd: 3e5 }, 'npv'));
    const sample = fillUniform(unwrap(createRandom(1)), new Float64Array(50000)).map((u) => normal.quantile(u));
    const big = unwrap(histogram(sample, 20));
    expect(big.counts.reduce((sum, count) => sum + count, 0)).toBe(50000);
    expect(big.edges[0]).toBeLessThanOrEqual(Math.min(...sample));
    expect(big.edges[big.edges.length - 1]).toBeGreaterThanOrEqual(Math.max(...sample));
    expect(unwrap(histogram(of(5, 5, 5))).counts[0]).toBe(3);
  });

  test('S-curve points are the percentiles at evenly spaced probabilities', () => {
    const curve = unwrap(sCurve(of(5, 1, 4, 2, 3), 3));
    expect(Array.from(curve.probabilities)).toEqual([0, 0.5, 1]);
    expect(Array.from(curve.values)).toEqual([1, 3, 5]);
  });
});

describe('rank correlation and contribution to variance', () => {
  test('average ranks share ties', () => {
    expect(Array.from(averageRanks(of(10, 20, 10, 30)))).toEqual([1.5, 3, 1.5, 4]);
    expect(Array.from(averageRanks(of(7, 7, 7)))).toEqual([2, 2, 2]);
  });

  test('Spearman on hand-worked arrays, with ties', () => {
    expect(unwrap(spearman(of(1, 2, 3), of(10, 30, 20)))).toBeCloseTo(0.5, 12);
    // ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4): Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5, ρ = 3/√10
    expect(unwrap(spearman(of(1, 2, 2, 3), of(1, 3, 2, 4)))).toBeCloseTo(3 / Math.sqrt(10), 12);
    expect(unwrap(spearman(of(1, 2, 3, 4), of(8, 6, 4, 2)))).toBeCloseTo(-1, 12);
    expect(spearman(of(1, 1, 1), of(1, 2, 3)).ok).toBe(false);
    expect(spearman(of(1, 2), of(1, 2, 3)).ok).toBe(false);
  });

  test('contributions are normalised squared rank correlations summing to 1; a constant input has 0', () => {
    const random = unwrap(createRandom(6));
    const x1 = fillUniform(random, new Float64Array(20000));
    const x2 = fillUniform(random, new Float64Array(20000));
    const output = x1.map((value, t) => 3 * value + x2[t]);
    const shares = unwrap(varianceContributions([{ name: 'x1', values: x1 }, { name: 'x2', values: x2 }, { name: 'fixed', values: new Float64Array(20000).fill(2) }], output));
    const rho1 = unwrap(spearman(x1, output));
    const rho2 = unwrap(spearman(x2, output));
    expect(shares[0].share).toBeCloseTo((rho1 * rho1) / (rho1 * rho1 + rho2 * rho2), 12);
    expect(shares[0].share + shares[1].share + shares[2].share).toBeCloseTo(1, 12);
    expect(shares[2]).toEqual({ name: 'fixed', rankCorrelation: 0, share: 0 });
    expect(shares[0].share).toBeGreaterThan(0.8);
  });
});

describe('convergence', () => {
  test('standard errors of the mean and median of a normal sample match theory (σ/√n, σ√(π/2)/√n)', () => {
    const n = 100000;
    const normal = unwrap(createMarginal({ kind: 'normal', mean: 100, sd: 10 }, 'npv'));
    const sample = fillUniform(unwrap(createRandom(12)), new Float64Array(n)).map((u) => normal.quantile(u));
    const result = unwrap(convergence(sample));
    expect(result.standardErrorOfMean / (10 / Math.sqrt(n))).toBeCloseTo(1, 1);
    expect(Math.abs(result.standardErrorOfP50 / ((10 * Math.sqrt(Math.PI / 2)) / Math.sqrt(n)) - 1)).toBeLessThan(0.05);
  });

  test('trials for ±1 % at 95 %: (1.96·sd / (0.01·|mean|))², n/a when the mean is 0', () => {
    // mean 10, sd √2: (196·√2/10)² = 768.32 → 769
    expect(unwrap(convergence(of(9, 11))).trialsForOnePercent).toBe(769);
    expect(unwrap(convergence(of(-1, 1))).trialsForOnePercent).toBeNull();
    expect(unwrap(convergence(of(4, 4, 4))).standardErrorOfP50).toBe(0);
    expect(convergence(of(4)).ok).toBe(false);
  });
});
