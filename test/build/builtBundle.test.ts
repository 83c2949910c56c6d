import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { ERROR_CODE, StubCustomFunctionsError } from '../support/customFunctionsStub';

/**
 * The built artifacts are what Excel loads: dist/functions.json (metadata) and dist/functions.js
 * (the bundle, with the associate calls the metadata plugin appends). `npm test` builds first.
 */
const dist = join(__dirname, '..', '..', 'dist');
const sourceIds = [...readFileSync(join(__dirname, '..', '..', 'src', 'functions', 'functions.ts'), 'utf8').matchAll(/@customfunction (\w+)/g)].map((m) => m[1]);

/** MODEL.md's seed checks; optional arguments are passed as Excel passes omitted ones: null. */
const SEED_CHECKS: [string, unknown[], number][] = [
  ['DEFLECTION_SAVINGS', [100000, 4, 0.4, 0.5], 140000],
  ['COST_PER_CONTACT', [4, 0.5, 0.4, null], 2.6],
  ['AHT_CAPACITY_GAIN', [0.2], 0.25],
  ['CAPACITY_FTE', [200, 50, 60], 40],
  ['UPSELL_REVENUE', [50000, 0.05, 0.07, 100, null], 100000],
  ['RETAINED_REVENUE', [500000, 200, 0.01], 1000000],
  ['ROI', [1680000, 400000], 3.2],
  ['BENEFIT_COST_RATIO', [1400000, 400000], 3.5],
];

beforeAll(() => {
  if (!existsSync(join(dist, 'functions.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
});

describe('dist/functions.json', () => {
  test('lists every @customfunction of the source with its description and parameters', () => {
    const metadata = JSON.parse(readFileSync(join(dist, 'functions.json'), 'utf8'));
    // not vacuous: the source declares at least the functions MODEL.md's seed checks name
    expect(sourceIds).toEqual(expect.arrayContaining(SEED_CHECKS.map(([id]) => id)));
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(sourceIds);
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description.length).toBeGreaterThan(20);
      expect(fn.parameters.length).toBeGreaterThan(0);
      for (const param of fn.parameters) expect(param.description.length).toBeGreaterThan(5);
    }
    const npv = metadata.functions.find((f: { id: string }) => f.id === 'NPV');
    expect(npv.parameters.map((p: { name: string; optional?: boolean; dimensionality?: string }) => [p.name, !!p.optional, p.dimensionality ?? 'scalar'])).toEqual([
      ['annual_rate', false, 'scalar'],
      ['cash_flows', false, 'matrix'],
      ['initial', true, 'scalar'],
      ['periods_per_year', true, 'scalar'],
    ]);
  });
});

describe('dist/ is what Excel loads', () => {
  test('the functions bundle holds only the calculation core and the adapters', () => {
    const sources: string[] = JSON.parse(readFileSync(join(dist, 'functions.js.map'), 'utf8')).sources;
    expect(sources).toContain('webpack://roi-ai-cx-addin/./src/functions/functions.ts');
    const outsiders = sources.filter((source) => !/^webpack:\/\/[^/]+\/(\.\/src\/(core|functions)\/|webpack\/)/.test(source));
    expect(outsiders).toEqual([]);
  });

  test('one page loads office.js from the CDN, then the functions, then the task pane (the shared runtime)', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'functions.js', 'taskpane.js']);
  });

  test('the manifest and every icon it names are copied', () => {
    for (const file of ['manifest.xml', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'assets/icon-128.png']) {
      expect(existsSync(join(dist, file))).toBe(true);
    }
  });
});

describe('dist/functions.js in a stand-in custom-functions runtime', () => {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  beforeAll(() => {
    const sandbox = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
        Error: StubCustomFunctionsError,
        ErrorCode: ERROR_CODE,
      },
      console,
    };
    (sandbox as Record<string, unknown>).self = sandbox;
    (sandbox as Record<string, unknown>).window = sandbox;
    runInNewContext(readFileSync(join(dist, 'functions.js'), 'utf8'), sandbox);
  });

  test('associates every function id', () => {
    expect([...associated.keys()].sort()).toEqual([...sourceIds].sort());
  });

  test.each(SEED_CHECKS)('seed check %s', (id, args, expected) => {
    expect(associated.get(id)!(...args)).toBeCloseTo(expected, 10);
  });

  test('an omitted optional argument (null from Excel) means its documented default', () => {
    const call = (id: string, ...args: unknown[]) => associated.get(id)!(...args);
    expect(call('COST_PER_CONTACT', 4, 0.5, 0.4, null)).toBe(call('COST_PER_CONTACT', 4, 0.5, 0.4, 1));
    expect(call('UPSELL_REVENUE', 50000, 0.05, 0.07, 100, null)).toBe(call('UPSELL_REVENUE', 50000, 0.05, 0.07, 100, 1));
    expect(call('NPV', 0.1, [[100, 100]], null, null)).toBe(call('NPV', 0.1, [[100, 100]], 0, 12));
    expect(call('RISK_ADJUST', 1000, 0.1, null)).toBeCloseTo(900, 10);
  });

  test('a rate typed as 40 is #VALUE! with a message that says so', () => {
    expect.assertions(3);
    try {
      associated.get('DEFLECTION_SAVINGS')!(100000, 4, 40, 0.5);
    } catch (error) {
      expect(error).toBeInstanceOf(StubCustomFunctionsError);
      expect((error as StubCustomFunctionsError).code).toBe('#VALUE!');
      expect((error as StubCustomFunctionsError).message).toMatch(/deflection_rate .* got 40\. Did you mean 40%\?/);
    }
  });

  test('IRR without a sign change is #NUM!', () => {
    expect(() => associated.get('IRR')!([[1, 2, 3]], null)).toThrow(expect.objectContaining({ code: '#NUM!' }));
  });
});

describe('dist/functions.js outside Excel', () => {
  test('loads without a custom-functions runtime (the pane opened in a browser) and registers nothing', () => {
    const sandbox: Record<string, unknown> = { console };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    expect(() => runInNewContext(readFileSync(join(dist, 'functions.js'), 'utf8'), sandbox)).not.toThrow();
    expect(typeof (sandbox.CustomFunctions as { associate: unknown }).associate).toBe('function');
  });
});

