import { CUSTOM_LINE_LIMIT } from '../../core/inputs/fields';
import type { NumericInputKey } from '../../core/model';

export type CustomKind = 'benefit' | 'cost';
export type CustomPart = 'label' | 'amount' | 'risk' | 'initial' | 'years';

/**
 * Workbook names of the custom-line slots, e.g. custom_benefit_1_amount, custom_cost_2_initial,
 * custom_benefit_1_years (the row of per-year amounts). Every slot exists
 * whether or not it is used, so a user can add a line later without regenerating the file.
 */
export function customLineName(kind: CustomKind, slot: number, part: CustomPart): string {
  return `custom_${kind}_${slot}_${part}`;
}

/**
 * The workbook name of the code a choice input stands for, e.g. ai_pricing_model_code = "per_seat".
 * The input's own name (its key) stays on the cell the user picks a word in; the formulas compare
 * this code, which the Inputs sheet looks up from the word (see writeChoiceLists).
 */
export function choiceCodeName(key: string): string {
  return `${key}_code`;
}

/** Slot numbers 1..CUSTOM_LINE_LIMIT. */
export const CUSTOM_SLOTS: readonly number[] = Array.from({ length: CUSTOM_LINE_LIMIT }, (_, i) => i + 1);

/**
 * The workbook name of an input's accepted maximum, where a formula caps a driver after a
 * multiplier: a constant of the model, not an assumption, written on the Inputs sheet with a name
 * so no formula hides a number.
 */
export function acceptedMaxName(key: NumericInputKey): string {
  return `max_${key}`;
}

export const MAX_AHT_REDUCTION_NAME = acceptedMaxName('aht_reduction');

/** The IRR search bracket (monthly rates) the workbook's bisection starts from. */
export const IRR_SEARCH_LOW_NAME = 'irr_search_low_per_month';
export const IRR_SEARCH_HIGH_NAME = 'irr_search_high_per_month';

/** Years a custom line can give amounts for: the longest horizon's. */
export const CUSTOM_YEAR_SLOTS = 10;
