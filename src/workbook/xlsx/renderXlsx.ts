import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetters } from '../blueprint/a1';
import { fitPages } from '../blueprint/printSetup';
import {
  CellBlueprint,
  ConditionalFormatBlueprint,
  HeaderFooterSections,
  PrintBlueprint,
  RangeRef,
  RowGroupBlueprint,
  SheetBlueprint,
  ValidationBlueprint,
  WorkbookBlueprint,
} from '../blueprint/types';
import { conditionalStyle, styleCache, tabColor } from './cellStyles';
import { addChartParts } from './chartParts';
import { escapeXml } from './xmlText';
import { ZipCodec, zipParts } from './zipParts';
import { internalLinksFixed, WORKSHEET_PART } from './internalLinks';
import { rewriteEntries } from './rewriteEntries';
import { wrappedRowHeights } from './rowHeights';
import { CellValue } from '../values/values';
import { dateOf } from '../values/serialDates';
import { cellKey, computeValues, WorkbookValues } from '../values/workbookValues';

/** Written into the file's properties in place of a person: the file says what made it, not who. */
export const XLSX_CREATOR = 'ROI of AI in customer service (Excel add-in)';

function rangeA1(range: RangeRef): string {
  const start = `${columnLetters(range.startCol)}${range.startRow + 1}`;
  const end = `${columnLetters(range.endCol)}${range.endRow + 1}`;
  return start === end ? start : `${start}:${end}`;
}

function withoutEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** A formula with its calculated value stored beside it, for viewers that show a file without recalculating. */
function cellValue(cell: CellBlueprint, calculated: CellValue | undefined): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: withoutEquals(cell.formula), result: calculated } as ExcelJS.CellFormulaValue;
  const value = cell.value ?? null;
  // An internal link is a text cell with a location: ExcelJS writes a target of the form Sheet!A1 as one.
  if (cell.link !== undefined) return { text: String(value ?? cell.link), hyperlink: cell.link };
  // Strings go in as plain strings: ExcelJS stores them as shared text, so "=SUM(A1)" typed by a user stays text.
  return value;
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: SheetBlueprint, style: ReturnType<typeof styleCache>, values: WorkbookValues): void {
  const calculated = values.get(sheet.name);
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.row + 1, cell.col + 1);
    target.value = cellValue(cell, calculated?.get(cellKey(cell.row, cell.col)));
    if (cell.style !== undefined || cell.numberFormat !== undefined) target.style = style(cell.style, cell.numberFormat);
    if (cell.note !== undefined) target.note = cell.note;
  }
}

function listFormula(values: readonly string[]): string {
  for (const value of values) {
    if (value.includes(',')) throw new Error(`A list validation value cannot contain a comma: ${JSON.stringify(value)}.`);
  }
  return `"${values.map((value) => value.replace(/"/g, '""')).join(',')}"`;
}

function jsDateOf(serial: number): Date {
  const { year, month, day } = dateOf(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

function validationOf(validation: ValidationBlueprint): ExcelJS.DataValidation {
  const messages = {
    allowBlank: validation.allowBlank,
    showInputMessage: true,
    prompt: validation.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: validation.error,
  } as const;
  if (validation.type === 'list') return { type: 'list', formulae: [listFormula(validation.values)], ...messages };
  // ExcelJS writes a date rule's bounds from Dates.
  if (validation.type === 'date') return { type: 'date', operator: 'between', formulae: [jsDateOf(validation.min), jsDateOf(validation.max)], ...messages };
  return { type: validation.type, operator: 'between', formulae: [validation.min, validation.max], ...messages };
}

function writeValidations(worksheet: ExcelJS.Worksheet, validations: readonly ValidationBlueprint[]): void {
  for (const validation of validations) {
    const rule = validationOf(validation);
    const { startRow, startCol, endRow, endCol } = validation.range;
    // Cell by cell: ExcelJS merges alike neighbours back into one range when it writes.
    for (let row = startRow; row <= endRow; row += 1) {
      for (let col = startCol; col <= endCol; col += 1) worksheet.getCell(row + 1, col + 1).dataValidation = rule;
    }
  }
}

function ruleOf(format: ConditionalFormatBlueprint, priority: number): ExcelJS.ConditionalFormattingRule {
  const style = conditionalStyle(format.fontColor, format.fillColor);
  const formulae = [withoutEquals(format.formula)];
  if (format.type === 'expression') return { type: 'expression', priority, formulae, style };
  return { type: 'cellIs', operator: format.operator as ExcelJS.CellIsRuleType['operator'], priority, formulae, style };
}

function writeConditionalFormats(worksheet: ExcelJS.Worksheet, formats: readonly ConditionalFormatBlueprint[]): void {
  formats.forEach((format, index) => {
    // Priorities follow the blueprint's order, so an earlier rule wins where two apply.
    worksheet.addConditionalFormatting({ ref: rangeA1(format.range), rules: [ruleOf(format, index + 1)] });
  });
}

function pageSetupOf(print: PrintBlueprint): Partial<ExcelJS.PageSetup> {
  const { wide, tall } = fitPages(print);
  return {
    orientation: print.orientation,
    ...(wide > 0 || tall > 0 ? { fitToPage: true, fitToWidth: wide, fitToHeight: tall } : {}),
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` } : {}),
    ...(print.repeatColumns ? { printTitlesColumn: `${columnLetters(print.repeatColumns.first)}:${columnLetters(print.repeatColumns.last)}` } : {}),
    ...(print.area ? { printArea: printAreaText(print.area) } : {}),
  };
}

/** A header or footer as one string of Excel's codes: each section after its &L, &C or &R, empty ones left out. */
function headerFooterCode(sections: HeaderFooterSections | undefined): string | undefined {
  if (sections === undefined) return undefined;
  const code = ([['&L', sections.left], ['&C', sections.center], ['&R', sections.right]] as const).filter(([, text]) => text !== '').map(([at, text]) => `${at}${text}`).join('');
  return code === '' ? undefined : code;
}

function headerFooterOf(print: PrintBlueprint): Partial<ExcelJS.HeaderFooter> {
  const oddHeader = headerFooterCode(print.header);
  const oddFooter = headerFooterCode(print.footer);
  return { ...(oddHeader === undefined ? {} : { oddHeader }), ...(oddFooter === undefined ? {} : { oddFooter }) };
}

/**
 * The print area as ExcelJS wants it: it puts "$" before each corner itself, so rows are made
 * absolute here ("A$1:K$53" is written "$A$1:$K$53"); a plain "A1:K53" would come out as the mixed
 * "$A1:$K53", which LibreOffice ignores.
 */
function printAreaText(area: RangeRef): string {
  const corner = (row: number, col: number) => `${columnLetters(col)}$${row + 1}`;
  return `${corner(area.startRow, area.startCol)}:${corner(area.endRow, area.endCol)}`;
}

function addSheet(workbook: ExcelJS.Workbook, blueprint: WorkbookBlueprint, sheet: SheetBlueprint, selected: boolean, style: ReturnType<typeof styleCache>, values: WorkbookValues): void {
  const frozen = sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0) ? sheet.frozen : undefined;
  // tabSelected is written by ExcelJS but missing from its types.
  const view = {
    showGridLines: sheet.showGridlines,
    ...(selected ? { tabSelected: true } : {}),
    ...(frozen ? { state: 'frozen' as const, xSplit: frozen.columns, ySplit: frozen.rows } : {}),
  } as Partial<ExcelJS.WorksheetView>;
  const worksheet = workbook.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: tabColor(sheet.tabColor) } : {},
    views: [view],
    pageSetup: pageSetupOf(sheet.print),
    headerFooter: headerFooterOf(sheet.print),
  });
  for (const column of sheet.columns) {
    const target = worksheet.getColumn(column.col + 1);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  }
  writeCells(worksheet, sheet, style, values);
  for (const [row, height] of wrappedRowHeights(sheet, blueprint.styles)) worksheet.getRow(row + 1).height = height;
  writeRowGroups(worksheet, sheet.rowGroups ?? []);
  writeValidations(worksheet, sheet.validations);
  writeConditionalFormats(worksheet, sheet.conditionalFormats);
}

/** Outline level 1 on each grouped row, hidden while collapsed; the expand button sits below the group (Excel's default). */
function writeRowGroups(worksheet: ExcelJS.Worksheet, groups: readonly RowGroupBlueprint[]): void {
  if (groups.length > 0) worksheet.properties.outlineLevelRow = 1;
  for (const group of groups) {
    for (let row = group.first; row <= group.last; row += 1) {
      const target = worksheet.getRow(row + 1);
      target.outlineLevel = 1;
      if (group.collapsed) target.hidden = true;
    }
  }
}

function workbookOf(blueprint: WorkbookBlueprint): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = XLSX_CREATOR;
  workbook.lastModifiedBy = XLSX_CREATOR;
  workbook.title = blueprint.title;
  workbook.subject = 'AI in customer-service operations: business case';
  workbook.keywords = `${blueprint.generator.id} ${blueprint.generator.version}`;
  workbook.description = `Generated by ${blueprint.generator.id} ${blueprint.generator.version}.`;
  const now = new Date();
  workbook.created = now;
  workbook.modified = now;
  workbook.calcProperties.fullCalcOnLoad = true;

  const style = styleCache(blueprint.styles);
  const activeIndex = blueprint.sheets.findIndex((sheet) => sheet.name === blueprint.activeSheet);
  if (activeIndex < 0) throw new Error(`The active sheet ${blueprint.activeSheet} is not one of the blueprint's sheets.`);
  const values = computeValues(blueprint);
  blueprint.sheets.forEach((sheet, index) => addSheet(workbook, blueprint, sheet, index === activeIndex, style, values));
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: activeIndex, visibility: 'visible' }];

  for (const name of blueprint.names) workbook.definedNames.add(withoutEquals(name.refersTo), name.name);
  return workbook;
}

export interface RenderOptions {
  /** draw the blueprint's charts (native Excel charts, written as DrawingML parts); off unless asked */
  readonly charts?: boolean;
  /** a native deflate to zip the file with (Node's zlib); JSZip's JavaScript one otherwise, as in a browser */
  readonly zip?: ZipCodec;
}

/**
 * Writes a workbook blueprint as .xlsx bytes with ExcelJS, deciding nothing of its own. Runs in
 * Node and in a browser (no file system here). ExcelJS cannot draw charts: with `charts` they are
 * added to the package as parts of their own (chartParts.ts). Each formula carries its value as
 * calculated by computeValues (what Excel will calculate), for viewers that do not recalculate;
 * Excel still recalculates on open.
 */
export async function renderXlsx(blueprint: WorkbookBlueprint, options: RenderOptions = {}): Promise<Uint8Array> {
  // Stored, not deflated: the package is opened again for what ExcelJS cannot write, and deflated once, at the end.
  const stored = await workbookOf(blueprint).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const zip = await JSZip.loadAsync(stored);
  await finishPackage(zip);
  if (options.charts) await addChartParts(zip, blueprint);
  if (!options.zip) return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return zipParts(await Promise.all(files.map(async (file) => ({ path: file.name, bytes: await file.async('uint8array') }))), options.zip);
}

const APP_PART = 'docProps/app.xml';

/** What ExcelJS cannot be told: the application that wrote the file, and internal links without external targets. */
function finishPackage(zip: JSZip): Promise<void> {
  return rewriteEntries(
    zip,
    (path) => path === APP_PART || WORKSHEET_PART.test(path),
    async (path, xml, read) => {
      if (path !== APP_PART) return internalLinksFixed(path, xml, read);
      return { [path]: xml.replace(/<Application>[^<]*<\/Application>/, `<Application>${escapeXml(XLSX_CREATOR)}</Application>`) };
    },
  );
}
