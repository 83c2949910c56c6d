import type { InputIssue } from '../core/inputs/schema';
import { NumberProblem, NumberSpec, NumberUnit, describeGot, describeRange } from '../core/validation/numberSpec';
import { formatForReading, formatRefused } from './numberText';

/**
 * An input issue in the form's words, from the issue's data rather than its English sentence: the
 * field's label, a number's accepted range and what was received in the user's number style, and
 * a rate as the percentage the form takes (the command line's "a fraction: 0.4" and "did you mean
 * 40%?" are about files, where 40 for 40% is a typo; the form already reads 40 as 40%).
 *
 * @example
 * formIssueMessage({ path: 'automation.deflection_rate', kind: 'number', message: '…', range: { unit: 'rate', min: 0, max: 1 }, problem: { reason: 'out_of_range', value: 1.4, percentTypo: false } }, 'Deflection rate', 'de-DE')
 * // 'Deflection rate must be between 0% and 100%; got 140%.'
 */
export function formIssueMessage(issue: InputIssue, label: string, locale: string): string {
  if (issue.kind === 'number' && issue.range !== undefined && issue.problem !== undefined) return numberMessage(label, issue.range, issue.problem, locale);
  return labelled(label, withoutPath(issue));
}

function numberMessage(label: string, range: Omit<NumberSpec, 'name'>, problem: NumberProblem, locale: string): string {
  const show = (value: number, unit: NumberUnit) => formatForReading(value, unit, locale);
  const accepted = describeRange(range, { show, fractionHint: false });
  const wanted = problem.reason === 'not_a_number' && !range.integer ? `a number ${accepted}` : accepted;
  const got = typeof problem.value === 'number' && Number.isFinite(problem.value) ? formatRefused(problem.value, range.unit, locale) : describeGot(problem.value);
  return `${label} must be ${wanted}; got ${got}.`;
}

/** The schema's sentence without its dotted path, which the label replaces. */
function withoutPath(issue: InputIssue): string {
  return issue.path && issue.message.startsWith(issue.path) ? issue.message.slice(issue.path.length).replace(/^:?\s*/, '') : issue.message;
}

/** "Label must …", or "Label: Sentence." for a message that does not continue the label. */
export function labelled(label: string, message: string): string {
  if (/^(must|is) /.test(message)) return `${label} ${message}`;
  return `${label}: ${message.charAt(0).toUpperCase()}${message.slice(1)}${message.endsWith('.') ? '' : '.'}`;
}
