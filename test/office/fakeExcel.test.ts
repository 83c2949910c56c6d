import { renameInFormula } from '../../src/workbook/blueprint/renameInBlueprint';
import { createFakeExcel } from '../support/fakeExcel';

describe('the Excel fake behaves like Office.js where the renderer depends on it', () => {
  test('writes take effect at sync; reading before load and sync throws PropertyNotLoaded', async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem('Sheet1');
    const range = sheet.getRange('A1:B1');
    range.formulas = [[2, '=A1*3']];
    expect(fake.state.sheets[0].cells.size).toBe(0);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    await fake.context.sync();
    expect(range.values).toEqual([[2, 6]]);
    fake.destroy();
  });

  test('an array of the wrong shape and a missing sheet fail at sync, not before', async () => {
    const fake = createFakeExcel();
    fake.context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    fake.context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    const missing = fake.context.workbook.worksheets.getItemOrNullObject('Nope');
    missing.load('name');
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
    fake.destroy();
  });

  test('"=…" typed into a General cell becomes a formula, into a Text cell stays text', async () => {
    const fake = createFakeExcel();
    const sheet = fake.context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [['=1+1']];
    sheet.getRange('A2').numberFormat = [['@']];
    sheet.getRange('A2').values = [['=1+1']];
    await fake.context.sync();
    expect(fake.value('Sheet1', 0, 0)).toBe(2);
    expect(fake.value('Sheet1', 1, 0)).toBe('=1+1');
    fake.destroy();
  });
});

describe('renameInFormula', () => {
  const renames = { sheets: new Map([['Inputs', 'Inputs (2)'], ['Model', 'Model (2)']]), names: new Map([['discount_rate', 'discount_rate_2']]) };
  test('renames sheet prefixes and names, never text in strings or function names', () => {
    expect(renameInFormula("='Inputs'!$B$6*discount_rate+Model!A1", renames)).toBe("='Inputs (2)'!$B$6*discount_rate_2+'Model (2)'!A1");
    expect(renameInFormula('=IF(A1="discount_rate Inputs!",DISCOUNT_RATE,0)', renames)).toBe('=IF(A1="discount_rate Inputs!",discount_rate_2,0)');
    expect(renameInFormula('=discount_rate(1)+B2', renames)).toBe('=discount_rate(1)+B2');
  });
});
