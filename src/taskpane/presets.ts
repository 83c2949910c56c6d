import { parseInputs } from '../core/inputs/schema';
import { FormValues, formValuesFrom } from './formModel';
import { PRESET_SOURCES } from './integrations';

export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly values: FormValues;
}

/**
 * The example files as starting points. They pass through the same schema as a user's own file;
 * one that does not is left out of the picker rather than filling the form with bad values.
 */
export function loadPresets(): readonly Preset[] {
  return PRESET_SOURCES.flatMap((source) => {
    const parsed = parseInputs(source.raw);
    return parsed.ok ? [{ id: source.id, label: source.label, values: formValuesFrom(parsed.inputs) }] : [];
  });
}
