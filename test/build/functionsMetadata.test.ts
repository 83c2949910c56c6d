import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { paramName } from '../../src/core/roiFunctions/params';
import { ROI_FUNCTIONS } from '../../src/core/roiFunctions/specs';

/**
 * Excel's tooltips come from dist/functions.json, which the metadata plugin writes from the
 * JSDoc of src/functions/functions.ts; the help page and docs/functions.md from the parameter
 * table. Every description and parameter text in the built metadata must be the table's.
 */

const metadataPath = path.join(__dirname, '../../dist/functions.json');

interface Metadata {
  functions: Array<{ id: string; description: string; parameters: Array<{ name: string; description: string }>; helpUrl?: string }>;
}

describe('the built functions.json', () => {
  const metadata: Metadata = JSON.parse(readFileSync(metadataPath, 'utf8'));

  test('exists (npm test builds first)', () => {
    expect(existsSync(metadataPath)).toBe(true);
  });

  test.each(ROI_FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s: description and every parameter text are the table\'s', (name, spec) => {
    const built = metadata.functions.find((fn) => fn.id === name);
    expect(built).toBeDefined();
    expect(built!.description).toBe(spec.description);
    expect(built!.parameters.map((p) => [p.name, p.description])).toEqual(spec.params.map((param) => [paramName(param), param.description]));
    expect(built!.helpUrl).toMatch(new RegExp(`help\\.html#${name.toLowerCase()}$`));
  });
});
