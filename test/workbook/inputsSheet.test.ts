import { ChoiceField, fieldByKey } from '../../src/core/inputs/fields';
import { BusinessCaseInputs, defaultInputs } from '../../src/core/inputs/schema';
import { buildBusinessCase } from '../../src/core/model';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { choiceCodeName } from '../../src/workbook/blueprint/inputNames';
import { cellKey, computeValues } from '../../src/workbook/values/workbookValues';
import { evaluateBlueprint } from '../support/formulaEngine';
import { formatsFor } from '../../src/workbook/blueprint/formats';
import { SHEET } from '../../src/workbook/blueprint/sheetNames';
import { CellBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';

const book = buildBlueprint({ ...defaultInputs(), currency: 'USD' });

function inputsSheet(blueprint: WorkbookBlueprint) {
  return blueprint.sheets.find((sheet) => sheet.name === SHEET.inputs)!;
}

/** The cell a workbook name points at, on the Inputs sheet. */
function namedCell(blueprint: WorkbookBlueprint, name: string): CellBlueprint {
  const refersTo = blueprint.names.find((item) => item.name === name)!.refersTo;
  const [, letters, digits] = /\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return inputsSheet(blueprint).cells.find((cell) => cell.row === Number(digits) - 1 && cell.col === col)!;
}

describe('Inputs sheet: number formats a finance reader expects', () => {
  test('every money format puts a negative in parentheses, with no minus sign', () => {
    const formats = formatsFor('EUR');
    for (const format of [formats.money, formats.moneyCents]) {
      const [, negative] = format.split(';');
      expect(negative).toMatch(/^"EUR "\(#,##0(\.00)?\)$/);
    }
  });

  test('money inputs show whole currency units, prices per contact or per hour keep their cents', () => {
    const formats = formatsFor('USD');
    expect(namedCell(book, 'implementation_cost').numberFormat).toBe(formats.money);
    expect(namedCell(book, 'platform_subscription_per_year').numberFormat).toBe(formats.money);
    for (const key of ['ai_cost_per_contact', 'human_cost_per_contact', 'reviewer_hourly_cost']) expect(namedCell(book, key).numberFormat).toBe(formats.moneyCents);
  });

  test('the ROI threshold is a percentage like every other ROI, and still means 1 = 100%', () => {
    const field = fieldByKey('threshold_min_roi');
    expect(field.unit).toBe('rate');
    expect(namedCell(book, 'threshold_min_roi')).toMatchObject({ value: 1, numberFormat: formatsFor('USD').rate });
  });
});

const CENT = 0.005;

/** Every pricing amount given, so each pricing model gives another NPV; whole years, for end-of-year discounting. */
const priced: BusinessCaseInputs = {
  ...defaultInputs(),
  containment_rate: 0.8,
  ai_seats: 25,
  ai_price_per_seat_per_month: 1500,
  ai_platform_fee_per_month: 30000,
  implementation_months: 2,
  ramp_months: 6,
};

function wordOf(field: ChoiceField, code: string): string {
  return field.choices.find((choice) => choice.value === code)!.label;
}

describe('Inputs sheet: a choice shows its word, the formulas read its code', () => {
  const pricedBook = buildBlueprint(priced);
  const pricing = fieldByKey('ai_pricing_model');

  test('the cell holds the word, its drop-down lists the words, and the stored values give the code', () => {
    const cell = namedCell(pricedBook, 'ai_pricing_model');
    expect(cell).toMatchObject({ value: wordOf(pricing, 'per_conversation'), editable: true });
    const validation = inputsSheet(pricedBook).validations.find((item) => item.range.startRow === cell.row && item.range.startCol === cell.col);
    expect(validation).toMatchObject({ type: 'list', values: pricing.choices.map((choice) => choice.label) });
    const code = namedCell(pricedBook, choiceCodeName('ai_pricing_model'));
    expect(computeValues(pricedBook).get(SHEET.inputs)!.get(cellKey(code.row, code.col))).toBe('per_conversation');
  });

  test('no formula compares a choice input with a code: only its _code name', () => {
    const formulas = pricedBook.sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.formula ?? ''));
    for (const key of ['ai_pricing_model', 'discounting', 'ramp_shape']) expect(formulas.filter((formula) => new RegExp(`\\b${key}="`).test(formula))).toEqual([]);
  });

  test('HyperFormula with each word picked in the cell gives the NPV the core gives for its code', () => {
    const engine = evaluateBlueprint(pricedBook);
    try {
      const npvAt = pricedBook.anchors['output.npv'];
      const changes: Array<[ChoiceField, string, Partial<BusinessCaseInputs>]> = [
        ...pricing.choices.map((choice): [ChoiceField, string, Partial<BusinessCaseInputs>] => [pricing, choice.label, { ai_pricing_model: choice.value }]),
        [fieldByKey('ramp_shape'), wordOf(fieldByKey('ramp_shape'), 's_curve'), { ai_pricing_model: 'platform_fee', ramp_shape: 's_curve' }],
        [fieldByKey('discounting'), wordOf(fieldByKey('discounting'), 'annual_end_of_year'), { ai_pricing_model: 'platform_fee', ramp_shape: 's_curve', discounting: 'annual_end_of_year' }],
      ];
      const npvs = new Set<number>();
      for (const [field, word, inputs] of changes) {
        const cell = namedCell(pricedBook, field.key);
        engine.setCell(SHEET.inputs, cell.row, cell.col, word);
        const expected = buildBusinessCase({ ...priced, ...inputs }).base.outputs.npv;
        expect(Math.abs(engine.number(npvAt.sheet, npvAt.row, npvAt.col) - expected)).toBeLessThan(CENT);
        npvs.add(Math.round(expected));
      }
      expect(npvs.size).toBe(changes.length);
    } finally {
      engine.destroy();
    }
  });
});

describe('unused custom-line slots are outlined and collapsed', () => {
  const line = { label: 'Fewer refunds', amount_per_month: 5000, risk: null, amounts_per_year: null, initial: 0 };
  const oneBenefit = buildBlueprint({ ...defaultInputs(), custom_benefits: [line] });
  const groupedRows = (name: string) =>
    (oneBenefit.sheets.find((sheet) => sheet.name === name)!.rowGroups ?? []).flatMap((group) => {
      expect(group.collapsed).toBe(true);
      return Array.from({ length: group.last - group.first + 1 }, (_, i) => group.first + i);
    });

  test('on the Model: every row of an unused slot, before and after risk, and no other row', () => {
    const unusedRows = oneBenefit.sheets.find((sheet) => sheet.name === SHEET.model)!.cells
      .filter((cell) => cell.col === 0 && /"Custom (benefit [2-5]|cost [1-5]) \(unused slot\)"/.test(cell.formula ?? ''))
      .map((cell) => cell.row);
    expect(unusedRows).toHaveLength(2 * (4 + 5));
    expect(groupedRows(SHEET.model)).toEqual([...unusedRows].sort((a, b) => a - b));
  });

  test('on the Annual sheet: the rows of the unused slots, each reading a grouped Model row', () => {
    const modelGrouped = new Set(groupedRows(SHEET.model));
    const annual = oneBenefit.sheets.find((sheet) => sheet.name === SHEET.annual)!;
    const grouped = groupedRows(SHEET.annual);
    expect(grouped).toHaveLength(4 + 5);
    for (const row of grouped) {
      const label = annual.cells.find((cell) => cell.row === row && cell.col === 0)!;
      const modelRow = Number(/\$(\d+)$/.exec(label.formula ?? '')?.[1]) - 1;
      expect({ row, grouped: modelGrouped.has(modelRow) }).toEqual({ row, grouped: true });
    }
  });

  test('on Inputs: the empty slots after the used one', () => {
    const rowOf = (name: string) => namedCell(oneBenefit, name).row;
    expect(groupedRows(SHEET.inputs)).toEqual([2, 3, 4, 5].map((slot) => rowOf(`custom_benefit_${slot}_label`)).concat([1, 2, 3, 4, 5].map((slot) => rowOf(`custom_cost_${slot}_label`))));
  });
});
