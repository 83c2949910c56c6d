import { z } from 'zod';
import type { InputIssue } from '../inputs/schema';
import type { NumericInputKey } from '../model/expression';
import { quoteValue } from '../validation/quoteValue';
import { DistributionSpec, MAX_SEED, SamplingMethod } from './random';
import { checkCorrelations, consistencyIssues, RankCorrelation } from './uncertainCorrelations';
import { DISTRIBUTIONS, PARAMETERS, RawDistribution, uncertainDistribution } from './uncertainDistribution';
import { uncertainField } from './uncertainInputs';
import { checkedNumber, ruleIssue } from './uncertaintyIssues';

export type { RankCorrelation } from './uncertainCorrelations';

/**
 * The inputs file's `uncertainty` group, validated. Written in snake_case in the file
 * (`most_likely`, `rank_correlation`, `latin_hypercube`, `repair_correlations`) and held here in
 * camelCase, the sampler's own terms: `sampling` is 'latinHypercube' or 'random', and each
 * input's distribution is the sampler's DistributionSpec (a triangular's most likely is its
 * `mode`). Draws are truncated to each field's accepted range when sampled.
 */
export interface UncertainInput {
  readonly key: NumericInputKey;
  readonly distribution: DistributionSpec;
}

export interface UncertaintySpec {
  /** 100 to 1,000,000 (10,000 when not given) */
  readonly trials: number;
  /** 0 to 2^32 − 1 (1 when not given) */
  readonly seed: number;
  /** 'latinHypercube' when not given */
  readonly sampling: SamplingMethod;
  /** in the file's order, which is the order of the drivers' ties and of the audit sample */
  readonly inputs: readonly UncertainInput[];
  readonly correlations: readonly RankCorrelation[];
  /** use the nearest consistent correlations (and say so) when those given cannot all hold */
  readonly repairCorrelations: boolean;
}

export type ParseUncertaintyResult = { readonly ok: true; readonly spec: UncertaintySpec } | { readonly ok: false; readonly issues: readonly InputIssue[] };

export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 1;
export const TRIALS_SPEC = { name: 'trials', unit: 'count' as const, min: 100, max: 1_000_000, integer: true };
export const SEED_SPEC = { name: 'seed', unit: 'count' as const, min: 0, max: MAX_SEED, integer: true };

const distributionSchema = z.strictObject({
  distribution: z.enum(DISTRIBUTIONS),
  ...Object.fromEntries(PARAMETERS.map((parameter) => [parameter, z.unknown().optional()])),
});

/** The group's shape; numbers are checked afterwards, against their ranges, with messages that name them. */
const uncertaintySchema = z.strictObject({
  trials: z.unknown().optional(),
  seed: z.unknown().optional(),
  sampling: z.enum(['latin_hypercube', 'random']).optional(),
  inputs: z.record(z.string(), distributionSchema),
  correlations: z.array(z.strictObject({ between: z.tuple([z.string(), z.string()]), rank_correlation: z.unknown() })).optional(),
  repair_correlations: z.boolean().optional(),
});
type RawUncertainty = z.infer<typeof uncertaintySchema>;

const EXPECTED: Readonly<Record<string, string>> = { object: 'an object', record: 'an object', array: 'a list', tuple: 'a pair of input names', boolean: 'true or false' };

/** A structural issue (zod's) with the group's path and the kind its code means. */
function schemaIssue(issue: z.core.$ZodIssue): InputIssue {
  const path = ['uncertainty', ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') return { path, kind: 'unknown_fields', value: issue.keys, message: `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 10).map((key) => quoteValue(key)).join(', ')}.` };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { path, kind: 'missing', message: `${path} is missing.` };
  if (issue.code === 'invalid_type') return { path, kind: 'rule', value: issue.input, message: `${path} must be ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}; got ${quoteValue(issue.input)}.` };
  if (issue.code === 'invalid_value') return { path, kind: 'choice', value: issue.input, choices: issue.values.map(String), message: `${path} must be one of ${issue.values.join(', ')}; got ${quoteValue(issue.input)}.` };
  return { path, kind: 'rule', value: issue.input, message: `${path}: ${issue.message}.` };
}

/** A whole number in its range, or its default when not given. */
function settingOrDefault(raw: unknown, spec: typeof TRIALS_SPEC | typeof SEED_SPEC, fallback: number, issues: InputIssue[]): number {
  if (raw === undefined) return fallback;
  const checked = checkedNumber(spec, raw, `uncertainty.${spec.name}`);
  if ('value' in checked) return checked.value;
  issues.push(checked.issue);
  return fallback;
}

/** Each named input checked (a numeric driver of the case) with its distribution. */
function uncertainInputs(raw: RawUncertainty['inputs'], issues: InputIssue[]): UncertainInput[] {
  const inputs: UncertainInput[] = [];
  const entries = Object.entries(raw);
  if (entries.length === 0) issues.push(ruleIssue('uncertainty.inputs', 'must name at least one uncertain input, such as {"deflection_rate": {"distribution": "pert", "low": 0.3, "most_likely": 0.4, "high": 0.55}}', undefined, 'missing'));
  for (const [key, distribution] of entries) {
    const path = `uncertainty.inputs.${key}`;
    const field = uncertainField(key);
    if (!field.ok) {
      issues.push({ path, kind: 'unknown_fields', value: key, message: `${path}: ${quoteValue(key)} ${field.reason}.` });
      continue;
    }
    const checked = uncertainDistribution(distribution as RawDistribution, field.field, path);
    issues.push(...checked.issues);
    if (checked.spec !== null) inputs.push({ key: field.field.key, distribution: checked.spec });
  }
  return inputs;
}

/**
 * Validates the inputs file's `uncertainty` group. Returns every problem at once, each with the
 * path of the field at fault and its accepted range or rule, as parseInputs does.
 *
 * @example
 * parseUncertainty({ trials: 20000, inputs: { deflection_rate: { distribution: 'pert', low: 0.3, most_likely: 0.4, high: 0.55 } } })
 * // => { ok: true, spec: { trials: 20000, seed: 1, sampling: 'latinHypercube', inputs: [{ key: 'deflection_rate', distribution: { kind: 'pert', … } }], correlations: [], repairCorrelations: false } }
 */
export function parseUncertainty(raw: unknown): ParseUncertaintyResult {
  const parsed = uncertaintySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(schemaIssue) };
  const group = parsed.data;
  const issues: InputIssue[] = [];
  const trials = settingOrDefault(group.trials, TRIALS_SPEC, DEFAULT_TRIALS, issues);
  const seed = settingOrDefault(group.seed, SEED_SPEC, DEFAULT_SEED, issues);
  const inputs = uncertainInputs(group.inputs, issues);
  const keys = Object.keys(group.inputs);
  const { correlations, issues: correlationIssues } = checkCorrelations(group.correlations ?? [], keys);
  issues.push(...correlationIssues);
  const repairCorrelations = group.repair_correlations === true;
  if (issues.length === 0 && !repairCorrelations) issues.push(...consistencyIssues(keys, correlations));
  if (issues.length > 0) return { ok: false, issues };
  const sampling: SamplingMethod = group.sampling === 'random' ? 'random' : 'latinHypercube';
  return { ok: true, spec: { trials, seed, sampling, inputs, correlations, repairCorrelations } };
}
