import { fail, ok, Result } from '../../result';
import { cholesky } from './cholesky';
import { correlateScores, dealByRank, isUnitRow, normalScores, rankOrder, rankScores, uniformsOfScores } from './copula';
import { pearsonMatrix } from './correlationMatrix';
import { Marginal } from './distribution';
import { dealInto, latinHypercube } from './latinHypercube';
import { createRandom, fillUniform, Random } from './prng';
import { CorrelationRepair, repairCorrelation } from './repairCorrelation';

export type SamplingMethod = 'latinHypercube' | 'random';

export interface CorrelationRequest {
  /** k×k Spearman rank correlations, in the order of the marginals */
  readonly spearman: readonly (readonly number[])[];
  /** when the correlations cannot all hold, use a nearby valid set (and report it) instead of failing */
  readonly repair?: boolean;
}

export interface SamplingPlan {
  readonly trials: number;
  readonly seed: number;
  readonly method: SamplingMethod;
  readonly marginals: readonly Marginal[];
  readonly correlation?: CorrelationRequest;
}

export interface InputSample {
  /** one array per marginal, in their order: columns[j][t] is input j's value in trial t */
  readonly columns: Float64Array[];
  /**
   * Each column's 1-based ranks when the design fixes them (Latin hypercube, every value
   * distinct), else null: a rank correlation then needs no sort of its own.
   */
  readonly ranks: (Float64Array | null)[];
  /** set when the requested correlations were repaired */
  readonly repair: CorrelationRepair | null;
}

export const MAX_TRIALS = 10_000_000;

interface Factor {
  readonly lower: Float64Array | null;
  readonly repair: CorrelationRepair | null;
}

/** The Cholesky factor of the copula's Pearson matrix (null without correlations), repaired on request. */
function correlationFactor(marginals: readonly Marginal[], request: CorrelationRequest | undefined): Result<Factor> {
  if (request === undefined) return ok({ lower: null, repair: null });
  const names = marginals.map((marginal) => marginal.name);
  const pearson = pearsonMatrix(request.spearman, names);
  if (!pearson.ok) return pearson;
  const factor = cholesky(pearson.value, names);
  if (factor.ok) return ok({ lower: factor.value, repair: null });
  if (request.repair !== true) return factor;
  const repaired = repairCorrelation(pearson.value, names);
  const again = cholesky(repaired.matrix, names);
  return again.ok ? ok({ lower: again.value, repair: repaired.repair }) : again;
}

const EMPTY = new Float64Array(0);

/** The inputs whose normal scores the copula reads: those with a non-zero factor entry off the diagonal, in their row or column. */
function correlatedInputs(lower: Float64Array, k: number): boolean[] {
  const involved = new Array<boolean>(k).fill(false);
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < j; i++) {
      if (lower[j * k + i] !== 0) involved[i] = involved[j] = true;
    }
  }
  return involved;
}

/**
 * Latin hypercube columns; with correlations, as Iman and Conover do: each input keeps exactly
 * its stratified values (so every stratum is still hit once), and only their order across
 * trials follows the ranks of the correlated normal scores L·z, z being van der Waerden's
 * scores of each input's strata in its own trial order.
 */
function latinColumns(random: Random, n: number, marginals: readonly Marginal[], lower: Float64Array | null): Drawn {
  const k = marginals.length;
  const design = latinHypercube(random, n, k);
  // Each input's values in stratum order, written over its stratified uniforms (read by nothing else).
  const sortedValues = design.map(({ strata }, j) => {
    marginals[j].fillQuantiles(strata, strata);
    return strata;
  });
  const involved = lower === null ? null : correlatedInputs(lower, k);
  const ofRanks = involved === null ? EMPTY : rankScores(n);
  const scores = design.map(({ permutation }, j) => (involved?.[j] ? dealInto(ofRanks, permutation) : EMPTY));
  const correlated = lower === null ? null : correlateScores(scores, lower);
  const columns: Float64Array[] = [];
  const ranks: (Float64Array | null)[] = [];
  sortedValues.forEach((values, j) => {
    const distinct = strictlyAscending(values);
    if (correlated === null || isUnitRow(lower!, k, j)) {
      columns.push(dealInto(values, design[j].permutation));
      ranks.push(distinct ? stratumRanks(design[j].permutation) : null);
      return;
    }
    const order = rankOrder(correlated[j]);
    columns.push(dealByRank(values, order));
    ranks.push(distinct ? ranksOfOrder(order) : null);
  });
  return { columns, ranks };
}

/** 1-based ranks of a column dealt in stratum order: trial t took stratum permutation[t]. */
function stratumRanks(permutation: Uint32Array): Float64Array {
  const ranks = new Float64Array(permutation.length);
  for (let t = 0; t < permutation.length; t++) ranks[t] = permutation[t] + 1;
  return ranks;
}

/** 1-based ranks of trials dealt sorted values in this order: the trial at order[r] has rank r + 1. */
function ranksOfOrder(order: Uint32Array): Float64Array {
  const ranks = new Float64Array(order.length);
  for (let r = 0; r < order.length; r++) ranks[order[r]] = r + 1;
  return ranks;
}

/** Distinct values in ascending order: only then is a value's place its rank (ties share an average). */
function strictlyAscending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i] > values[i - 1])) return false;
  return true;
}

type Drawn = Pick<InputSample, 'columns' | 'ranks'>;

/** Independent uniforms per input; with correlations, the Gaussian copula Φ(L·Φ⁻¹(u)) before each marginal. */
function randomColumns(random: Random, n: number, marginals: readonly Marginal[], lower: Float64Array | null): Drawn {
  const k = marginals.length;
  let uniforms = marginals.map(() => fillUniform(random, new Float64Array(n)));
  if (lower !== null) {
    const involved = correlatedInputs(lower, k);
    const correlated = correlateScores(uniforms.map((own, j) => (involved[j] ? normalScores(own) : EMPTY)), lower);
    uniforms = uniforms.map((own, j) => (isUnitRow(lower, k, j) ? own : uniformsOfScores(correlated[j])));
  }
  // Each input's values written over its uniforms, which nothing reads after.
  const columns = uniforms.map((own, j) => {
    marginals[j].fillQuantiles(own, own);
    return own;
  });
  return { columns, ranks: columns.map(() => null) };
}

/**
 * The input draws of a simulation: n trials of each marginal, Latin hypercube or plain random,
 * rank-correlated through a Gaussian copula when correlations are given. Draw order, per input
 * in turn: Latin hypercube takes n positions in the strata then n − 1 for its permutation;
 * random takes n uniforms. So a seed, a method and the inputs fix every value on every platform.
 *
 * @example
 * sampleInputs({ trials: 10000, seed: 7, method: 'latinHypercube', marginals: [aht, volume], correlation: { spearman: [[1, 0.6], [0.6, 1]] } })
 * // => ok({ columns: [10,000 aht values, 10,000 volumes], repair: null }), rank correlation ≈ 0.6
 */
export function sampleInputs(plan: SamplingPlan): Result<InputSample> {
  const { trials, marginals } = plan;
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS) {
    return fail('invalid', `uncertainty.trials must be a whole number from 1 to ${MAX_TRIALS.toLocaleString('en-US')}; got ${trials}.`, 'uncertainty.trials');
  }
  const random = createRandom(plan.seed);
  if (!random.ok) return random;
  const factor = correlationFactor(marginals, plan.correlation);
  if (!factor.ok) return factor;
  const sample = plan.method === 'latinHypercube' ? latinColumns : randomColumns;
  return ok({ ...sample(random.value, trials, marginals, factor.value.lower), repair: factor.value.repair });
}
