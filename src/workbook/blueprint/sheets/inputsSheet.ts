import { ChoiceField, CUSTOM_LABEL_MAX_LENGTH, fieldByKey, INPUT_FIELDS, INPUT_GROUPS, InputField, NumberField } from '../../../core/inputs/fields';
import { BusinessCaseInputs, CustomLine } from '../../../core/inputs/schema';
import { describeRange } from '../../../core/validation/numberSpec';
import { absRef, colRange, rowRange } from '../a1';
import { Formats, inputFormat } from '../formats';
import { IRR_SEARCH_BRACKET } from '../../../core/finance/irrSearchBracket';
import { choiceCodeName, CUSTOM_SLOTS, CUSTOM_YEAR_SLOTS, CustomKind, customLineName, IRR_SEARCH_HIGH_NAME, IRR_SEARCH_LOW_NAME, MAX_AHT_REDUCTION_NAME } from '../inputNames';
import { SheetBuilder } from '../sheetBuilder';
import { SHEET } from '../sheetNames';
import { COLORS } from '../styles';
import { NameBlueprint, RangeRef } from '../types';
import { serialOf } from '../../values/serialDates';

const COL = { label: 0, value: 1, unit: 2, help: 3, source: 4 } as const;
/**
 * Custom-line tables: label, amount per month, risk, a note; then, to the right, the other
 * form of a line (an initial amount for costs, one amount per year).
 */
const CUSTOM_COL = { label: 0, amount: 1, risk: 2, help: 3, initial: 4, firstYear: 5 } as const;
const BOTH_FORMS_COL = CUSTOM_COL.firstYear + CUSTOM_YEAR_SLOTS;

const CUSTOM_AMOUNT_MAX = 1e12;

/** Names one input cell, a row of cells up to endCol, or a column of cells down to endRow. */
type NameCell = (name: string, row: number, col: number, comment: string, endCol?: number, endRow?: number) => void;

/** What every writer of the sheet shares: the sheet, its number formats, and the naming of cells. */
interface SheetContext {
  readonly sheet: SheetBuilder;
  readonly formats: Formats;
  readonly nameCell: NameCell;
}

/** One custom-line slot being written: its table's kind, its number and row, and the inputs' line in it, if any. */
interface SlotContext extends SheetContext {
  readonly kind: CustomKind;
  readonly slot: number;
  readonly row: number;
  readonly line: CustomLine | undefined;
}

export interface InputsSheetResult {
  readonly sheet: SheetBuilder;
  readonly names: readonly NameBlueprint[];
  /** per custom slot, a cell that is 1 when the slot gives both a monthly and yearly amounts (the Checks count them) */
  readonly bothFormsFlags: readonly FlagCell[];
}

interface FlagCell {
  readonly row: number;
  readonly col: number;
}

function cellRange(row: number, col: number): RangeRef {
  return { startRow: row, startCol: col, endRow: row, endCol: col };
}

function numberValidation(field: NumberField, row: number, col: number) {
  return {
    range: cellRange(row, col),
    type: field.integer ? ('whole' as const) : ('decimal' as const),
    min: field.min,
    max: field.max,
    allowBlank: field.nullable === true,
    prompt: field.help,
    error: `${field.label} must be ${describeRange(field)}${field.nullable ? ', or blank for the default' : ''}.`,
  };
}

/**
 * The Inputs sheet: every field of the inputs table, grouped as the task pane groups them, each
 * with its workbook name, validation, unit and help; then fixed slots for custom lines and the
 * model's named constants.
 */
export function buildInputsSheet(inputs: BusinessCaseInputs, formats: Formats): InputsSheetResult {
  const sheet = new SheetBuilder(SHEET.inputs, COLORS.tabInputs);
  const names: NameBlueprint[] = [];
  const nameCell: NameCell = (name, row, col, comment, endCol = col, endRow = row) =>
    names.push({ name, refersTo: `=${endRow !== row ? colRange(col, row, endRow, SHEET.inputs) : endCol === col ? absRef(row, col, SHEET.inputs) : rowRange(row, col, endCol, SHEET.inputs)}`, comment });

  sheet.text(0, 0, 'Inputs', 'title');
  sheet.text(1, 0, 'Blue cells on yellow are inputs: change them here and every sheet recalculates. Each input cell carries a workbook name (its key).', 'subtitle');
  sheet.width(COL.label, 44);
  sheet.width(COL.value, 30);
  sheet.width(COL.unit, 24);
  sheet.width(COL.help, 70);
  sheet.width(COL.source, 40);
  writeColumnHeadings(sheet);

  let row = 3;
  for (const group of INPUT_GROUPS) {
    sheet.text(row, COL.label, group.title, 'sectionHeader');
    for (const col of [COL.value, COL.unit, COL.help, COL.source]) sheet.text(row, col, '', 'sectionHeader');
    row++;
    sheet.text(row, COL.label, group.help, 'note');
    row++;
    for (const field of INPUT_FIELDS.filter((f) => f.group === group.id)) {
      writeField(sheet, field, inputs[field.key], row, formats, builtTimelineMonths(inputs));
      writeSourceNote(sheet, row);
      nameCell(field.key, row, COL.value, field.label);
      row++;
    }
    row++;
  }

  const bothFormsFlags: FlagCell[] = [];
  const context: SheetContext = { sheet, formats, nameCell };
  for (const kind of ['benefit', 'cost'] as const) {
    const written = writeCustomLines(context, kind, kind === 'benefit' ? inputs.custom_benefits : inputs.custom_costs, row);
    bothFormsFlags.push(...written.bothFormsFlags);
    row = written.nextRow + 1;
  }

  row = writeModelConstants(context, row);
  row = writeChoiceLists(context, row + 1);

  sheet.frozen = { rows: 3, columns: 0 };
  sheet.print = { orientation: 'landscape', fitToWidth: true };
  sheet.showGridlines = true;
  return { sheet, names, bothFormsFlags };
}

/** The headings above the inputs (in the frozen rows), the last one over the assumptions log. */
function writeColumnHeadings(sheet: SheetBuilder): void {
  const headings: Array<[number, string]> = [
    [COL.label, 'Input'],
    [COL.value, 'Value'],
    [COL.unit, 'Unit'],
    [COL.help, 'What it means, typical range'],
    [COL.source, 'Source / note: who gave the number, when, how confident'],
  ];
  for (const [col, text] of headings) sheet.text(2, col, text, 'tableHeader');
}

/**
 * The assumptions log: a text input beside each input, left empty for the user. Text format, so a
 * note such as "=2 quotes" or "2027-01" stays as typed; editable, so an update keeps it.
 */
function writeSourceNote(sheet: SheetBuilder, row: number): void {
  sheet.set(row, COL.source, { value: null, style: 'textInput', editable: true, numberFormat: '@' });
}

/** Named constants of the model's structure (not assumptions); returns the row after them. */
function writeModelConstants(context: SheetContext, startRow: number): number {
  const { sheet, formats, nameCell } = context;
  let row = startRow;
  const ahtField = fieldByKey('aht_reduction');
  sheet.text(row, COL.label, 'Model constants (structure, not assumptions)', 'sectionHeader');
  for (const col of [COL.value, COL.unit, COL.help]) sheet.text(row, col, '', 'sectionHeader');
  row++;
  sheet.text(row, COL.label, 'Cap on handle-time reduction after a scenario multiplier', 'label');
  sheet.set(row, COL.value, { value: ahtField.max, style: 'calculation', numberFormat: formats.rate });
  sheet.text(row, COL.unit, '% of AHT', 'unit');
  sheet.text(row, COL.help, 'The accepted maximum of the handle-time reduction input: a scenario cannot push it higher.', 'note');
  nameCell(MAX_AHT_REDUCTION_NAME, row, COL.value, 'Cap on handle-time reduction');
  row++;
  const bracket: [string, number, string][] = [
    [IRR_SEARCH_LOW_NAME, IRR_SEARCH_BRACKET.lowPerMonth, 'IRR search: lowest monthly rate'],
    [IRR_SEARCH_HIGH_NAME, IRR_SEARCH_BRACKET.highPerMonth, 'IRR search: highest monthly rate'],
  ];
  for (const [name, value, label] of bracket) {
    sheet.text(row, COL.label, label, 'label');
    sheet.set(row, COL.value, { value, style: 'calculation', numberFormat: '0%' });
    sheet.text(row, COL.unit, '% per month', 'unit');
    sheet.text(row, COL.help, 'The bisection that finds the IRR (Model) searches between these rates; outside them IRR reads n/a.', 'note');
    nameCell(name, row, COL.value, label);
    row++;
  }

  return row;
}

function writeField(sheet: SheetBuilder, field: InputField, value: string | number | null, row: number, formats: Formats, builtMonths: number): void {
  sheet.text(row, COL.label, field.label, 'label');
  sheet.text(row, COL.help, field.help, 'note');
  if (field.type === 'number' && field.shapesLayout) return writeBuiltLayoutCell(sheet, builtMonths, row);
  if (field.type === 'number') {
    sheet.set(row, COL.value, { value, style: 'input', editable: true, numberFormat: inputFormat(field, formats), note: field.key });
    sheet.text(row, COL.unit, field.unitLabel, 'unit');
    sheet.validations.push(withinBuiltTimeline(numberValidation(field, row, COL.value), field, builtMonths));
    return;
  }
  if (field.key === START_MONTH_KEY) return writeStartMonthCell(sheet, field, String(value), row, formats);
  if (field.type === 'choice') {
    writeChoiceInput(sheet, field, String(value), row);
    return;
  }
  sheet.set(row, COL.value, { value: String(value), style: 'textInput', editable: true, note: field.key });
  sheet.text(row, COL.unit, field.pattern ? field.pattern.description : `text, up to ${field.maxLength} characters`, 'unit');
}

/** The word (label) of a choice's code; the code itself if it is none of the field's (never, once validated). */
function choiceWord(field: ChoiceField, code: string): string {
  return field.choices.find((choice) => choice.value === code)?.label ?? code;
}

/** A choice input: the chosen word from a drop-down of words; the formulas read its code from the lists (writeChoiceLists). */
function writeChoiceInput(sheet: SheetBuilder, field: ChoiceField, code: string, row: number): void {
  const words = field.choices.map((choice) => choice.label);
  sheet.set(row, COL.value, { value: choiceWord(field, code), style: 'textInput', editable: true, note: field.key });
  sheet.text(row, COL.unit, 'pick from the list', 'unit');
  sheet.validations.push({
    range: cellRange(row, COL.value),
    type: 'list',
    values: words,
    // A workbook made before the words held the codes: an update carries a choice made there over as its word.
    aliases: Object.fromEntries(field.choices.map((choice) => [choice.value, choice.label])),
    allowBlank: false,
    prompt: field.help,
    error: `${field.label} must be one of: ${words.join('; ')}.`,
  });
}

/**
 * Each choice's words beside the codes they stand for, and the code of the word picked, named
 * <key>_code. The cell shows words for the reader, while every formula compares the code: codes are
 * what the inputs file, the pane and the core use, they stay short inside long formulas, and a
 * reworded label changes no formula. The input's own name stays on the cell the user edits, so an
 * update follows it there like any other input.
 */
function writeChoiceLists(context: SheetContext, startRow: number): number {
  const { sheet, nameCell } = context;
  let row = startRow;
  sheet.text(row, COL.label, 'Choice lists (the code each word of a choice input stands for)', 'sectionHeader');
  for (const col of [COL.value, COL.unit, COL.help]) sheet.text(row, col, '', 'sectionHeader');
  row++;
  for (const field of INPUT_FIELDS.filter((candidate): candidate is Extract<typeof candidate, { type: 'choice' }> => candidate.type === 'choice')) {
    const [first, last] = [row + 1, row + field.choices.length];
    sheet.text(row, COL.label, `${field.label}: code the formulas read`, 'label');
    const [words, codes] = [`${field.key}_words`, `${field.key}_codes`];
    sheet.formula(row, COL.value, `=INDEX(${codes},MATCH(${field.key},${words},0))`, 'calculation');
    nameCell(words, first, COL.label, `${field.label}: the words of the drop-down`, COL.label, last);
    nameCell(codes, first, COL.value, `${field.label}: the code of each word`, COL.value, last);
    sheet.text(row, COL.unit, choiceCodeName(field.key), 'unit');
    sheet.text(row, COL.help, `The word picked in ${field.key} (above), as the code below it; #N/A if the cell holds a word not listed.`, 'note');
    nameCell(choiceCodeName(field.key), row, COL.value, `${field.label}: code of the choice`);
    row++;
    for (const choice of field.choices) {
      sheet.text(row, COL.label, choice.label, 'note');
      sheet.text(row, COL.value, choice.value, 'calculation');
      row++;
    }
  }
  return row;
}

/** The months the workbook's timeline is built for: timeline_months, else the horizon. */
function builtTimelineMonths(inputs: BusinessCaseInputs): number {
  return inputs.timeline_months ?? inputs.horizon_months;
}

/** The horizon can be raised on the sheet up to the timeline the workbook was built with, not further. */
function withinBuiltTimeline(validation: ReturnType<typeof numberValidation>, field: NumberField, builtMonths: number): ReturnType<typeof numberValidation> {
  if (field.key !== 'horizon_months') return validation;
  return {
    ...validation,
    max: builtMonths,
    error: `${field.label} must be a whole number of months from ${field.min} to ${builtMonths}, the timeline this workbook was built with; for a longer one, set timeline_months in the inputs file or the task pane and generate the workbook again.`,
  };
}

/** What the workbook was built to (timeline_months): shown, not an input, since no formula can lengthen the timeline. */
function writeBuiltLayoutCell(sheet: SheetBuilder, builtMonths: number, row: number): void {
  sheet.set(row, COL.value, { value: builtMonths, style: 'calculation', numberFormat: '0' });
  sheet.text(row, COL.unit, 'months, as built (generate again to change)', 'unit');
}

const START_MONTH_KEY = 'start_month';
/** The first months the start cell accepts: those an inputs file accepts (YYYY-MM from 1900 to 2199). */
const START_MONTH_BOUNDS = { min: { year: 1900, month: 1 }, max: { year: 2199, month: 12 } } as const;

/** The start month as a date (the first of the month), so the Model's dates follow a date typed into it. */
function writeStartMonthCell(sheet: SheetBuilder, field: InputField, month: string, row: number, formats: Formats): void {
  const [year, monthNumber] = month.split('-').map(Number);
  sheet.set(row, COL.value, { value: serialOf({ year, month: monthNumber, day: 1 }), style: 'input', editable: true, numberFormat: formats.date, note: field.key });
  sheet.text(row, COL.unit, 'a date: any day counts as its month', 'unit');
  const { min, max } = START_MONTH_BOUNDS;
  sheet.validations.push({
    range: cellRange(row, COL.value),
    type: 'date',
    min: serialOf({ ...min, day: 1 }),
    max: serialOf({ ...max, day: 1 }),
    allowBlank: false,
    prompt: field.help,
    error: `${field.label} must be a date from Jan ${min.year} to Dec ${max.year}, such as 1 Jan 2027; any day counts as its month.`,
  });
}

function writeCustomLines(
  context: SheetContext,
  kind: CustomKind,
  lines: readonly CustomLine[],
  startRow: number,
): { nextRow: number; bothFormsFlags: FlagCell[] } {
  let row = writeCustomLinesHeader(context.sheet, kind, startRow);
  const bothFormsFlags: FlagCell[] = [];
  const firstSlotRow = row;
  for (const slot of CUSTOM_SLOTS) {
    bothFormsFlags.push(writeCustomSlot({ ...context, kind, slot, row, line: lines[slot - 1] }));
    row++;
  }
  // Lines fill the first slots, so the unused ones are the last: outlined and collapsed, a click away when a line is added.
  if (lines.length < CUSTOM_SLOTS.length) context.sheet.rowGroups.push({ first: firstSlotRow + lines.length, last: row - 1, collapsed: true });
  return { nextRow: row, bothFormsFlags };
}

/** The table's title bar, what its lines mean, and its column headings; returns the first slot's row. */
function writeCustomLinesHeader(sheet: SheetBuilder, kind: CustomKind, startRow: number): number {
  let row = startRow;
  const title = kind === 'benefit' ? 'Custom benefit lines' : 'Custom cost lines';
  sheet.text(row, CUSTOM_COL.label, title, 'sectionHeader');
  for (const col of [CUSTOM_COL.amount, CUSTOM_COL.risk, CUSTOM_COL.help]) sheet.text(row, col, '', 'sectionHeader');
  row++;
  sheet.text(
    row,
    CUSTOM_COL.label,
    kind === 'benefit'
      ? 'Other benefits: an amount per month, scaled by adoption from go-live, or one amount per year (to the right), taken as given. Fill an empty slot to add a line.'
      : 'Other costs: an amount per month from month 1, or one amount per year (to the right); an initial amount sits in month 0. Fill an empty slot to add a line.',
    'note',
  );
  row++;
  sheet.text(row, CUSTOM_COL.label, 'Line label', 'tableHeader');
  sheet.text(row, CUSTOM_COL.amount, 'Amount per month', 'tableHeader');
  sheet.text(row, CUSTOM_COL.risk, 'Risk (blank = default)', 'tableHeader');
  sheet.text(row, CUSTOM_COL.help, 'Per year (columns F on) replaces the amount per month: give one form per line', 'tableHeader');
  sheet.text(row, CUSTOM_COL.initial, kind === 'cost' ? 'Initial (month 0)' : '', 'tableHeader');
  for (let year = 1; year <= CUSTOM_YEAR_SLOTS; year++) sheet.text(row, CUSTOM_COL.firstYear + year - 1, `Year ${year}`, 'tableHeader');
  sheet.text(row, BOTH_FORMS_COL, 'Both forms given (1 = fix it)', 'tableHeader');
  return row + 1;
}

/** One slot's label, amount and risk (the inputs' line of that number, or blanks), validated and named, then its other form. */
function writeCustomSlot(context: SlotContext): FlagCell {
  const { sheet, kind, slot, line, row, formats, nameCell } = context;
  const defaultRisk = kind === 'benefit' ? 'benefit_risk' : 'cost_risk';
  sheet.set(row, CUSTOM_COL.label, { value: line ? line.label : null, style: 'textInput', editable: true });
  sheet.set(row, CUSTOM_COL.amount, { value: line ? line.amount_per_month : null, style: 'input', editable: true, numberFormat: formats.money });
  sheet.set(row, CUSTOM_COL.risk, { value: line ? line.risk : null, style: 'input', editable: true, numberFormat: formats.rate });
  sheet.text(row, CUSTOM_COL.help, `Slot ${slot}: blank risk uses ${defaultRisk}.`, 'note');
  const flag = writeCustomLineYears(context);
  sheet.validations.push({
    range: cellRange(row, CUSTOM_COL.amount),
    type: 'decimal',
    min: 0,
    max: CUSTOM_AMOUNT_MAX,
    allowBlank: true,
    prompt: `Amount per month of this ${kind} line, in the workbook currency.`,
    error: `The amount must be between 0 and 1,000,000,000,000 per month (blank = no line).`,
  });
  sheet.validations.push({
    range: cellRange(row, CUSTOM_COL.risk),
    type: 'decimal',
    min: 0,
    max: 1,
    allowBlank: true,
    prompt: `Risk of this line (a fraction: 10% or 0.1). Blank uses ${defaultRisk}.`,
    error: 'The risk must be between 0% and 100% (a fraction: 10% or 0.1), or blank for the default.',
  });
  nameCell(customLineName(kind, slot, 'label'), row, CUSTOM_COL.label, `Custom ${kind} ${slot}: label (text, at most ${CUSTOM_LABEL_MAX_LENGTH} characters)`);
  nameCell(customLineName(kind, slot, 'amount'), row, CUSTOM_COL.amount, `Custom ${kind} ${slot}: amount per month`);
  nameCell(customLineName(kind, slot, 'risk'), row, CUSTOM_COL.risk, `Custom ${kind} ${slot}: risk (blank = default)`);
  return flag;
}

/** A custom line's other form: an initial amount (cost lines) and one amount per year of the horizon. */
function writeCustomLineYears(context: SlotContext): FlagCell {
  const { sheet, kind, slot, line, row, formats, nameCell } = context;
  const amountValidation = (startCol: number, endCol: number, prompt: string) =>
    sheet.validations.push({
      range: { startRow: row, startCol, endRow: row, endCol },
      type: 'decimal',
      min: 0,
      max: CUSTOM_AMOUNT_MAX,
      allowBlank: true,
      prompt,
      error: 'The amount must be between 0 and 1,000,000,000,000 (blank = none).',
    });
  if (kind === 'cost') {
    sheet.set(row, CUSTOM_COL.initial, { value: line && line.initial !== 0 ? line.initial : null, style: 'input', editable: true, numberFormat: formats.money });
    amountValidation(CUSTOM_COL.initial, CUSTOM_COL.initial, 'One-time amount of this cost line in month 0 (undiscounted).');
    nameCell(customLineName(kind, slot, 'initial'), row, CUSTOM_COL.initial, `Custom cost ${slot}: initial amount (month 0)`);
  }
  const lastYearCol = CUSTOM_COL.firstYear + CUSTOM_YEAR_SLOTS - 1;
  for (let year = 1; year <= CUSTOM_YEAR_SLOTS; year++) {
    const value = line?.amounts_per_year?.[year - 1] ?? null;
    sheet.set(row, CUSTOM_COL.firstYear + year - 1, { value, style: 'input', editable: true, numberFormat: formats.money });
  }
  amountValidation(CUSTOM_COL.firstYear, lastYearCol, `Amount of this ${kind} line in each year of the horizon, spread evenly over the year's months (no ramp). Leave the amount per month blank.`);
  nameCell(customLineName(kind, slot, 'years'), row, CUSTOM_COL.firstYear, `Custom ${kind} ${slot}: amounts per year`, lastYearCol);
  const [amount, years] = [customLineName(kind, slot, 'amount'), customLineName(kind, slot, 'years')];
  // ISNUMBER, not COUNT, for the one cell: HyperFormula counts a blank named cell as a number.
  sheet.formula(row, BOTH_FORMS_COL, `=IF(AND(ISNUMBER(${amount}),COUNT(${years})>0),1,0)`, 'calculation', '0');
  return { row, col: BOTH_FORMS_COL };
}
