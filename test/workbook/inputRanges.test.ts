import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { evaluateBlueprint } from '../support/formulaEngine';

/** The Inputs cell a workbook name points at. */
function inputCell(book: ReturnType<typeof buildBlueprint>, key: string): { sheet: string; row: number; col: number } {
  const refersTo = book.names.find((name) => name.name === key)!.refersTo;
  const [, sheet, column, row] = /^='?([^'!]+)'?!\$([A-Z]+)\$(\d+)$/.exec(refersTo)!;
  return { sheet, row: Number(row) - 1, col: column.split('').reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 };
}

describe('an input typed out of range in the workbook turns the checks to ERROR', () => {
  const book = buildBlueprint(defaultInputs());
  const overall = book.anchors['checks.overall'];

  test.each([
    ['deflection_rate', 1.4],
    ['deflection_rate', 'forty'],
    ['horizon_months', 30.5],
    ['contacts_per_month', 0],
    ['occupancy', 0],
    ['mirr_finance_rate', -0.5],
  ])('%s = %p', (key, value) => {
    const evaluated = evaluateBlueprint(book);
    try {
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('OK');
      const cell = inputCell(book, key);
      evaluated.setCell(cell.sheet, cell.row, cell.col, value);
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('ERROR');
    } finally {
      evaluated.destroy();
    }
  });

  test('a blank risk override is allowed (it means the default)', () => {
    const evaluated = evaluateBlueprint(book);
    try {
      const cell = inputCell(book, 'risk_deflection');
      evaluated.setCell(cell.sheet, cell.row, cell.col, null);
      expect(evaluated.value(overall.sheet, overall.row, overall.col)).toBe('OK');
    } finally {
      evaluated.destroy();
    }
  });
});
