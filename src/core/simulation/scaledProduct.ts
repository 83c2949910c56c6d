import type { Lane } from './lane';
import { perMonth } from './monthCache';
import type { BatchClock, StagedNode } from './stagedExpression';

/**
 * A value kept as base × by, by one number of the month, so that a product is not written out
 * trial by trial each month when nothing needs it written out: most of a month's figures are a
 * fixed part per trial (a contact volume, a rate, a price) times the month's shared numbers (the
 * adoption ramp, the volume growth). The fixed parts are multiplied once for the batch; a month
 * then costs one pass per line, where risk is applied and the lines are added.
 *
 * The factors are regrouped (fixed ones first, then the month's), so a trial's value can differ
 * from the core model's in the last bits (about 1e-16 relative): far below a cent.
 */
export interface Scaled {
  readonly base: Lane;
  readonly by: number;
  /** the base is the same array in every month (multiplied once for the batch) */
  readonly invariant: boolean;
}

/**
 * A node's value as base × by: its own scaled form when it has one, else its value times 1.
 *
 * @example
 * scaledOf(volumeNode) // => { base: contacts per month per trial, by: this month's growth factor, invariant: true }
 */
export function scaledOf(node: StagedNode): Scaled {
  return node.scaled?.() ?? { base: node.value(), by: 1, invariant: !node.monthly };
}

/** base × by written out: no pass when by is 1 or the base is one number. */
export function writtenOut(scaled: Scaled, own: () => Float64Array): Lane {
  const { base, by } = scaled;
  if (typeof base === 'number') return base * by;
  if (by === 1) return base;
  const out = own();
  const n = out.length;
  for (let t = 0; t < n; t++) out[t] = base[t] * by;
  return out;
}

export interface ProductFactor {
  readonly node: StagedNode;
  readonly divide: boolean;
}

/** The product of the arrays, entry by entry (one pass for up to three), into out. */
function multiplyArrays(out: Float64Array, arrays: readonly Float64Array[]): Float64Array {
  const n = out.length;
  const [a, b, c] = arrays;
  if (arrays.length === 1) out.set(a);
  else if (arrays.length === 2) for (let t = 0; t < n; t++) out[t] = a[t] * b[t];
  else {
    for (let t = 0; t < n; t++) out[t] = a[t] * b[t] * c[t];
    for (let k = 3; k < arrays.length; k++) for (let t = 0; t < n; t++) out[t] *= arrays[k][t];
  }
  return out;
}

/** The product of fixed arrays, multiplied once: again only if the arrays themselves change. */
function invariantProduct(trials: number): (arrays: readonly Float64Array[]) => Float64Array {
  let last: readonly Float64Array[] = [];
  let product: Float64Array | null = null;
  return (arrays) => {
    if (arrays.length === 1) return arrays[0];
    const same = product !== null && arrays.length === last.length && arrays.every((array, k) => array === last[k]);
    if (!same) {
      product = multiplyArrays(new Float64Array(trials), arrays);
      last = arrays.slice();
    }
    return product!;
  };
}

/** The month's parts of a product: the shared numbers multiplied into `by`, the arrays listed as fixed or of the month. */
function gatherFactors(fixed: StagedNode | null, monthly: readonly StagedNode[]): { by: number; fixedArrays: Float64Array[]; monthArrays: Float64Array[] } {
  let by = 1;
  const fixedArrays: Float64Array[] = [];
  const monthArrays: Float64Array[] = [];
  const fixedValue = fixed?.value() ?? 1;
  if (typeof fixedValue === 'number') by = fixedValue;
  else fixedArrays.push(fixedValue);
  for (const node of monthly) {
    const part = scaledOf(node);
    by *= part.by;
    if (typeof part.base === 'number') by *= part.base;
    else (part.invariant ? fixedArrays : monthArrays).push(part.base);
  }
  return { by, fixedArrays, monthArrays };
}

/**
 * A product that reads the month, as a scaled node: the factors that do not read the month are
 * one node (`fixed`, computed once), the month's factors multiply in through their own scaled
 * forms. Its value this month is written out only when asked for.
 *
 * @example
 * scaledProduct(clock, trials, contactsTimesRate, [adoption]).scaled() // => { base: contacts × rate (once), by: adoption this month, invariant: true }
 */
export function scaledProduct(clock: BatchClock, trials: number, fixed: StagedNode | null, monthly: readonly StagedNode[]): StagedNode {
  const product = invariantProduct(trials);
  let ownProduct: Float64Array | null = null;
  let ownValue: Float64Array | null = null;
  const scaled = perMonth(clock, (): Scaled => {
    const { by, fixedArrays, monthArrays } = gatherFactors(fixed, monthly);
    const arrays = fixedArrays.length > 0 ? [product(fixedArrays), ...monthArrays] : monthArrays;
    if (arrays.length === 0) return { base: by, by: 1, invariant: false };
    if (monthArrays.length === 0) return { base: arrays[0], by, invariant: true };
    return { base: multiplyArrays((ownProduct ??= new Float64Array(trials)), arrays), by, invariant: false };
  });
  return {
    monthly: true,
    scaled,
    value: () => writtenOut(scaled(), () => (ownValue ??= new Float64Array(trials))),
  };
}
