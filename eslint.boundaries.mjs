/**
 * The dependency rules of the code's one-way data flow (docs/architecture.md): the calculation core
 * is pure, the blueprint is plain data that no renderer shapes, and only the renderers and the task
 * pane touch Office.js, ExcelJS, the DOM or the file system. Kept apart from eslint.config.mjs so a
 * test can lint a planted import against exactly these rules.
 */

const OFFICE_TYPES = "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension|CustomFunctions)$/]";

/** `x as unknown as T` says the types are wrong somewhere: every type of src derives from its table instead. */
const NO_DOUBLE_CAST = { selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]', message: 'No `as unknown as`: derive the type (see docs/architecture.md).' };

const everySource = {
  files: ['src/**/*.ts'],
  rules: { 'no-restricted-syntax': ['error', NO_DOUBLE_CAST] },
};

const pureCore = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['**/workbook/**', '**/functions/**', '**/taskpane/**', '**/cli/**', '**/docs/**'], message: 'src/core is the calculation core: it imports nothing from the surfaces or renderers.' },
        { group: ['exceljs', 'jszip', '@microsoft/office-js-helpers', 'fs', 'fs/*', 'path', 'os', 'child_process', 'node:*'], message: 'src/core is pure: no workbook library, Office.js or I/O.' },
      ],
    }],
    'no-restricted-globals': ['error',
      ...['Office', 'Excel', 'OfficeExtension', 'CustomFunctions', 'document', 'window', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest', 'process'].map((name) => ({ name, message: 'src/core is pure: no Office.js, DOM or process.' })),
    ],
    'no-restricted-syntax': ['error', { selector: OFFICE_TYPES, message: 'src/core is pure: no Office.js types.' }, NO_DOUBLE_CAST],
  },
};

const plainBlueprint = {
  files: ['src/workbook/blueprint/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['**/office/**', '**/xlsx/**', '**/taskpane/**', '**/cli/**', '**/functions/**'], message: 'The blueprint is plain data: it imports no renderer or surface.' },
        { group: ['exceljs', 'jszip', '@microsoft/office-js-helpers', 'fs', 'path', 'node:*'], message: 'The blueprint is plain data: no workbook library, Office.js or I/O.' },
      ],
    }],
    'no-restricted-globals': ['error', ...['Office', 'Excel', 'document', 'window'].map((name) => ({ name, message: 'The blueprint is plain data: no Office.js or DOM.' }))],
    'no-restricted-syntax': ['error', { selector: OFFICE_TYPES, message: 'The blueprint is plain data: no Office.js types.' }, NO_DOUBLE_CAST],
  },
};

const thinFunctions = {
  files: ['src/functions/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [{ group: ['**/workbook/**', '**/taskpane/**', '**/cli/**'], message: 'Custom functions are thin adapters over the core.' }],
    }],
  },
};

export const BOUNDARIES = [everySource, pureCore, plainBlueprint, thinFunctions];
