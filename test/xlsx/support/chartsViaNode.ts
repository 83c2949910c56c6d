import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { WorkbookBlueprint } from '../../../src/workbook/blueprint/types';

const TSX = path.join(__dirname, '../../../node_modules/.bin/tsx');

/** addChartsToXlsx in a child Node process (see addChartsInNode.ts for why). */
export async function addChartsViaNode(bytes: Uint8Array, blueprint: WorkbookBlueprint): Promise<Uint8Array> {
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
