import { fail, ok, Result } from '../../result';
import { lognormalLogParameters, triangularCdf, triangularQuantile, uniformCdf, uniformQuantile } from './closedForms';
import { DistributionSpec, fillByQuantile, Marginal } from './distribution';
import { normalCdf } from './normalCdf';
import { normalQuantile } from './normalQuantile';
import { pertMarginal } from './pert';
import { exp, log } from '../../portableMath';

function fixedMarginal(name: string, value: number): Marginal {
  return { name, fixedValue: value, quantile: () => value, cdf: (x) => (x < value ? 0 : 1), fillQuantiles: (_uniforms, out) => out.fill(value) };
}

function closedFormMarginal(name: string, quantile: (u: number) => number, cdf: (x: number) => number): Marginal {
  return { name, quantile, cdf, fillQuantiles: fillByQuantile(quantile) };
}

function normalMarginal(name: string, mean: number, sd: number): Marginal {
  return closedFormMarginal(name, (u) => mean + sd * normalQuantile(u), (x) => normalCdf((x - mean) / sd));
}

function lognormalMarginal(name: string, mean: number, sd: number): Marginal {
  const { mu, sigma } = lognormalLogParameters(mean, sd);
  return closedFormMarginal(name, (u) => exp(mu + sigma * normalQuantile(u)), (x) => (x <= 0 ? 0 : normalCdf((log(x) - mu) / sigma)));
}

/** The first parameter that is not a finite number, as a message naming it. */
function nonFinite(name: string, spec: DistributionSpec): Result<never> | null {
  for (const [key, value] of Object.entries(spec)) {
    if (key !== 'kind' && !Number.isFinite(value)) return fail('invalid', `${name}.${key} must be a finite number; got ${value}.`, `${name}.${key}`);
  }
  return null;
}

/** The ordering and sign rules of each distribution's parameters; null when they hold. */
function parameterProblem(name: string, spec: DistributionSpec): Result<never> | null {
  const problem = (key: string, rule: string) => fail('invalid', `${name}.${key} ${rule}.`, `${name}.${key}`);
  switch (spec.kind) {
    case 'uniform':
      return spec.low > spec.high ? problem('high', `must be at least low (${spec.low}); got ${spec.high}`) : null;
    case 'triangular':
      if (spec.mode < spec.low || spec.mode > spec.high) return problem('mode', `must lie from low (${spec.low}) to high (${spec.high}); got ${spec.mode}`);
      return null;
    case 'pert':
      if (spec.mostLikely < spec.low || spec.mostLikely > spec.high) return problem('mostLikely', `must lie from low (${spec.low}) to high (${spec.high}); got ${spec.mostLikely}`);
      return null;
    case 'normal':
      return spec.sd < 0 ? problem('sd', `must be 0 or more; got ${spec.sd}`) : null;
    case 'lognormal':
      if (spec.mean <= 0) return problem('mean', `must be more than 0 for a lognormal; got ${spec.mean}`);
      return spec.sd < 0 ? problem('sd', `must be 0 or more; got ${spec.sd}`) : null;
    default:
      return null;
  }
}

/** The value of a distribution with no spread (low = high, or sd = 0), else null. */
function degenerateValue(spec: DistributionSpec): number | null {
  if (spec.kind === 'fixed') return spec.value;
  if (spec.kind === 'normal' || spec.kind === 'lognormal') return spec.sd === 0 ? spec.mean : null;
  return spec.low === spec.high ? spec.low : null;
}

/**
 * One input's marginal from its distribution, after checking the parameters. A distribution
 * with no spread (low = high, sd = 0) is the fixed value, never a NaN.
 *
 * @param name - the input's path for messages, e.g. uncertainty.inputs.aht_minutes
 * @example
 * createMarginal({ kind: 'pert', low: 2, mostLikely: 4, high: 9 }, 'uncertainty.inputs.aht_minutes') // => ok(marginal with mean 4.5)
 */
export function createMarginal(spec: DistributionSpec, name: string): Result<Marginal> {
  const problem = nonFinite(name, spec) ?? parameterProblem(name, spec);
  if (problem) return problem;
  const fixed = degenerateValue(spec);
  if (fixed !== null) return ok(fixedMarginal(name, fixed));
  switch (spec.kind) {
    case 'uniform':
      return ok(closedFormMarginal(name, (u) => uniformQuantile(u, spec.low, spec.high), (x) => uniformCdf(x, spec.low, spec.high)));
    case 'triangular':
      return ok(closedFormMarginal(name, (u) => triangularQuantile(u, spec.low, spec.mode, spec.high), (x) => triangularCdf(x, spec.low, spec.mode, spec.high)));
    case 'pert':
      return ok(pertMarginal(name, spec.low, spec.mostLikely, spec.high));
    case 'normal':
      return ok(normalMarginal(name, spec.mean, spec.sd));
    case 'lognormal':
      return ok(lognormalMarginal(name, spec.mean, spec.sd));
    default:
      return fail('invalid', `${name}.kind is not a known distribution.`, `${name}.kind`);
  }
}
