import { fieldByKey, NumberField } from '../inputs/fields';
import type { NumericInputKey } from '../model/expression';
import { ok, Result } from '../result';
import { createMarginal, Marginal, sampleInputs, truncate } from './random';
import { spearmanMatrix } from './uncertainCorrelations';
import type { UncertaintySpec } from './uncertainty';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

export interface DrawnInputs {
  /** one column of draws per uncertain input, in the spec's order, with its ranks when the design fixes them */
  readonly columns: readonly { readonly key: NumericInputKey; readonly values: Float64Array; readonly ranks: Float64Array | null }[];
  /** what was changed when inconsistent correlations were repaired */
  readonly repair: string | null;
}

/** An input's marginal, truncated to its field's accepted range. */
function fieldMarginal(key: NumericInputKey, spec: UncertaintySpec['inputs'][number]['distribution']): Result<Marginal> {
  const field = fieldByKey(key) as NumberField;
  const marginal = createMarginal(spec, `uncertainty.inputs.${key}`);
  return marginal.ok ? truncate(marginal.value, { min: field.min, max: field.max }) : marginal;
}

/**
 * The spec's draws: every uncertain input sampled (Latin hypercube or random, rank-correlated
 * through the Gaussian copula), truncated to its field's accepted range, and a whole-number
 * input's draws rounded to whole numbers (its field accepts no other, and every trial must be
 * an input set the inputs file would take).
 *
 * @example
 * drawInputs(spec) // => ok({ columns: [{ key: 'deflection_rate', values: Float64Array(10000) }, …], repair: null })
 */
export function drawInputs(spec: UncertaintySpec): Result<DrawnInputs> {
  const marginals: Marginal[] = [];
  for (const input of spec.inputs) {
    const marginal = fieldMarginal(input.key, input.distribution);
    if (!marginal.ok) return marginal;
    marginals.push(marginal.value);
  }
  const keys = spec.inputs.map((input) => input.key);
  const correlation = spec.correlations.length === 0 ? undefined : { spearman: spearmanMatrix(keys, spec.correlations), repair: spec.repairCorrelations };
  const sample = sampleInputs({ trials: spec.trials, seed: spec.seed, method: spec.sampling, marginals, correlation });
  if (!sample.ok) return sample;
  const columns = sample.value.columns.map((values, j) => {
    // Rounding to whole numbers makes ties, which share an average rank: the design's ranks no longer hold.
    if ((fieldByKey(keys[j]) as NumberField).integer !== true) return { key: keys[j], values, ranks: sample.value.ranks[j] };
    for (let t = 0; t < values.length; t++) values[t] = math.round(values[t]);
    return { key: keys[j], values, ranks: null };
  });
  return ok({ columns, repair: sample.value.repair?.message ?? null });
}
