import { CUSTOM_LINE_LIMIT } from '../../core/inputs/fields';

export type CustomKind = 'benefit' | 'cost';
export type CustomPart = 'label' | 'amount' | 'risk';

/**
 * Workbook names of the custom-line slots, e.g. custom_benefit_1_amount. Every slot exists
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
