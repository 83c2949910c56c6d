import { fieldByKey } from '../../src/core/inputs/fields';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
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
