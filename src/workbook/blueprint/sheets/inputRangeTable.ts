import { INPUT_FIELDS, NumberField } from '../../../core/inputs/fields';
import { colRange, ref } from '../a1';
import { SheetBuilder } from '../sheetBuilder';

/** Columns of the table, to the right of the checks. */
const RANGE_COL = { input: 6, value: 7, min: 8, max: 9, outside: 10 } as const;

const NUMBER_FIELDS = INPUT_FIELDS.filter((field): field is NumberField & (typeof INPUT_FIELDS)[number] => field.type === 'number');

/** 1 when a number input is not a number, outside its range or not whole where it must be; 0 when it is fine or blank where blank is allowed. */
function outsideFormula(field: NumberField, row: number): string {
  const key = field.key;
  const below = `(${key}${field.minExclusive ? '<=' : '<'}${ref(row, RANGE_COL.min)})`;
  const above = `(${key}${field.maxExclusive ? '>=' : '>'}${ref(row, RANGE_COL.max)})`;
  const whole = field.integer ? `+(${key}<>ROUND(${key},0))` : '';
  const checked = `IF(ISNUMBER(${key}),${below}+${above}${whole},1)`;
  return field.nullable ? `=IF(ISBLANK(${key}),0,${checked})` : `=${checked}`;
}

/**
 * Every number input beside its accepted range, and whether it is outside: the Inputs sheet's
 * validation stops a typed value out of range, but not a pasted one or a formula, and this table
 * turns the Summary's flag to ERROR when one gets through. Returns the range of the flags.
 */
export function writeInputRangeTable(sheet: SheetBuilder, headerRow: number): string {
  const headers: [number, string][] = [[RANGE_COL.input, 'Input'], [RANGE_COL.value, 'Value'], [RANGE_COL.min, 'Accepted minimum'], [RANGE_COL.max, 'Accepted maximum'], [RANGE_COL.outside, 'Outside (1 = yes)']];
  sheet.text(headerRow - 1, RANGE_COL.input, 'Inputs against their accepted ranges', 'sectionHeader');
  for (const [col, text] of headers) sheet.text(headerRow, col, text, 'tableHeader');
  NUMBER_FIELDS.forEach((field, index) => {
    const row = headerRow + 1 + index;
    sheet.text(row, RANGE_COL.input, `${field.label} (${field.key})`, 'label');
    sheet.formula(row, RANGE_COL.value, `=IF(ISBLANK(${field.key}),"blank",${field.key})`, 'calculation');
    sheet.set(row, RANGE_COL.min, { value: field.min, style: 'note' });
    sheet.set(row, RANGE_COL.max, { value: field.max, style: 'note' });
    sheet.formula(row, RANGE_COL.outside, outsideFormula(field, row), 'calculation', '0');
  });
  sheet.width(RANGE_COL.input, 48);
  for (const col of [RANGE_COL.value, RANGE_COL.min, RANGE_COL.max, RANGE_COL.outside]) sheet.width(col, 14);
  return colRange(RANGE_COL.outside, headerRow + 1, headerRow + NUMBER_FIELDS.length);
}
