import { pow } from '../portableMath';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;
/**
 * A value of a batch: one number shared by every trial, or one entry per trial. Keeping the
 * shared ones as plain numbers is what makes the batch fast: an input nobody varies is
 * computed once, not once per trial, and a month's ramp once a month.
 */
export type Lane = number | Float64Array;

/** The binary steps an expression is made of, each applied left to right as the core applies it. */
export type LaneOp = 'plus' | 'minus' | 'times' | 'over' | 'min' | 'pow';

/**
 * One step on two shared numbers, exactly as the core's evaluate computes it.
 *
 * @example
 * applyScalar('over', 6, 4) // => 1.5
 */
export function applyScalar(op: LaneOp, a: number, b: number): number {
  switch (op) {
    case 'plus':
      return a + b;
    case 'minus':
      return a - b;
    case 'times':
      return a * b;
    case 'over':
      return a / b;
    case 'min':
      return math.min(a, b);
    case 'pow':
      return pow(a, b);
  }
}

/** out[t] = out[t] op b, one loop per operation so each loop stays monomorphic (no call per entry). */
function applyShared(op: LaneOp, out: Float64Array, b: number): void {
  const n = out.length;
  switch (op) {
    case 'plus':
      for (let t = 0; t < n; t++) out[t] += b;
      return;
    case 'minus':
      for (let t = 0; t < n; t++) out[t] -= b;
      return;
    case 'times':
      for (let t = 0; t < n; t++) out[t] *= b;
      return;
    case 'over':
      for (let t = 0; t < n; t++) out[t] /= b;
      return;
    case 'min':
      for (let t = 0; t < n; t++) out[t] = math.min(out[t], b);
      return;
    case 'pow':
      for (let t = 0; t < n; t++) out[t] = pow(out[t], b);
      return;
  }
}

/** out[t] = out[t] op b[t]. */
function applyEach(op: LaneOp, out: Float64Array, b: Float64Array): void {
  const n = out.length;
  switch (op) {
    case 'plus':
      for (let t = 0; t < n; t++) out[t] += b[t];
      return;
    case 'minus':
      for (let t = 0; t < n; t++) out[t] -= b[t];
      return;
    case 'times':
      for (let t = 0; t < n; t++) out[t] *= b[t];
      return;
    case 'over':
      for (let t = 0; t < n; t++) out[t] /= b[t];
      return;
    case 'min':
      for (let t = 0; t < n; t++) out[t] = math.min(out[t], b[t]);
      return;
    case 'pow':
      for (let t = 0; t < n; t++) out[t] = pow(out[t], b[t]);
      return;
  }
}

/**
 * out[t] = out[t] op b, b shared or per trial.
 *
 * @example
 * applyInto('times', Float64Array.of(1, 2), 3) // out becomes [3, 6]
 */
export function applyInto(op: LaneOp, out: Float64Array, b: Lane): void {
  if (typeof b === 'number') applyShared(op, out, b);
  else applyEach(op, out, b);
}

/**
 * out[t] = a op b with a or b per trial: the first step of a fold written straight into its
 * buffer, instead of a copy and then the step.
 *
 * @example
 * applyFrom('minus', out, 10, Float64Array.of(1, 2)) // out becomes [9, 8]
 */
export function applyFrom(op: LaneOp, out: Float64Array, a: Lane, b: Lane): void {
  if (typeof a === 'number') {
    if (typeof b === 'number') out.fill(applyScalar(op, a, b));
    else for (let t = 0; t < out.length; t++) out[t] = applyScalar(op, a, b[t]);
    return;
  }
  if (typeof b === 'number') {
    const n = out.length;
    if (op === 'times') for (let t = 0; t < n; t++) out[t] = a[t] * b;
    else if (op === 'over') for (let t = 0; t < n; t++) out[t] = a[t] / b;
    else if (op === 'plus') for (let t = 0; t < n; t++) out[t] = a[t] + b;
    else if (op === 'minus') for (let t = 0; t < n; t++) out[t] = a[t] - b;
    else for (let t = 0; t < n; t++) out[t] = applyScalar(op, a[t], b);
    return;
  }
  const n = out.length;
  if (op === 'times') for (let t = 0; t < n; t++) out[t] = a[t] * b[t];
  else if (op === 'plus') for (let t = 0; t < n; t++) out[t] = a[t] + b[t];
  else if (op === 'minus') for (let t = 0; t < n; t++) out[t] = a[t] - b[t];
  else for (let t = 0; t < n; t++) out[t] = applyScalar(op, a[t], b[t]);
}

/**
 * Several steps by shared numbers in one pass: out[t] = ((out[t] op₁ b₁) op₂ b₂) …, the same
 * operations in the same order as one pass per step, with the array read and written once.
 *
 * @example
 * applyRun(out, ['times', 'over'], [3, 60]) // out[t] becomes out[t] · 3 / 60
 */
export function applyRun(out: Float64Array, ops: readonly LaneOp[], values: readonly number[]): void {
  if (ops.length === 1) {
    applyShared(ops[0], out, values[0]);
    return;
  }
  const n = out.length;
  const steps = ops.length;
  for (let t = 0; t < n; t++) {
    let value = out[t];
    for (let s = 0; s < steps; s++) value = applyScalar(ops[s], value, values[s]);
    out[t] = value;
  }
}

/** A lane written into a buffer of one entry per trial (a copy, or the shared number repeated). */
export function spread(value: Lane, out: Float64Array): Float64Array {
  if (typeof value === 'number') out.fill(value);
  else out.set(value);
  return out;
}
