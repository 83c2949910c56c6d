import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { engineAvailability } from '../support/engineAvailability';
import { exampleInputs } from '../support/examples';
import { convertWithLibreOffice, libreOfficeAvailability } from './support/libreOffice';

/**
 * The workbook as LibreOffice prints it to PDF: which sheet each page belongs to (the sheet name
 * ends every page's footer), how many pages each sheet takes, and that every chart prints whole
 * on its sheet's one page.
 */
const EXAMPLES = ['seed-case', 'mid-market'] as const;
/** The Model of a 36-month case: a year of months per page width (3 wide) and at most 3 pages tall. */
const MODEL_MAX_PAGES = 9;
const ONE_PAGE_SHEETS = ['Summary', 'Annual', 'Scenarios', 'Sensitivity', 'Risk'];

const availability = [libreOfficeAvailability(), engineAvailability('Poppler', 'pdftotext', 'poppler-utils')].find((a) => !a.run) ?? { run: true as const };
if (!availability.run) console.warn(availability.reason);
const describeWithLibreOffice = availability.run ? describe : describe.skip;

/** Each page's text in reading order, whitespace runs made one space (a chart title may wrap). */
function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim());
}

/** The sheet a page belongs to: its footer's right section, the last text of the page. */
function sheetOfPage(text: string, book: WorkbookBlueprint): string | undefined {
  return book.sheets.map((sheet) => sheet.name).find((name) => text.endsWith(` ${name}`));
}

describeWithLibreOffice('the printed workbook (LibreOffice PDF)', () => {
  let dir: string;
  const printed: Record<string, { book: WorkbookBlueprint; pages: string[] }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'print-pages-'));
    const files: string[] = [];
    for (const name of EXAMPLES) {
      const book = buildBlueprint(exampleInputs(name), { generatedOn: '2026-03-01' });
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, await renderXlsx(book, { charts: true }));
      files.push(file);
      printed[name] = { book, pages: [] };
    }
    const pdfs = await convertWithLibreOffice(dir, files, 'pdf');
    EXAMPLES.forEach((name, i) => (printed[name].pages = pageTexts(pdfs[i])));
  }, 300000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(EXAMPLES)('%s: every page has the header and its footer names the page, the date, the version and the sheet', (name) => {
    const { book, pages } = printed[name];
    pages.forEach((text, i) => {
      expect(text).toContain(book.title);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain('Prepared 2026-03-01 · AI Service ROI');
      expect(sheetOfPage(text, book)).toBeDefined();
    });
  });

  test.each(EXAMPLES)(`%s: Summary, Annual, Scenarios and the chart sheets take one page each, the Model at most ${MODEL_MAX_PAGES}`, (name) => {
    const { book, pages } = printed[name];
    const count = (sheet: string) => pages.filter((text) => sheetOfPage(text, book) === sheet).length;
    for (const sheet of ONE_PAGE_SHEETS) expect([sheet, count(sheet)]).toEqual([sheet, 1]);
    expect(count('Model')).toBeGreaterThanOrEqual(3);
    expect(count('Model')).toBeLessThanOrEqual(MODEL_MAX_PAGES);
  });

  test.each(EXAMPLES)('%s: each chart prints on its sheet\'s page, its title there and on no other page', (name) => {
    const { book, pages } = printed[name];
    for (const sheet of book.sheets) {
      for (const chart of sheet.charts) {
        const where = pages.flatMap((text, i) => (text.includes(chart.title) ? [i] : []));
        expect([chart.id, where.map((i) => sheetOfPage(pages[i], book))]).toEqual([chart.id, [sheet.name]]);
      }
    }
  });
});
