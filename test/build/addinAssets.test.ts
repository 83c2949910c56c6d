import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findForbiddenModules, findMissingHelp, publicUrl, rewriteUrls } = require('../../build/addinAssets');

type Metadata = { functions: { id: string; description?: string; helpUrl?: string; parameters: { name: string; description?: string }[] }[] };

/** The metadata the build generated (`npm test` builds first). */
const builtMetadata = (): Metadata => JSON.parse(readFileSync(join(__dirname, '..', '..', 'dist', 'functions.json'), 'utf8'));

describe('the help-text check', () => {
  let metadata: Metadata;

  beforeAll(() => {
    metadata = builtMetadata();
  });

  test('passes the real functions', () => {
    expect(metadata.functions.length).toBeGreaterThan(0);
    expect(findMissingHelp(metadata)).toEqual([]);
  });

  test('a missing description, @helpurl or parameter description is named', () => {
    const doctored = JSON.parse(JSON.stringify(metadata));
    delete doctored.functions[0].description;
    delete doctored.functions[1].helpUrl;
    doctored.functions[2].parameters[1].description = '';
    const [first, second, third] = doctored.functions;
    expect(findMissingHelp(doctored)).toEqual([
      `${first.id}: missing description (the first JSDoc line)`,
      `${second.id}: missing @helpurl`,
      `${third.id}: parameter ${third.parameters[1].name} has no description (@param ${third.parameters[1].name} <meaning and unit>)`,
    ]);
  });

  test('no functions at all is a problem too', () => {
    expect(findMissingHelp({ functions: [] })).toEqual(['functions.json lists no custom functions']);
  });
});

describe('the production URL', () => {
  test('replaces every occurrence of the development URL, not just the first', () => {
    const text = 'a https://localhost:3000/x b https://localhost:3000/y';
    expect(rewriteUrls(text, 'https://addins.example.com/roi/')).toBe('a https://addins.example.com/roi/x b https://addins.example.com/roi/y');
  });
  test('must be https and end with a slash', () => {
    expect(publicUrl(undefined)).toBe('https://localhost:3000/');
    expect(() => publicUrl('http://addins.example.com/')).toThrow(/https URL ending with "\/"/);
    expect(() => publicUrl('https://addins.example.com/roi')).toThrow(/ending with/);
  });
});

describe('the functions bundle stays lean', () => {
  test('workbook writers, the task pane and their libraries are named when they leak in', () => {
    const resources = [
      '/repo/src/functions/functions.ts',
      '/repo/src/core/formulas/roi.ts',
      '/repo/node_modules/exceljs/dist/es5/index.js',
      '/repo/src/taskpane/formView.ts',
      '/repo/src/workbook/blueprint/build.ts',
      '/repo/node_modules/@microsoft/office-js-helpers/dist/office.helpers.js',
    ];
    expect(findForbiddenModules(resources)).toEqual([
      'the functions bundle must not include /repo/node_modules/exceljs/dist/es5/index.js',
      'the functions bundle must not include /repo/src/taskpane/formView.ts',
      'the functions bundle must not include /repo/src/workbook/blueprint/build.ts',
      'the functions bundle must not include /repo/node_modules/@microsoft/office-js-helpers/dist/office.helpers.js',
    ]);
  });
});
