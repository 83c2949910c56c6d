import { INPUT_FIELDS, InputField } from '../../../../core/inputs/fields';
import type { BusinessCaseInputs } from '../../../../core/inputs/schema';
import { colRange, ref } from '../../a1';
import { inputFormat } from '../../formats';
import { CellAt, RISK_LAST_TABLE_COL, RiskWriter } from './riskWriter';

/** A blank input (the group default) reads this on both sides of the comparison. */
const BLANK = 'blank';
/**
 * Right of the results, from the top: a place that does not move with the number of uncertain
 * inputs or histogram bins, so the Checks' reference to the count is the same for every case.
 */
const FIRST_COL = RISK_LAST_TABLE_COL + 2;
const TOP_ROW = 3;
const COL = { label: FIRST_COL, key: FIRST_COL + 1, simulated: FIRST_COL + 2, now: FIRST_COL + 3, changed: FIRST_COL + 4 } as const;

export interface InputsCheckCells {
  /** the count of inputs that differ from their value when simulated; the Checks sheet reads it */
  readonly count: CellAt;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly cols: typeof COL;
}

/** The inputs the model reads: numbers and choices (the text inputs only name and date the case). */
function modelInputs(): InputField[] {
  // The timeline's length shapes the layout; no formula reads it, so it cannot make the simulation stale.
  return INPUT_FIELDS.filter((field) => field.type !== 'text' && !(field.type === 'number' && field.shapesLayout));
}

/**
 * Every model input as it was when simulated (a value) beside its live value (a formula), a
 * 1 where they differ, and their count: the Checks flag an ERROR while any differs, because
 * the stamped results no longer describe the inputs.
 */
export function writeInputsCheck(writer: RiskWriter, inputs: BusinessCaseInputs): InputsCheckCells {
  const { sheet, formats } = writer;
  sheet.text(TOP_ROW, COL.label, 'Inputs when simulated and now (any change: simulate again)', 'sectionHeader');
  for (let col = COL.key; col <= COL.changed; col++) sheet.text(TOP_ROW, col, '', 'sectionHeader');
  const countRow = TOP_ROW + 1;
  (['Input', 'Key', 'When simulated', 'Now', 'Changed (1)'] as const).forEach((text, i) => sheet.text(countRow + 1, COL.label + i, text, 'tableHeader'));
  const firstRow = countRow + 2;
  let row = firstRow;
  for (const field of modelInputs()) {
    const value = inputs[field.key as keyof BusinessCaseInputs] as number | string | null;
    const format = field.type === 'number' ? inputFormat(field.unit, formats) : undefined;
    sheet.text(row, COL.label, field.label, 'label');
    sheet.text(row, COL.key, field.key, 'calculation');
    if (value === null) sheet.text(row, COL.simulated, BLANK, 'calculation');
    else if (typeof value === 'string') sheet.text(row, COL.simulated, value, 'calculation');
    else sheet.set(row, COL.simulated, { value, style: 'calculation', ...(format === undefined ? {} : { numberFormat: format }) });
    const live = field.type === 'number' && field.nullable === true ? `=IF(ISBLANK(${field.key}),"${BLANK}",${field.key})` : `=${field.key}`;
    sheet.formula(row, COL.now, live, 'calculation', format);
    sheet.formula(row, COL.changed, `=IF(${ref(row, COL.simulated)}=${ref(row, COL.now)},0,1)`, 'calculation', '0');
    row++;
  }
  const lastRow = row - 1;
  sheet.text(countRow, COL.label, 'Inputs changed since the simulation (count)', 'total');
  sheet.formula(countRow, COL.changed, `=SUM(${colRange(COL.changed, firstRow, lastRow)})`, 'output', '0');
  return { count: { row: countRow, col: COL.changed }, firstRow, lastRow, cols: COL };
}
