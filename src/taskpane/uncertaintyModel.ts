import { INPUT_FIELDS, fieldByKey } from '../core/inputs/fields';
import type { BusinessCaseInputs, InputIssue } from '../core/inputs/schema';
import type { NumericInputKey } from '../core/model/expression';
import { defaultUncertainty } from '../core/simulation/defaultUncertainty';
import { uncertainField } from '../core/simulation/uncertainInputs';
import { DEFAULT_SEED, DEFAULT_TRIALS, UncertaintySpec, parseUncertainty } from '../core/simulation/uncertainty';
import { NumberUnit } from '../core/validation/numberSpec';
import type { FormError } from './formModel';
import { formIssueMessage, labelled } from './issueWording';
import { NumberContext, formatForField, formatForReading, readTyped, restyle } from './numberText';

/**
 * The form's Uncertainty section as text: the trials, the seed, and the low / most likely / high
 * of each main driver. A driver's range follows the scenarios (defaultUncertainty of the form's
 * inputs) until the user types in it; from then on the typed text is kept, so only edited ranges
 * are stored.
 */

export type RangePart = 'low' | 'mostLikely' | 'high';
export const RANGE_PARTS: readonly RangePart[] = ['low', 'mostLikely', 'high'];
const PART_TITLE: Record<RangePart, string> = { low: 'low', mostLikely: 'most likely', high: 'high' };
const SCHEMA_PART: Record<string, RangePart> = { low: 'low', most_likely: 'mostLikely', high: 'high' };

export type RangeText = Readonly<Record<RangePart, string>>;

export interface UncertaintyText {
  readonly trials: string;
  readonly seed: string;
  /** the ranges the user typed, by input key: they no longer follow the scenarios */
  readonly edited: Readonly<Record<string, RangeText>>;
}

/** One driver's row as the section shows it. */
export interface RangeRow {
  readonly key: NumericInputKey;
  readonly label: string;
  readonly unit: NumberUnit;
  readonly text: RangeText;
  readonly edited: boolean;
  /** added by the user (not a scenario driver): it can be removed, back to a fixed input */
  readonly added: boolean;
}

/** A numeric input the user may add to the section. */
export interface AddableInput {
  readonly key: NumericInputKey;
  readonly label: string;
}

export type UncertaintyCheck = { readonly ok: true; readonly spec: UncertaintySpec } | { readonly ok: false; readonly errors: readonly FormError[] };

export function rangeControlId(key: string, part: RangePart): string {
  return `risk-${key}-${part}`;
}

export const TRIALS_CONTROL_ID = 'risk-trials';
export const SEED_CONTROL_ID = 'risk-seed';
export const ADD_SELECT_ID = 'risk-add-input';
export const ADD_BUTTON_ID = 'risk-add';

/** 10,000 trials, seed 1, every range following the scenarios. */
export function defaultUncertaintyText(locale: string): UncertaintyText {
  return { trials: formatForField(DEFAULT_TRIALS, 'count', locale), seed: formatForField(DEFAULT_SEED, 'count', locale), edited: {} };
}

function unitOf(key: string): NumberUnit {
  const field = fieldByKey(key);
  return field?.type === 'number' ? field.unit : 'count';
}

function labelOf(key: string): string {
  return fieldByKey(key)?.label ?? key;
}

/**
 * The section's rows: each driver defaultUncertainty varies for these inputs, its range from the
 * scenarios unless the user typed it, then any other range the user typed.
 *
 * @example
 * uncertaintyRows(defaultInputs(), defaultUncertaintyText('en-US'), 'en-US')[0]
 * // => { key: 'deflection_rate', label: 'Deflection rate', unit: 'rate', text: { low: '22.5', mostLikely: '30', high: '34.5' }, edited: false }
 */
export function uncertaintyRows(inputs: BusinessCaseInputs, text: UncertaintyText, locale: string): RangeRow[] {
  const rows: RangeRow[] = [];
  for (const { key, distribution } of defaultUncertainty(inputs).inputs) {
    if (distribution.kind !== 'pert') continue;
    const unit = unitOf(key);
    const show = (value: number) => formatForField(value, unit, locale);
    const edited = text.edited[key];
    rows.push({ key, label: labelOf(key), unit, text: edited ?? { low: show(distribution.low), mostLikely: show(distribution.mostLikely), high: show(distribution.high) }, edited: edited !== undefined, added: false });
  }
  for (const [key, range] of Object.entries(text.edited)) {
    const field = uncertainField(key);
    if (field.ok && !rows.some((row) => row.key === key)) rows.push({ key: field.field.key, label: field.field.label, unit: field.field.unit, text: range, edited: true, added: true });
  }
  return rows;
}

/**
 * The numeric inputs that may be uncertain and are not in the section yet, in the inputs
 * table's order: any driver of the cash flows may be, not only the scenarios' (settings,
 * thresholds, the horizon and the inputs that may be blank may not: see uncertainField).
 */
export function addableInputs(inputs: BusinessCaseInputs, text: UncertaintyText, locale: string): AddableInput[] {
  const shown = new Set<string>(uncertaintyRows(inputs, text, locale).map((row) => row.key));
  return INPUT_FIELDS.flatMap((field) => {
    const check = uncertainField(field.key);
    return check.ok && !shown.has(field.key) ? [{ key: check.field.key, label: check.field.label }] : [];
  });
}

/**
 * The section with one more uncertain input, low = most likely = high = its value in these
 * inputs: it stays fixed until the user widens the range. An input that cannot be uncertain
 * leaves the text as it was.
 *
 * @example
 * addUncertainInput(defaultUncertaintyText('en-US'), defaultInputs(), 'human_cost_per_contact', 'en-US').edited
 * // => { human_cost_per_contact: { low: '4', mostLikely: '4', high: '4' } }
 */
export function addUncertainInput(text: UncertaintyText, inputs: BusinessCaseInputs, key: string, locale: string): UncertaintyText {
  const check = uncertainField(key);
  const value = check.ok ? inputs[check.field.key] : null;
  if (!check.ok || typeof value !== 'number') return text;
  const shown = formatForField(value, check.field.unit, locale);
  return { ...text, edited: { ...text.edited, [key]: { low: shown, mostLikely: shown, high: shown } } };
}

/** The section without an input the user added (a scenario driver's range returns to the scenarios). */
export function removeUncertainInput(text: UncertaintyText, key: string): UncertaintyText {
  const edited = Object.fromEntries(Object.entries(text.edited).filter(([candidate]) => candidate !== key));
  return { ...text, edited };
}

/** A box's number, or its text when refused (the schema then names it), recording why it was refused. */
function typed(text: string, unit: NumberUnit, context: NumberContext, path: string, refused: Map<string, string>): unknown {
  const read = readTyped(text, unit, context);
  if (read.kind === 'refused') refused.set(path, read.reason);
  if (read.kind === 'number') return read.value;
  return read.kind === 'blank' ? undefined : text.trim();
}

/** The inputs file's `uncertainty` group (snake_case) the section's text stands for. */
function rawGroup(inputs: BusinessCaseInputs, rows: readonly RangeRow[], text: UncertaintyText, context: NumberContext, refused: Map<string, string>) {
  const group: Record<string, unknown> = {};
  for (const row of rows) {
    const path = `uncertainty.inputs.${row.key}`;
    const box = (part: RangePart, name: string) => typed(row.text[part], row.unit, context, `${path}.${name}`, refused);
    group[row.key] = { distribution: 'pert', low: box('low', 'low'), most_likely: box('mostLikely', 'most_likely'), high: box('high', 'high') };
  }
  // Costs move together (one overrun), as in the scenarios: the default correlations among the rows shown.
  const correlations = defaultUncertainty(inputs).correlations.map(({ between, rankCorrelation }) => ({ between: [...between], rank_correlation: rankCorrelation }));
  return {
    trials: typed(text.trials, 'count', context, 'uncertainty.trials', refused),
    seed: typed(text.seed, 'count', context, 'uncertainty.seed', refused),
    sampling: 'latin_hypercube',
    inputs: group,
    correlations,
  };
}

function targetOf(path: string): { controlId: string | null; label: string } {
  const parts = path.split('.');
  if (parts[1] === 'trials') return { controlId: TRIALS_CONTROL_ID, label: 'Trials' };
  if (parts[1] === 'seed') return { controlId: SEED_CONTROL_ID, label: 'Seed' };
  const part = SCHEMA_PART[parts[3]];
  if (parts[1] === 'inputs' && parts[2] && part) return { controlId: rangeControlId(parts[2], part), label: `${labelOf(parts[2])}, ${PART_TITLE[part]}` };
  return { controlId: null, label: 'Uncertainty' };
}

/** The order rules (low ≤ most likely ≤ high) in the form's words: the bound as the user reads it, not the file's fraction. */
function orderMessage(issue: InputIssue, row: RangeRow | undefined, label: string, context: NumberContext): string | null {
  const part = SCHEMA_PART[issue.path.split('.')[3]];
  if (issue.kind !== 'rule' || !row || (part !== 'high' && part !== 'mostLikely')) return null;
  const read = (which: RangePart) => readTyped(row.text[which], row.unit, context);
  const [low, high, got] = [read('low'), read('high'), read(part)];
  if (low.kind !== 'number' || high.kind !== 'number' || got.kind !== 'number') return null;
  const show = (value: number) => formatForReading(value, row.unit, context.locale);
  if (part === 'high') return `${label} must be at least the low, ${show(low.value)}; got ${show(got.value)}.`;
  return `${label} must lie from the low, ${show(low.value)}, to the high, ${show(high.value)}; got ${show(got.value)}.`;
}

/**
 * The section checked through parseUncertainty, as an inputs file's group is: every problem
 * addressed to its box, worded from the issue's data in the form's number style.
 *
 * @example
 * checkUncertainty({ ...defaultUncertaintyText('en-US'), trials: '50' }, defaultInputs(), { locale: 'en-US' })
 * // => { ok: false, errors: [{ controlId: 'risk-trials', message: 'Trials must be a whole number from 100 to 1,000,000; got 50.' }] }
 */
export function checkUncertainty(text: UncertaintyText, inputs: BusinessCaseInputs, context: NumberContext): UncertaintyCheck {
  const rows = uncertaintyRows(inputs, text, context.locale);
  const refused = new Map<string, string>();
  const parsed = parseUncertainty(rawGroup(inputs, rows, text, context, refused));
  if (parsed.ok) return { ok: true, spec: parsed.spec };
  const errors = parsed.issues.map((issue): FormError => {
    const target = targetOf(issue.path);
    const reason = refused.get(issue.path);
    const row = rows.find((candidate) => candidate.key === issue.path.split('.')[2]);
    const message = reason ? labelled(target.label, reason) : orderMessage(issue, row, target.label, context) ?? formIssueMessage(issue, target.label, context.locale);
    return { controlId: target.controlId, message };
  });
  return { ok: false, errors };
}

function isRangeText(value: unknown): value is RangeText {
  const range = value as Record<string, unknown> | null;
  return !!range && typeof range === 'object' && RANGE_PARTS.every((part) => typeof range[part] === 'string');
}

/**
 * The section as stored by this or an older version: values saved before the section existed
 * (or anything unreadable) give the defaults, and a range of an input that cannot be uncertain is dropped.
 *
 * @example
 * reviveUncertaintyText(undefined, 'en-US') // => { trials: '10,000', seed: '1', edited: {} }
 */
export function reviveUncertaintyText(stored: unknown, locale: string): UncertaintyText {
  const defaults = defaultUncertaintyText(locale);
  const candidate = stored as Record<string, unknown> | null;
  if (!candidate || typeof candidate !== 'object') return defaults;
  const text = (key: 'trials' | 'seed') => (typeof candidate[key] === 'string' ? (candidate[key] as string) : defaults[key]);
  const storedEdited = candidate.edited && typeof candidate.edited === 'object' ? (candidate.edited as Record<string, unknown>) : {};
  const edited: Record<string, RangeText> = {};
  for (const [key, range] of Object.entries(storedEdited)) {
    if (uncertainField(key).ok && isRangeText(range)) edited[key] = { low: range.low, mostLikely: range.mostLikely, high: range.high };
  }
  return { trials: text('trials'), seed: text('seed'), edited };
}

/** The section's text in another number style. */
export function restyleUncertainty(text: UncertaintyText, from: NumberContext, locale: string): UncertaintyText {
  const edited: Record<string, RangeText> = {};
  for (const [key, range] of Object.entries(text.edited)) {
    const unit = unitOf(key);
    edited[key] = { low: restyle(range.low, unit, from, locale), mostLikely: restyle(range.mostLikely, unit, from, locale), high: restyle(range.high, unit, from, locale) };
  }
  return { trials: restyle(text.trials, 'count', from, locale), seed: restyle(text.seed, 'count', from, locale), edited };
}
