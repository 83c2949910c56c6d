import { fail, ok, Result } from '../../result';
import { Marginal, Truncation } from './distribution';
import { insideOpenUnit } from './openUnit';

/** Below this probability the accepted range holds too little of the distribution to sample from. */
const MIN_MASS = 1e-12;

function truncateFixed(marginal: Marginal, value: number, min: number, max: number, field: string): Result<Marginal> {
  if (value >= min && value <= max) return ok(marginal);
  return fail('invalid', `${field}: the fixed value ${value} lies outside the accepted range ${min} to ${max}.`, field);
}

/**
 * The marginal confined to [min, max] as a proper truncated distribution: a uniform u is mapped
 * to F(min) + u·(F(max) − F(min)) and inverted, so the draws keep the distribution's shape
 * inside the range (clamping would instead pile the outside mass on the bounds). The result is
 * bounded to [min, max] against the last bit of rounding. Fails when the range holds no mass.
 *
 * @example
 * truncate(normal(0, 1), { min: 0 }) // => ok(the half-normal, mean √(2/π))
 */
export function truncate(marginal: Marginal, truncation: Truncation): Result<Marginal> {
  const min = truncation.min ?? -Infinity;
  const max = truncation.max ?? Infinity;
  const field = `${marginal.name}.truncation`;
  if (Number.isNaN(min) || Number.isNaN(max) || min > max) return fail('invalid', `${field}: min (${min}) must be a number no more than max (${max}).`, field);
  if (marginal.fixedValue !== undefined) return truncateFixed(marginal, marginal.fixedValue, min, max, field);
  const lowerMass = min === -Infinity ? 0 : marginal.cdf(min);
  const upperMass = max === Infinity ? 1 : marginal.cdf(max);
  const mass = upperMass - lowerMass;
  if (!(mass > MIN_MASS)) {
    return fail('invalid', `${field}: the accepted range ${min} to ${max} holds no probability of the distribution (${mass}); widen it or move it over the distribution.`, field);
  }
  const bound = (x: number) => (x < min ? min : x > max ? max : x);
  return ok({
    name: marginal.name,
    quantile: (u) => bound(marginal.quantile(insideOpenUnit(lowerMass + u * mass))),
    cdf: (x) => (x < min ? 0 : x >= max ? 1 : (marginal.cdf(x) - lowerMass) / mass),
    fillQuantiles(uniforms, out) {
      for (let i = 0; i < uniforms.length; i++) out[i] = insideOpenUnit(lowerMass + uniforms[i] * mass);
      marginal.fillQuantiles(out, out);
      for (let i = 0; i < out.length; i++) out[i] = bound(out[i]);
    },
  });
}
