import { CUSTOM_LINE_LIMIT, INPUT_FIELDS, InputField, fieldByKey } from '../core/inputs/fields';
import { BusinessCaseInputs, CustomLine, InputIssue, defaultInputs, parseInputs } from '../core/inputs/schema';
import { NumberUnit } from '../core/validation/numberSpec';
import { formatForField, formatForReading, parseTyped } from './numberText';

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
  /** by input key: the text of a box or the value of a choice */
  readonly fields: Readonly<Record<string, string>>;
  readonly custom_benefits: readonly CustomLineText[];
  readonly custom_costs: readonly CustomLineText[];
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

export function fieldControlId(key: string): string {
  return `input-${key}`;
}

export function customLineControlId(kind: CustomLineKind, index: number, part: CustomLinePart): string {
  return `input-${kind}-${index}-${part}`;
}

const CUSTOM_LINE_UNIT: Record<CustomLinePart, NumberUnit | null> = { label: null, amount: 'money', risk: 'rate' };
const SCHEMA_PART: Record<string, CustomLinePart> = { label: 'label', amount_per_month: 'amount', risk: 'risk' };
const SCHEMA_KIND: Record<string, CustomLineKind> = { benefits: 'custom_benefits', costs: 'custom_costs' };

export function customLineTitle(kind: CustomLineKind, index: number): string {
  return `${kind === 'custom_benefits' ? 'Benefit' : 'Cost'} line ${index + 1}`;
}

function fieldText(field: InputField, value: unknown): string {
  if (field.type === 'number') return formatForField(value as number | null, field.unit);
  return String(value);
}

function lineText(line: CustomLine): CustomLineText {
  return {
    label: line.label,
    amount: formatForField(line.amount_per_month, 'money'),
    risk: formatForField(line.risk, 'rate'),
    ...(line.amounts_per_year === null ? {} : { perYear: line.amounts_per_year.join(';') }),
    ...(line.initial === 0 ? {} : { initial: String(line.initial) }),
  };
}

export function formValuesFrom(inputs: BusinessCaseInputs): FormValues {
  const flat = inputs as unknown as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const field of INPUT_FIELDS) fields[field.key] = fieldText(field, flat[field.key]);
  return { fields, custom_benefits: inputs.custom_benefits.map(lineText), custom_costs: inputs.custom_costs.map(lineText) };
}

export function defaultFormValues(): FormValues {
  return formValuesFrom(defaultInputs());
}

function typedLine(line: CustomLineText, kind: CustomLineKind) {
  const amount = line.perYear && line.amount.trim() === ''
    ? { amounts_per_year: line.perYear.split(';').map(Number) }
    : { amount_per_month: parseTyped(line.amount, 'money') };
  const initial = kind === 'custom_costs' && line.initial ? { initial: Number(line.initial) } : {};
  return { label: line.label.trim(), ...amount, ...initial, risk: parseTyped(line.risk, 'rate') };
}

/** The grouped object parseInputs expects, built from the form's text. */
export function rawInputsFrom(values: FormValues): Record<string, unknown> {
  const grouped: Record<string, Record<string, unknown>> = {};
  for (const field of INPUT_FIELDS) {
    const text = values.fields[field.key] ?? '';
    grouped[field.group] ??= {};
    grouped[field.group][field.key] = field.type === 'number' ? parseTyped(text, field.unit) : field.type === 'text' ? text.trim() : text;
  }
  return {
    ...grouped,
    custom_lines: {
      benefits: values.custom_benefits.map((line) => typedLine(line, 'custom_benefits')),
      costs: values.custom_costs.map((line) => typedLine(line, 'custom_costs')),
    },
  };
}

interface IssueTarget {
  readonly controlId: string | null;
  readonly label: string;
  readonly unit: NumberUnit | null;
}

function targetOf(path: string): IssueTarget {
  const parts = path.split('.');
  if (parts[0] === 'custom_lines' && SCHEMA_KIND[parts[1]]) {
    const kind = SCHEMA_KIND[parts[1]];
    const index = Number(parts[2]);
    const part = SCHEMA_PART[parts[3]];
    if (Number.isInteger(index) && part) {
      const name = `${customLineTitle(kind, index)} ${part}`;
      return { controlId: customLineControlId(kind, index, part), label: name, unit: CUSTOM_LINE_UNIT[part] };
    }
    return { controlId: null, label: kind === 'custom_benefits' ? 'Other benefits' : 'Other costs', unit: null };
  }
  const field = parts.length === 2 ? fieldByKey(parts[1]) : undefined;
  if (!field) return { controlId: null, label: 'Inputs', unit: null };
  return { controlId: fieldControlId(field.key), label: field.label, unit: field.type === 'number' ? field.unit : null };
}

/**
 * The schema's message in the form's terms: the field's label instead of its dotted path, and a
 * rate shown as the percentage the user typed (the schema saw the fraction, and its "did you mean
 * 40%?" hint is about typing 40 where a fraction is expected, which the form already handles).
 */
function formMessage(issue: InputIssue, target: IssueTarget): string {
  let message = issue.message;
  if (issue.path && message.startsWith(issue.path)) message = message.slice(issue.path.length).replace(/^:?\s*/, '');
  if (target.unit === 'rate') {
    message = message.replace(/; got (-?[\d.]+(?:e[-+]?\d+)?)\.(?: Did you mean .*)?$/i, (_all, got: string) => `; got ${formatForReading(Number(got), 'rate')}.`);
  }
  if (/^(must|is) /.test(message)) return `${target.label} ${message}`;
  return `${target.label}: ${message.charAt(0).toUpperCase()}${message.slice(1)}${message.endsWith('.') ? '' : '.'}`;
}

export function checkForm(values: FormValues): FormCheck {
  const parsed = parseInputs(rawInputsFrom(values));
  if (parsed.ok) return parsed;
  return {
    ok: false,
    errors: parsed.issues.map((issue) => {
      const target = targetOf(issue.path);
      return { controlId: target.controlId, message: formMessage(issue, target) };
    }),
  };
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
  const defaults = defaultFormValues();
  const fields: Record<string, string> = {};
  for (const field of INPUT_FIELDS) {
    const value = storedFields[field.key];
    fields[field.key] = typeof value === 'string' ? value : defaults.fields[field.key];
  }
  const lines = (kind: CustomLineKind) => {
    const list = candidate[kind];
    return Array.isArray(list) ? list.filter(isLineText).slice(0, CUSTOM_LINE_LIMIT) : [];
  };
  return { fields, custom_benefits: lines('custom_benefits'), custom_costs: lines('custom_costs') };
}
