import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findMissingHelp, publicUrl, rewriteUrls } = require('../../build/addinAssets');

const functionsSource = join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

describe('the build refuses custom functions without help text', () => {
  let metadata: { functions: { id: string; description?: string; helpUrl?: string; parameters: { name: string; description?: string }[] }[] };

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata([functionsSource], true);
    expect(generated.errors).toEqual([]);
    metadata = JSON.parse(generated.metadataJson);
  });

  test('the real functions all have help', () => {
    expect(metadata.functions.length).toBe(20);
    expect(findMissingHelp(metadata)).toEqual([]);
  });

  test('a missing description, @helpurl or parameter description is named', () => {
    const doctored = JSON.parse(JSON.stringify(metadata));
    delete doctored.functions[0].description;
    delete doctored.functions[1].helpUrl;
    doctored.functions[2].parameters[1].description = '';
    expect(findMissingHelp(doctored)).toEqual([
      'DEFLECTION_SAVINGS: missing description (the first JSDoc line)',
      'CONTAINED_SAVINGS: missing @helpurl',
      'COST_PER_CONTACT: parameter ai_cost has no description (@param ai_cost <meaning and unit>)',
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
