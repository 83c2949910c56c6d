import { INPUT_FIELDS, InputField } from '../../../../core/inputs/fields';
import type { BusinessCaseInputs } from '../../../../core/inputs/schema';
import { colRange, ref } from '../../a1';
import { inputFormat } from '../../formats';
import { CellAt, riskHeaders, riskSection, RiskWriter } from './riskWriter';

/** A blank input (the group default) reads this on both sides of the comparison. */
const BLANK = 'blank';
const COL = { label: 0, key: 1, simulated: 2, now: 3, changed: 4 } as const;

export interface InputsCheckCells {
  /** the count of inputs that differ from their value when simulated; the Checks sheet reads it */
  readonly count: CellAt;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly cols: typeof COL;
}

/** The inputs the model reads: numbers and choices (the text inputs only name and date the case). */
function modelInputs(): InputField[] {
  return INPUT_FIELDS.filter((field) => field.type !== 'text');
}

/**
 * Every model input as it was when simulated (a value) beside its live value (a formula), a
 * 1 where they differ, and their count: the Checks flag an ERROR while any differs, because
 * the stamped results no longer describe the inputs.
 */
export function writeInputsCheck(writer: RiskWriter, inputs: BusinessCaseInputs): InputsCheckCells {
  const { sheet, formats } = writer;
  riskSection(writer, 'Inputs when simulated and now (any change: simulate again)');
  const countRow = writer.row++;
  riskHeaders(writer, ['Input', 'Key', 'When simulated', 'Now', 'Changed (1)']);
  const firstRow = writer.row;
  for (const field of modelInputs()) {
    const row = writer.row++;
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
  }
  const lastRow = writer.row - 1;
  sheet.text(countRow, COL.label, 'Inputs changed since the simulation (count)', 'total');
  sheet.formula(countRow, COL.changed, `=SUM(${colRange(COL.changed, firstRow, lastRow)})`, 'output', '0');
  writer.row++;
  return { count: { row: countRow, col: COL.changed }, firstRow, lastRow, cols: COL };
}
