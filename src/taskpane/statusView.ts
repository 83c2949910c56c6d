import { h } from './dom';
import { IMMEDIATE_PAYBACK, PERCENT_DISPLAY_LIMIT } from '../core/model/summaryTable';
import { Headline } from './integrations';

/** What the pane says while it writes, and what it says when it is done or has failed. */

export interface GenerateReport {
  /** a sentence saying where the business case is now */
  readonly where: string;
  readonly headline: Headline | null;
  readonly currency: string;
}

/**
 * As the workbook's money format shows it ("USD 3,326,556"), not a browser's "$": the code small
 * and allowed to sit on its own line, the figure never broken.
 */
function money(value: number, currency: string): (HTMLElement | string)[] {
  return [h('span', { class: 'currency' }, currency), ' ', h('span', { class: 'figure' }, Math.round(value).toLocaleString('en-US'))];
}

/** As the workbook shows rates: one decimal, and above 1,000% only that. */
function percent(value: number | null): string {
  if (value === null) return 'n/a';
  if (value > PERCENT_DISPLAY_LIMIT) return '> 1,000%';
  return `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}

function roiText(roi: number | null): string {
  return roi === null ? 'n/a (no costs)' : percent(roi);
}

function paybackText(months: number | null): string {
  if (months === null) return 'Not within the horizon';
  if (months === 0) return IMMEDIATE_PAYBACK;
  return `${months.toLocaleString('en-US', { maximumFractionDigits: 1 })} months`;
}

export function showProgress(status: HTMLElement, message: string): void {
  status.hidden = false;
  status.className = 'status busy';
  status.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, message));
}

/** A short confirmation that needs no action (an example loaded, the form reset). */
export function showNote(status: HTMLElement, message: string): void {
  status.hidden = false;
  status.className = 'status';
  status.replaceChildren(h('span', {}, message));
}

export function clearStatus(status: HTMLElement): void {
  status.hidden = true;
  status.className = 'status';
  status.replaceChildren();
}

export function showFailure(status: HTMLElement, title: string, message: string): void {
  status.hidden = false;
  status.className = 'status failure';
  status.replaceChildren(h('strong', {}, title), h('p', {}, message));
}

export function showResult(result: HTMLElement, report: GenerateReport): void {
  const figures = report.headline
    ? h(
        'dl',
        { class: 'headline' },
        h('div', {}, h('dt', {}, `Risk-adjusted ROI, ${report.headline.horizonMonths} months`), h('dd', { 'data-figure': 'roi' }, roiText(report.headline.roi))),
        h('div', {}, h('dt', {}, 'Year-1 ROI, including the initial investment'), h('dd', { 'data-figure': 'year1-roi' }, roiText(report.headline.year1Roi))),
        h('div', {}, h('dt', {}, 'NPV'), h('dd', { 'data-figure': 'npv', class: 'money' }, ...money(report.headline.npv, report.currency))),
        h('div', {}, h('dt', {}, 'IRR'), h('dd', { 'data-figure': 'irr' }, percent(report.headline.irr))),
        h('div', {}, h('dt', {}, 'MIRR (at the discount rate unless set)'), h('dd', { 'data-figure': 'mirr' }, percent(report.headline.mirr))),
        // Words, not a number, when payback is immediate: set smaller so they wrap between words.
        h('div', {}, h('dt', {}, 'Payback'), h('dd', { 'data-figure': 'payback', class: report.headline.paybackMonths === 0 ? 'words' : undefined }, paybackText(report.headline.paybackMonths))),
      )
    : null;
  // Every n/a says why and every payback that does not last says so, as on the Summary.
  const notes = report.headline && report.headline.notes.length > 0
    ? h('ul', { class: 'headline-notes' }, ...report.headline.notes.map((note) => h('li', {}, note)))
    : null;
  result.replaceChildren(h('h2', { id: 'result-title' }, 'Business case ready'), h('p', {}, report.where), ...(figures ? [figures] : []), ...(notes ? [notes] : []));
  result.hidden = false;
  result.focus();
}
