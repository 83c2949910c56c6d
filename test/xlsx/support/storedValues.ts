import JSZip from 'jszip';
import { CellValue, ErrorCode } from '../../../src/workbook/values/values';

/** A formula cell as the file stores it: its formula's result, undefined when the file has none. */
export type Stored = CellValue | undefined;

const CELL = /<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (entity in named) return named[entity];
    return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}

function storedOf(attributes: string, body: string): Stored {
  const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (value === undefined) return undefined;
  const type = / t="(\w+)"/.exec(attributes)?.[1] ?? 'n';
  if (type === 'str') return unescapeXml(value);
  if (type === 'b') return value === '1';
  if (type === 'e') return { error: unescapeXml(value) as ErrorCode };
  return Number(value);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** Each sheet's part in the package, by sheet name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const relations = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...relations.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map(([, id, target]) => [id, target]));
  const parts = new Map<string, string>();
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(id)!;
    parts.set(unescapeXml(name), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/**
 * The values an .xlsx stores for its formula cells, read straight from the sheet XML (what a
 * viewer that does not recalculate shows), by sheet name and zero-based "row,col".
 */
export async function storedFormulaValues(bytes: Uint8Array): Promise<Map<string, Map<string, Stored>>> {
  const zip = await JSZip.loadAsync(bytes);
  const all = new Map<string, Map<string, Stored>>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = await zip.file(part)!.async('string');
    const values = new Map<string, Stored>();
    for (const [, letters, digits, attributes, body = ''] of xml.matchAll(CELL)) {
      if (body.includes('<f')) values.set(`${Number(digits) - 1},${columnIndex(letters)}`, storedOf(attributes, body));
    }
    all.set(name, values);
  }
  return all;
}

/** The same package with every formula's stored result taken out, so an engine that opens it has only the formulas. */
export async function withoutStoredValues(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of (await sheetParts(zip)).values()) {
    const xml = await zip.file(part)!.async('string');
    const stripped = xml.replace(CELL, (cell: string, ...groups: string[]) =>
      (groups[3] ?? '').includes('<f') ? cell.replace(/ t="(?:str|b|e|n)"/, '').replace(/<v>[\s\S]*?<\/v>/, '') : cell);
    zip.file(part, stripped);
  }
  return zip.generateAsync({ type: 'uint8array' });
}
