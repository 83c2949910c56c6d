import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emittedScripts, startupScripts } from './htmlAssets';

/**
 * What the pane parses before its form is usable: the add-in's scripts taskpane.html loads at
 * start-up and what they import statically. In Excel's shared runtime the same page recalculates
 * =ROI.* functions, so every start-up kilobyte also delays them. The workbook writers (ExcelJS,
 * JSZip) and office-js-helpers are loaded when first needed, from files emitted beside the page.
 * Reads the output of `npm run build`.
 */

const DIST = process.env.TASKPANE_DIST ?? join(__dirname, '..', '..', 'dist');
const STARTUP_BUDGET_BYTES = 250_000;

/** Strings only the library's code carries (error messages, part names), minified or not. */
const SIGNATURES = {
  exceljs: ['Invalid Address: ', 'Cannot process that type of result value'],
  jszip: ["can't find end of central directory"],
  officeHelpersLogin: ['accounts.google.com', 'www.facebook.com', 'www.dropbox.com'],
};

function filesCarrying(scripts: Map<string, string>, signatures: readonly string[]): string[] {
  return [...scripts].filter(([, code]) => signatures.some((signature) => code.includes(signature))).map(([file]) => file);
}

function countIn(code: string, signature: string): number {
  return code.split(signature).length - 1;
}

beforeAll(() => {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error(`${DIST}/taskpane.html is missing: run \`npm run build\` first`);
});

describe('the task pane at start-up', () => {
  test(`parses at most ${STARTUP_BUDGET_BYTES.toLocaleString('en')} bytes of the add-in's script before the form is usable`, () => {
    const scripts = startupScripts(DIST);
    const files = scripts.map((script) => script.file);
    // the shared runtime's two bundles, at least: the measure must not pass by missing one
    expect(files).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    const breakdown = scripts.map((script) => `${script.file} ${script.bytes.toLocaleString('en')}`).join(', ');
    if (total > STARTUP_BUDGET_BYTES) throw new Error(`start-up scripts weigh ${total.toLocaleString('en')} bytes (${breakdown}), over ${STARTUP_BUDGET_BYTES.toLocaleString('en')}`);
    expect(total).toBeLessThanOrEqual(STARTUP_BUDGET_BYTES);
  });

  test('ExcelJS, JSZip and office-js-helpers are not among the start-up scripts, but are emitted beside them', () => {
    const all = emittedScripts(DIST);
    const startup = new Set(startupScripts(DIST).map((script) => script.file));
    for (const [library, signatures] of Object.entries(SIGNATURES)) {
      const carriers = filesCarrying(all, signatures);
      // not vacuous: the library is in the build, in a file next to taskpane.js the pane can load
      expect({ library, emitted: carriers.length > 0 }).toEqual({ library, emitted: true });
      expect({ library, atStartup: carriers.filter((file) => startup.has(file)) }).toEqual({ library, atStartup: [] });
      carriers.forEach((file) => expect(file).not.toContain('/'));
    }
  });

  test('one copy of JSZip in the whole build (ExcelJS and the writer share it)', () => {
    const copies = [...emittedScripts(DIST).values()].reduce((sum, code) => sum + countIn(code, SIGNATURES.jszip[0]), 0);
    expect(copies).toBe(1);
  });
});
