import { readFileSync } from 'fs';
import { join } from 'path';
import { BrowserContext, Page } from 'playwright-core';
import { declaredPolicy, tagsOf } from '../build/htmlAssets';
import { ARTIFACTS, DIST, usePaneHarness } from './support/paneHarness';

/**
 * The built pane under its own Content-Security-Policy in headless Chromium: every start-up path
 * (a plain web page, an Excel too old, a current Excel) and every chunk loaded on demand (the
 * .xlsx writer, the Office writer, office-js-helpers) runs without one policy violation, and the
 * policy is really enforced (an injected inline script and eval are refused and seen). Also the
 * saved inputs: the pane says where they are kept, and "Forget saved inputs" removes them.
 */

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

jest.setTimeout(240_000);

const harness = usePaneHarness();
const contexts = harness.contexts;

interface WatchedPane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** every script the page asked for, by URL */
  readonly scripts: string[];
  readonly pageErrors: string[];
  /** what Chromium printed about the policy ("Refused to …") */
  readonly policyConsole: string[];
  /** securitypolicyviolation events seen by the page */
  violations(): Promise<string[]>;
}

const FAKE_EXCEL_TOO_OLD = `window.Office = {
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
  context: { host: 'Excel', platform: 'PC', requirements: { isSetSupported: () => false } },
};`;

/** A current Excel whose every write fails: enough to make the pane load its Office writer. */
const FAKE_EXCEL_REFUSING = `window.Office = {
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
  context: { host: 'Excel', platform: 'PC', requirements: { isSetSupported: () => true } },
};
window.Excel = { run: () => Promise.reject(new Error('The stand-in Excel refuses every write.')) };`;

async function openWatchedPane(options: { officeJs?: string; context?: BrowserContext } = {}): Promise<WatchedPane> {
  const context = options.context ?? (await harness.browser().newContext({ viewport: { width: 320, height: 900 }, acceptDownloads: true }));
  if (!options.context) contexts.push(context);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    if (!OFFICE_JS.test(route.request().url()) || options.officeJs === undefined) return route.abort('failed');
    return route.fulfill({ contentType: 'text/javascript', body: options.officeJs });
  });
  // Listening before any of the page's scripts run; init scripts themselves are outside the policy.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  const pageErrors: string[] = [];
  const policyConsole: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) policyConsole.push(message.text());
  });
  await page.goto(`${harness.server().origin}/taskpane.html`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  const violations = () => page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
  return { page, context, scripts, pageErrors, policyConsole, violations };
}

async function expectNoViolation(pane: WatchedPane): Promise<void> {
  expect(await pane.violations()).toEqual([]);
  expect(pane.policyConsole).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
}

function scriptsOffOrigin(pane: WatchedPane): string[] {
  return pane.scripts.filter((url) => !url.startsWith(`${harness.server().origin}/`) && !OFFICE_JS.test(url));
}

function scriptFiles(pane: WatchedPane): string[] {
  return pane.scripts.filter((url) => url.startsWith(`${harness.server().origin}/`)).map((url) => new URL(url).pathname.slice(1));
}

describe('the built pane declares a strict policy', () => {
  const html = () => readFileSync(join(DIST, 'taskpane.html'), 'utf8');

  test('scripts from its origin and Office only, no inline script or eval, no plugins, no other base', () => {
    const policy = declaredPolicy(html());
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(html()).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|strict-dynamic/);
  });

  test('the policy comes before every script, and no script is inline', () => {
    const page = html();
    const policyAt = tagsOf(page, 'meta').find((tag) => tag.attributes.get('http-equiv') === 'Content-Security-Policy')?.index ?? Infinity;
    const scripts = tagsOf(page, 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.index).toBeGreaterThan(policyAt);
      expect(script.attributes.get('src')).toMatch(/^(https:\/\/appsforoffice\.microsoft\.com\/|[\w-]+\.js$)/);
      expect(script.body.trim()).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('the pane runs under its policy (headless Chromium)', () => {
  test('the policy is enforced and its breaches are seen: an injected inline script and eval are refused', async () => {
    const pane = await openWatchedPane();
    // a script of this origin (allowed) that tries eval (refused); the test's own evaluate bypasses the policy
    await pane.page.route(`${harness.server().origin}/probe-eval.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: "try { eval('1 + 1'); window.evalOutcome = 'ran'; } catch (error) { window.evalOutcome = error.name; }" }),
    );
    await pane.page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.injectedRan = true;';
      document.body.append(inline);
      const probe = document.createElement('script');
      probe.src = 'probe-eval.js';
      document.body.append(probe);
    });
    await pane.page.waitForFunction(() => (window as unknown as { evalOutcome?: string }).evalOutcome !== undefined);
    const outcome = await pane.page.evaluate(() => ({
      injectedRan: (window as unknown as { injectedRan?: boolean }).injectedRan === true,
      evalOutcome: (window as unknown as { evalOutcome?: string }).evalOutcome,
    }));
    expect(outcome).toEqual({ injectedRan: false, evalOutcome: 'EvalError' });
    await pane.page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2);
    const violations = await pane.violations();
    expect(violations.some((text) => text.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((text) => text.startsWith('script-src blocked eval'))).toBe(true);
    expect(pane.policyConsole.length).toBeGreaterThan(0);
  });

  test('outside Office: the form and a whole .xlsx download, with no violation and nothing off this origin', async () => {
    const pane = await openWatchedPane();
    expect(await pane.page.isEnabled('#generate')).toBe(true);
    // until something is asked for, the page has run its two bundles and nothing else of its own
    expect(scriptFiles(pane).sort()).toEqual(['functions.js', 'taskpane.js']);
    await pane.page.fill('#input-deflection_rate', '140');
    await pane.page.press('#input-deflection_rate', 'Tab');
    await pane.page.waitForSelector('#input-deflection_rate-error:not([hidden])');
    await pane.page.fill('#input-deflection_rate', '40');
    await pane.page.press('#input-deflection_rate', 'Tab');
    const download = pane.page.waitForEvent('download', { timeout: 60_000 });
    await pane.page.click('#generate');
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await pane.page.waitForSelector('#result:not([hidden])');
    expect(scriptFiles(pane)).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js', 'business-case.js', 'xlsx-writer.js']));
    expect(scriptsOffOrigin(pane)).toEqual([]);
    await expectNoViolation(pane);
  });

  test('inside an Excel too old: the message bar from office-js-helpers, with no violation', async () => {
    const pane = await openWatchedPane({ officeJs: FAKE_EXCEL_TOO_OLD });
    const banner = pane.page.locator('.office-js-helpers-notification');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('This version of Excel cannot take the business case');
    expect(scriptFiles(pane)).toContain('office-helpers.js');
    await expectNoViolation(pane);
  });

  test('inside a current Excel: Generate loads the Office writer from this origin, with no violation', async () => {
    const pane = await openWatchedPane({ officeJs: FAKE_EXCEL_REFUSING });
    expect(await pane.page.isVisible('#update')).toBe(true);
    await pane.page.click('#generate');
    const failure = await pane.page.waitForSelector('#status.failure');
    expect(await failure.textContent()).toContain('The stand-in Excel refuses every write.');
    expect(scriptFiles(pane)).toEqual(expect.arrayContaining(['business-case.js', 'excel-writer.js']));
    expect(scriptFiles(pane)).not.toContain('xlsx-writer.js');
    expect(scriptsOffOrigin(pane)).toEqual([]);
    await expectNoViolation(pane);
  });
});

describe('saved inputs, with the user knowing', () => {
  const savedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('roi-ai-cx-business-case')));

  test("the pane says its inputs stay in this browser's storage; Forget removes them, says so, and saves nothing more", async () => {
    const first = await openWatchedPane();
    const { page } = first;
    expect(await page.isVisible('#saved-inputs')).toBe(true);
    expect(await page.textContent('#saved-inputs-note')).toMatch(/saved in this browser's storage/);
    await page.fill('#input-deflection_rate', '52');
    await page.press('#input-deflection_rate', 'Tab');
    expect(await savedKeys(page)).not.toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-saved-inputs-320.png') });

    await page.click('#forget-inputs');
    expect(await savedKeys(page)).toEqual([]);
    expect(await page.textContent('#saved-inputs-note')).toMatch(/^Saved inputs forgotten/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('saved-inputs-note');
    expect(await page.isHidden('#forget-inputs')).toBe(true);
    expect(await page.inputValue('#input-deflection_rate')).toBe('52');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-inputs-forgotten-320.png') });

    await page.fill('#input-deflection_rate', '53');
    await page.press('#input-deflection_rate', 'Tab');
    expect(await savedKeys(page)).toEqual([]);

    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');
    expect(await page.isVisible('#forget-inputs')).toBe(true);
    await expectNoViolation(first);
  });

  test('inputs saved by the earlier pane (through office-js-helpers) are found, and forgotten with their marker', async () => {
    const context = await harness.browser().newContext({ viewport: { width: 320, height: 900 } });
    contexts.push(context);
    const origin = harness.server().origin;
    await context.addInitScript(
      ({ expectedOrigin }) => {
        if (location.origin !== expectedOrigin || localStorage.getItem('seeded')) return;
        localStorage.setItem('seeded', 'yes');
        // exactly what office-js-helpers' Storage wrote: a container marker, "@container/key", the value JSON-encoded
        localStorage.setItem('roi-ai-cx-business-case', 'null');
        localStorage.setItem('@roi-ai-cx-business-case/last-form', JSON.stringify(JSON.stringify({ fields: { deflection_rate: '61' } })));
      },
      { expectedOrigin: origin },
    );
    const pane = await openWatchedPane({ context });
    expect(await pane.page.inputValue('#input-deflection_rate')).toBe('61');
    await pane.page.click('#forget-inputs');
    expect(await savedKeys(pane.page)).toEqual([]);
    await expectNoViolation(pane);
  });
});
