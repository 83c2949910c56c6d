import { InputField } from '../core/inputs/fields';
import { formatForReading, restyleMessage } from './numberText';

/**
 * The words shown under a field: its help and its default, so a user can always get back to it,
 * with the numbers in the user's style (a benchmark of "0.25 to 2.00" is "0,25 to 2,00" in de-DE).
 */
export function helpWithDefault(field: InputField, locale?: string): string {
  const help = locale ? restyleMessage(field.help, locale) : field.help;
  return `${help} ${defaultText(field, locale)}`;
}

function defaultText(field: InputField, locale?: string): string {
  if (field.type === 'choice') {
    const choice = field.choices.find((option) => option.value === field.default);
    return `Default: ${choice?.label ?? field.default}.`;
  }
  if (field.type === 'text') return `Default: ${field.default}.`;
  if (field.default === null) return 'Default: blank.';
  return `Default: ${formatForReading(field.default, field.unit, locale)}.`;
}

/** The short unit beside a box. Rates are typed as percentages, so their unit starts with %. */
export function unitText(field: InputField): string {
  if (field.type !== 'number') return '';
  if (field.unit === 'rate' && field.unitLabel.startsWith('points')) return `percentage ${field.unitLabel}`;
  if (field.unit === 'rate' && !field.unitLabel.startsWith('%')) return `% (${field.unitLabel})`;
  return field.unitLabel;
}
