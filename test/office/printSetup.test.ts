import { readFileSync } from 'fs';
import path from 'path';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderIntoWorkbook } from '../../src/workbook/office/renderIntoWorkbook';
import { ALL_FEATURES } from '../../src/workbook/office/support';
import { createFakeExcel } from '../support/fakeExcel';

const PACKAGE_VERSION: string = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version;

describe('print setup written by Office.js', () => {
  test('every sheet gets the header and footer for all pages, and the fit-to-pages zoom', async () => {
    const blueprint = buildBlueprint({ ...defaultInputs(), horizon_months: 24, organisation_name: 'Smith & Jones' }, { generatedOn: '2026-03-01' });
    const fake = createFakeExcel();
    try {
      const report = await renderIntoWorkbook(fake.context, blueprint, { features: ALL_FEATURES });
      expect(report.kind).toBe('written');
      for (const { name } of blueprint.sheets) {
        const layout = fake.state.sheets.find((sheet) => sheet.name === name)!.pageLayout;
        expect([name, layout]).toMatchObject([name, {
          'headersFooters.leftHeader': 'Smith && Jones: AI in customer service, business case',
          'headersFooters.centerHeader': '',
          'headersFooters.rightHeader': '',
          'headersFooters.leftFooter': `Prepared 2026-03-01 · AI Service ROI ${PACKAGE_VERSION}`,
          'headersFooters.centerFooter': 'Page &P of &N',
          'headersFooters.rightFooter': '&A',
        }]);
      }
      const layoutOf = (name: string) => fake.state.sheets.find((sheet) => sheet.name === name)!.pageLayout;
      expect(layoutOf('Summary').zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
      expect(layoutOf('Model').zoom).toEqual({ horizontalFitToPages: 2 });
      expect(layoutOf('Inputs').zoom).toEqual({ horizontalFitToPages: 1 });
    } finally {
      fake.destroy();
    }
  });
});
