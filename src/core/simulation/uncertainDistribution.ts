import type { NumberField } from '../inputs/fields';
import type { InputIssue } from '../inputs/schema';
import type { DistributionSpec } from './random';
import { checkedNumber, ruleIssue } from './uncertaintyIssues';

/** The distributions an uncertain input may follow, as the inputs file names them. */
export const DISTRIBUTIONS = ['pert', 'triangular', 'uniform', 'normal', 'lognormal'] as const;
export type DistributionName = (typeof DISTRIBUTIONS)[number];

export const PARAMETERS = ['low', 'most_likely', 'high', 'mean', 'sd'] as const;
type Parameter = (typeof PARAMETERS)[number];

/** The parameters each distribution takes, all of them required. */
const TAKES: Readonly<Record<DistributionName, readonly Parameter[]>> = {
  pert: ['low', 'most_likely', 'high'],
  triangular: ['low', 'most_likely', 'high'],
  uniform: ['low', 'high'],
  normal: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
};

export type RawDistribution = { readonly distribution: DistributionName } & Partial<Record<Parameter, unknown>>;

function listed(parameters: readonly string[]): string {
  return parameters.length === 2 ? parameters.join(' and ') : `${parameters.slice(0, -1).join(', ')} and ${parameters[parameters.length - 1]}`;
}

/** Each parameter given and taken, checked: the bounds and the mean in the field's accepted range, sd above 0. */
function checkedParameters(raw: RawDistribution, field: NumberField, path: string, issues: InputIssue[]): Partial<Record<Parameter, number>> {
  const takes = TAKES[raw.distribution];
  const values: Partial<Record<Parameter, number>> = {};
  for (const parameter of PARAMETERS) {
    const at = `${path}.${parameter}`;
    const given = raw[parameter] !== undefined;
    if (given && !takes.includes(parameter)) issues.push(ruleIssue(at, `is not a parameter of a ${raw.distribution} distribution (it takes ${listed(takes)})`, raw[parameter], 'unknown_fields'));
    if (!given && takes.includes(parameter)) issues.push(ruleIssue(at, `is missing: a ${raw.distribution} distribution takes ${listed(takes)}`, undefined, 'missing'));
    if (!given || !takes.includes(parameter)) continue;
    const spec = parameter === 'sd' ? { name: 'sd', unit: field.unit, min: 0, max: Infinity, minExclusive: true } : field;
    const checked = checkedNumber(spec, raw[parameter], at);
    if ('value' in checked) values[parameter] = checked.value;
    else issues.push(checked.issue);
  }
  return values;
}

/** low ≤ most likely ≤ high, and a lognormal's mean above 0. */
function orderIssues(raw: RawDistribution, values: Partial<Record<Parameter, number>>, path: string): InputIssue[] {
  const { low, most_likely: mostLikely, high, mean } = values;
  if (low !== undefined && high !== undefined && low > high) return [ruleIssue(`${path}.high`, `must be at least low (${low}); got ${high}`, high)];
  if (low !== undefined && high !== undefined && mostLikely !== undefined && (mostLikely < low || mostLikely > high)) {
    return [ruleIssue(`${path}.most_likely`, `must lie from low (${low}) to high (${high}); got ${mostLikely}`, mostLikely)];
  }
  if (raw.distribution === 'lognormal' && mean !== undefined && mean <= 0) return [ruleIssue(`${path}.mean`, `must be above 0 for a lognormal distribution (its values are all above 0); got ${mean}`, mean)];
  return [];
}

function asSpec(name: DistributionName, v: Required<Record<Parameter, number>>): DistributionSpec {
  switch (name) {
    case 'pert':
      return { kind: 'pert', low: v.low, mostLikely: v.most_likely, high: v.high };
    case 'triangular':
      return { kind: 'triangular', low: v.low, mode: v.most_likely, high: v.high };
    case 'uniform':
      return { kind: 'uniform', low: v.low, high: v.high };
    case 'normal':
    case 'lognormal':
      return { kind: name, mean: v.mean, sd: v.sd };
  }
}

/**
 * One uncertain input's distribution from the inputs file, checked against its field: the
 * parameters its distribution takes (and no others), low, most likely, high and mean within the
 * field's accepted range, low ≤ most likely ≤ high, sd above 0. low = high is a fixed input.
 *
 * @example
 * uncertainDistribution({ distribution: 'pert', low: 0.3, most_likely: 0.4, high: 0.55 }, deflectionField, 'uncertainty.inputs.deflection_rate')
 * // => { spec: { kind: 'pert', low: 0.3, mostLikely: 0.4, high: 0.55 }, issues: [] }
 */
export function uncertainDistribution(raw: RawDistribution, field: NumberField, path: string): { spec: DistributionSpec | null; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const values = checkedParameters(raw, field, path, issues);
  if (issues.length > 0) return { spec: null, issues };
  const order = orderIssues(raw, values, path);
  if (order.length > 0) return { spec: null, issues: order };
  return { spec: asSpec(raw.distribution, values as Required<Record<Parameter, number>>), issues };
}
