import type { Lane } from './lane';
import { perMonth } from './monthCache';
import { Scaled, scaledOf } from './scaledProduct';
import type { BatchClock, StagedNode } from './stagedExpression';

/** The base L − R·ratio, kept while its parts and ratio are the same arrays and number. */
interface CombinedBase {
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly ratio: number;
  readonly base: Float64Array;
}

/**
 * left − right of the month as a node. When both sides are fixed arrays times numbers of the
 * month (human contacts: the volume, contacts × growth, less the contained AI contacts,
 * contacts × deflection × containment × growth × adoption), the difference is kept scaled, as
 * (L − R·ρ) × lk with ρ = rk / lk. Its base is a new array only when ρ changes, which it does
 * during the ramp and never after (adoption 1 gives ρ = 1), so the lines built on it are a
 * fixed base times a number of the month from then on (separableLines.ts). Otherwise it is
 * written out in one pass. The regrouping moves a trial's value in the last bits only.
 *
 * @example
 * scaledDifference(clock, trials, volume, aiContactsContained).scaled() // after the ramp: { base: contacts × (1 − deflection × containment), by: growth, invariant: true }
 */
export function scaledDifference(clock: BatchClock, trials: number, left: StagedNode, right: StagedNode): StagedNode {
  let own: Float64Array | null = null;
  let combined: CombinedBase | null = null;
  const writtenOut = perMonth(clock, (): Lane => {
    const l = scaledOf(left);
    const r = scaledOf(right);
    if (typeof l.base === 'number' && typeof r.base === 'number') return l.base * l.by - r.base * r.by;
    differenceInto((own ??= new Float64Array(trials)), l, r);
    return own;
  });
  const combinedBase = (l: Float64Array, r: Float64Array, ratio: number): Float64Array => {
    if (combined === null || combined.left !== l || combined.right !== r || combined.ratio !== ratio) {
      // A new array, never the old one rewritten: whoever kept the old base takes an unchanged array to mean unchanged values.
      combined = { left: l, right: r, ratio, base: combine(l, r, ratio) };
    }
    return combined.base;
  };
  return {
    monthly: true,
    value: writtenOut,
    scaled: perMonth(clock, (): Scaled => {
      const l = scaledOf(left);
      const r = scaledOf(right);
      const ratio = r.by / l.by;
      const keepsScaled = typeof l.base !== 'number' && typeof r.base !== 'number' && l.invariant && r.invariant && l.by !== 0 && Number.isFinite(ratio);
      return keepsScaled ? { base: combinedBase(l.base as Float64Array, r.base as Float64Array, ratio), by: l.by, invariant: true } : { base: writtenOut(), by: 1, invariant: false };
    }),
  };
}

function combine(left: Float64Array, right: Float64Array, ratio: number): Float64Array {
  const out = new Float64Array(left.length);
  for (let t = 0; t < out.length; t++) out[t] = left[t] - right[t] * ratio;
  return out;
}

function differenceInto(out: Float64Array, l: Scaled, r: Scaled): void {
  const n = out.length;
  const { base: lb, by: lk } = l;
  const { base: rb, by: rk } = r;
  if (typeof lb === 'number') {
    const leftValue = lb * lk;
    for (let t = 0; t < n; t++) out[t] = leftValue - (rb as Float64Array)[t] * rk;
  } else if (typeof rb === 'number') {
    const rightValue = rb * rk;
    for (let t = 0; t < n; t++) out[t] = lb[t] * lk - rightValue;
  } else for (let t = 0; t < n; t++) out[t] = lb[t] * lk - rb[t] * rk;
}
