import type { AiPricingModel } from '../inputs/schema';
import { acceptedMaxOf, type Expr, type NumericInputKey, type Quantity } from '../model/expression';
import type { LineKind } from '../model/lines';

/**
 * A catalogue expression run over many input sets at once: every value is a Float64Array with
 * one entry per trial, and each node works in place in its own buffer, so a month of 100,000
 * trials allocates nothing. Terms and factors are combined in the order the core evaluates
 * them, so each trial's number is the core model's to the last bit.
 */
export interface VectorScope {
  readonly trials: number;
  readonly pricing: AiPricingModel;
  readonly input: (key: NumericInputKey) => Float64Array;
  readonly quantity: (name: Quantity) => Float64Array;
  readonly custom: (line: LineKind, slot: number, part: 'amount' | 'initial') => Float64Array;
}

export type VectorExpression = (scope: VectorScope) => Float64Array;

function buffer(): (trials: number) => Float64Array {
  let own: Float64Array | null = null;
  return (trials) => (own !== null && own.length === trials ? own : (own = new Float64Array(trials)));
}

function combine(parts: readonly VectorExpression[], first: (value: number) => number, each: ReadonlyArray<(total: number, value: number) => number>): VectorExpression {
  const out = buffer();
  return (scope) => {
    const result = out(scope.trials);
    const head = parts[0](scope);
    for (let t = 0; t < scope.trials; t++) result[t] = first(head[t]);
    for (let p = 1; p < parts.length; p++) {
      const values = parts[p](scope);
      const apply = each[p];
      for (let t = 0; t < scope.trials; t++) result[t] = apply(result[t], values[t]);
    }
    return result;
  };
}

const plus = (total: number, value: number) => total + value;
const times = (total: number, value: number) => total * value;
const over = (total: number, value: number) => total / value;
const same = (value: number) => value;

/**
 * @example
 * compileVector(product(input('agents'), per(number(12))))(scope) // agents / 12, trial by trial
 */
export function compileVector(expr: Expr): VectorExpression {
  switch (expr.kind) {
    case 'input':
      return (scope) => scope.input(expr.key);
    case 'quantity':
      return (scope) => scope.quantity(expr.name);
    case 'number': {
      const out = buffer();
      return (scope) => out(scope.trials).fill(expr.value);
    }
    case 'custom':
      return (scope) => scope.custom(expr.line, expr.slot, expr.part);
    case 'sum':
      return combine(expr.terms.map(compileVector), same, expr.terms.map(() => plus));
    case 'difference':
      return combine([compileVector(expr.left), compileVector(expr.right)], same, [plus, (total, value) => total - value]);
    case 'product':
      return combine(
        expr.factors.map((factor) => compileVector(factor.expr)),
        expr.factors[0].divide ? (value) => 1 / value : same,
        expr.factors.map((factor) => (factor.divide ? over : times)),
      );
    case 'minimum':
      return combine(expr.terms.map(compileVector), same, expr.terms.map(() => Math.min));
    case 'power':
      return combine([compileVector(expr.base), compileVector(expr.exponent)], same, [same, Math.pow]);
    case 'acceptedMax': {
      const out = buffer();
      const max = acceptedMaxOf(expr.key);
      return (scope) => out(scope.trials).fill(max);
    }
    case 'byPricing': {
      const cases = Object.fromEntries(Object.entries(expr.cases).map(([model, branch]) => [model, compileVector(branch)])) as Record<AiPricingModel, VectorExpression>;
      return (scope) => cases[scope.pricing](scope);
    }
  }
}
