import ExcelJS from 'exceljs';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { columnLetters } from '../../src/workbook/blueprint/a1';
import { CellBlueprint, WorkbookBlueprint } from '../../src/workbook/blueprint/types';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { cellAt, conditionalFormatsOf, loadWorkbook, namesOf, packagePart, validationsOf } from './support/readBack';

const TRAPS = {
  organisation_name: '=HYPERLINK("http://example.invalid","click")',
  benefit: '=1+1',
  cost: '@SUM(A1)',
};

let blueprint: WorkbookBlueprint;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  blueprint = buildBlueprint({
    ...defaultInputs(),
    organisation_name: TRAPS.organisation_name,
    custom_benefits: [{ label: TRAPS.benefit, amount_per_month: 1000, risk: null, amounts_per_year: null, initial: 0 }],
    custom_costs: [{ label: TRAPS.cost, amount_per_month: 100, risk: 0.1, amounts_per_year: null, initial: 0 }],
  });
  workbook = await loadWorkbook(await renderXlsx(blueprint));
});

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS reads a number in a date format (the start month) back as a Date: its serial again. */
function asSerial(value: ExcelJS.CellValue): ExcelJS.CellValue | number {
  return value instanceof Date ? (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000 : value;
}

function everyCell(visit: (sheet: string, cell: CellBlueprint) => void): void {
  for (const sheet of blueprint.sheets) for (const cell of sheet.cells) visit(sheet.name, cell);
}

describe('renderXlsx on the business-case blueprint', () => {
  test('every cell holds what the blueprint says: formula text, number, boolean or text', () => {
    let formulas = 0;
    let texts = 0;
    everyCell((sheet, cell) => {
      const written = cellAt(workbook, sheet, cell.row, cell.col);
      const where = `${sheet}!${columnLetters(cell.col)}${cell.row + 1}`;
      if (cell.formula !== undefined) {
        formulas += 1;
        expect({ where, formula: written.formula }).toEqual({ where, formula: cell.formula.slice(1) });
      } else if (typeof cell.value === 'string') {
        texts += 1;
        // Link cells too: ExcelJS reads a location-only (internal) link back as its text; renderXlsx.test checks the link.
        expect({ where, type: written.type }).toEqual({ where, type: ExcelJS.ValueType.String });
        expect({ where, text: written.text }).toEqual({ where, text: cell.value });
      } else if (cell.value !== undefined && cell.value !== null) {
        expect({ where, value: asSerial(written.value) }).toEqual({ where, value: cell.value });
      }
    });
    expect(formulas).toBeGreaterThan(1000);
    expect(texts).toBeGreaterThan(100);
  });

  test("a user's text that looks like a formula stays text", () => {
    const found: string[] = [];
    everyCell((sheet, cell) => {
      if (typeof cell.value === 'string' && Object.values(TRAPS).includes(cell.value)) {
        const written = cellAt(workbook, sheet, cell.row, cell.col);
        expect(written.type).toBe(ExcelJS.ValueType.String);
        expect(written.formula).toBeFalsy();
        found.push(cell.value);
      }
    });
    expect(new Set(found)).toEqual(new Set(Object.values(TRAPS)));
  });

  test('every workbook name, pointing where the blueprint says', () => {
    const names = namesOf(workbook);
    expect(names.size).toBe(blueprint.names.length);
    for (const name of blueprint.names) {
      expect({ name: name.name, ranges: names.get(name.name) }).toEqual({ name: name.name, ranges: [name.refersTo.slice(1).replace(/'/g, '')] });
    }
  });

  test('editable input cells are styled as inputs, number formats as written', () => {
    let inputs = 0;
    everyCell((sheet, cell) => {
      const written = cellAt(workbook, sheet, cell.row, cell.col);
      if (cell.numberFormat) expect(written.numFmt).toBe(cell.numberFormat);
      if (cell.style === 'input' || cell.style === 'textInput') {
        inputs += 1;
        expect(written.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${blueprint.styles[cell.style].fillColor}` } });
        expect(written.font.color).toEqual({ argb: `FF${blueprint.styles[cell.style].fontColor}` });
      }
    });
    expect(inputs).toBeGreaterThanOrEqual(blueprint.names.length);
  });

  test('validations, conditional formats and frozen panes of every sheet', () => {
    for (const sheet of blueprint.sheets) {
      const worksheet = workbook.getWorksheet(sheet.name)!;
      const validations = validationsOf(worksheet);
      for (const validation of sheet.validations) {
        const address = `${columnLetters(validation.range.startCol)}${validation.range.startRow + 1}`;
        expect({ address, type: validations[address]?.type, prompt: validations[address]?.prompt }).toEqual({ address, type: validation.type, prompt: validation.prompt });
      }
      expect(conditionalFormatsOf(worksheet).length).toBe(sheet.conditionalFormats.length);
      if (sheet.frozen) expect(worksheet.views[0]).toMatchObject({ state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows });
      expect(worksheet.views[0].showGridLines).toBe(sheet.showGridlines);
    }
  });

  test('Excel limits on validation messages hold (longer ones make Excel repair the file)', () => {
    for (const sheet of blueprint.sheets) {
      for (const validation of sheet.validations) {
        expect(validation.prompt.length).toBeLessThanOrEqual(255);
        expect(validation.error.length).toBeLessThanOrEqual(255);
        if (validation.type === 'list') expect(`"${validation.values.join(',')}"`.length).toBeLessThanOrEqual(257);
      }
    }
  });

  test('timeline sheets print a year of months per page width and as many pages tall as needed, with the label column on every page', async () => {
    expect(workbook.getWorksheet('Model')!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: Math.ceil(defaultInputs().horizon_months / 12), fitToHeight: 0 });
    const book = await packagePart(await renderXlsx(blueprint), 'xl/workbook.xml');
    expect(book).toMatch(/_xlnm\.Print_Titles" localSheetId="2">(&apos;|&#39;|')Model(&apos;|&#39;|')!\$A:\$A,(&apos;|&#39;|')Model(&apos;|&#39;|')!\$4:\$6</);
  });
});

describe('the Inputs sheet in the file', () => {
  test('unused custom-line slots are outlined (level 1) and hidden; a used slot and the rows around stay visible', async () => {
    const inputs = blueprint.sheets.find((sheet) => sheet.name === 'Inputs')!;
    const [benefits] = inputs.rowGroups!;
    const worksheet = workbook.getWorksheet('Inputs')!;
    const row = (index: number) => worksheet.getRow(index + 1);
    expect([row(benefits.first - 1).outlineLevel, row(benefits.first - 1).hidden]).toEqual([0, false]);
    for (let index = benefits.first; index <= benefits.last; index += 1) expect([row(index).outlineLevel, row(index).hidden]).toEqual([1, true]);
    expect(row(benefits.last + 1).hidden).toBe(false);
    expect(await packagePart(await renderXlsx(blueprint), 'xl/worksheets/sheet2.xml')).toMatch(/outlineLevelRow="1"/);
  });

  test('a choice cell shows its word and its drop-down lists words; the source notes are empty Text cells', () => {
    const worksheet = workbook.getWorksheet('Inputs')!;
    const pricing = namesOf(workbook).get('ai_pricing_model')![0];
    const [, letters, digits] = /\$([A-Z]+)\$(\d+)$/.exec(pricing)!;
    const cell = worksheet.getCell(`${letters}${digits}`);
    expect(cell.value).toBe('Per AI conversation (charged even when containment fails)');
    expect(validationsOf(worksheet)[`${letters}${digits}`].formulae[0]).toContain('Per seat per month');
    const note = worksheet.getCell(Number(digits), 5);
    expect([note.value, note.numFmt]).toEqual([null, '@']);
  });
});
