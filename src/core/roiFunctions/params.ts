import { fail, ok, Result } from '../result';
import { checkNumber, NumberSpec } from '../validation/numberSpec';

/**
 * The default of an optional argument that has no default value: omitted, it reaches compute as
 * undefined (e.g. IRR's guess, whose absence selects a different search). Spelled as a word so
 * the generated reference reads "default none".
 */
export const NO_DEFAULT = 'none';

/** A scalar number argument; `default` makes it optional (Excel passes null when omitted). */
export interface NumberParam {
  readonly kind: 'number';
  readonly spec: NumberSpec;
  readonly default?: number | typeof NO_DEFAULT;
  readonly description: string;
}

/** A range or list of cash flows. Blank cells are skipped, as Excel's NPV skips them. */
export interface FlowsParam {
  readonly kind: 'flows';
  readonly name: string;
  readonly minCount: number;
  readonly description: string;
}

/** A text argument chosen from a short list (matched case-insensitively, '-' read as '_'). */
export interface ChoiceParam {
  readonly kind: 'choice';
  readonly name: string;
  readonly choices: readonly string[];
  readonly default: string;
  readonly description: string;
}

export type ParamSpec = NumberParam | FlowsParam | ChoiceParam;
/** A validated argument; undefined only for an omitted argument whose default is NO_DEFAULT. */
export type ArgValue = number | string | readonly number[] | undefined;

export function paramName(param: ParamSpec): string {
  return param.kind === 'number' ? param.spec.name : param.name;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Flattens a row, a column or a 2-D range of cash flows in reading order, skipping blanks. */
export function readFlows(param: FlowsParam, raw: unknown): Result<number[]> {
  const cells: unknown[] = Array.isArray(raw) ? raw.flat(2) : [raw];
  const flows: number[] = [];
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index];
    if (isBlank(cell)) continue;
    if (typeof cell !== 'number' || !Number.isFinite(cell)) {
      const shown = typeof cell === 'string' ? `the text "${cell}"` : String(cell);
      return fail('invalid', `${param.name} must contain only numbers or blank cells; value ${index + 1} is ${shown}.`, param.name);
    }
    flows.push(cell);
  }
  if (flows.length < param.minCount) {
    return fail('invalid', `${param.name} needs at least ${param.minCount} number${param.minCount > 1 ? 's' : ''}; got ${flows.length}.`, param.name);
  }
  return ok(flows);
}

function readChoice(param: ChoiceParam, raw: unknown): Result<string> {
  if (isBlank(raw)) return ok(param.default);
  const normalised = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/[-\s]/g, '_') : undefined;
  if (normalised !== undefined && param.choices.includes(normalised)) return ok(normalised);
  return fail('invalid', `${param.name} must be ${param.choices.map((c) => `"${c}"`).join(' or ')}; got ${JSON.stringify(raw)}.`, param.name);
}

/** Validates raw arguments (as Excel or a caller passes them) against a function's parameters. */
export function readArgs(params: readonly ParamSpec[], raw: readonly unknown[]): Result<ArgValue[]> {
  const values: ArgValue[] = [];
  for (let index = 0; index < params.length; index++) {
    const param = params[index];
    const value = raw[index];
    let read: Result<ArgValue>;
    if (param.kind === 'flows') read = readFlows(param, value);
    else if (param.kind === 'choice') read = readChoice(param, value);
    else if (isBlank(value) && param.default !== undefined) read = ok(param.default === NO_DEFAULT ? undefined : param.default);
    else read = checkNumber(param.spec, value);
    if (!read.ok) return read;
    values.push(read.value);
  }
  return ok(values);
}
