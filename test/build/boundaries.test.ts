import { spawnSync } from 'child_process';
import path from 'path';

/**
 * The code's boundaries are enforced by lint (eslint.boundaries.mjs): each planted breach below is
 * linted as if it were a file at that path and must be refused by the rule named; a legal import
 * must pass. So a rule that stops matching (a renamed folder, a loosened pattern) fails here.
 */

const root = path.join(__dirname, '../..');

function lintAs(file: string, code: string): string[] {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return result.messages.map((message) => message.ruleId ?? 'parse error');
}

const longFunction = `export function long(): number {\n  let total = 0;\n${Array.from({ length: 62 }, (_, i) => `  total += ${i};`).join('\n')}\n  return total;\n}\n`;

describe('boundaries', () => {
  test.each([
    ['src/core/model/planted.ts', "import { SHEET } from '../../workbook/blueprint/sheetNames';\nexport const x = SHEET;\n", 'no-restricted-imports'],
    ['src/core/model/planted.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'no-restricted-imports'],
    ['src/core/model/planted.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ['src/core/model/planted.ts', 'export const title = document.title;\n', 'no-restricted-globals'],
    ['src/core/model/planted.ts', 'export function cell(range: Excel.Range): Excel.Range {\n  return range;\n}\n', 'no-restricted-syntax'],
    ['src/workbook/blueprint/planted.ts', "import { MARKER_NAME } from '../office/marker';\nexport const x = MARKER_NAME;\n", 'no-restricted-imports'],
    ['src/workbook/blueprint/sheets/planted.ts', "import { renderXlsx } from '../../xlsx/renderXlsx';\nexport const x = renderXlsx;\n", 'no-restricted-imports'],
    ['src/functions/planted.ts', "import { buildBlueprint } from '../workbook/blueprint/buildBlueprint';\nexport const x = buildBlueprint;\n", 'no-restricted-imports'],
    ['src/core/model/planted.ts', longFunction, 'max-lines-per-function'],
    ['src/taskpane/planted.ts', longFunction, 'max-lines-per-function'],
    ['src/core/model/planted.ts', 'export const n = (JSON.parse(\'1\') as unknown as { n: number }).n;\n', 'no-restricted-syntax'],
    ['src/workbook/office/planted.ts', 'export const n = (JSON.parse(\'1\') as unknown as { n: number }).n;\n', 'no-restricted-syntax'],
  ])('%s, breach %#: refused', (file, code, rule) => {
    expect(lintAs(file, code)).toContain(rule);
  }, 60_000);

  test('what the boundaries allow passes: the core importing the core, a renderer importing the blueprint', () => {
    expect(lintAs('src/core/model/planted.ts', "import { defaultInputs } from '../inputs/schema';\nexport const x = defaultInputs;\n")).toEqual([]);
    expect(lintAs('src/workbook/office/planted.ts', "import { SHEET } from '../blueprint/sheetNames';\nexport const x = SHEET;\n")).toEqual([]);
  }, 60_000);
});
