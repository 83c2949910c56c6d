import { CUSTOM_LINE_LIMIT, FieldValues, INPUT_FIELDS, InputField, InputKey, fieldByKey } from '../core/inputs/fields';
import { BusinessCaseInputs, CustomLine, defaultInputs, parseInputs } from '../core/inputs/schema';
import { NumberUnit } from '../core/validation/numberSpec';
import { formIssueMessage, labelled } from './issueWording';
import { FALLBACK_LOCALE, NumberContext, chooseLocale, formatForField, readTyped, restyle } from './numberText';
import { UncertaintyText, checkUncertainty, defaultUncertaintyText, restyleUncertainty, reviveUncertaintyText } from './uncertaintyModel';
import type { UncertaintySpec } from '../core/simulation/uncertainty';

/**
 * The form as text, exactly as the user sees it: what is stored between uses and what a preset
 * fills in. Validation goes through the inputs schema (parseInputs), so the form, an inputs file
 * and the command line accept the same values and word every problem the same way.
 */

export type CustomLineKind = 'custom_benefits' | 'custom_costs';
export const CUSTOM_LINE_KINDS: readonly CustomLineKind[] = ['custom_benefits', 'custom_costs'];

export interface CustomLineText {
  readonly label: string;
  readonly amount: string;
  readonly risk: string;
  /**
   * A line an inputs file gave per year (a TEI study's line) keeps its amounts, ";"-separated,
   * and a cost line its initial amount: the pane shows them and passes them on unchanged.
   */
  readonly perYear?: string;
  readonly initial?: string;
}

export interface FormValues {
  /**
   * The number style the text is written in (a locale tag): the same text means different
   * numbers in different styles ("4,5" is 4.5 in de-DE and refused in en-US), so it travels along.
   */
  readonly locale: string;
  /** by input key: the text of a box or the value of a choice */
  readonly fields: Readonly<Record<string, string>>;
  readonly custom_benefits: readonly CustomLineText[];
  readonly custom_costs: readonly CustomLineText[];
  /** the Uncertainty section; absent (values saved before it existed, a preset) means its defaults */
  readonly uncertainty?: UncertaintyText;
}

export type CustomLinePart = 'label' | 'amount' | 'risk';

/** One problem, addressed to the control the user must fix. */
export interface FormError {
  /** the id of the control; null when the problem belongs to no single control */
  readonly controlId: string | null;
  /** the message as shown beside the control and in the summary */
  readonly message: string;
}

export type FormCheck =
  | { readonly ok: true; readonly inputs: BusinessCaseInputs }
  | { readonly ok: false; readonly errors: readonly FormError[] };

/** The form and its Uncertainty section, both valid: what Simulate and Generate need. */
export type FullCheck =
  | { readonly ok: true; readonly inputs: BusinessCaseInputs; readonly uncertainty: UncertaintySpec }
  | { readonly ok: false; readonly errors: readonly FormError[] };

export function fieldControlId(key: string): string {
  return `input-${key}`;
}

export function customLineControlId(kind: CustomLineKind, index: number, part: CustomLinePart): string {
  return `input-${kind}-${index}-${part}`;
}

const SCHEMA_PART: Record<string, CustomLinePart> = { label: 'label', amount_per_month: 'amount', risk: 'risk' };
const SCHEMA_KIND: Record<string, CustomLineKind> = { benefits: 'custom_benefits', costs: 'custom_costs' };

export function customLineTitle(kind: CustomLineKind, index: number): string {
  return `${kind === 'custom_benefits' ? 'Benefit' : 'Cost'} line ${index + 1}`;
}

function fieldText(field: InputField, value: FieldValues[InputKey], locale: string): string {
  if (field.type === 'number') return formatForField(value as number | null, field.unit, locale);
  return String(value);
}

function lineText(line: CustomLine, locale: string): CustomLineText {
  return {
    label: line.label,
    amount: formatForField(line.amount_per_month, 'money', locale),
    risk: formatForField(line.risk, 'rate', locale),
    ...(line.amounts_per_year === null ? {} : { perYear: line.amounts_per_year.join(';') }),
    ...(line.initial === 0 ? {} : { initial: String(line.initial) }),
  };
}

export function formValuesFrom(inputs: BusinessCaseInputs, locale: string = FALLBACK_LOCALE): FormValues {
  const fields: Record<string, string> = {};
  for (const field of INPUT_FIELDS) fields[field.key] = fieldText(field, inputs[field.key], locale);
  const lines = (list: readonly CustomLine[]) => list.map((line) => lineText(line, locale));
  return { locale, fields, custom_benefits: lines(inputs.custom_benefits), custom_costs: lines(inputs.custom_costs) };
}

export function defaultFormValues(locale: string = FALLBACK_LOCALE): FormValues {
  return formValuesFrom(defaultInputs(), locale);
}

/** How the form's numbers are read: its style, and the currency money may be typed in. */
export function numberContextOf(values: Pick<FormValues, 'locale' | 'fields'>): NumberContext {
  return { locale: values.locale, currency: values.fields.currency };
}

/** The typed values, and the boxes whose text was refused, by schema path, with the reason. */
interface TypedForm {
  readonly raw: Record<string, unknown>;
  readonly refused: Map<string, string>;
}

function typedBox(text: string, unit: NumberUnit, context: NumberContext, path: string, refused: Map<string, string>): unknown {
  const read = readTyped(text, unit, context);
  if (read.kind === 'refused') refused.set(path, read.reason);
  if (read.kind === 'number') return read.value;
  return read.kind === 'blank' ? null : text.trim();
}

function typedLine(line: CustomLineText, kind: CustomLineKind, path: string, context: NumberContext, refused: Map<string, string>) {
  const amount = line.perYear && line.amount.trim() === ''
    ? { amounts_per_year: line.perYear.split(';').map(Number) }
    : { amount_per_month: typedBox(line.amount, 'money', context, `${path}.amount_per_month`, refused) };
  const initial = kind === 'custom_costs' && line.initial ? { initial: Number(line.initial) } : {};
  return { label: line.label.trim(), ...amount, ...initial, risk: typedBox(line.risk, 'rate', context, `${path}.risk`, refused) };
}

/** The grouped object parseInputs expects, built from the form's text. */
function typedForm(values: FormValues): TypedForm {
  const context = numberContextOf(values);
  const refused = new Map<string, string>();
  const grouped: Record<string, Record<string, unknown>> = {};
  for (const field of INPUT_FIELDS) {
    const text = values.fields[field.key] ?? '';
    grouped[field.group] ??= {};
    grouped[field.group][field.key] = field.type === 'number'
      ? typedBox(text, field.unit, context, `${field.group}.${field.key}`, refused)
      : field.type === 'text' ? text.trim() : text;
  }
  const lines = (kind: CustomLineKind, group: string) =>
    values[kind].map((line, index) => typedLine(line, kind, `custom_lines.${group}.${index}`, context, refused));
  return { raw: { ...grouped, custom_lines: { benefits: lines('custom_benefits', 'benefits'), costs: lines('custom_costs', 'costs') } }, refused };
}

export function rawInputsFrom(values: FormValues): Record<string, unknown> {
  return typedForm(values).raw;
}

interface IssueTarget {
  readonly controlId: string | null;
  readonly label: string;
}

function targetOf(path: string): IssueTarget {
  const parts = path.split('.');
  if (parts[0] === 'custom_lines' && SCHEMA_KIND[parts[1]]) {
    const kind = SCHEMA_KIND[parts[1]];
    const index = Number(parts[2]);
    const part = SCHEMA_PART[parts[3]];
    if (Number.isInteger(index) && part) {
      const name = `${customLineTitle(kind, index)} ${part}`;
      return { controlId: customLineControlId(kind, index, part), label: name };
    }
    return { controlId: null, label: kind === 'custom_benefits' ? 'Other benefits' : 'Other costs' };
  }
  const field = parts.length === 2 ? fieldByKey(parts[1]) : undefined;
  if (!field) return { controlId: null, label: 'Inputs' };
  return { controlId: fieldControlId(field.key), label: field.label };
}

/**
 * Boxes whose text the form refused (a number against the style, another currency) get the form's
 * reason instead of the schema's "got the text": the schema cannot know why "4,5" is not a number.
 */
export function checkForm(values: FormValues): FormCheck {
  const { raw, refused } = typedForm(values);
  const parsed = parseInputs(raw);
  if (parsed.ok) return { ok: true, inputs: parsed.inputs };
  const errors = parsed.issues.map((issue) => {
    const target = targetOf(issue.path);
    const reason = refused.get(issue.path);
    return { controlId: target.controlId, message: reason ? labelled(target.label, reason) : formIssueMessage(issue, target.label, values.locale) };
  });
  return { ok: false, errors };
}

/** The section's text, its defaults when the values carry none. */
export function uncertaintyTextOf(values: FormValues): UncertaintyText {
  return values.uncertainty ?? defaultUncertaintyText(values.locale);
}

/**
 * checkForm, then the Uncertainty section against the inputs it varies (its ranges follow their
 * scenarios, so it can only be checked once the inputs are valid).
 *
 * @example
 * checkFormAndRisk(defaultFormValues()) // => { ok: true, inputs: defaultInputs(), uncertainty: { trials: 10000, seed: 1, … } }
 */
export function checkFormAndRisk(values: FormValues): FullCheck {
  const checked = checkForm(values);
  if (!checked.ok) return checked;
  const risk = checkUncertainty(uncertaintyTextOf(values), checked.inputs, numberContextOf(values));
  return risk.ok ? { ok: true, inputs: checked.inputs, uncertainty: risk.spec } : risk;
}

/** The form's text in another number style, for a user whose style became known (Office's language). */
export function restyleFormValues(values: FormValues, locale: string): FormValues {
  const from = numberContextOf(values);
  const fields: Record<string, string> = { ...values.fields };
  for (const field of INPUT_FIELDS) {
    if (field.type === 'number' && fields[field.key] !== undefined) fields[field.key] = restyle(fields[field.key], field.unit, from, locale);
  }
  const lines = (list: readonly CustomLineText[]) =>
    list.map((line) => ({ ...line, amount: restyle(line.amount, 'money', from, locale), risk: restyle(line.risk, 'rate', from, locale) }));
  const uncertainty = values.uncertainty ? { uncertainty: restyleUncertainty(values.uncertainty, from, locale) } : {};
  return { locale, fields, custom_benefits: lines(values.custom_benefits), custom_costs: lines(values.custom_costs), ...uncertainty };
}

function isLineText(value: unknown): value is CustomLineText {
  const line = value as Record<string, unknown> | null;
  const optionalText = (key: string) => line?.[key] === undefined || typeof line[key] === 'string';
  return !!line && typeof line.label === 'string' && typeof line.amount === 'string' && typeof line.risk === 'string' && optionalText('perYear') && optionalText('initial');
}

/**
 * Form values recalled from storage, written by this or an older version: unknown keys are
 * dropped and missing ones take their default, so a new field never breaks a returning user.
 * Returns null when the stored data is not form values at all.
 */
export function reviveFormValues(stored: unknown): FormValues | null {
  const candidate = stored as Record<string, unknown> | null;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.fields !== 'object' || candidate.fields === null) return null;
  const storedFields = candidate.fields as Record<string, unknown>;
  // Values stored before the style was recorded were written with a decimal point and grouping commas.
  const locale = chooseLocale(typeof candidate.locale === 'string' ? candidate.locale : null);
  const defaults = defaultFormValues(locale);
  const fields: Record<string, string> = {};
  for (const field of INPUT_FIELDS) {
    const value = storedFields[field.key];
    fields[field.key] = typeof value === 'string' ? value : defaults.fields[field.key];
  }
  const lines = (kind: CustomLineKind) => {
    const list = candidate[kind];
    return Array.isArray(list) ? list.filter(isLineText).slice(0, CUSTOM_LINE_LIMIT) : [];
  };
  const uncertainty = candidate.uncertainty === undefined ? {} : { uncertainty: reviveUncertaintyText(candidate.uncertainty, locale) };
  return { locale, fields, custom_benefits: lines('custom_benefits'), custom_costs: lines('custom_costs'), ...uncertainty };
}
