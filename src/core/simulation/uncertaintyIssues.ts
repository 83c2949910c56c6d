import type { InputIssue, InputIssueKind } from '../inputs/schema';
import { NumberSpec, numberProblem, numberProblemMessage } from '../validation/numberSpec';

/**
 * An issue of the `uncertainty` group in the shape parseInputs gives (path, kind, message and
 * the data the task pane words its own message from).
 *
 * @example
 * ruleIssue('uncertainty.inputs.aht_reduction.high', 'must be at least low (0.2); got 0.1', 0.1)
 * // => { path: 'uncertainty.inputs.aht_reduction.high', kind: 'rule', value: 0.1, message: 'uncertainty.inputs.aht_reduction.high must be at least low (0.2); got 0.1.' }
 */
export function ruleIssue(path: string, rule: string, value?: unknown, kind: InputIssueKind = 'rule'): InputIssue {
  return { path, kind, message: `${path} ${rule}.`, ...(value === undefined ? {} : { value }) };
}

/**
 * A number checked against its accepted range: the number, or the issue naming the path and the range.
 *
 * @example
 * checkedNumber({ name: 'trials', unit: 'count', min: 100, max: 1000000, integer: true }, 50, 'uncertainty.trials')
 * // => { issue: { path: 'uncertainty.trials', kind: 'number', message: 'uncertainty.trials must be a whole number between 100 and 1,000,000; got 50.', … } }
 */
export function checkedNumber(spec: NumberSpec, value: unknown, path: string): { value: number } | { issue: InputIssue } {
  const problem = numberProblem(spec, value);
  if (problem === null) return { value: value as number };
  const { name: _name, ...range } = spec;
  return { issue: { path, kind: 'number', message: numberProblemMessage(spec, problem, path), value: problem.value, range, problem } };
}
