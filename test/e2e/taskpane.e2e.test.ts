import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { defaultInputs } from '../../src/core/inputs/schema';
import { blueprintAnchors, buildBlueprint as blueprintOf } from '../../src/workbook/blueprint/buildBlueprint';
import { ARTIFACTS, DIST, usePaneHarness } from './support/paneHarness';
import { readBackXlsx } from './support/xlsxEngine';

/**
 * The built task pane in headless Chromium, outside Office: office.js is unreachable (its CDN
 * request is aborted), so the page must run as a web page and offer the business case as a
 * download. Uses dist/ from `npm run build`; builds it when missing (or when E2E_BUILD=1).
 */

const OFFICE_JS = /appsforoffice\.microsoft\.com/;
/** MODEL.md seed reproduction case: year-one benefits 1,680,000 against 400,000 of cost. */
const SEED_YEAR_ONE_ROI = 3.2;

jest.setTimeout(240_000);

const harness = usePaneHarness();
const contexts = harness.contexts;

interface OpenPane {
  readonly page: Page;
  readonly officeJsRequests: string[];
  readonly pageErrors: string[];
}

/** Opens the pane in a fresh browser profile, with every request off this machine refused. */
async function openPane(width: number, options: { blockStorage?: boolean; context?: BrowserContext; officeJs?: string; locale?: string } = {}): Promise<OpenPane> {
  // The browser's language sets the number style outside Office: en-US unless a test says otherwise.
  const context = options.context ?? (await harness.browser().newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: options.locale ?? 'en-US' }));
  if (!options.context) contexts.push(context);
  const officeJsRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    if (!OFFICE_JS.test(route.request().url())) return route.abort('failed');
    officeJsRequests.push(route.request().url());
    return options.officeJs === undefined ? route.abort('failed') : route.fulfill({ contentType: 'text/javascript', body: options.officeJs });
  });
  if (options.blockStorage) {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is blocked in this window.', 'SecurityError');
        },
      });
    });
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${error.message}\n${error.stack ?? ''}`));
  await page.goto(`${harness.server().origin}/taskpane.html`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return { page, officeJsRequests, pageErrors };
}

function taskpaneErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => /taskpane/.test(error));
}

async function expectNoDownload(page: Page, action: () => Promise<void>): Promise<void> {
  const download = page.waitForEvent('download', { timeout: 2_000 }).then(
    () => 'downloaded',
    () => 'none',
  );
  await action();
  expect(await download).toBe('none');
}

/** Runs the action and returns the downloaded file; fails at once with the pane's own message if it reports a failure. */
async function saveDownload(page: Page, action: () => Promise<void>, name: string): Promise<Buffer> {
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  const failed = page.waitForSelector('#status.failure', { timeout: 60_000 }).then(
    async (element) => `the pane reported: ${await element.textContent()}`,
    () => 'no failure shown',
  );
  await action();
  const first = await Promise.race([downloaded, failed]);
  if (typeof first === 'string') throw new Error(`No download: ${first}`);
  expect(first.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = join(ARTIFACTS, name);
  await first.saveAs(path);
  return readFileSync(path);
}

describe('task pane outside Office (headless Chromium)', () => {
  test('office.js cannot load, yet the pane runs as a web page and shows the seed defaults', async () => {
    const { page, officeJsRequests, pageErrors } = await openPane(320);
    expect(officeJsRequests.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
    await expect(page.textContent('#host-note')).resolves.toMatch(/Outside Excel: Generate downloads/);
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');
    expect(await page.inputValue('#input-contacts_per_month')).toBe('100,000');
    expect(await page.inputValue('#input-human_cost_per_contact')).toBe('4');
    expect(await page.inputValue('#input-platform_subscription_per_year')).toBe('400,000');
    expect(await page.isEnabled('#generate')).toBe(true);
    expect(await page.isHidden('#update')).toBe(true);
    expect(await page.getAttribute('label[for="input-deflection_rate"]', 'for')).toBe('input-deflection_rate');
    expect(taskpaneErrors(pageErrors)).toEqual([]);
  });

  test('a deflection rate of 140 shows the inline error and nothing is generated; fixed, Generate downloads the business case', async () => {
    const { page, pageErrors } = await openPane(800);
    await page.fill('#input-deflection_rate', '140');
    await page.press('#input-deflection_rate', 'Tab');
    const inlineError = page.locator('#input-deflection_rate-error');
    await expect(inlineError.textContent()).resolves.toBe('Deflection rate must be between 0% and 100%; got 140%.');
    expect(await inlineError.isVisible()).toBe(true);
    expect(await page.getAttribute('#input-deflection_rate', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#input-deflection_rate', 'aria-describedby')).toContain('input-deflection_rate-error');

    await expectNoDownload(page, () => page.click('#generate'));
    expect(await page.isVisible('#error-summary')).toBe(true);
    expect(await page.textContent('#error-summary')).toContain('Fix 1 problem to generate');
    expect(await page.isHidden('#result')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-error-800.png') });
    await page.click('#error-summary a[href="#input-deflection_rate"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('input-deflection_rate');

    await page.fill('#input-deflection_rate', '40');
    await page.press('#input-deflection_rate', 'Tab');
    expect(await page.isHidden('#input-deflection_rate-error')).toBe(true);
    expect(await page.isHidden('#error-summary')).toBe(true);

    const bytes = await saveDownload(page, () => page.click('#generate'), 'business-case-from-pane.xlsx');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#result')).toContain('Business case ready');
    expect(await page.textContent('[data-figure="roi"]')).toBe('320%');
    expect(await page.textContent('[data-figure="payback"]')).toBe('immediate (no initial investment)');
    expect(await page.textContent('[data-figure="year1-roi"]')).toBe('320%');
    expect(await page.textContent('[data-figure="npv"]')).toBe('USD 3,326,556');
    expect(await page.textContent('[data-figure="irr"]')).toBe('n/a');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-result-800.png') });

    const parts = Object.keys((await JSZip.loadAsync(bytes)).files);
    const charts = blueprintOf(defaultInputs()).sheets.reduce((sum, sheet) => sum + sheet.charts.length, 0);
    expect(parts.filter((part) => /^xl\/charts\/chart\d+\.xml$/.test(part))).toHaveLength(charts);
    const file = await readBackXlsx(bytes);
    try {
      const deflection = file.nameTarget('deflection_rate');
      expect(deflection).toBeDefined();
      expect(file.value(deflection!.sheet, deflection!.row, deflection!.col)).toBe(0.4);
      const contacts = file.nameTarget('contacts_per_month')!;
      expect(file.value(contacts.sheet, contacts.row, contacts.col)).toBe(100000);
      const roi = blueprintAnchors(defaultInputs())['output.year1_roi'];
      expect(file.formula(roi.sheet, roi.row, roi.col)).toBeDefined();
      const yearOneRoi = file.value(roi.sheet, roi.row, roi.col);
      expect(typeof yearOneRoi).toBe('number');
      expect(yearOneRoi as number).toBeCloseTo(SEED_YEAR_ONE_ROI, 9);
    } finally {
      file.destroy();
    }
    expect(taskpaneErrors(pageErrors)).toEqual([]);
  });

  test('keyboard only: Tab to a field, type, Space on Reset, Enter on Generate; focus always visible', async () => {
    const { page } = await openPane(320);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string, limit: number) => {
      for (let presses = 0; presses < limit; presses += 1) {
        if ((await focusedId()) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}; focus is on #${await focusedId()}`);
    };
    await tabTo('input-deflection_rate', 40);
    await page.keyboard.type('0.55');
    await page.keyboard.press('Tab');
    expect(await page.inputValue('#input-deflection_rate')).toBe('55');

    await tabTo('reset', 300);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');

    await page.keyboard.down('Shift');
    await tabTo('generate', 5);
    await page.keyboard.up('Shift');
    await saveDownload(page, () => page.keyboard.press('Enter'), 'business-case-keyboard.xlsx');
    await page.waitForSelector('#result:not([hidden])');
    expect(await focusedId()).toBe('result-title');
  });

  test('a closed section opens from the keyboard and an added cost line takes focus', async () => {
    const { page } = await openPane(320);
    await page.focus('details[data-group="custom_lines"] > summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.querySelector('details[data-group="custom_lines"]') as HTMLDetailsElement).open)).toBe(true);
    await page.focus('text=Add a cost line');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('input-custom_costs-0-label');
    await page.keyboard.type('Quality assurance vendor');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2,500');
    await page.keyboard.press('Tab');
    expect(await page.inputValue('#input-custom_costs-0-amount')).toBe('2,500');
  });

  test('de-DE: "4,5" is 4.5 (a decimal comma), numbers are shown with grouping points, and the file holds 4.5', async () => {
    const { page, pageErrors } = await openPane(320, { locale: 'de-DE' });
    expect(await page.inputValue('#input-contacts_per_month')).toBe('100.000');
    await page.fill('#input-human_cost_per_contact', '4,5');
    await page.press('#input-human_cost_per_contact', 'Tab');
    expect(await page.inputValue('#input-human_cost_per_contact')).toBe('4,5');
    expect(await page.isHidden('#input-human_cost_per_contact-error')).toBe(true);
    await page.fill('#input-deflection_rate', '0,4');
    await page.press('#input-deflection_rate', 'Tab');
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');
    expect(await page.textContent('#input-deflection_rate-reading')).toBe('Read as 40%');
    expect(await page.getAttribute('#input-deflection_rate', 'aria-describedby')).toContain('input-deflection_rate-reading');
    await page.locator('[data-field="human_cost_per_contact"]').screenshot({ path: join(ARTIFACTS, 'taskpane-de-decimal-comma-320.png') });
    await page.locator('[data-field="deflection_rate"]').screenshot({ path: join(ARTIFACTS, 'taskpane-de-read-as-320.png') });

    const bytes = await saveDownload(page, () => page.click('#generate'), 'business-case-de.xlsx');
    const file = await readBackXlsx(bytes);
    try {
      const cost = file.nameTarget('human_cost_per_contact')!;
      expect(file.value(cost.sheet, cost.row, cost.col)).toBe(4.5);
    } finally {
      file.destroy();
    }
    expect(taskpaneErrors(pageErrors)).toEqual([]);
  });

  test('inside Office the number style is Office\'s display language, not the browser\'s', async () => {
    const germanOffice = `window.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { host: 'Excel', platform: 'PC', displayLanguage: 'de-DE', requirements: { isSetSupported: () => false } },
    };`;
    const { page, pageErrors } = await openPane(320, { locale: 'en-US', officeJs: germanOffice });
    expect(await page.inputValue('#input-contacts_per_month')).toBe('100.000');
    expect(await page.inputValue('#input-ai_cost_per_contact')).toBe('0,5');
    expect(await page.textContent('#input-ai_cost_per_contact-help')).toContain('Benchmark: 0,25 to 2,00. Default: 0,5.');
    await page.fill('#input-human_cost_per_contact', '4,5');
    await page.press('#input-human_cost_per_contact', 'Tab');
    expect(await page.isHidden('#input-human_cost_per_contact-error')).toBe(true);
    expect(taskpaneErrors(pageErrors)).toEqual([]);
  });

  test('en-US: "4,5" is refused with the field named (never 45); "$4.50" is read as USD 4.5', async () => {
    const { page } = await openPane(320, { locale: 'en-US' });
    await page.fill('#input-human_cost_per_contact', '4,5');
    await page.press('#input-human_cost_per_contact', 'Tab');
    expect(await page.inputValue('#input-human_cost_per_contact')).toBe('4,5');
    expect(await page.textContent('#input-human_cost_per_contact-error'))
      .toBe('Cost per human-handled contact: Write decimals with a point (4.5); a comma only groups digits, as in 1,234,567 (number style en-US).');
    await page.locator('[data-field="human_cost_per_contact"]').screenshot({ path: join(ARTIFACTS, 'taskpane-en-refused-comma-320.png') });
    await expectNoDownload(page, () => page.click('#generate'));
    expect(await page.textContent('#error-summary')).toContain('Cost per human-handled contact: Write decimals with a point');

    await page.fill('#input-human_cost_per_contact', '$4.50');
    await page.press('#input-human_cost_per_contact', 'Tab');
    expect(await page.inputValue('#input-human_cost_per_contact')).toBe('4.5');
    expect(await page.textContent('#input-human_cost_per_contact-reading')).toBe('Read as USD 4.5');
    expect(await page.isHidden('#input-human_cost_per_contact-error')).toBe(true);
    await page.fill('#input-human_cost_per_contact', '£4.50');
    await page.press('#input-human_cost_per_contact', 'Tab');
    expect(await page.textContent('#input-human_cost_per_contact-error')).toContain('£ is not the case currency (USD)');
  });

  test('Reset to defaults can be undone: every value comes back, custom lines included, until the next edit', async () => {
    const { page } = await openPane(320);
    await page.fill('#input-deflection_rate', '52');
    await page.press('#input-deflection_rate', 'Tab');
    await page.click('details[data-group="custom_lines"] > summary');
    await page.click('text=Add a cost line');
    await page.fill('#input-custom_costs-0-label', 'Quality assurance vendor');
    await page.fill('#input-custom_costs-0-amount', '2,500');
    await page.press('#input-custom_costs-0-amount', 'Tab');
    const before = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLInputElement>('#inputs-form input, #inputs-form select'), (box) => [box.id, box.value]));

    await page.click('#reset');
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');
    expect(await page.locator('#input-custom_costs-0-label').count()).toBe(0);
    const note = page.locator('.undo-note');
    expect(await note.textContent()).toBe('Fields reset to the defaults (the seed case). Undo the reset');
    expect(await note.getAttribute('role')).toBe('status');
    expect(await page.isVisible('.undo-note button')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-reset-undo-320.png') });

    await page.click('.undo-note button');
    const after = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLInputElement>('#inputs-form input, #inputs-form select'), (box) => [box.id, box.value]));
    expect(after).toEqual(before);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reset');
    expect(await note.textContent()).toBe('Restored the values you had before.');

    await page.click('#reset');
    await page.fill('#input-deflection_rate', '33');
    await page.press('#input-deflection_rate', 'Tab');
    expect(await page.locator('.undo-note button').count()).toBe(0);
    expect(await page.inputValue('#input-deflection_rate')).toBe('33');
  });

  test('after Generate the result is in view, focus is on its heading, and a live region says NPV and ROI', async () => {
    const { page } = await openPane(320);
    await saveDownload(page, () => page.click('#generate'), 'business-case-focus.xlsx');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');
    const heading = await page.locator('#result-title').boundingBox();
    expect(heading && heading.y >= 0 && heading.y + heading.height <= 900).toBe(true);
    const announced = await page.evaluate(() => Array.from(document.querySelectorAll('body > [role="status"][aria-live="polite"]'), (region) => region.textContent).join(''));
    expect(announced).toBe('Business case ready. NPV USD 3,326,556; risk-adjusted ROI 320%.');
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-result-in-view-320.png') });
  });

  test('the last inputs are remembered across visits', async () => {
    const first = await openPane(320);
    await first.page.fill('#input-deflection_rate', '52');
    await first.page.press('#input-deflection_rate', 'Tab');
    await first.page.reload();
    await first.page.waitForSelector('body[data-ready]');
    expect(await first.page.inputValue('#input-deflection_rate')).toBe('52');
  });

  test('with storage blocked (office-js-helpers throws) the pane still works and says inputs last this session only', async () => {
    const { page, pageErrors } = await openPane(320, { blockStorage: true });
    await expect(page.textContent('#host-note')).resolves.toMatch(/this session only/);
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');
    await saveDownload(page, () => page.click('#generate'), 'business-case-no-storage.xlsx');
    expect(taskpaneErrors(pageErrors)).toEqual([]);
  });

  test('presets fill the form', async () => {
    const { page } = await openPane(320);
    const options = await page.$$eval('#preset-select option', (elements) => elements.map((element) => element.textContent));
    expect(options).toContain('Seed case');
    await page.fill('#input-deflection_rate', '12');
    await page.selectOption('#preset-select', { label: 'Seed case' });
    await page.click('#preset-load');
    expect(await page.inputValue('#input-deflection_rate')).toBe('40');
  });

  test('screenshots at 320 px and 800 px: nothing wider than the pane', async () => {
    for (const width of [320, 800]) {
      const { page } = await openPane(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `taskpane-${width}.png`) });
      await page.screenshot({ path: join(ARTIFACTS, `taskpane-${width}-full.png`), fullPage: true });
    }
  });

  test('inside an Excel too old for the business case: a clear message bar, and the file offered instead', async () => {
    // A stand-in for office.js: Excel as the host, and no requirement set supported.
    const oldExcel = `window.Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { host: 'Excel', platform: 'PC', requirements: { isSetSupported: () => false } },
    };`;
    const { page, pageErrors } = await openPane(320, { officeJs: oldExcel });
    await expect(page.textContent('#host-note')).resolves.toMatch(/writes the business case into this workbook/);
    const banner = page.locator('.office-js-helpers-notification');
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.textContent()).toContain('This version of Excel cannot take the business case');
    expect(await banner.textContent()).toContain('Excel API 1.8');
    expect(await page.textContent('#generate')).toBe('Download .xlsx');
    expect(await page.isHidden('#update')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-old-excel-320.png') });
    await page.click('.office-js-helpers-notification button[aria-label="Dismiss message"]');
    expect(await banner.count()).toBe(0);
    await saveDownload(page, () => page.click('#generate'), 'business-case-old-excel.xlsx');
    expect(taskpaneErrors(pageErrors)).toEqual([]);
  });

  test('the bundle: office-js-helpers is in the task pane and not in the custom functions', () => {
    expect(readFileSync(join(DIST, 'taskpane.js'), 'utf8')).toContain('office-js-helpers-notification');
    const functionsBundle = join(DIST, 'functions.js');
    if (existsSync(functionsBundle)) expect(readFileSync(functionsBundle, 'utf8')).not.toContain('office-js-helpers');
  });
});
