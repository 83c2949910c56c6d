import ExcelJS from 'exceljs';
import { renderXlsx, XLSX_CREATOR } from '../../src/workbook/xlsx/renderXlsx';
import { SMALL_BLUEPRINT } from './fixtures/smallBlueprint';
import { cellAt, conditionalFormatsOf, loadWorkbook, namesOf, packagePart, noteText, validationsOf } from './support/readBack';

let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await renderXlsx(SMALL_BLUEPRINT);
  workbook = await loadWorkbook(bytes);
});

describe('renderXlsx on a hand-made blueprint', () => {
  test('sheets in order, with tab colours, gridlines, frozen panes and the active sheet', async () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Model']);
    const inputs = workbook.getWorksheet('Inputs')!;
    const model = workbook.getWorksheet('Model')!;
    expect(inputs.properties.tabColor).toEqual({ argb: 'FFFFC000' });
    expect(inputs.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, showGridLines: false });
    expect(model.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4, showGridLines: true });
    const book = await packagePart(bytes, 'xl/workbook.xml');
    expect(book).toMatch(/activeTab="1"/);
    expect(book).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"|<calcPr[^>]*fullCalcOnLoad="true"/);
    expect(await packagePart(bytes, 'xl/worksheets/sheet2.xml')).toMatch(/tabSelected="1"/);
    expect(await packagePart(bytes, 'xl/worksheets/sheet1.xml')).not.toMatch(/tabSelected="1"/);
  });

  test('text that looks like a formula, a phone number or a code stays text', () => {
    for (const [row, text] of [[5, '=SUM(A1:A2)'], [6, '+44 20 7946 0000'], [7, '00123']] as const) {
      const cell = cellAt(workbook, 'Inputs', row, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeFalsy();
    }
    expect(cellAt(workbook, 'Inputs', 8, 1).value).toBe(true);
    expect(cellAt(workbook, 'Inputs', 2, 1).value).toBe(100000);
  });

  test('formulas are written without their "=", each with its calculated value stored', async () => {
    const cell = cellAt(workbook, 'Model', 4, 1);
    expect(cell.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell.formula).toBe('contacts_per_month*deflection_rate');
    // 100,000 contacts × 30% deflection; month 2 is month 1 + 1; net = 30,000 − 50,000 < 0, so the check reads ERROR
    expect(cell.result).toBe(30000);
    expect(cellAt(workbook, 'Model', 3, 2).formula).toBe('B4+1');
    expect(cellAt(workbook, 'Model', 3, 2).result).toBe(2);
    expect(cellAt(workbook, 'Model', 5, 1).result).toBe(-20000);
    expect(cellAt(workbook, 'Model', 6, 1).result).toBe('ERROR');
    const sheet = await packagePart(bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).toMatch(/<c r="B5"[^>]*><f>contacts_per_month\*deflection_rate<\/f><v>30000<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B7"[^>]*t="str"[^>]*><f>[^<]*<\/f><v>ERROR<\/v><\/c>/);
  });

  test('workbook names point at their input cells', () => {
    const names = namesOf(workbook);
    expect(names.get('contacts_per_month')).toEqual(['Inputs!$B$3']);
    expect(names.get('deflection_rate')).toEqual(['Inputs!$B$4']);
  });

  test('input cells carry the input style: blue font on a pale yellow fill, thin grey border', () => {
    const cell = cellAt(workbook, 'Inputs', 2, 1);
    expect(cell.font).toMatchObject({ color: { argb: 'FF0000FF' }, name: 'Calibri', size: 11 });
    expect(cell.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(cell.border.left).toEqual({ style: 'thin', color: { argb: 'FFBFBFBF' } });
    expect(cell.alignment).toMatchObject({ horizontal: 'right' });
    expect(cellAt(workbook, 'Model', 0, 0).font).toMatchObject({ bold: true, size: 16, color: { argb: 'FF1F3864' } });
    expect(cellAt(workbook, 'Model', 5, 1).border.top).toMatchObject({ style: 'thin' });
  });

  test('number formats', () => {
    expect(cellAt(workbook, 'Inputs', 2, 1).numFmt).toBe('#,##0');
    expect(cellAt(workbook, 'Inputs', 3, 1).numFmt).toBe('0.0%');
    expect(cellAt(workbook, 'Model', 5, 1).numFmt).toBe('"USD "#,##0;"USD "-#,##0');
  });

  test('column widths and hidden columns', () => {
    const inputs = workbook.getWorksheet('Inputs')!;
    expect(inputs.getColumn(1).width).toBe(34);
    expect(inputs.getColumn(2).width).toBe(14);
    expect(inputs.getColumn(3).hidden).toBe(true);
  });

  test('a row of wrapped text is as tall as its lines; other rows keep the default height', () => {
    const inputs = workbook.getWorksheet('Inputs')!;
    // 68 characters in a column 14 wide: about 5 lines of 15 points
    expect(inputs.getRow(10).height).toBeGreaterThanOrEqual(60);
    expect(inputs.getRow(10).height).toBeLessThanOrEqual(90);
    expect(inputs.getRow(3).height).toBeUndefined();
  });

  test('data validation: ranges, list values, prompts and stop errors', () => {
    const validations = validationsOf(workbook.getWorksheet('Inputs')!);
    expect(validations.B3).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100000000], showErrorMessage: true, errorStyle: 'stop', error: 'Enter a whole number from 0 to 100,000,000.', prompt: 'Contacts a month, 0 to 100,000,000.' });
    // allowBlank false is the file format's default, so it is written (and read back) as absent.
    expect(validations.B3.allowBlank ?? false).toBe(false);
    expect(validations.B4).toMatchObject({ type: 'decimal', formulae: [0, 1] });
    expect(validations.B5).toMatchObject({ type: 'list', formulae: ['"linear,s_curve"'] });
  });

  test('conditional formats: cell-value and expression rules with their colours, in order', () => {
    const rules = conditionalFormatsOf(workbook.getWorksheet('Model')!);
    expect(rules.map((format) => format.ref)).toEqual(['B6:C6', 'B7']);
    expect(rules[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1 });
    expect(rules[0].rules[0].style?.font?.color).toEqual({ argb: 'FFC00000' });
    expect(rules[1].rules[0]).toMatchObject({ type: 'expression', formulae: ['B7="ERROR"'], priority: 2 });
    expect(rules[1].rules[0].style?.fill).toMatchObject({ bgColor: { argb: 'FFFFC7CE' } });
  });

  test('notes become comments', () => {
    expect(noteText(cellAt(workbook, 'Inputs', 2, 1))).toBe('All channels, before AI.');
  });

  test('an internal link goes to its location and opens no external file', async () => {
    const sheet = await packagePart(bytes, 'xl/worksheets/sheet2.xml');
    const link = /<hyperlink [^>]*\/>/.exec(sheet)?.[0];
    expect(link).toMatch(/ref="A2"/);
    expect(link).toMatch(/location="(&apos;|&#39;|')Inputs(&apos;|&#39;|')!A1"/);
    expect(link).not.toMatch(/r:id=/);
    const rels = await packagePart(bytes, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels).not.toMatch(/TargetMode="External"/);
    expect(cellAt(workbook, 'Model', 1, 0).text).toBe('Back to the inputs');
  });

  test('print setup: orientation, fit to one page wide, repeated title rows', () => {
    const model = workbook.getWorksheet('Model')!;
    expect(model.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(workbook.getWorksheet('Inputs')!.pageSetup.orientation).toBe('portrait');
    return packagePart(bytes, 'xl/workbook.xml').then((book) => {
      expect(book).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">(&apos;|')Model(&apos;|')!\$4:\$4<\/definedName>/);
    });
  });

  test('a print area is written with absolute rows and columns (a mixed "$A1:$K53" is ignored by LibreOffice)', async () => {
    const withArea: typeof SMALL_BLUEPRINT = {
      ...SMALL_BLUEPRINT,
      sheets: SMALL_BLUEPRINT.sheets.map((sheet) => (sheet.name === 'Model' ? { ...sheet, print: { ...sheet.print, area: { startRow: 0, startCol: 0, endRow: 52, endCol: 10 } } } : sheet)),
    };
    const book = await packagePart(await renderXlsx(withArea), 'xl/workbook.xml');
    expect(book).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">(&apos;|')Model(&apos;|')!\$A\$1:\$K\$53<\/definedName>/);
  });

  test('properties name the add-in and the generator, and no person', async () => {
    expect(workbook.creator).toBe(XLSX_CREATOR);
    expect(workbook.lastModifiedBy).toBe(XLSX_CREATOR);
    expect(workbook.title).toBe(SMALL_BLUEPRINT.title);
    expect(workbook.keywords).toBe('roi-ai-cx-business-case 0.0.1-test');
    const app = await packagePart(bytes, 'docProps/app.xml');
    expect(app).toContain(`<Application>${XLSX_CREATOR}</Application>`);
    const core = await packagePart(bytes, 'docProps/core.xml');
    expect(core).not.toContain(process.env.USER ?? 'no-user-name');
  });

  test('an unknown active sheet is refused', async () => {
    await expect(renderXlsx({ ...SMALL_BLUEPRINT, activeSheet: 'Nope' })).rejects.toThrow(/active sheet Nope/);
  });
});
