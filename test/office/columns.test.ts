import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { columnWidthPoints } from '../../src/workbook/office/sheetPlan';
import { columnRuns } from '../../src/workbook/office/writeSheet';
import { createFakeExcel } from '../support/fakeExcel';

test('column widths are written per run of equal columns, and every column gets its own width', async () => {
  const book = buildBlueprint({ ...defaultInputs(), horizon_months: 120 });
  const fake = createFakeExcel();
  try {
    expect((await renderIntoWorkbook(fake.context, book)).kind).toBe('written');
    for (const sheet of book.sheets) {
      const state = fake.state.sheets.find((candidate) => candidate.name === sheet.name)!;
      for (const column of sheet.columns) {
        expect([sheet.name, column.col, state.columns.get(column.col)?.width]).toEqual([sheet.name, column.col, columnWidthPoints(column.width)]);
        expect(state.columns.get(column.col)?.hidden ?? false).toBe(column.hidden ?? false);
      }
    }
    const columnCount = book.sheets.reduce((sum, sheet) => sum + sheet.columns.length, 0);
    const writes = fake.core.applied.filter((label) => label === 'format.columnWidth').length;
    expect(columnCount).toBeGreaterThan(240);
    expect(writes).toBeLessThan(100);
  } finally {
    fake.destroy();
  }
});

test('columnRuns joins only adjacent columns of the same width and visibility', () => {
  expect(
    columnRuns([
      { col: 3, width: 12 },
      { col: 0, width: 30 },
      { col: 1, width: 12 },
      { col: 2, width: 12 },
      { col: 4, width: 12, hidden: true },
      { col: 6, width: 12 },
    ]),
  ).toEqual([
    { first: 0, count: 1, width: 30, hidden: false },
    { first: 1, count: 3, width: 12, hidden: false },
    { first: 4, count: 1, width: 12, hidden: true },
    { first: 6, count: 1, width: 12, hidden: false },
  ]);
});
