import { createMarginal, createRandom, DistributionSpec, erfc, fillUniform, inverseRegularizedBeta, logBeta, Marginal, normalCdf, normalQuantile } from '../../../src/core/simulation/random';
import { ksCritical, ksStatistic, sampleMean, sampleVariance, unwrap } from './support';

const N = 100_000;

function draws(marginal: Marginal, seed: number): Float64Array {
  const uniforms = fillUniform(unwrap(createRandom(seed)), new Float64Array(N));
  const out = new Float64Array(N);
  marginal.fillQuantiles(uniforms, out);
  return out;
}

/** Closed-form mean and variance of each distribution, from its definition. */
const THEORY: { spec: DistributionSpec; mean: number; variance: number }[] = [
  { spec: { kind: 'uniform', low: 10, high: 20 }, mean: 15, variance: 100 / 12 },
  { spec: { kind: 'triangular', low: 2, mode: 3, high: 8 }, mean: 13 / 3, variance: (4 + 9 + 64 - 6 - 16 - 24) / 18 },
  // PERT(0, 1, 4): α = 2, β = 4, mean (0 + 4 + 4)/6, variance 16·αβ/((α+β)²(α+β+1)) = 16·8/(36·7)
  { spec: { kind: 'pert', low: 0, mostLikely: 1, high: 4 }, mean: 8 / 6, variance: (16 * 8) / (36 * 7) },
  // PERT(2, 4, 9): α = 1 + 8/7, β = 1 + 20/7
  { spec: { kind: 'pert', low: 2, mostLikely: 4, high: 9 }, mean: 27 / 6, variance: (49 * (15 / 7) * (27 / 7)) / (36 * 7) },
  { spec: { kind: 'normal', mean: 100, sd: 15 }, mean: 100, variance: 225 },
  { spec: { kind: 'lognormal', mean: 50, sd: 20 }, mean: 50, variance: 400 },
];

describe('distributions: 100,000 draws at a fixed seed', () => {
  test.each(THEORY)('$spec.kind $spec: mean and variance match the closed form, KS D < 1.36/√n', ({ spec, mean, variance }) => {
    const marginal = unwrap(createMarginal(spec, 'x'));
    const sample = draws(marginal, 11);
    expect(Math.abs(sampleMean(sample) - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
    expect(Math.abs(sampleVariance(sample) / variance - 1)).toBeLessThan(0.03);
    expect(ksStatistic(sample, (x) => marginal.cdf(x))).toBeLessThan(ksCritical(N));
  });

  test('the PERT variance formula agrees with the beta moments for a symmetric case (α = β = 3)', () => {
    // PERT(0, 0.5, 1) is beta(3, 3): variance 9/(36·7) = 1/28
    const sample = draws(unwrap(createMarginal({ kind: 'pert', low: 0, mostLikely: 0.5, high: 1 }, 'x')), 3);
    expect(Math.abs(sampleVariance(sample) * 28 - 1)).toBeLessThan(0.03);
  });

  test('a distribution with no spread is its fixed value, never NaN', () => {
    for (const spec of [
      { kind: 'pert', low: 5, mostLikely: 5, high: 5 },
      { kind: 'triangular', low: 5, mode: 5, high: 5 },
      { kind: 'uniform', low: 5, high: 5 },
      { kind: 'normal', mean: 5, sd: 0 },
      { kind: 'lognormal', mean: 5, sd: 0 },
    ] as DistributionSpec[]) {
      const marginal = unwrap(createMarginal(spec, 'x'));
      expect(marginal.quantile(0.3)).toBe(5);
      expect(Array.from(draws(marginal, 1).slice(0, 5))).toEqual([5, 5, 5, 5, 5]);
    }
  });

  test.each([
    [{ kind: 'pert', low: 1, mostLikely: 0, high: 2 }, 'x.mostLikely'],
    [{ kind: 'triangular', low: 1, mode: 3, high: 2 }, 'x.mode'],
    [{ kind: 'uniform', low: 3, high: 2 }, 'x.high'],
    [{ kind: 'normal', mean: 1, sd: -1 }, 'x.sd'],
    [{ kind: 'lognormal', mean: 0, sd: 1 }, 'x.mean'],
    [{ kind: 'normal', mean: Number.NaN, sd: 1 }, 'x.mean'],
  ] as [DistributionSpec, string][])('%p is refused naming %s', (spec, param) => {
    const result = createMarginal(spec, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.param).toBe(param);
      expect(result.error.message).toContain(param);
    }
  });
});

describe('quantile functions against known values', () => {
  test.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.5, 0],
    [0.05, -1.6448536269514722],
    [1e-10, -6.361340902404056],
  ])('normal quantile at %p is %p (published tables)', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-15 * Math.max(1, Math.abs(z)));
  });

  test.each([
    [0, 0.5],
    [-1.96, 0.024997895148220435],
    [-5, 2.866515718791939e-7],
    [-10, 7.619853024160525e-24],
    [3, 0.9986501019683699],
  ])('normal CDF at %p is %p, to 1e-15 relative', (x, p) => {
    expect(Math.abs(normalCdf(x) / p - 1)).toBeLessThan(1e-14);
  });

  test('erfc(1) = 0.157299207050285130658…, erfc(−1) = 2 − erfc(1)', () => {
    expect(Math.abs(erfc(1) - 0.15729920705028513)).toBeLessThan(1e-16);
    expect(Math.abs(erfc(-1) - (2 - 0.15729920705028513))).toBeLessThan(1e-15);
  });

  test('lognormal median is exp(μ) with μ = ln(m²/√(s² + m²))', () => {
    const marginal = unwrap(createMarginal({ kind: 'lognormal', mean: 50, sd: 20 }, 'x'));
    expect(marginal.quantile(0.5)).toBeCloseTo(Math.exp(Math.log((50 * 50) / Math.sqrt(400 + 2500))), 10);
  });

  test('triangular quantile at F(mode) is the mode', () => {
    const marginal = unwrap(createMarginal({ kind: 'triangular', low: 2, mode: 3, high: 8 }, 'x'));
    expect(marginal.quantile(1 / 6)).toBeCloseTo(3, 12);
  });
});

/** I_x(a, b) by composite Simpson on a substitution that makes the integrand smooth at 0: an independent check. */
function lowerIntegral(a: number, b: number, x: number): number {
  // x = s^q with q = 2/a turns x^(a−1) dx into q·s^(qa−1) ds = q·s ds
  const q = 2 / a;
  const top = Math.pow(x, 1 / q);
  const steps = 20000;
  const h = top / steps;
  const f = (s: number) => q * s * Math.pow(1 - Math.pow(s, q), b - 1);
  let sum = f(0) + f(top);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
}

function independentBetaCdf(a: number, b: number, x: number): number {
  const whole = lowerIntegral(a, b, 0.5) + lowerIntegral(b, a, 0.5);
  return x <= 0.5 ? lowerIntegral(a, b, x) / whole : 1 - lowerIntegral(b, a, 1 - x) / whole;
}

describe('inverse regularised incomplete beta', () => {
  test('integer shapes against the binomial identity I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a)', () => {
    // a = 2, b = 4: I_x = 1 − (1 − x)^5 − 5x(1 − x)^4
    for (const p of [0.001, 0.1, 0.5, 0.9, 0.999]) {
      const x = inverseRegularizedBeta(p, 2, 4, logBeta(2, 4));
      expect(Math.abs(1 - Math.pow(1 - x, 5) - 5 * x * Math.pow(1 - x, 4) - p)).toBeLessThan(1e-13);
    }
  });

  test.each([
    [15 / 7, 27 / 7],
    [1.4, 4.6],
    [4.6, 1.4],
    [1, 5],
    [5, 1],
    [3, 3],
  ])('beta(%p, %p): I at the inverse equals p to 1e-10 by an independent Simpson integral of the density', (a, b) => {
    for (const p of [1e-6, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-6]) {
      const x = inverseRegularizedBeta(p, a, b, logBeta(a, b));
      expect(Math.abs(independentBetaCdf(a, b, x) - p)).toBeLessThan(1e-10);
    }
  });

  test.each([
    [0, 0, 1],
    [0, 1, 1],
    [0, 0.5, 1],
    [0, 0.03, 1],
    [0, 0.97, 1],
  ])('the bulk PERT(%p, %p, %p) table stays within 1e-11 of the exact quantile', (low, mostLikely, high) => {
    const marginal = unwrap(createMarginal({ kind: 'pert', low, mostLikely, high }, 'x'));
    // enough draws that fillQuantiles takes the table rather than the exact inversion
    const uniforms = fillUniform(unwrap(createRandom(5)), new Float64Array(30000));
    uniforms[0] = 1e-9;
    uniforms[1] = 1 - 1e-9;
    uniforms[2] = 0.5;
    const bulk = new Float64Array(uniforms.length);
    marginal.fillQuantiles(uniforms, bulk);
    let worst = 0;
    for (let i = 0; i < uniforms.length; i++) worst = Math.max(worst, Math.abs(bulk[i] - marginal.quantile(uniforms[i])));
    expect(worst).toBeLessThan(1e-11);
  });
});
