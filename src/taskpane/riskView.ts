import type { RiskResult } from '../core/simulation/simulate';
import { h } from './dom';
import { formatNumber } from './numberText';

/** The simulation as the pane shows it: a progress bar with Cancel while it runs, then its result card. */

export interface RiskProgress {
  update(done: number, total: number): void;
}

/** Shows the bar and its Cancel button in the risk section, replacing what was there. */
export function showRiskProgress(section: HTMLElement, total: number, locale: string, onCancel: () => void): RiskProgress {
  const bar = h('progress', { id: 'risk-progress', max: String(total), value: '0', 'aria-label': 'Simulation progress' });
  const text = h('span', { class: 'risk-progress-text' }, `Drawing ${formatNumber(total, locale)} trials…`);
  const cancel = h('button', { type: 'button', id: 'risk-cancel', class: 'button subtle' }, 'Cancel');
  cancel.addEventListener('click', onCancel);
  section.replaceChildren(h('div', { class: 'risk-running', role: 'status', 'aria-live': 'polite' }, text), h('div', { class: 'input-row' }, bar, cancel));
  section.hidden = false;
  return {
    update(done, all) {
      bar.max = all;
      bar.value = done;
      text.textContent = `Simulated ${formatNumber(done, locale)} of ${formatNumber(all, locale)} trials…`;
    },
  };
}

/** A note in place of the bar (cancelled, failed). */
export function showRiskNote(section: HTMLElement, message: string, failure = false): void {
  section.replaceChildren(h('p', { class: failure ? 'risk-note failure' : 'risk-note' }, message));
  section.hidden = false;
}

function money(value: number, currency: string, locale: string): string {
  return `${currency} ${formatNumber(Math.round(value), locale)}`;
}

function probability(value: number, locale: string): string {
  return `${formatNumber(Math.round(value * 1000) / 10, locale)}%`;
}

/** As the Business case card shows money: the code small, the figure never broken. */
function moneyParts(value: number, currency: string, locale: string): (HTMLElement | string)[] {
  return [h('span', { class: 'currency' }, currency), ' ', h('span', { class: 'figure' }, formatNumber(Math.round(value), locale))];
}

/** A figure with its exact value kept beside the shown one, for anyone who reads the page's data. */
function figure(label: string, name: string, value: number, ...shown: (HTMLElement | string)[]): HTMLElement {
  const isMoney = shown.length > 1;
  return h('div', {}, h('dt', {}, label), h('dd', { 'data-risk-figure': name, 'data-value': String(value), class: isMoney ? 'money' : undefined }, ...shown));
}

/** NPV's histogram as bars (no chart library): losses in their own colour. */
function histogram(result: RiskResult, currency: string, locale: string): HTMLElement {
  const { edges, counts } = result.npvHistogram;
  const tallest = Math.max(1, ...counts);
  const bars = [...counts].map((count, index) => {
    const bar = h('div', { class: edges[index + 1] <= 0 ? 'bar loss' : 'bar', title: `${money(edges[index], currency, locale)} to ${money(edges[index + 1], currency, locale)}: ${formatNumber(count, locale)} trials` });
    bar.style.height = `${(count / tallest) * 100}%`;
    return bar;
  });
  const from = money(edges[0], currency, locale);
  const to = money(edges[edges.length - 1], currency, locale);
  return h(
    'figure',
    { class: 'risk-histogram' },
    h('div', { class: 'bars', role: 'img', 'aria-label': `Histogram of NPV over ${formatNumber(result.trials, locale)} trials, from ${from} to ${to}` }, ...bars),
    h('figcaption', {}, h('span', {}, from), h('span', {}, to)),
  );
}

/**
 * The result card: P10 / P50 / P90 NPV, the chance of losing money, the chance of paying back
 * within the Scorecard's threshold, and NPV's histogram.
 *
 * @example
 * showRiskResult(section, simulated, { currency: 'USD', paybackThresholdMonths: 18, simulatedOn: '2025-03-01' }, 'en-US')
 * // section shows "Risk: 10,000 trials, seed 1" and P10 / P50 / P90 NPV
 */
export function showRiskResult(section: HTMLElement, result: RiskResult, context: { currency: string; paybackThresholdMonths: number; simulatedOn: string }, locale: string): void {
  const { currency } = context;
  const heading = h('h2', { id: 'risk-title', tabindex: '-1' }, `Risk: ${formatNumber(result.trials, locale)} trials, seed ${result.seed}`);
  const figures = h(
    'dl',
    { class: 'headline risk-figures' },
    figure('NPV P10', 'npv-p10', result.npv.p10, ...moneyParts(result.npv.p10, currency, locale)),
    figure('NPV P50', 'npv-p50', result.npv.p50, ...moneyParts(result.npv.p50, currency, locale)),
    figure('NPV P90', 'npv-p90', result.npv.p90, ...moneyParts(result.npv.p90, currency, locale)),
    figure('P(NPV < 0)', 'prob-npv-negative', result.probNpvNegative, probability(result.probNpvNegative, locale)),
    figure(`P(payback within ${formatNumber(context.paybackThresholdMonths, locale)} months)`, 'prob-payback', result.probPaybackWithinThreshold, probability(result.probPaybackWithinThreshold, locale)),
  );
  const note = h('p', { class: 'help' }, `Simulated on ${context.simulatedOn}. Generate writes these results to the workbook.`);
  const repair = result.correlationRepair ? h('p', { class: 'help' }, result.correlationRepair) : null;
  section.replaceChildren(heading, figures, histogram(result, currency, locale), note, ...(repair ? [repair] : []));
  section.hidden = false;
}
