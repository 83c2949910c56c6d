import { readFileSync } from 'fs';
import path from 'path';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { exampleInputs } from '../support/examples';
import { loadWorkbook, packagePart } from './support/readBack';

const PACKAGE_VERSION: string = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')).version;

/** XML escapes the codes' '&' as '&amp;': the text as Excel reads it back from the sheet part. */
const unescape = (xml: string) => xml.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

describe('the .xlsx print setup', () => {
  const blueprint = buildBlueprint({ ...exampleInputs('mid-market'), organisation_name: 'Smith & Jones' }, { generatedOn: '2026-03-01' });
  const rendered = renderXlsx(blueprint);

  test('every sheet part has the header and footer, with the organisation\'s "&" doubled', async () => {
    const bytes = await rendered;
    for (let index = 1; index <= blueprint.sheets.length; index++) {
      const xml = await packagePart(bytes, `xl/worksheets/sheet${index}.xml`);
      expect(unescape(xml.match(/<oddHeader>(.*?)<\/oddHeader>/)?.[1] ?? '')).toBe('&LSmith && Jones: AI in customer service, business case');
      expect(unescape(xml.match(/<oddFooter>(.*?)<\/oddFooter>/)?.[1] ?? '')).toBe(`&LPrepared 2026-03-01 · AI Service ROI ${PACKAGE_VERSION}&CPage &P of &N&R&A`);
    }
  });

  test('one page 1 wide × 1 tall for the Summary, a year per page width for the Model; the stamp read back', async () => {
    const workbook = await loadWorkbook(await rendered);
    expect(workbook.getWorksheet('Summary')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(workbook.getWorksheet('Model')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 3, fitToHeight: 0 });
    expect(workbook.getWorksheet('Summary')!.getCell('A3').value).toBe(`Generated 2026-03-01 by AI Service ROI ${PACKAGE_VERSION}`);
  });
});
