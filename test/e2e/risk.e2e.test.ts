import { join } from 'path';
import { Page } from 'playwright-core';
import { riskJson } from '../../src/core/simulation/riskJson';
import { simulateRisk } from '../../src/core/simulation/simulate';
import { checkFormAndRisk, defaultFormValues } from '../../src/taskpane/formModel';
import { defaultUncertaintyText } from '../../src/taskpane/uncertaintyModel';
import { ARTIFACTS, usePaneHarness } from './support/paneHarness';

/**
 * Simulate in the built pane (headless Chromium, outside Office): the simulation runs in its Web
 * Worker, shows progress, can be cancelled, leaves the pane's thread free (no long task over
 * 50 ms), and gives in the browser exactly the figures simulateRisk gives in Node for the seed.
 */

jest.setTimeout(240_000);

const harness = usePaneHarness();

async function openPane(): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await harness.browser().newContext({ viewport: { width: 360, height: 900 }, locale: 'en-US' });
  harness.contexts.push(context);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('failed'));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${harness.server().origin}/taskpane.html`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return { page, pageErrors };
}

async function setTrials(page: Page, trials: string): Promise<void> {
  await page.$eval('details[data-group="uncertainty"]', (section) => ((section as HTMLDetailsElement).open = true));
  await page.fill('#risk-trials', trials);
  await page.press('#risk-trials', 'Tab');
}

/** From now on the page records every value the progress bar shows and every main-thread task over 50 ms. */
async function watchThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as { progress: number[]; longTasks: number[]; watching?: true };
    record.progress = [];
    record.longTasks = [];
    if (record.watching) return;
    record.watching = true;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => entry.duration > 50 && record.longTasks.push(entry.duration))).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('#risk-progress');
      if (bar) record.progress.push(bar.value);
    }).observe(document.getElementById('risk')!, { subtree: true, childList: true, attributes: true });
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const record = window as unknown as { progress: number[]; longTasks: number[] };
    return { progress: record.progress, longTasks: record.longTasks };
  });

/** Simulate pressed and run to its result card, the thread watched from the press to a frame after the card. */
async function simulateWatched(page: Page): Promise<{ progress: number[]; longTasks: number[] }> {
  await watchThread(page);
  // a card already shown is marked, so the wait is for the new one
  await page.evaluate(() => document.getElementById('risk-title')?.setAttribute('data-earlier', ''));
  await page.click('#simulate');
  await page.waitForSelector('#risk-title:not([data-earlier])', { timeout: 60_000 });
  // the long-task observer reports a task after it ends: give it a frame
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return recorded(page);
}

async function figure(page: Page, name: string): Promise<number> {
  return Number(await page.getAttribute(`[data-risk-figure="${name}"]`, 'data-value'));
}

describe('Simulate in the task pane', () => {
  test('100,000 trials: progress shown, no main-thread task over 50 ms, and the figures simulateRisk gives in Node for seed 1', async () => {
    const { page, pageErrors } = await openPane();
    await setTrials(page, '100,000');
    let { progress, longTasks } = await simulateWatched(page);
    expect(progress.some((value) => value > 0 && value < 100_000)).toBe(true);
    // On a loaded two-core machine (CI runs other suites beside Chromium, whose worker takes a core)
    // the system can stall the pane's thread inside a short task, which then reads as long. A design
    // that blocks the thread fails every run; a stall seen once must not repeat in a second run.
    if (longTasks.length > 0) {
      console.warn(`Main-thread tasks over 50 ms in the first run (${longTasks.map(Math.round).join(', ')} ms): running again`);
      ({ progress, longTasks } = await simulateWatched(page));
    }
    expect(longTasks).toEqual([]);
    // not vacuous: the observer does see a task of 120 ms on the pane's thread
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => {
      const until = performance.now() + 120;
      while (performance.now() < until);
      setTimeout(resolve, 100);
    }, 0)));
    expect((await recorded(page)).longTasks.length).toBe(1);

    const values = { ...defaultFormValues('en-US'), uncertainty: { ...defaultUncertaintyText('en-US'), trials: '100,000' } };
    const checked = checkFormAndRisk(values);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const simulated = simulateRisk(checked.inputs, checked.uncertainty);
    if (!simulated.ok) throw new Error(simulated.error.message);
    const node = riskJson(simulated.value).risk;
    expect(await page.textContent('#risk-title')).toBe('Risk: 100,000 trials, seed 1');
    expect({ p10: await figure(page, 'npv-p10'), p50: await figure(page, 'npv-p50'), p90: await figure(page, 'npv-p90') }).toEqual({ p10: node.npv.p10, p50: node.npv.p50, p90: node.npv.p90 });
    expect(await figure(page, 'prob-npv-negative')).toBe(node.prob_npv_negative);
    expect(await figure(page, 'prob-payback')).toBe(node.prob_payback_within_threshold);
    expect(await page.locator('.risk-histogram .bar').count()).toBe(simulated.value.npvHistogram.counts.length);

    // the card's foot clear of the sticky actions bar
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-risk.png') });
    await page.locator('details[data-group="uncertainty"] > summary').evaluate((summary) => summary.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-uncertainty.png') });
    expect(pageErrors).toEqual([]);
  });

  // A million trials: the simulation runs 100,000 in well under a second, too short to click Cancel in.
  test('Cancel stops a 1,000,000-trial simulation, and the pane stays usable', async () => {
    const { page, pageErrors } = await openPane();
    await setTrials(page, '1,000,000');
    await page.click('#simulate');
    await page.waitForSelector('#risk-cancel');
    await page.click('#risk-cancel');
    await page.waitForSelector('.risk-note');
    expect(await page.textContent('.risk-note')).toMatch(/^Simulation cancelled/);
    expect(await page.locator('#risk-title').count()).toBe(0);
    expect(await page.isDisabled('#simulate')).toBe(false);
    // still usable: an edit is checked and a new simulation runs to its end
    await setTrials(page, '1,000');
    await page.click('#simulate');
    await page.waitForSelector('#risk-title', { timeout: 60_000 });
    expect(await page.textContent('#risk-title')).toBe('Risk: 1,000 trials, seed 1');
    expect(pageErrors).toEqual([]);
  });

  test('a trials count out of range is named beside its box and nothing is simulated', async () => {
    const { page } = await openPane();
    await setTrials(page, '50');
    await page.click('#simulate');
    expect(await page.textContent('#risk-trials-error')).toMatch(/^Trials must be .*100.*1,000,000.*got 50\.$/);
    expect(await page.isHidden('#risk')).toBe(true);
  });
});
