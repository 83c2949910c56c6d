import { h } from './dom';
import { IMMEDIATE_PAYBACK, PERCENT_DISPLAY_LIMIT } from '../core/model/summaryTable';
import { Headline } from './integrations';
import { FALLBACK_LOCALE, formatNumber } from './numberText';

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
function wholeMoney(value: number, locale: string): string {
  return formatNumber(Math.round(value), locale);
}

function money(value: number, currency: string, locale: string): (HTMLElement | string)[] {
  return [h('span', { class: 'currency' }, currency), ' ', h('span', { class: 'figure' }, wholeMoney(value, locale))];
}

function oneDecimal(value: number, locale: string): string {
  return formatNumber(Math.round(value * 10) / 10, locale);
}

/** As the workbook shows rates: one decimal, and above 1,000% only that. */
function percent(value: number | null, locale: string): string {
  if (value === null) return 'n/a';
  if (value > PERCENT_DISPLAY_LIMIT) return `> ${formatNumber(PERCENT_DISPLAY_LIMIT * 100, locale)}%`;
  return `${oneDecimal(value * 100, locale)}%`;
}

function roiText(roi: number | null, locale: string): string {
  return roi === null ? 'n/a (no costs)' : percent(roi, locale);
}

function paybackText(months: number | null, locale: string): string {
  if (months === null) return 'Not within the horizon';
  if (months === 0) return IMMEDIATE_PAYBACK;
  return `${oneDecimal(months, locale)} months`;
}

/** The short sentence a screen reader hears when the result arrives: the two figures asked for most. */
export function resultAnnouncement(report: GenerateReport, locale: string = FALLBACK_LOCALE): string {
  if (!report.headline) return 'Business case ready.';
  const { npv, roi } = report.headline;
  return `Business case ready. NPV ${report.currency} ${wholeMoney(npv, locale)}; risk-adjusted ROI ${roiText(roi, locale)}.`;
}

/**
 * A polite live region that stays in the page (visually hidden while empty), so that what is
 * put in it later is announced: a region created together with its text often is not.
 */
export function createLiveRegion(parent: HTMLElement, className: string, where: 'start' | 'end' = 'end'): HTMLElement {
  const region = h('div', { class: className, role: 'status', 'aria-live': 'polite' });
  if (where === 'start') parent.prepend(region);
  else parent.append(region);
  return region;
}

export interface UndoOffer {
  /** Shows the note with its Undo button, replacing any earlier offer; after an undo, focus goes to returnFocus. */
  offer(message: string, what: string, undo: () => void, returnFocus: HTMLElement): void;
  /** Takes the offer away (the next edit, a generation): the values it would restore are gone. */
  dismiss(): void;
}

/** An undo line in the sticky actions bar, where the button that replaced the values is. */
export function createUndoOffer(region: HTMLElement): UndoOffer {
  const dismiss = () => region.replaceChildren();
  return {
    offer(message, what, undo, returnFocus) {
      const button = h('button', { type: 'button', class: 'button subtle undo' }, 'Undo', h('span', { class: 'visually-hidden' }, ` ${what}`));
      button.addEventListener('click', () => {
        undo();
        region.replaceChildren(h('span', {}, 'Restored the values you had before.'));
        // The button is gone: focus goes back where the replacing started rather than to the page.
        returnFocus.focus();
      });
      region.replaceChildren(h('span', {}, message), ' ', button);
    },
    dismiss,
  };
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

/**
 * Fills the result card, brings it into view below the long form and moves focus to its heading;
 * the announcer (a live region) says the headline figures for a screen reader.
 */
export function showResult(result: HTMLElement, report: GenerateReport, locale: string = FALLBACK_LOCALE, announcer?: HTMLElement): void {
  const card = resultCard(report, locale);
  result.replaceChildren(...card);
  result.hidden = false;
  const heading = card[0];
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  if (announcer) announcer.textContent = resultAnnouncement(report, locale);
}

function resultCard(report: GenerateReport, locale: string): HTMLElement[] {
  const figures = report.headline
    ? h(
        'dl',
        { class: 'headline' },
        h('div', {}, h('dt', {}, `Risk-adjusted ROI, ${report.headline.horizonMonths} months`), h('dd', { 'data-figure': 'roi' }, roiText(report.headline.roi, locale))),
        h('div', {}, h('dt', {}, 'Year-1 ROI, including the initial investment'), h('dd', { 'data-figure': 'year1-roi' }, roiText(report.headline.year1Roi, locale))),
        h('div', {}, h('dt', {}, 'NPV'), h('dd', { 'data-figure': 'npv', class: 'money' }, ...money(report.headline.npv, report.currency, locale))),
        h('div', {}, h('dt', {}, 'IRR'), h('dd', { 'data-figure': 'irr' }, percent(report.headline.irr, locale))),
        h('div', {}, h('dt', {}, 'MIRR (at the discount rate unless set)'), h('dd', { 'data-figure': 'mirr' }, percent(report.headline.mirr, locale))),
        // Words, not a number, when payback is immediate: set smaller so they wrap between words.
        h('div', {}, h('dt', {}, 'Payback'), h('dd', { 'data-figure': 'payback', class: report.headline.paybackMonths === 0 ? 'words' : undefined }, paybackText(report.headline.paybackMonths, locale))),
      )
    : null;
  // Every n/a says why and every payback that does not last says so, as on the Summary.
  const notes = report.headline && report.headline.notes.length > 0
    ? h('ul', { class: 'headline-notes' }, ...report.headline.notes.map((note) => h('li', {}, note)))
    : null;
  const heading = h('h2', { id: 'result-title', tabindex: '-1' }, 'Business case ready');
  return [heading, h('p', {}, report.where), ...(figures ? [figures] : []), ...(notes ? [notes] : [])];
}
