import { z } from 'zod';
import { NumberProblem, NumberSpec, numberProblem, numberProblemMessage } from '../validation/numberSpec';
import { UncertaintySpec, parseUncertainty } from '../simulation/uncertainty';
import { quoteValue } from '../validation/quoteValue';
import {
  CUSTOM_LABEL_MAX_LENGTH,
  CUSTOM_LINE_LIMIT,
  FieldValues,
  INPUT_FIELDS,
  INPUT_GROUPS,
  InputField,
  InputGroupId,
} from './fields';

/**
 * A line a user adds to the model (another benefit or another cost), in exactly one of two
 * forms: an amount per month that follows adoption from go-live, or one amount per year of the
 * horizon taken as given (spread evenly over the year's months, no ramp), which is how a
 * published TEI study prints its lines.
 */
export interface CustomLine {
  readonly label: string;
  /** per month, scaled by adoption; null when the line gives amounts_per_year */
  readonly amount_per_month: number | null;
  /** one amount per year of the horizon; null when the line gives amount_per_month */
  readonly amounts_per_year: readonly number[] | null;
  /** cost lines only: a one-time amount in month 0 (0 when not given) */
  readonly initial: number;
  /** null = the default benefit or cost risk */
  readonly risk: number | null;
}

import { RampShape } from '../formulas/ramp';

export type { RampShape };

/**
 * Validated business-case inputs, flat: every key is also the workbook name of its input cell.
 * Derived from the fields table (FieldValues), so a field added there is an input everywhere.
 */
export type BusinessCaseInputs = FieldValues & {
  custom_benefits: CustomLine[];
  custom_costs: CustomLine[];
};

export type AiPricingModel = BusinessCaseInputs['ai_pricing_model'];
/** monthly: (1 + r)^(−m/12) for month m; annual_end_of_year: (1 + r)^(−year), TEI's convention */
export type Discounting = BusinessCaseInputs['discounting'];

/** What kind of problem an issue is: each surface words its own message from it. */
export type InputIssueKind = 'missing' | 'number' | 'choice' | 'text' | 'unknown_fields' | 'not_an_object' | 'rule';

/**
 * One problem in an inputs file or form, addressed by its dotted path ("automation.deflection_rate"),
 * with what was received and, for a number, its accepted range and why it was refused. `message`
 * is the command line's sentence; the task pane words its own from the data.
 */
export interface InputIssue {
  readonly path: string;
  readonly kind: InputIssueKind;
  readonly message: string;
  /** the value received (a number's, a choice's, a text's) */
  readonly value?: unknown;
  /** a number's accepted range and its refusal */
  readonly range?: Omit<NumberSpec, 'name'>;
  readonly problem?: NumberProblem;
  /** a choice's accepted values */
  readonly choices?: readonly string[];
}

/** What a schema refinement attaches to its issue (zod carries it as the issue's params). */
type IssueData = Omit<InputIssue, 'path' | 'message'>;

export type ParseInputsResult =
  /** uncertainty: the file's `uncertainty` group for the risk simulation, or null when it has none */
  | { readonly ok: true; readonly inputs: BusinessCaseInputs; readonly uncertainty: UncertaintySpec | null }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

// Control characters, and a half of a surrogate pair on its own (not a character at all).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first control character of a text, named with its position, or null: a NUL or a terminal
 * escape in a name is a corrupt or hostile file, not a label to print.
 */
function controlCharacter(text: string): string | null {
  const match = CONTROL_CHARACTER.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at character ${match.index + 1}` : null;
}

function fieldSchema(field: InputField, path: string): z.ZodType {
  return z.unknown().transform((value, ctx) => {
    const refuse = (message: string, data: IssueData) => {
      ctx.addIssue({ code: 'custom', message, params: data });
      return z.NEVER;
    };
    if (value === undefined) return refuse(`${path} is missing (${field.label}).`, { kind: 'missing' });
    if (field.type === 'number') {
      if (value === null && field.nullable) return null;
      const problem = numberProblem(field, value);
      return problem === null ? (value as number) : refuse(numberProblemMessage(field, problem, path), numberIssueData(field, problem));
    }
    if (field.type === 'choice') {
      const choices = field.choices.map((choice) => choice.value);
      if (typeof value !== 'string' || !choices.includes(value)) return refuse(`${path} must be one of ${choices.join(', ')}; got ${quoteValue(value)}.`, { kind: 'choice', value, choices });
      return value;
    }
    const textProblem = textFieldProblem(field, value);
    return textProblem === null ? value : refuse(`${path} must ${textProblem}`, { kind: 'text', value });
  });
}

/** Why a text field's value is refused, as the end of a "must …" sentence, or null. */
function textFieldProblem(field: Extract<InputField, { type: 'text' }>, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '' || value.length > field.maxLength) return `be text of 1 to ${field.maxLength} characters; got ${quoteValue(value)}.`;
  const control = controlCharacter(value);
  if (control !== null) return `not contain control characters or broken ones; it has ${control}.`;
  if (field.pattern && !field.pattern.regex.test(value)) return `be ${field.pattern.description}; got ${quoteValue(value)}.`;
  return null;
}

function numberIssueData(spec: NumberSpec, problem: NumberProblem): IssueData {
  const { name: _name, ...range } = spec;
  return { kind: 'number', value: problem.value, range, problem };
}

const CUSTOM_AMOUNT_MAX = 1e12;
const amountSpec = (name: string) => ({ name, unit: 'money' as const, min: 0, max: CUSTOM_AMOUNT_MAX });
const riskSpec = { name: 'risk', unit: 'rate' as const, min: 0, max: 1 };
const isGiven = (value: unknown) => value !== undefined && value !== null;

type AddIssue = (path: (string | number)[], message: string, data?: IssueData) => void;

/** A custom line's number, or null with its issue added where it sits. */
function lineNumber(spec: NumberSpec, value: unknown, label: string, where: (string | number)[], addIssue: AddIssue): number | null {
  const problem = numberProblem(spec, value);
  if (problem === null) return value as number;
  addIssue(where, numberProblemMessage(spec, problem, label), numberIssueData(spec, problem));
  return null;
}

function lineName(at: string, label: string): string {
  return `${at} (${JSON.stringify(label.length > 40 ? `${label.slice(0, 40)}…` : label)})`;
}

/** Reads a line's amount: exactly one of amount_per_month and amounts_per_year. */
function lineAmounts(raw: Record<string, unknown>, at: string, label: string, addIssue: AddIssue) {
  const perMonth = isGiven(raw.amount_per_month);
  const perYear = isGiven(raw.amounts_per_year);
  if (perMonth === perYear) {
    addIssue([], `${lineName(at, label)} must give exactly one of amount_per_month (a number per month) or amounts_per_year (one number per year of the horizon); it gives ${perMonth ? 'both' : 'neither'}.`);
    return { amount_per_month: null, amounts_per_year: null };
  }
  if (perMonth) {
    const amount = lineNumber(amountSpec('amount_per_month'), raw.amount_per_month, `${at}.amount_per_month`, ['amount_per_month'], addIssue);
    return { amount_per_month: amount ?? 0, amounts_per_year: null };
  }
  if (!Array.isArray(raw.amounts_per_year) || raw.amounts_per_year.length === 0) {
    addIssue(['amounts_per_year'], `${at}.amounts_per_year must be a list of amounts, one per year of the horizon, such as [120000, 150000, 150000].`);
    return { amount_per_month: null, amounts_per_year: [] };
  }
  const years = raw.amounts_per_year.map(
    (value: unknown, year: number) => lineNumber(amountSpec(`amounts_per_year.${year}`), value, `${at}.amounts_per_year.${year} (year ${year + 1})`, ['amounts_per_year', year], addIssue) ?? 0,
  );
  return { amount_per_month: null, amounts_per_year: years };
}

function customLineSchema(path: string, kind: 'benefit' | 'cost') {
  const line = z.strictObject({
    label: z
      .string()
      .trim()
      .min(1, `every ${kind} line needs a label`)
      .max(CUSTOM_LABEL_MAX_LENGTH, `a label has at most ${CUSTOM_LABEL_MAX_LENGTH} characters`)
      .refine((label) => controlCharacter(label) === null, { message: 'a label must not contain control characters (a NUL, a terminal escape)' }),
    amount_per_month: z.unknown().optional(),
    amounts_per_year: z.unknown().optional(),
    ...(kind === 'cost' ? { initial: z.unknown().optional() } : {}),
    risk: z.unknown(),
  });
  return z
    .array(line)
    .max(CUSTOM_LINE_LIMIT, `${path} has at most ${CUSTOM_LINE_LIMIT} lines`)
    .transform((lines, ctx) =>
      lines.map((raw: Record<string, unknown> & { label: string }, index): CustomLine => {
        const at = `${path}.${index}`;
        const addIssue: AddIssue = (where, message, data = { kind: 'rule' }) => ctx.addIssue({ code: 'custom', path: [index, ...where], message, params: data });
        const amounts = lineAmounts(raw, at, raw.label, addIssue);
        const initial = isGiven(raw.initial) ? lineNumber(amountSpec('initial'), raw.initial, `${at}.initial`, ['initial'], addIssue) : null;
        const risk = isGiven(raw.risk) ? lineNumber(riskSpec, raw.risk, `${at}.risk`, ['risk'], addIssue) : null;
        return { label: raw.label, ...amounts, initial: initial ?? 0, risk };
      }),
    );
}

/**
 * Rules that tie fields together, checked once every field is valid on its own: per-year
 * amounts need one number per year of the horizon, end-of-year discounting whole years, and the
 * workbook's timeline the whole horizon.
 */
function crossFieldIssues(inputs: BusinessCaseInputs): InputIssue[] {
  const issues: InputIssue[] = [];
  const years = Math.ceil(inputs.horizon_months / 12);
  if (inputs.discounting === 'annual_end_of_year' && inputs.horizon_months % 12 !== 0) {
    issues.push({
      path: 'organisation.horizon_months',
      kind: 'rule',
      value: inputs.horizon_months,
      message: `organisation.horizon_months must be a whole number of years (12, 24, … 120) with annual_end_of_year discounting; got ${inputs.horizon_months}.`,
    });
  }
  if (inputs.timeline_months !== null && inputs.timeline_months < inputs.horizon_months) {
    issues.push({
      path: 'organisation.timeline_months',
      kind: 'rule',
      value: inputs.timeline_months,
      message: `organisation.timeline_months (${inputs.timeline_months}) must be at least organisation.horizon_months (${inputs.horizon_months}): the workbook's timeline holds the whole horizon; leave it out to build exactly the horizon.`,
    });
  }
  for (const [kind, lines] of [['benefits', inputs.custom_benefits], ['costs', inputs.custom_costs]] as const) {
    lines.forEach((line, index) => {
      if (line.amounts_per_year === null || line.amounts_per_year.length === years) return;
      const at = `custom_lines.${kind}.${index}`;
      issues.push({
        path: `${at}.amounts_per_year`,
        kind: 'rule',
        message: `${lineName(at, line.label)}.amounts_per_year must have one amount per year of the ${inputs.horizon_months}-month horizon (${years}); it has ${line.amounts_per_year.length}.`,
      });
    });
  }
  return issues;
}

function groupSchema(group: InputGroupId) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of INPUT_FIELDS.filter((f) => f.group === group)) {
    const schema = fieldSchema(field, `${group}.${field.key}`);
    // A field the layout is built from may be left out: null, its default.
    shape[field.key] = field.type === 'number' && field.shapesLayout ? schema.optional().transform((value) => value ?? null) : schema;
  }
  return z.strictObject(shape);
}

const groupShape: Record<string, z.ZodType> = {};
for (const group of INPUT_GROUPS) groupShape[group.id] = groupSchema(group.id);
// Checked on its own by parseUncertainty, with messages that name its paths.
groupShape.uncertainty = z.unknown().optional();
groupShape.custom_lines = z.strictObject({
  benefits: customLineSchema('custom_lines.benefits', 'benefit'),
  costs: customLineSchema('custom_lines.costs', 'cost'),
});

/** The inputs file as a user writes it: fields grouped the way the task pane shows them. */
export const groupedInputsSchema = z.strictObject(groupShape);

const KEYS_NAMED = 10;

/** The first few keys, each quoted short, and how many more: a file of 100,000 stray keys gets one line. */
function someKeys(keys: readonly PropertyKey[]): string {
  const named = keys.slice(0, KEYS_NAMED).map((key) => (typeof key === 'string' && /^[A-Za-z0-9_]{1,60}$/.test(key) ? key : quoteValue(String(key))));
  return keys.length > KEYS_NAMED ? `${named.join(', ')} and ${(keys.length - KEYS_NAMED).toLocaleString('en-US')} more` : named.join(', ');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return `${path ? `${path}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${someKeys(issue.keys)} (check the spelling against examples/seed-case.json).`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path} is missing.`;
  if (issue.message.startsWith(path)) return issue.message;
  return `${path}: ${issue.message}`;
}

/** A schema issue with its data: what a refinement attached, else the kind zod's own code means. */
function inputIssueOf(issue: z.core.$ZodIssue): InputIssue {
  const data: IssueData =
    issue.code === 'custom' && issue.params !== undefined ? (issue.params as IssueData)
    : issue.code === 'unrecognized_keys' ? { kind: 'unknown_fields', value: issue.keys }
    : issue.code === 'invalid_type' && issue.input === undefined ? { kind: 'missing' }
    : { kind: 'rule', value: issue.input };
  return { path: issue.path.join('.'), message: issueMessage(issue), ...data };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The file, or a group, that is not an object at all: said as such (zod would call it "missing"
 * with an empty path), with what it is instead.
 */
function shapeIssues(raw: unknown): InputIssue[] {
  if (!isPlainObject(raw)) {
    return [{ path: '', kind: 'not_an_object', value: raw, message: `The inputs file must be an object of groups ({"organisation": {…}, "volume": {…}, …}), as in examples/seed-case.json; got ${quoteValue(raw)}.` }];
  }
  return [...INPUT_GROUPS.map((group) => group.id), 'custom_lines']
    .filter((group) => raw[group] !== undefined && !isPlainObject(raw[group]))
    .map((group): InputIssue => ({ path: group, kind: 'not_an_object', value: raw[group], message: `${group} must be an object of fields ({"key": value, …}), as in examples/seed-case.json; got ${quoteValue(raw[group])}.` }));
}

/**
 * Validates a grouped inputs object (parsed JSON) and flattens it. Returns every problem at once,
 * one message per wrong field, so a user can fix a file in one pass.
 */
export function parseInputs(raw: unknown): ParseInputsResult {
  const shape = shapeIssues(raw);
  if (shape.length > 0) return { ok: false, issues: shape };
  const parsed = groupedInputsSchema.safeParse(raw);
  const uncertainty = uncertaintyOf((raw as Record<string, unknown>).uncertainty);
  const uncertaintyIssues = uncertainty.ok ? [] : uncertainty.issues;
  if (!parsed.success) return { ok: false, issues: [...parsed.error.issues.map(inputIssueOf), ...uncertaintyIssues] };
  const inputs = flatInputs(parsed.data as Record<string, Record<string, unknown>>);
  const issues = [...crossFieldIssues(inputs), ...uncertaintyIssues];
  return issues.length === 0 && uncertainty.ok ? { ok: true, inputs, uncertainty: uncertainty.spec } : { ok: false, issues };
}

function uncertaintyOf(raw: unknown): { ok: true; spec: UncertaintySpec | null } | { ok: false; issues: readonly InputIssue[] } {
  if (raw === undefined) return { ok: true, spec: null };
  return parseUncertainty(raw);
}

/** The model's flat inputs from the file's groups. */
function flatInputs(groups: Record<string, Record<string, unknown>>): BusinessCaseInputs {
  const flat: Record<string, unknown> = {};
  for (const group of INPUT_GROUPS) Object.assign(flat, groups[group.id]);
  const custom = groups.custom_lines as { benefits: CustomLine[]; costs: CustomLine[] };
  flat.custom_benefits = custom.benefits;
  flat.custom_costs = custom.costs;
  // The schema is built from the fields table, so what it accepted has the table's keys and types.
  return flat as FieldValues & Pick<BusinessCaseInputs, 'custom_benefits' | 'custom_costs'>;
}

/** The grouped shape of flat inputs: what an inputs file or the task pane's memory stores. */
export function groupInputs(inputs: BusinessCaseInputs): Record<string, unknown> {
  const grouped: Record<string, Record<string, unknown>> = {};
  for (const group of INPUT_GROUPS) grouped[group.id] = {};
  for (const field of INPUT_FIELDS) grouped[field.group][field.key] = inputs[field.key];
  return { ...grouped, custom_lines: { benefits: inputs.custom_benefits.map(lineAsWritten), costs: inputs.custom_costs.map(lineAsWritten) } };
}

/** A custom line as an inputs file writes it: its one amount form, an initial amount only when there is one. */
function lineAsWritten(line: CustomLine): Record<string, unknown> {
  const amount = line.amounts_per_year === null ? { amount_per_month: line.amount_per_month } : { amounts_per_year: line.amounts_per_year };
  return { label: line.label, ...amount, ...(line.initial !== 0 ? { initial: line.initial } : {}), risk: line.risk };
}

/** The defaults of every field: MODEL.md's seed reproduction case. */
export function defaultInputs(): BusinessCaseInputs {
  const defaults = Object.fromEntries(INPUT_FIELDS.map((field) => [field.key, field.default])) as FieldValues;
  return { ...defaults, custom_benefits: [], custom_costs: [] };
}
