import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { simulateRisk } from '../../src/core/simulation/simulate';
import { checkFormAndRisk, defaultFormValues } from '../../src/taskpane/formModel';
import { loadPresets } from '../../src/taskpane/presets';
import { defaultUncertaintyText } from '../../src/taskpane/uncertaintyModel';
import { ARTIFACTS, usePaneHarness } from './support/paneHarness';

/**
 * Simulate, then Generate outside Excel: the downloaded .xlsx carries the simulation the pane
 * ran (its trials and seed stamped on the Risk sheet) and figures equal to simulateRisk's in Node
 * for the same inputs and spec, read from the file's bytes, not from the code that wrote them.
 */

jest.setTimeout(240_000);

const harness = usePaneHarness();
const TRIALS = 2_000;
const SEED = 7;
const CENT = 0.005;

async function openPane(): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await harness.browser().newContext({ viewport: { width: 360, height: 900 }, acceptDownloads: true, locale: 'en-US' });
  harness.contexts.push(context);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('failed'));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${harness.server().origin}/taskpane.html`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return { page, pageErrors };
}

/** Simulates and generates; returns the downloaded workbook, read from its bytes. */
async function simulateAndDownload(page: Page, name: string): Promise<ExcelJS.Workbook> {
  await page.click('#simulate');
  await page.waitForSelector('#risk-title', { timeout: 60_000 });
  const downloaded = page.waitForEvent('download', { timeout: 60_000 });
  await page.click('#generate');
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = join(ARTIFACTS, name);
  await download.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, text);
  await page.press(selector, 'Tab');
}

/** The value stored in the cell a workbook name refers to (a formula's cached result, or the value). */
function namedValue(workbook: ExcelJS.Workbook, name: string): unknown {
  const [range] = workbook.definedNames.getRanges(name).ranges;
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!match) throw new Error(`The name ${name} refers to ${range}, not one cell.`);
  return storedValue(workbook.getWorksheet(match[1].replace(/''/g, "'"))!.getCell(`${match[2]}${match[3]}`));
}

function storedValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  return value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
}

/** The Summary's cell beside the label, as stored. */
function summaryFigure(workbook: ExcelJS.Workbook, label: string): { formula: string | undefined; value: unknown } {
  const summary = workbook.getWorksheet('Summary')!;
  let found: ExcelJS.Cell | undefined;
  summary.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2);
  });
  if (!found) throw new Error(`The Summary has no row "${label}".`);
  return { formula: found.formula || undefined, value: storedValue(found) };
}

/** The uncertain inputs table's row of the key (key in column B, a distribution's name in C): its stored values from column A. */
function specRowOf(workbook: ExcelJS.Workbook, key: string): unknown[] {
  let found: unknown[] | undefined;
  workbook.getWorksheet('Risk')!.eachRow((row) => {
    if (!found && row.getCell(2).value === key && typeof row.getCell(3).value === 'string') found = [1, 2, 3, 4, 5, 6].map((col) => storedValue(row.getCell(col)));
  });
  if (!found) throw new Error(`The Risk sheet lists no ${key}.`);
  return found;
}

/** The added row and the list below it, on screen. */
async function screenshotAdded(page: Page): Promise<void> {
  await page.locator('.risk-add').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(ARTIFACTS, 'taskpane-uncertainty-added.png') });
}

describe('Simulate, then download the workbook (headless Chromium, outside Excel)', () => {
  test('the mid-market example simulated with 2,000 trials and seed 7: the file stamps them, and its P50 is simulateRisk\'s in Node to the cent', async () => {
    const { page, pageErrors } = await openPane();
    await page.selectOption('#preset-select', 'mid-market');
    await page.click('#preset-load');
    await page.$eval('details[data-group="uncertainty"]', (section) => ((section as HTMLDetailsElement).open = true));
    await typeInto(page, '#risk-trials', '2,000');
    await typeInto(page, '#risk-seed', String(SEED));
    const workbook = await simulateAndDownload(page, 'business-case-simulated.xlsx');
    expect(await page.textContent('#risk-title')).toBe(`Risk: 2,000 trials, seed ${SEED}`);

    const preset = loadPresets().find((candidate) => candidate.id === 'mid-market')!;
    const checked = checkFormAndRisk({ ...preset.values, uncertainty: { ...defaultUncertaintyText('en-US'), trials: '2,000', seed: String(SEED) } });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const simulated = simulateRisk(checked.inputs, checked.uncertainty);
    if (!simulated.ok) throw new Error(simulated.error.message);
    const node = simulated.value;

    expect(workbook.getWorksheet('Risk')).toBeDefined();
    expect(namedValue(workbook, 'risk_trials')).toBe(TRIALS);
    expect(namedValue(workbook, 'risk_seed')).toBe(SEED);
    const p50 = namedValue(workbook, 'risk_npv_p50');
    expect(typeof p50).toBe('number');
    expect(Math.abs((p50 as number) - node.npv.p50)).toBeLessThan(CENT);

    const json = node.npv;
    const lines = [['NPV, P10 (10% of trials at or below)', 'risk_npv_p10', json.p10], ['NPV, P50 (median)', 'risk_npv_p50', json.p50], ['NPV, P90 (90% of trials at or below)', 'risk_npv_p90', json.p90]] as const;
    for (const [label, name, expected] of lines) {
      const shown = summaryFigure(workbook, label);
      expect(shown.formula).toBe(name);
      expect(Math.abs((shown.value as number) - expected)).toBeLessThan(CENT);
    }
    // not vacuous: the spread is real, so P10, P50 and P90 differ
    expect(json.p10).toBeLessThan(json.p50);
    expect(json.p50).toBeLessThan(json.p90);
    expect(pageErrors).toEqual([]);
  });

  test('a driver added to the Uncertainty section (fixed at its value, then widened) is simulated: figures as in Node, and the Risk sheet lists it; removed, it is back in the list', async () => {
    const { page, pageErrors } = await openPane();
    await page.$eval('details[data-group="uncertainty"]', (section) => ((section as HTMLDetailsElement).open = true));
    const options = () => page.$$eval('#risk-add-input option', (all) => all.map((option) => (option as HTMLOptionElement).value));
    expect(await options()).toContain('human_cost_per_contact');
    expect(await options()).not.toContain('deflection_rate');
    await page.selectOption('#risk-add-input', 'human_cost_per_contact');
    await page.click('#risk-add');
    const boxes = ['low', 'mostLikely', 'high'].map((part) => `#risk-human_cost_per_contact-${part}`);
    expect(await Promise.all(boxes.map((box) => page.inputValue(box)))).toEqual(['4', '4', '4']);
    expect(await options()).not.toContain('human_cost_per_contact');
    await screenshotAdded(page);
    await typeInto(page, boxes[0], '3');
    await typeInto(page, boxes[2], '6');
    await typeInto(page, '#risk-trials', '2,000');
    const workbook = await simulateAndDownload(page, 'business-case-added-driver.xlsx');

    const values = {
      ...defaultFormValues('en-US'),
      uncertainty: { ...defaultUncertaintyText('en-US'), trials: '2,000', edited: { human_cost_per_contact: { low: '3', mostLikely: '4', high: '6' } } },
    };
    const checked = checkFormAndRisk(values);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.uncertainty.inputs.find((input) => input.key === 'human_cost_per_contact')?.distribution).toEqual({ kind: 'pert', low: 3, mostLikely: 4, high: 6 });
    const simulated = simulateRisk(checked.inputs, checked.uncertainty);
    if (!simulated.ok) throw new Error(simulated.error.message);
    expect(Number(await page.getAttribute('[data-risk-figure="npv-p50"]', 'data-value'))).toBe(simulated.value.npv.p50);
    expect(Math.abs((namedValue(workbook, 'risk_npv_p50') as number) - simulated.value.npv.p50)).toBeLessThan(CENT);
    const specRow = specRowOf(workbook, 'human_cost_per_contact');
    expect(specRow[2]).toBe('pert');
    expect(specRow.slice(3, 6)).toEqual([3, 4, 6]);

    await page.click('[data-risk-remove="human_cost_per_contact"]');
    expect(await page.locator('#risk-human_cost_per_contact-low').count()).toBe(0);
    expect(await options()).toContain('human_cost_per_contact');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('risk-add-input');
    expect(pageErrors).toEqual([]);
  });
});
