import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { planSheet } from '../../src/workbook/office/sheetPlan';
import { createFakeExcel } from '../support/fakeExcel';

test('bordered styles ask for inside edges only where a range has more than one row or column', async () => {
  const book = buildBlueprint({ ...defaultInputs(), horizon_months: 12 });
  const bordered = book.sheets.flatMap((sheet) => planSheet(sheet).styleRects.filter(({ style }) => book.styles[style].borderColor !== undefined));
  const tall = bordered.filter(({ rect }) => rect.endRow > rect.startRow).length;
  const wide = bordered.filter(({ rect }) => rect.endCol > rect.startCol).length;
  // The real blueprint has both kinds, so the counts below tell them apart.
  expect(tall).toBeGreaterThan(0);
  expect(bordered.length - tall).toBeGreaterThan(0);
  expect(bordered.length - wide).toBeGreaterThan(0);

  const fake = createFakeExcel();
  try {
    expect((await renderIntoWorkbook(fake.context, book)).kind).toBe('written');
    const count = (label: string) => fake.core.applied.filter((applied) => applied === label).length;
    expect(count('format.borders.EdgeLeft.style')).toBe(bordered.length);
    expect(count('format.borders.InsideHorizontal.style')).toBe(tall);
    expect(count('format.borders.InsideVertical.style')).toBe(wide);
  } finally {
    fake.destroy();
  }
});
