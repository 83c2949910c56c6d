import { fail, ok, Result } from '../result';

/**
 * What a number means to a user. The unit drives the wording of messages, the number format
 * in the workbook and the typo check for rates typed as percentages.
 */
export type NumberUnit =
  | 'money' // an amount in the workbook's currency
  | 'count' // contacts, customers, agents, seats
  | 'rate' // a fraction: 0.4 = 40%
  | 'ratio' // a multiple: 3.2 = 320% ROI, 1.1 = a 10% uplift
  | 'months'
  | 'minutes'
  | 'hours'
  | 'month' // a month number on the timeline (1 = first month)
  | 'periods'; // periods per year

/** One numeric parameter or input field: the single place its accepted range is written down. */
export interface NumberSpec {
  /** public snake_case name, as in MODEL.md and the function help */
  readonly name: string;
  readonly unit: NumberUnit;
  readonly min: number;
  readonly max: number;
  /** true when min itself is not accepted (e.g. occupancy must be above 0) */
  readonly minExclusive?: boolean;
  /** true when max itself is not accepted (e.g. shrinkage must be below 1) */
  readonly maxExclusive?: boolean;
  readonly integer?: boolean;
}

const UNIT_WORDS: Record<NumberUnit, string> = {
  money: '',
  count: '',
  rate: '',
  ratio: '',
  months: ' months',
  minutes: ' minutes',
  hours: ' hours',
  month: '',
  periods: ' periods a year',
};

/** Formats a bound the way a user would type it (rates as percentages, big numbers grouped). */
export function formatBound(value: number, unit: NumberUnit): string {
  if (unit === 'rate') return `${trimNumber(value * 100)}%`;
  return groupThousands(value);
}

function trimNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function groupThousands(value: number): string {
  const [whole, fraction] = trimNumber(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** How a surface writes a bound (the pane: in the user's number style). */
export interface RangeWording {
  readonly show?: (value: number, unit: NumberUnit) => string;
  /** add "(a fraction: 40% or 0.4)" after a rate's range: where a rate is typed as a fraction */
  readonly fractionHint?: boolean;
}

/**
 * "between 0% and 100% (a fraction: 40% or 0.4)" style description of the accepted range.
 *
 * @example
 * describeRange({ name: 'horizon_months', unit: 'months', min: 12, max: 120, integer: true }) // 'a whole number between 12 and 120 months'
 */
export function describeRange(spec: Omit<NumberSpec, 'name'>, wording: RangeWording = {}): string {
  const lowWord = spec.minExclusive ? 'above' : 'at least';
  const highWord = spec.maxExclusive ? 'below' : 'at most';
  const unitWord = UNIT_WORDS[spec.unit];
  const whole = spec.integer ? 'a whole number ' : '';
  const show = (value: number) => (wording.show ? wording.show(value, spec.unit) : spec.unit === 'rate' ? formatBound(value, 'rate') : groupThousands(value));
  const suffix = spec.unit === 'rate' ? ((wording.fractionHint ?? true) ? ' (a fraction: 40% or 0.4)' : '') : unitWord;
  if (Number.isFinite(spec.max) && Number.isFinite(spec.min) && !spec.minExclusive && !spec.maxExclusive) {
    return `${whole}between ${show(spec.min)} and ${show(spec.max)}${suffix}`;
  }
  const parts: string[] = [];
  if (Number.isFinite(spec.min)) parts.push(`${lowWord} ${show(spec.min)}`);
  if (Number.isFinite(spec.max)) parts.push(`${highWord} ${show(spec.max)}`);
  return `${whole}${parts.join(' and ')}${suffix}`;
}

/** What was received, in words: "an empty value", "the text "four"", "NaN (not a number)", or the number with every digit. */
export function describeGot(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'an empty value';
  // JSON quoting escapes control characters: a message never carries a terminal escape.
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN (not a number)';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    // Every digit a double holds: 1e12 + 1 must not read as the bound 1,000,000,000,000 it exceeds.
    return String(Number(value.toPrecision(15)));
  }
  if (typeof value === 'boolean') return `the logical value ${value ? 'TRUE' : 'FALSE'}`;
  return `a ${Array.isArray(value) ? 'range' : typeof value}`;
}

function inRange(spec: NumberSpec, value: number): boolean {
  const aboveMin = spec.minExclusive ? value > spec.min : value >= spec.min;
  const belowMax = spec.maxExclusive ? value < spec.max : value <= spec.max;
  return aboveMin && belowMax;
}

/** Why a value is not an accepted number: not a number at all, outside the range, or not whole. */
export interface NumberProblem {
  readonly reason: 'not_a_number' | 'out_of_range' | 'not_whole';
  readonly value: unknown;
  /** a rate typed as a percentage (40 for 40%) whose fraction would be accepted */
  readonly percentTypo: boolean;
}

/**
 * The problem with a value against its spec, or null when it is accepted.
 *
 * @example
 * numberProblem({ name: 'deflection_rate', unit: 'rate', min: 0, max: 1 }, 40) // { reason: 'out_of_range', value: 40, percentTypo: true }
 */
export function numberProblem(spec: NumberSpec, value: unknown): NumberProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { reason: 'not_a_number', value, percentTypo: false };
  if (!inRange(spec, value)) {
    // Only a value typed like a percentage (at most two decimals, e.g. 40 or 12.5) is taken for one.
    const typedLikePercent = Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
    return { reason: 'out_of_range', value, percentTypo: spec.unit === 'rate' && value > 1 && value <= 100 && typedLikePercent && inRange(spec, value / 100) };
  }
  return spec.integer && !Number.isInteger(value) ? { reason: 'not_whole', value, percentTypo: false } : null;
}

/** The command line's and the functions' sentence for a problem: the label, the accepted range, what was received. */
export function numberProblemMessage(spec: NumberSpec, problem: NumberProblem, label: string = spec.name): string {
  const range = describeRange(spec);
  if (problem.reason === 'not_a_number') return `${label} must be ${spec.integer ? range : `a number ${range}`}; got ${describeGot(problem.value)}.`;
  const typed = trimNumber(problem.value as number);
  const hint = problem.percentTypo ? ` Did you mean ${typed}%? Type ${typed}% or ${trimNumber((problem.value as number) / 100)}.` : '';
  return `${label} must be ${range}; got ${describeGot(problem.value)}.${hint}`;
}

/**
 * Checks one number against its spec. Returns the number, or an 'invalid' error whose message
 * names the parameter, the accepted range and what was received. A rate typed as a percentage
 * (40 instead of 40% or 0.4) is recognised and the message says so.
 *
 * @example
 * checkNumber({ name: 'deflection_rate', unit: 'rate', min: 0, max: 1 }, 40)
 * // => error "deflection_rate must be between 0% and 100% (a fraction: 40% or 0.4); got 40. Did you mean 40%? Type 40% or 0.4."
 */
export function checkNumber(spec: NumberSpec, value: unknown, label: string = spec.name): Result<number> {
  // Messages are built only on failure: validation must cost next to nothing on the happy path.
  const problem = numberProblem(spec, value);
  return problem === null ? ok(value as number) : fail('invalid', numberProblemMessage(spec, problem, label), spec.name);
}
