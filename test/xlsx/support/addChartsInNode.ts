import { readFileSync, writeFileSync } from 'fs';
import { addChartsToXlsx, loadExcelize } from './excelizeCharts';

/**
 * Run with tsx, outside Jest: excelize-wasm loads its .wasm through a dynamic import() that
 * Jest's module sandbox refuses. Usage: addChartsInNode.ts BLUEPRINT.json IN.xlsx OUT.xlsx
 */
async function run([blueprintPath, inPath, outPath]: string[]): Promise<void> {
  const blueprint = JSON.parse(readFileSync(blueprintPath, 'utf8'));
  writeFileSync(outPath, await addChartsToXlsx(readFileSync(inPath), blueprint, await loadExcelize()));
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
