import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { ALL_FEATURES, checkExcelSupport } from '../../src/workbook/office/support';
import { createFakeExcel } from '../support/fakeExcel';

/** Operations of ExcelApi 1.9 and later that an Excel with only 1.8 would reject, failing the whole write. */
const NEWER_THAN_1_8 = /^(format\.indentLevel|pageLayout\.|application\.suspendScreenUpdatingUntilNextSync|notes\.)/;

function blueprintWithIndent(): WorkbookBlueprint {
  const book = buildBlueprint({ ...defaultInputs(), horizon_months: 12 });
  return { ...book, styles: { ...book.styles, label: { ...book.styles.label, indent: 1 } } };
}

describe('an Excel with ExcelApi 1.8 but not 1.9', () => {
  // Versions compare by minor number: 1.18 is newer than 1.8.
  const features = checkExcelSupport((name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 8);

  test('gets no operation it does not have, and the report names what was left out', async () => {
    if (!features.ok) throw new Error('ExcelApi 1.8 should be enough');
    const fake = createFakeExcel();
    try {
      const report = await renderIntoWorkbook(fake.context, blueprintWithIndent(), { features: features.features });
      expect(report.kind).toBe('written');
      expect(fake.core.applied.filter((label) => NEWER_THAN_1_8.test(label))).toEqual([]);
      if (report.kind === 'written') expect(report.skipped.join(' ')).toMatch(/indents.*1\.9/);
    } finally {
      fake.destroy();
    }
  });

  test('a current Excel gets the indent (the check above can fail)', async () => {
    const fake = createFakeExcel();
    try {
      await renderIntoWorkbook(fake.context, blueprintWithIndent(), { features: ALL_FEATURES });
      expect(fake.core.applied).toContain('format.indentLevel');
    } finally {
      fake.destroy();
    }
  });
});
