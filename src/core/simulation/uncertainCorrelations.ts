import type { InputIssue } from '../inputs/schema';
import type { NumericInputKey } from '../model/expression';
import { cholesky } from './random/cholesky';
import { pearsonMatrix } from './random/correlationMatrix';
import { checkedNumber, ruleIssue } from './uncertaintyIssues';

/** Two uncertain inputs' Spearman rank correlation. */
export interface RankCorrelation {
  readonly between: readonly [NumericInputKey, NumericInputKey];
  readonly rankCorrelation: number;
}

export interface RawCorrelation {
  readonly between: readonly [string, string];
  readonly rank_correlation: unknown;
}

const RANK_CORRELATION = { name: 'rank_correlation', unit: 'ratio' as const, min: -1, max: 1 };

/** One correlation's problems: an input that is not uncertain, an input with itself, a pair given before, |ρ| > 1. */
function correlationIssues(raw: RawCorrelation, index: number, uncertain: ReadonlySet<string>, seen: Map<string, number>): InputIssue[] {
  const at = `uncertainty.correlations.${index}`;
  const issues: InputIssue[] = [];
  raw.between.forEach((key, side) => {
    if (!uncertain.has(key)) issues.push(ruleIssue(`${at}.between.${side}`, `names ${JSON.stringify(key)}, which is not one of the uncertain inputs (uncertainty.inputs); a correlation links two of them`, key));
  });
  const [a, b] = raw.between;
  if (a === b) issues.push(ruleIssue(`${at}.between`, `names ${a} twice: a correlation links two different inputs`, raw.between));
  const pair = [a, b].sort().join(' and ');
  const earlier = seen.get(pair);
  if (earlier !== undefined && a !== b) issues.push(ruleIssue(`${at}.between`, `repeats the pair ${pair} of uncertainty.correlations.${earlier}: give each pair once`, raw.between));
  else seen.set(pair, index);
  const rho = checkedNumber(RANK_CORRELATION, raw.rank_correlation, `${at}.rank_correlation`);
  if ('issue' in rho) issues.push(rho.issue);
  return issues;
}

/**
 * The correlations checked one by one.
 *
 * @example
 * checkCorrelations([{ between: ['deflection_rate', 'deflection_rate'], rank_correlation: 0.5 }], ['deflection_rate'])
 * // => { correlations: [], issues: [uncertainty.correlations.0.between names deflection_rate twice …] }
 */
export function checkCorrelations(raw: readonly RawCorrelation[], uncertainKeys: readonly string[]): { correlations: RankCorrelation[]; issues: InputIssue[] } {
  const uncertain = new Set(uncertainKeys);
  const seen = new Map<string, number>();
  const issues = raw.flatMap((entry, index) => correlationIssues(entry, index, uncertain, seen));
  if (issues.length > 0) return { correlations: [], issues };
  const correlations = raw.map((entry) => ({ between: entry.between as readonly [NumericInputKey, NumericInputKey], rankCorrelation: entry.rank_correlation as number }));
  return { correlations, issues };
}

/**
 * The k×k Spearman matrix of the uncertain inputs, in their order: 1 on the diagonal, each
 * listed pair's rank correlation, 0 for a pair not listed.
 *
 * @example
 * spearmanMatrix(['a', 'b'], [{ between: ['b', 'a'], rankCorrelation: 0.6 }]) // => [[1, 0.6], [0.6, 1]]
 */
export function spearmanMatrix(keys: readonly string[], correlations: readonly RankCorrelation[]): number[][] {
  const matrix: number[][] = keys.map((_, i) => keys.map((__, j) => (i === j ? 1 : 0)));
  for (const { between, rankCorrelation } of correlations) {
    const i = keys.indexOf(between[0]);
    const j = keys.indexOf(between[1]);
    matrix[i][j] = matrix[j][i] = rankCorrelation;
  }
  return matrix;
}

/**
 * Whether the correlations can all hold at once (the matrix is positive semi-definite): none
 * when they can, else the issue naming the pair that cannot, and how to have it repaired.
 *
 * @example
 * consistencyIssues(['a', 'b', 'c'], [a–b 0.9, a–c 0.9, b–c −0.9]) // => [{ path: 'uncertainty.correlations', message: '… b and c cannot hold …' }]
 */
export function consistencyIssues(keys: readonly string[], correlations: readonly RankCorrelation[]): InputIssue[] {
  if (correlations.length === 0) return [];
  const pearson = pearsonMatrix(spearmanMatrix(keys, correlations), keys);
  const factor = pearson.ok ? cholesky(pearson.value, keys) : pearson;
  if (factor.ok) return [];
  return [{ path: 'uncertainty.correlations', kind: 'rule', message: `${factor.error.message.replace(/\.$/, '')} (set uncertainty.repair_correlations to true).` }];
}
