import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { functionDeclarationsSource } from '../../src/docs/functionDeclarations';
import { functionReferenceHtml, functionReferenceMarkdown } from '../../src/docs/functionReference';
import { lineReferenceMarkdown } from '../../src/docs/lineReference';
import { paramName } from '../../src/core/roiFunctions/params';
import { ROI_FUNCTIONS } from '../../src/core/roiFunctions/specs';

const root = join(__dirname, '..', '..');
const source = readFileSync(join(root, 'src', 'functions', 'functions.ts'), 'utf8');

/** The JSDoc blocks the metadata generator reads, with the declaration that follows each. */
const declarations = [...source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*function (\w+)\(([^)]*)\)/g)].map((match) => ({
  jsdoc: match[1],
  name: match[2],
  tsParams: match[3].split(',').map((p) => p.trim().split(/[?:]/)[0]).filter(Boolean),
  id: /@customfunction (\w+)/.exec(match[1])?.[1],
  docParams: [...match[1].matchAll(/@param (\[?)(\w+)\]? (.+)/g)].map((m) => ({ optional: m[1] === '[', name: m[2], text: m[3] })),
  helpUrl: /@helpurl (\S+)/.exec(match[1])?.[1],
}));

describe('functions.ts agrees with the parameter table', () => {
  test('one declaration per table row, same order of names', () => {
    expect(declarations.map((d) => d.id)).toEqual(ROI_FUNCTIONS.map((spec) => spec.name));
    for (const d of declarations) expect(d.name).toBe(d.id);
  });

  test.each(ROI_FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s: parameters, optionality, help', (name, spec) => {
    const declaration = declarations.find((d) => d.id === name)!;
    const expected = spec.params.map((param) => ({
      name: paramName(param),
      optional: param.kind === 'choice' || (param.kind === 'number' && param.default !== undefined),
    }));
    expect(declaration.docParams.map(({ name: n, optional }) => ({ name: n, optional }))).toEqual(expected);
    expect(declaration.tsParams).toEqual(expected.map((p) => p.name));
    for (const param of declaration.docParams) expect(param.text.length).toBeGreaterThan(10);
    expect(declaration.helpUrl).toMatch(new RegExp(`assets/help\\.html#${name.toLowerCase()}$`));
    // the adapter passes arguments to the core in declaration order
    expect(source).toContain(`runRoiFunction('${name}', [${expected.map((p) => p.name).join(', ')}])`);
  });
});

describe('the generated reference is up to date (run `npm run docs` after changing the table)', () => {
  test('src/functions/functions.ts is written from the table, so its JSDoc (the tooltips) is the table\'s text', () => {
    expect(source).toBe(functionDeclarationsSource());
  });
  test('docs/functions.md', () => {
    expect(readFileSync(join(root, 'docs', 'functions.md'), 'utf8')).toBe(functionReferenceMarkdown());
  });
  test('docs/lines.md, from the line and quantity catalogues', () => {
    expect(readFileSync(join(root, 'docs', 'lines.md'), 'utf8')).toBe(lineReferenceMarkdown());
  });
  test('assets/help.html has an anchor per function', () => {
    const html = readFileSync(join(root, 'assets', 'help.html'), 'utf8');
    expect(html).toBe(functionReferenceHtml());
    for (const spec of ROI_FUNCTIONS) expect(html).toContain(`<section id="${spec.name.toLowerCase()}">`);
  });
});
