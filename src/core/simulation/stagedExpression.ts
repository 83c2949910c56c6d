import type { AiPricingModel } from '../inputs/schema';
import { acceptedMaxOf, type Expr, type NumericInputKey, type Quantity } from '../model/expression';
import type { LineKind } from '../model/lines';
import { applyFrom, applyInto, applyRun, applyScalar, Lane, LaneOp } from './lane';
import { perMonth } from './monthCache';
import { scaledDifference } from './scaledDifference';
import { ProductFactor, Scaled, scaledProduct } from './scaledProduct';

/**
 * A catalogue expression compiled for a batch of trials, evaluated in stages: a part that
 * reads no varying input and not the month is one number for the whole batch, computed once;
 * a part that reads varying inputs but not the month is one array, computed once; only what
 * reads the month is computed again each month, and as one number when no varying input
 * reaches it. Sums, and whatever does not read the month, are combined left to right as the
 * core's evaluate combines them; a product that reads the month is regrouped, its fixed factors
 * multiplied once (scaledProduct.ts), so a trial's value can differ from the core model's in
 * the last bits, never by a cent.
 */
export interface StagedNode {
  /** whether the value changes from month to month */
  readonly monthly: boolean;
  /** the value in the clock's current month (the node's own buffer: read it before the next month) */
  value(): Lane;
  /** the value as base × a number of the month, when the node can give it without writing it out (scaledProduct.ts) */
  readonly scaled?: () => Scaled;
}

/** The month a batch is at; monthly nodes recompute when it moves. */
export interface BatchClock {
  month: number;
}

export interface StagedScope {
  readonly trials: number;
  readonly pricing: AiPricingModel;
  readonly clock: BatchClock;
  readonly input: (key: NumericInputKey) => Lane;
  readonly quantity: (name: Quantity) => StagedNode;
  readonly custom: (line: LineKind, slot: number, part: 'amount' | 'initial') => StagedNode;
}

/** The clock of a node that does not read the month: it never moves, so the node is computed once. */
const ONCE_FOR_THE_BATCH: BatchClock = { month: 0 };

/**
 * A node from a computation: once for the batch, or once a month (cached for the month, so a
 * quantity read by several lines is computed once).
 *
 * @example
 * stagedNode(clock, true, () => clock.month * 2).value() // twice the current month
 */
export function stagedNode(clock: BatchClock, monthly: boolean, compute: () => Lane): StagedNode {
  return { monthly, value: perMonth(monthly ? clock : ONCE_FOR_THE_BATCH, compute) };
}

function constant(value: Lane): StagedNode {
  return { monthly: false, value: () => value };
}

type Step = readonly [LaneOp, StagedNode];

/** x · 1 and x / 1 are x to the bit: the base case's scenario multipliers cost nothing. */
function isIdentity([op, node]: Step): boolean {
  return (op === 'times' || op === 'over') && !node.monthly && node.value() === 1;
}

/** The steps from `from` on, applied to an array: runs of shared numbers in one pass each. */
function applySteps(out: Float64Array, steps: readonly Step[], from: number): void {
  let i = from;
  while (i < steps.length) {
    const value = steps[i][1].value();
    if (typeof value !== 'number') {
      applyInto(steps[i][0], out, value);
      i += 1;
      continue;
    }
    const ops: LaneOp[] = [steps[i][0]];
    const values: number[] = [value];
    for (i += 1; i < steps.length; i++) {
      const next = steps[i][1].value();
      if (typeof next !== 'number') break;
      ops.push(steps[i][0]);
      values.push(next);
    }
    applyRun(out, ops, values);
  }
}

/** Evaluates head op₁ s₁ op₂ s₂ …, left to right: a number while every part is one, an array from the first array on. */
function foldValue(head: Lane, reciprocal: boolean, steps: readonly Step[], buffer: () => Float64Array): Lane {
  if (typeof head !== 'number') {
    if (!reciprocal && steps.length === 0) return head;
    const out = buffer();
    if (reciprocal) for (let t = 0; t < out.length; t++) out[t] = 1 / head[t];
    else applyFrom(steps[0][0], out, head, steps[0][1].value());
    applySteps(out, steps, reciprocal ? 0 : 1);
    return out;
  }
  let shared = reciprocal ? 1 / head : head;
  for (let i = 0; i < steps.length; i++) {
    const value = steps[i][1].value();
    if (typeof value === 'number') {
      shared = applyScalar(steps[i][0], shared, value);
      continue;
    }
    const out = buffer();
    applyFrom(steps[i][0], out, shared, value);
    applySteps(out, steps, i + 1);
    return out;
  }
  return shared;
}

/**
 * head op₁ s₁ op₂ s₂ … as a node. When it reads the month only from some step on, the part
 * before that step is its own node, computed once for the batch: ((a·b)·c)·adoption computes
 * a·b·c once and multiplies by each month's adoption, the same operations in the same order.
 */
function folded(scope: StagedScope, head: StagedNode, reciprocal: boolean, allSteps: readonly Step[]): StagedNode {
  const steps = allSteps.filter((step) => !isIdentity(step));
  const firstMonthly = steps.findIndex(([, node]) => node.monthly);
  if (!head.monthly && firstMonthly > 0) {
    const prefix = folded(scope, head, reciprocal, steps.slice(0, firstMonthly));
    return folded(scope, prefix, false, steps.slice(firstMonthly));
  }
  let own: Float64Array | null = null;
  const buffer = () => (own ??= new Float64Array(scope.trials));
  const monthly = head.monthly || firstMonthly >= 0;
  return stagedNode(scope.clock, monthly, () => foldValue(head.value(), reciprocal, steps, buffer));
}

function foldedList(scope: StagedScope, terms: readonly Expr[], op: LaneOp): StagedNode {
  const [head, ...rest] = terms.map((term) => compileStaged(term, scope));
  return folded(scope, head, false, rest.map((node) => [op, node] as const));
}

/** factors[0] op₁ factors[1] …, × or ÷ each, left to right. */
function foldedProduct(scope: StagedScope, factors: readonly ProductFactor[]): StagedNode {
  const [head, ...rest] = factors;
  return folded(scope, head.node, head.divide, rest.map((factor) => [factor.divide ? 'over' : 'times', factor.node] as const));
}

/**
 * A product that reads the month by multiplying by the month's factors is kept scaled (see
 * scaledProduct.ts); one that does not read the month, or divides by a factor of the month, is
 * folded left to right.
 */
function productOf(scope: StagedScope, factors: readonly ProductFactor[]): StagedNode {
  const monthly = factors.filter((factor) => factor.node.monthly);
  if (monthly.length === 0 || monthly.some((factor) => factor.divide)) return foldedProduct(scope, factors);
  const fixed = factors.filter((factor) => !factor.node.monthly);
  return scaledProduct(scope.clock, scope.trials, fixed.length === 0 ? null : foldedProduct(scope, fixed), monthly.map((factor) => factor.node));
}

/**
 * @example
 * compileStaged(product(input('agents'), per(number(12))), scope).value() // agents / 12: a number, or per trial when agents varies
 */
export function compileStaged(expr: Expr, scope: StagedScope): StagedNode {
  switch (expr.kind) {
    case 'input':
      return constant(scope.input(expr.key));
    case 'number':
      return constant(expr.value);
    case 'acceptedMax':
      return constant(acceptedMaxOf(expr.key));
    case 'quantity':
      return scope.quantity(expr.name);
    case 'custom':
      return scope.custom(expr.line, expr.slot, expr.part);
    case 'byPricing':
      return compileStaged(expr.cases[scope.pricing], scope);
    case 'sum':
      return expr.terms.length === 0 ? constant(0) : foldedList(scope, expr.terms, 'plus');
    case 'minimum':
      if (expr.terms.length === 0) throw new Error('a minimum needs at least one term');
      return foldedList(scope, expr.terms, 'min');
    case 'difference': {
      const left = compileStaged(expr.left, scope);
      const right = compileStaged(expr.right, scope);
      if (left.monthly || right.monthly) return scaledDifference(scope.clock, scope.trials, left, right);
      return folded(scope, left, false, [['minus', right]]);
    }
    case 'power':
      return folded(scope, compileStaged(expr.base, scope), false, [['pow', compileStaged(expr.exponent, scope)]]);
    case 'product':
      return expr.factors.length === 0 ? constant(1) : productOf(scope, expr.factors.map((factor) => ({ node: compileStaged(factor.expr, scope), divide: factor.divide })));
  }
}
