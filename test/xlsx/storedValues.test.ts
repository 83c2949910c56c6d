import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { computeValues } from '../../src/workbook/values/workbookValues';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
import { SMALL_BLUEPRINT } from './fixtures/smallBlueprint';
import { storedFormulaValues, withoutStoredValues } from './support/storedValues';

describe('the .xlsx stores every formula\'s value', () => {
  test('mid-market: each formula cell of every sheet has a <v>, the value computeValues gives, type included', async () => {
    const blueprint = buildBlueprint(exampleInputs('mid-market'));
    const stored = await storedFormulaValues(await renderXlsx(blueprint));
    const computed = computeValues(blueprint);
    expect([...stored.keys()]).toEqual(blueprint.sheets.map((sheet) => sheet.name));
    for (const sheet of blueprint.sheets) {
      const formulas = sheet.cells.filter((cell) => cell.formula !== undefined).length;
      expect({ sheet: sheet.name, formulas: stored.get(sheet.name)!.size }).toEqual({ sheet: sheet.name, formulas });
      const missing = [...stored.get(sheet.name)!].filter(([, value]) => value === undefined).map(([key]) => key);
      expect({ sheet: sheet.name, missing }).toEqual({ sheet: sheet.name, missing: [] });
      expect(stored.get(sheet.name)).toEqual(computed.get(sheet.name));
    }
  });

  test('the Summary shows the organisation and the checks\' verdict without recalculation', async () => {
    const inputs = exampleInputs('mid-market');
    const blueprint = buildBlueprint(inputs);
    const stored = await storedFormulaValues(await renderXlsx(blueprint));
    const summary = [...stored.get('Summary')!.values()];
    expect(summary).toContain(`${inputs.organisation_name}: AI in customer service, business case`);
    expect(summary).toContain('OK');
  });

  test('withoutStoredValues takes the results out and leaves the formulas', async () => {
    const bytes = await withoutStoredValues(await renderXlsx(SMALL_BLUEPRINT));
    const stored = await storedFormulaValues(bytes);
    expect([...stored.get('Model')!.values()].length).toBeGreaterThan(0);
    expect([...stored.get('Model')!.values()].every((value) => value === undefined)).toBe(true);
  });
});
