import type { Lane } from './lane';
import type { Scaled } from './scaledProduct';

// A module binding rather than the global: inside a vm context (Jest runs the tests in one) every
// lookup of a global is slow, and these loops run per trial.
const math = Math;

/**
 * A line whose month is a fixed base per trial times the month's number (an AI-taken contact
 * saving: contacts × deflection × saving, times growth × adoption) under a shared risk and a
 * shared discount factor need not be added trial by trial each month: for by ≥ 0 its
 * risk-adjusted value is by · (base + direction·|base|·risk), so its present value is the
 * adjusted base times Σ by·factor and its year 1 the adjusted base times Σ by, two numbers
 * summed over the months and applied once at the end. Only the payback, which reads each
 * month's net flow, needs it month by month, and only until every trial has paid back.
 */
export interface SeparableLine {
  /** one part per fixed base the line has had, the current one last (a base changes while the ramp changes a difference's ratio) */
  readonly parts: SeparablePart[];
}

interface SeparablePart {
  readonly base: Float64Array;
  /** base + direction·|base|·risk */
  readonly adjusted: Float64Array;
  /** Σ by·factor over the months taken with this base */
  pvWeight: number;
  /** Σ by over year 1's months taken with this base */
  year1Weight: number;
}

export function separableLine(): SeparableLine {
  return { parts: [] };
}

/** A month's part of a separated line: its adjusted base times by. */
export interface SeparatedMonth {
  readonly adjusted: Float64Array;
  readonly by: number;
}

/**
 * Takes the month of a line into its sums when it is separable this month, returning the
 * month's part (for the flows); null when it must be added the usual way.
 *
 * @example
 * separate(sums, { base: savings, by: 0.5, invariant: true }, 0.1, -1, 0.99, true) // => { adjusted: savings × 0.9, by: 0.5 }
 */
export function separate(line: SeparableLine, scaled: Scaled, risk: Lane, direction: number, factor: Lane, inYear1: boolean): SeparatedMonth | null {
  const { base, by } = scaled;
  if (typeof base === 'number' || !scaled.invariant || typeof risk !== 'number' || typeof factor !== 'number' || !(by >= 0)) return null;
  let part = line.parts[line.parts.length - 1];
  if (part === undefined || part.base !== base) {
    part = { base, adjusted: adjustedBase(base, risk, direction), pvWeight: 0, year1Weight: 0 };
    line.parts.push(part);
  }
  part.pvWeight += by * factor;
  if (inYear1) part.year1Weight += by;
  return { adjusted: part.adjusted, by };
}

function adjustedBase(base: Float64Array, risk: number, direction: number): Float64Array {
  const adjusted = new Float64Array(base.length);
  for (let t = 0; t < base.length; t++) adjusted[t] = base[t] + direction * math.abs(base[t]) * risk;
  return adjusted;
}

/** flows[t] += sign · Σ adjusted[t]·by over the month's separated lines. */
export function addSeparated(flows: Float64Array, months: readonly SeparatedMonth[], sign: 1 | -1): void {
  const n = flows.length;
  for (const { adjusted, by } of months) {
    const weight = sign * by;
    for (let t = 0; t < n; t++) flows[t] += adjusted[t] * weight;
  }
}

/** The separated lines' present values and year-1 amounts added to the per-trial sums. */
export function addSeparableSums(lines: readonly SeparableLine[], pv: Float64Array, year1: Float64Array): void {
  for (const { adjusted, pvWeight, year1Weight } of lines.flatMap((line) => line.parts)) {
    for (let t = 0; t < pv.length; t++) {
      pv[t] += adjusted[t] * pvWeight;
      year1[t] += adjusted[t] * year1Weight;
    }
  }
}
