import { INPUT_FIELDS, InputField } from '../../../../core/inputs/fields';
import type { BusinessCaseInputs, CustomLine } from '../../../../core/inputs/schema';
import { absRef, colRange, ref } from '../../a1';
import { Formats, inputFormat } from '../../formats';
import { choiceCodeName, CUSTOM_SLOTS, CustomKind, customLineName, CustomPart } from '../../inputNames';
import { SHEET } from '../../sheetNames';
import { NameBlueprint } from '../../types';
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

/** An input's live value as the model reads it: "blank" for a blank override, a choice's code (not the word shown). */
function liveValue(field: InputField): string {
  if (field.type === 'choice') return `=${choiceCodeName(field.key)}`;
  return field.type === 'number' && field.nullable === true ? `=IF(ISBLANK(${field.key}),"${BLANK}",${field.key})` : `=${field.key}`;
}

/**
 * Every model input, and every cell of every custom-line slot but its label, as it was when
 * simulated (a value) beside its live value (a formula), a 1 where they differ, and their
 * count: the Checks flag an ERROR while any differs, because the stamped results no longer
 * describe the inputs.
 */
export function writeInputsCheck(writer: RiskWriter, inputs: BusinessCaseInputs, inputNames: readonly NameBlueprint[]): InputsCheckCells {
  const { sheet, formats } = writer;
  sheet.text(TOP_ROW, COL.label, 'Inputs when simulated and now (any change: simulate again)', 'sectionHeader');
  for (let col = COL.key; col <= COL.changed; col++) sheet.text(TOP_ROW, col, '', 'sectionHeader');
  const countRow = TOP_ROW + 1;
  (['Input', 'Key', 'When simulated', 'Now', 'Changed (1)'] as const).forEach((text, i) => sheet.text(countRow + 1, COL.label + i, text, 'tableHeader'));
  const firstRow = countRow + 2;
  let row = firstRow;
  for (const field of modelInputs()) {
    const value = inputs[field.key as keyof BusinessCaseInputs] as number | string | null;
    const format = field.type === 'number' ? inputFormat(field, formats) : undefined;
    writeCheckRow(writer, row++, { label: field.label, key: field.key, value, live: liveValue(field), format });
  }
  for (const cell of customLineCells(inputs, inputNames, formats)) writeCheckRow(writer, row++, cell);
  const lastRow = row - 1;
  sheet.text(countRow, COL.label, 'Inputs changed since the simulation (count)', 'total');
  sheet.formula(countRow, COL.changed, `=SUM(${colRange(COL.changed, firstRow, lastRow)})`, 'output', '0');
  return { count: { row: countRow, col: COL.changed }, firstRow, lastRow, cols: COL };
}

/** One compared cell: its label and key, its value when simulated (null: blank), and the formula reading it now. */
interface CheckedCell {
  readonly label: string;
  readonly key: string;
  readonly value: number | string | null;
  readonly live: string;
  readonly format: string | undefined;
}

function writeCheckRow({ sheet }: RiskWriter, row: number, { label, key, value, live, format }: CheckedCell): void {
  sheet.text(row, COL.label, label, 'label');
  sheet.text(row, COL.key, key, 'calculation');
  if (value === null) sheet.text(row, COL.simulated, BLANK, 'calculation');
  else if (typeof value === 'string') sheet.text(row, COL.simulated, value, 'calculation');
  else sheet.set(row, COL.simulated, { value, style: 'calculation', ...(format === undefined ? {} : { numberFormat: format }) });
  sheet.formula(row, COL.now, live, 'calculation', format);
  sheet.formula(row, COL.changed, `=IF(${ref(row, COL.simulated)}=${ref(row, COL.now)},0,1)`, 'calculation', '0');
}

/** The Inputs cells a workbook name refers to, in reading order ("='Inputs'!$F$40:$O$40" gives ten). */
function cellsOfName(inputNames: readonly NameBlueprint[], name: string): string[] {
  const refersTo = inputNames.find((n) => n.name === name)?.refersTo;
  const match = refersTo === undefined ? null : /!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(refersTo);
  if (match === null) throw new Error(`The Inputs sheet names no cell ${name}`);
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [first, last] = [{ row: Number(match[2]) - 1, col: column(match[1]) }, { row: Number(match[4] ?? match[2]) - 1, col: column(match[3] ?? match[1]) }];
  const cells: string[] = [];
  for (let row = first.row; row <= last.row; row++) for (let col = first.col; col <= last.col; col++) cells.push(absRef(row, col, SHEET.inputs));
  return cells;
}

/**
 * Every slot of both custom-line tables, used or not (filling an empty slot changes the case
 * too): its amount per month, risk, initial amount (costs) and each year's amount, read on
 * the Inputs sheet by the cells their workbook names refer to.
 */
function customLineCells(inputs: BusinessCaseInputs, inputNames: readonly NameBlueprint[], formats: Formats): CheckedCell[] {
  const checked: CheckedCell[] = [];
  for (const kind of ['benefit', 'cost'] as const) {
    const lines = kind === 'benefit' ? inputs.custom_benefits : inputs.custom_costs;
    for (const slot of CUSTOM_SLOTS) checked.push(...slotCells(kind, slot, lines[slot - 1], inputNames, formats));
  }
  return checked;
}

function slotCells(kind: CustomKind, slot: number, line: CustomLine | undefined, inputNames: readonly NameBlueprint[], formats: Formats): CheckedCell[] {
  const title = `Custom ${kind} ${slot}`;
  const blankOr = (cell: string) => `=IF(ISBLANK(${cell}),"${BLANK}",${cell})`;
  const one = (part: CustomPart, label: string, value: number | null, format: string): CheckedCell => {
    const name = customLineName(kind, slot, part);
    return { label: `${title}: ${label}`, key: name, value, live: blankOr(name), format };
  };
  const cells = [one('amount', 'amount per month', line?.amount_per_month ?? null, formats.moneyCents), one('risk', 'risk', line?.risk ?? null, formats.rate)];
  // The sheet leaves a cost line's initial amount of 0 blank, and the model reads blank as 0.
  if (kind === 'cost') cells.push(one('initial', 'initial amount', line && line.initial !== 0 ? line.initial : null, formats.money));
  const years = customLineName(kind, slot, 'years');
  cellsOfName(inputNames, years).forEach((cell, i) => {
    cells.push({ label: `${title}: year ${i + 1}`, key: `${years} (${i + 1})`, value: line?.amounts_per_year?.[i] ?? null, live: blankOr(cell), format: formats.money });
  });
  return cells;
}
