/** Sampling for the risk simulation: seeded uniforms, marginals, Latin hypercube, rank correlation. */
export { createRandom, fillUniform, randomFromState, MAX_SEED } from './prng';
export type { Random } from './prng';
export type { DistributionSpec, Marginal, Truncation } from './distribution';
export { createMarginal } from './marginal';
export { truncate } from './truncate';
export { pertShape } from './pert';
export { normalQuantile } from './normalQuantile';
export { normalCdf, erfc } from './normalCdf';
export { inverseRegularizedBeta, regularizedBeta } from './incompleteBeta';
export { logBeta, logGamma } from './logGamma';
export { lognormalLogParameters } from './closedForms';
export { latinHypercube, randomPermutation, stratifiedUniforms } from './latinHypercube';
export type { LatinColumn } from './latinHypercube';
export { spearmanToPearson, pearsonToSpearman } from './correlationMatrix';
export type { CorrelationRepair } from './repairCorrelation';
export { sampleInputs, MAX_TRIALS } from './sampleInputs';
export type { CorrelationRequest, InputSample, SamplingMethod, SamplingPlan } from './sampleInputs';
