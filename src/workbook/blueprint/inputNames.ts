import { CUSTOM_LINE_LIMIT } from '../../core/inputs/fields';

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

/** Slot numbers 1..CUSTOM_LINE_LIMIT. */
export const CUSTOM_SLOTS: readonly number[] = Array.from({ length: CUSTOM_LINE_LIMIT }, (_, i) => i + 1);

/**
 * Constants of the model that are not assumptions, written on the Inputs sheet with a name so
 * no formula hides a number: the cap on handle-time reduction after a scenario multiplier.
 */
export const MAX_AHT_REDUCTION_NAME = 'max_aht_reduction';

/** The IRR search bracket (monthly rates) the workbook's bisection starts from. */
export const IRR_SEARCH_LOW_NAME = 'irr_search_low_per_month';
export const IRR_SEARCH_HIGH_NAME = 'irr_search_high_per_month';

/** Years a custom line can give amounts for: the longest horizon's. */
export const CUSTOM_YEAR_SLOTS = 10;
