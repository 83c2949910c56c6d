import { execFileSync } from 'child_process';
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import zlib from 'zlib';
import { NODE_ZIP } from '../../src/cli/nodeZip';
import { defaultInputs } from '../../src/core/inputs/schema';
import { buildBlueprint } from '../../src/workbook/blueprint/buildBlueprint';
import { renderXlsx } from '../../src/workbook/xlsx/renderXlsx';
import { crc32, zipParts } from '../../src/workbook/xlsx/zipParts';
import { loadWorkbook } from './support/readBack';

async function contents(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return new Map(await Promise.all(files.map(async (file) => [file.name, await file.async('base64')] as [string, string])));
}

describe('the package zipped with a native deflate (the command line)', () => {
  test('holds the same parts, byte for byte, as the one JSZip zips (the file times aside)', async () => {
    const blueprint = buildBlueprint(defaultInputs());
    const ours = await contents(await renderXlsx(blueprint, { charts: true, zip: NODE_ZIP }));
    const theirs = await contents(await renderXlsx(blueprint, { charts: true }));
    for (const table of [ours, theirs]) table.delete('docProps/core.xml');
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    expect(ours).toEqual(theirs);
  });

  test('reads back in ExcelJS and passes unzip\'s own test, CRCs included', async () => {
    const bytes = await renderXlsx(buildBlueprint(defaultInputs()), { charts: true, zip: NODE_ZIP });
    expect((await loadWorkbook(bytes)).worksheets[0].name).toBe('Summary');
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    try {
      writeFileSync(path.join(dir, 'case.xlsx'), bytes);
      expect(execFileSync('unzip', ['-tq', path.join(dir, 'case.xlsx')], { encoding: 'utf8' })).toMatch(/^No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('names outside ASCII, an empty part, and the JavaScript CRC-32 agreeing with zlib\'s', async () => {
    const parts = [
      { path: 'Café/Müller.xml', bytes: new TextEncoder().encode('<a>Ü</a>'.repeat(100)) },
      { path: 'empty.xml', bytes: new Uint8Array(0) },
    ];
    const zip = await JSZip.loadAsync(zipParts(parts, { deflateRaw: (bytes) => zlib.deflateRawSync(bytes), crc32 }), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['Café/Müller.xml', 'empty.xml']);
    expect(await zip.file('Café/Müller.xml')!.async('string')).toBe('<a>Ü</a>'.repeat(100));
    expect(await zip.file('empty.xml')!.async('uint8array')).toHaveLength(0);
    for (const part of parts) expect(crc32(part.bytes)).toBe(zlib.crc32(part.bytes));
  });
});
