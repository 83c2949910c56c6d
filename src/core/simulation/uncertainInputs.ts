import { fieldByKey, NumberField } from '../inputs/fields';
import type { NumericInputKey } from '../model/expression';

/**
 * Which inputs a simulation may vary: every numeric input that drives the base case's cash
 * flows and is always a number. Not the horizon (it is the timeline's length), not the
 * blank-able overrides (a per-line risk or MIRR rate may be "use the default"), and not the
 * scenario multipliers or scorecard thresholds (they shape other views, not the base case).
 */
const NOT_DRIVERS = new Set(['scenarios', 'scorecard']);

export type UncertainKeyCheck = { readonly ok: true; readonly field: NumberField & { readonly key: NumericInputKey } } | { readonly ok: false; readonly reason: string };

/**
 * The field of a key a simulation may vary, or why it may not.
 *
 * @example
 * uncertainField('deflection_rate') // => { ok: true, field: the deflection rate's field }
 * uncertainField('horizon_months') // => { ok: false, reason: 'the horizon is the timeline's length …' }
 */
export function uncertainField(key: string): UncertainKeyCheck {
  const field = fieldByKey(key);
  if (field === undefined) return { ok: false, reason: 'is not an input (an uncertain input is a numeric input of the inputs file, such as deflection_rate; check the spelling against examples/seed-case.json)' };
  if (field.type !== 'number') return { ok: false, reason: `is a ${field.type} input; only numeric inputs can be uncertain` };
  if (field.key === 'horizon_months') return { ok: false, reason: 'cannot be uncertain: it is the length of the timeline every trial shares' };
  if (field.nullable === true) return { ok: false, reason: 'cannot be uncertain: it may be blank (use the default), so it has no value to draw; make the default it falls back on uncertain instead' };
  if (NOT_DRIVERS.has(field.group)) return { ok: false, reason: `cannot be uncertain: it is a ${field.group === 'scenarios' ? 'scenario setting' : 'scorecard threshold or baseline'}, not a driver of the base case's cash flows` };
  return { ok: true, field: field as NumberField & { readonly key: NumericInputKey } };
}
