import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CellAnchor } from '../../src/workbook/blueprint/types';
import { loadWorkbook } from '../xlsx/support/readBack';

/**
 * Reading back what a formula engine (LibreOffice, Gnumeric, Excel) computed in a recalculated
 * .xlsx: load it with loadRecalculatedWorkbook, then read cells by the workbook's own defined
 * names (definedNameValues) or by the blueprint's anchors (anchorValue).
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(text: string): string {
  return text
    .replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, named: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : ENTITIES[named],
    )
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? xmlText(match[1]) : undefined;
}

async function partText(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async('string');
}

/** Sheet name → the path of its part in the package, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await partText(zip, 'xl/workbook.xml')) ?? '';
  const rels = (await partText(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const [, attributes] of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [, attributes] of workbook.matchAll(/<sheet\b([^>]*)>/g)) {
    const name = attribute(attributes, 'name');
    const target = targets.get(attribute(attributes, 'r:id') ?? '');
    if (name && target) parts.set(name, target);
  }
  return parts;
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = (await partText(zip, 'xl/sharedStrings.xml')) ?? '';
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map(([, item = '']) =>
    [...item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map(([, text]) => xmlText(text)).join(''),
  );
}

/**
 * Loads a recalculated .xlsx with ExcelJS, then puts back the text results of formulas that
 * ExcelJS misreads: Gnumeric stores a formula's text result as an index into the shared strings
 * (t="s"), which ExcelJS reads as that number (checks' "OK" as 2); an empty text result
 * (LibreOffice's t="str" with an empty <v>) comes back as no result at all.
 */
export async function loadRecalculatedWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = await loadWorkbook(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const strings = await sharedStrings(zip);
  for (const [sheet, part] of await sheetParts(zip)) {
    const worksheet = workbook.getWorksheet(sheet);
    const xml = await partText(zip, part);
    if (!worksheet || xml === undefined) continue;
    for (const [, attributes, body] of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = attribute(attributes, 't');
      const address = attribute(attributes, 'r');
      if ((type !== 's' && type !== 'str') || !address || body === undefined || !/<f\b/.test(body)) continue;
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text: string;
      if (type === 's') {
        if (value === undefined || strings[Number(value)] === undefined) throw new Error(`${sheet}!${address}: a text result refers to shared string ${value}, which the file does not have.`);
        text = strings[Number(value)];
      } else if (value === undefined || value === '') {
        text = '';
      } else {
        continue;
      }
      const cell = worksheet.getCell(address);
      if (cell.type === ExcelJS.ValueType.Formula) cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: text };
    }
  }
  return workbook;
}

/** One cell a defined name refers to, as ExcelJS reports it: "Inputs!$B$5", "'My sheet'!$B$5", "'It''s'!B5". */
const SINGLE_CELL = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)$/;

function cellOfName(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const { ranges } = workbook.definedNames.getRanges(name);
  if (ranges.length === 0) throw new Error(`The workbook has no defined name ${name} (or it refers to no cell).`);
  if (ranges.length > 1) throw new Error(`The defined name ${name} refers to more than one range (${ranges.join(',')}), which spans more than one cell.`);
  const ref = ranges[0];
  const match = SINGLE_CELL.exec(ref);
  if (!match) {
    const why = /:/.test(ref) ? 'which spans more than one cell' : 'not a single cell on a sheet';
    throw new Error(`The defined name ${name} refers to ${ref}, ${why}.`);
  }
  const [, quoted, plain, column, row] = match;
  // ExcelJS quotes a sheet name that has other characters than letters and digits without
  // doubling its apostrophes, where Excel's own form doubles them: accept both.
  const candidates = quoted === undefined ? [plain] : [quoted.replace(/''/g, "'"), quoted];
  const worksheet = candidates.map((sheet) => workbook.getWorksheet(sheet)).find((found) => found !== undefined);
  if (!worksheet) throw new Error(`The defined name ${name} refers to ${ref}, but the workbook has no sheet ${candidates[0]}.`);
  return worksheet.getCell(`${column.toUpperCase()}${row}`);
}

function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  return value;
}

/**
 * The value an engine computed for a cell: a formula's cached result (cell.result, not
 * cell.value.result, which ExcelJS leaves out when it is 0), otherwise the cell's own value; an
 * error as its text ('#N/A', '#DIV/0!'), an empty cell as null, and a formula the engine left
 * without a result as undefined.
 */
export function computedValue(cell: ExcelJS.Cell): unknown {
  if (cell.type !== ExcelJS.ValueType.Formula) return plainValue(cell.value);
  // the typings leave out the error object ExcelJS gives for an error result
  const result = cell.result as ExcelJS.CellValue | undefined;
  return result === undefined ? undefined : plainValue(result);
}

/** computedValue of the cell a workbook-scoped defined name refers to. Throws when the name is missing or spans more than one cell. */
export function definedNameValue(workbook: ExcelJS.Workbook, name: string): unknown {
  return computedValue(cellOfName(workbook, name));
}

/** definedNameValue for each name, keyed by name. Throws for a missing name or one that spans more than one cell. */
export function definedNameValues(workbook: ExcelJS.Workbook, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, definedNameValue(workbook, name)]));
}

/** computedValue of a blueprint anchor (zero-based), or of the cell colOffset columns to its right (a timeline's later months). */
export function anchorValue(workbook: ExcelJS.Workbook, anchor: CellAnchor, colOffset = 0): unknown {
  const worksheet = workbook.getWorksheet(anchor.sheet);
  if (!worksheet) throw new Error(`The workbook has no sheet ${anchor.sheet}.`);
  return computedValue(worksheet.getCell(anchor.row + 1, anchor.col + 1 + colOffset));
}
