import { execFile } from 'child_process';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { WorkbookBlueprint } from '../../../src/workbook/blueprint/types';
import { addChartParts } from '../../../src/workbook/xlsx/chartParts';

const TSX = path.join(__dirname, '../../../node_modules/.bin/tsx');

/** The charts as excelize-wasm drew them, the previous way, in a child Node process (see addChartsInNode.ts for why). */
export async function excelizeChartsViaNode(bytes: Uint8Array, blueprint: WorkbookBlueprint): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'charts-'));
  try {
    const [blueprintPath, inPath, outPath] = ['blueprint.json', 'in.xlsx', 'out.xlsx'].map((name) => path.join(dir, name));
    writeFileSync(blueprintPath, JSON.stringify(blueprint));
    writeFileSync(inPath, bytes);
    await promisify(execFile)(TSX, [path.join(__dirname, 'addChartsInNode.ts'), blueprintPath, inPath, outPath]);
    return new Uint8Array(readFileSync(outPath));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Adds the charts to a workbook renderXlsx wrote without them, as renderXlsx(blueprint, { charts: true })
 * would have. In process now that charts need no WebAssembly; the name stays for its callers.
 */
export async function addChartsViaNode(bytes: Uint8Array, blueprint: WorkbookBlueprint): Promise<Uint8Array> {
  if (blueprint.sheets.every((sheet) => sheet.charts.length === 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await addChartParts(zip, blueprint);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
