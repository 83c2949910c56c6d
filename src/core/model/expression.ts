import { fieldByKey } from '../inputs/fields';
import type { AiPricingModel, BusinessCaseInputs } from '../inputs/schema';
import type { LineKind } from './lines';
import { pow } from '../portableMath';

/**
 * A line's amount as data: a small expression over named inputs and the month's quantities.
 * One expression is evaluated by the core model, printed as the Model sheet's formula, and run
 * over typed arrays for many input sets at once, so the three cannot drift apart.
 */

/** Inputs an expression may read: the numeric ones (never text or a choice). */
export type NumericInputKey = {
  [K in keyof BusinessCaseInputs]: BusinessCaseInputs[K] extends number ? K : never;
}[keyof BusinessCaseInputs];

/**
 * What the timeline and the scenario supply: the month, adoption (the ramp), and the scenario's
 * multipliers (1 in the base case, which the sheets leave out). Every other quantity is defined
 * by an expression in the quantity catalogue.
 */
export type PrimitiveQuantity = 'month' | 'adoption' | 'deflectionMultiplier' | 'assistMultiplier' | 'revenueMultiplier' | 'costMultiplier';

/** The quantities defined over inputs and primitives (see QUANTITY_DEFINITIONS). */
export type DefinedQuantity = 'volume' | 'deflectionFull' | 'ahtReduction' | 'automationUnitValue' | 'deflection' | 'aiContacts' | 'humanContacts';

export type Quantity = PrimitiveQuantity | DefinedQuantity;

export interface Factor {
  readonly expr: Expr;
  /** divide by the factor instead of multiplying */
  readonly divide: boolean;
}

export type Expr =
  | { readonly kind: 'input'; readonly key: NumericInputKey }
  | { readonly kind: 'quantity'; readonly name: Quantity }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'sum'; readonly terms: readonly Expr[] }
  | { readonly kind: 'difference'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'product'; readonly factors: readonly Factor[] }
  | { readonly kind: 'byPricing'; readonly cases: Readonly<Record<AiPricingModel, Expr>> }
  | { readonly kind: 'minimum'; readonly terms: readonly Expr[] }
  | { readonly kind: 'power'; readonly base: Expr; readonly exponent: Expr }
  /** an input's accepted maximum (a cap after a multiplier): the workbook keeps it as a name */
  | { readonly kind: 'acceptedMax'; readonly key: NumericInputKey }
  /** a user's custom line: its monthly or per-year amount (custom), or its initial amount */
  | { readonly kind: 'custom'; readonly line: LineKind; readonly slot: number; readonly part: 'amount' | 'initial' };

export const input = (key: NumericInputKey): Expr => ({ kind: 'input', key });
export const quantity = (name: Quantity): Expr => ({ kind: 'quantity', name });
export const number = (value: number): Expr => ({ kind: 'number', value });
export const sum = (...terms: Expr[]): Expr => ({ kind: 'sum', terms });
export const difference = (left: Expr, right: Expr): Expr => ({ kind: 'difference', left, right });
/** Factors multiplied left to right; `per(x)` divides. */
export const product = (...factors: Array<Expr | Factor>): Expr => ({
  kind: 'product',
  factors: factors.map((factor) => ('divide' in factor ? factor : { expr: factor, divide: false })),
});
export const per = (expr: Expr): Factor => ({ expr, divide: true });
export const byPricing = (cases: Record<AiPricingModel, Expr>): Expr => ({ kind: 'byPricing', cases });
export const minimum = (...terms: Expr[]): Expr => ({ kind: 'minimum', terms });
export const power = (base: Expr, exponent: Expr): Expr => ({ kind: 'power', base, exponent });
export const acceptedMax = (key: NumericInputKey): Expr => ({ kind: 'acceptedMax', key });
export const custom = (line: LineKind, slot: number, part: 'amount' | 'initial'): Expr => ({ kind: 'custom', line, slot, part });

/** What evaluating an expression reads. */
export interface Scope {
  readonly inputs: BusinessCaseInputs;
  readonly quantity: (name: Quantity) => number;
  readonly custom: (line: LineKind, slot: number, part: 'amount' | 'initial') => number;
}

/**
 * The expression's value, in the order its terms and factors are written.
 *
 * @example
 * evaluate(product(input('agents'), per(number(12))), scope) // agents / 12
 */
export function evaluate(expr: Expr, scope: Scope): number {
  switch (expr.kind) {
    case 'input':
      return scope.inputs[expr.key] as number;
    case 'quantity':
      return scope.quantity(expr.name);
    case 'number':
      return expr.value;
    case 'sum':
      return expr.terms.reduce((total, term, index) => (index === 0 ? evaluate(term, scope) : total + evaluate(term, scope)), 0);
    case 'difference':
      return evaluate(expr.left, scope) - evaluate(expr.right, scope);
    case 'product':
      return expr.factors.reduce((total, factor, index) => {
        const value = evaluate(factor.expr, scope);
        if (index === 0) return factor.divide ? 1 / value : value;
        return factor.divide ? total / value : total * value;
      }, 1);
    case 'byPricing':
      return evaluate(expr.cases[scope.inputs.ai_pricing_model], scope);
    case 'custom':
      return scope.custom(expr.line, expr.slot, expr.part);
    case 'minimum':
      return Math.min(...expr.terms.map((term) => evaluate(term, scope)));
    case 'power':
      return pow(evaluate(expr.base, scope), evaluate(expr.exponent, scope));
    case 'acceptedMax':
      return acceptedMaxOf(expr.key);
  }
}

/** The accepted maximum of a numeric input, from the fields table. */
export function acceptedMaxOf(key: NumericInputKey): number {
  const field = fieldByKey(key) as { readonly max?: number };
  if (field.max === undefined) throw new Error(`${key} has no accepted maximum`);
  return field.max;
}

/** The expressions directly under a node. */
export function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'sum':
    case 'minimum':
      return expr.terms;
    case 'difference':
      return [expr.left, expr.right];
    case 'product':
      return expr.factors.map((factor) => factor.expr);
    case 'byPricing':
      return Object.values(expr.cases);
    case 'power':
      return [expr.base, expr.exponent];
    case 'input':
    case 'quantity':
    case 'number':
    case 'custom':
    case 'acceptedMax':
      return [];
  }
}

/** Whether the expression, or any node under it, passes the test. */
export function someNode(expr: Expr, test: (node: Expr) => boolean): boolean {
  return test(expr) || childrenOf(expr).some((child) => someNode(child, test));
}

/** Every quantity an expression reads directly (not through the quantities' own definitions). */
export function quantitiesOf(expr: Expr): Set<Quantity> {
  if (expr.kind === 'quantity') return new Set([expr.name]);
  return new Set(childrenOf(expr).flatMap((child) => [...quantitiesOf(child)]));
}

/**
 * The quantities among `names` that an expression multiplies by as whole factors of its top-level
 * product; null when one of them appears anywhere else, where scaling the line would not be exact.
 */
export function wholeFactors(expr: Expr, names: ReadonlySet<Quantity>): Quantity[] | null {
  const read = [...quantitiesOf(expr)].filter((name) => names.has(name));
  if (read.length === 0) return [];
  if (expr.kind !== 'product') return null;
  const factors = expr.factors.filter((factor) => !factor.divide && factor.expr.kind === 'quantity' && names.has(factor.expr.name)).map((factor) => (factor.expr as { name: Quantity }).name);
  const elsewhere = expr.factors.some((factor) => factor.expr.kind !== 'quantity' && [...quantitiesOf(factor.expr)].some((name) => names.has(name)));
  return elsewhere || factors.length !== read.length ? null : factors;
}
