import type { BusinessCaseInputs } from '../core/inputs/schema';
import { NumberUnit } from '../core/validation/numberSpec';
import { fieldByKey } from '../core/inputs/fields';
import { h } from './dom';
import { unitText } from './fieldText';
import {
  ADD_BUTTON_ID, ADD_SELECT_ID, RANGE_PARTS, RangePart, RangeRow, RangeText, SEED_CONTROL_ID, TRIALS_CONTROL_ID, UncertaintyText,
  addUncertainInput, addableInputs, rangeControlId, removeUncertainInput, uncertaintyRows,
} from './uncertaintyModel';

/**
 * The form's Uncertainty section (collapsed at first): a row of low / most likely / high per
 * driver, any other numeric input the user adds (and may remove), then trials and seed. A row
 * the user types in is marked edited and keeps its text; the others are rewritten from the
 * scenarios whenever the inputs change.
 */

export interface UncertaintyView {
  readonly element: HTMLDetailsElement;
  read(): UncertaintyText;
  /** Shows the text (already in the view's style) over these inputs' drivers; null keeps the last inputs seen. */
  fill(text: UncertaintyText, inputs: BusinessCaseInputs | null, locale: string): void;
  /** The ranges the user has not typed follow the inputs' scenarios. */
  follow(inputs: BusinessCaseInputs, locale: string): void;
}

const PART_LABEL: Record<RangePart, string> = { low: 'Low', mostLikely: 'Most likely', high: 'High' };

function numberBox(id: string, unit: NumberUnit, label: string): HTMLElement {
  return h(
    'div',
    { class: 'line-part risk-part' },
    h('label', { for: id }, label),
    h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', 'data-unit': unit, 'aria-describedby': `${id}-help` }),
    h('p', { class: 'reading', id: `${id}-reading`, hidden: true }),
    h('p', { class: 'error-text', id: `${id}-error`, hidden: true }),
  );
}

function rowBlock(row: RangeRow): HTMLElement {
  const field = fieldByKey(row.key);
  const unit = field ? unitText(field) : '';
  const parts = RANGE_PARTS.map((part) => numberBox(rangeControlId(row.key, part), row.unit, PART_LABEL[part]));
  return h(
    'fieldset',
    { class: 'risk-row', 'data-risk-input': row.key },
    h('legend', {}, row.label, unit ? h('span', { class: 'unit' }, ` ${unit}`) : null),
    h('div', { class: 'risk-parts' }, ...parts),
    h('p', { class: 'help', id: `${rangeControlId(row.key, 'low')}-help` }, row.added ? 'Fixed at its value until you widen the range.' : 'From the scenarios until you type here.'),
    row.added ? h('button', { type: 'button', class: 'button subtle risk-remove', 'data-risk-remove': row.key, 'aria-label': `Remove ${row.label}` }, 'Remove') : null,
  );
}

function addBlock(): HTMLElement {
  return h(
    'div',
    { class: 'field risk-add' },
    h('label', { for: ADD_SELECT_ID }, 'Add an uncertain input'),
    h('div', { class: 'input-row' }, h('select', { id: ADD_SELECT_ID }), h('button', { type: 'button', id: ADD_BUTTON_ID, class: 'button' }, 'Add')),
  );
}

function settingBlock(id: string, label: string, help: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('div', { class: 'input-row' }, h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'data-unit': 'count', 'aria-describedby': `${id}-help` })),
    h('p', { class: 'reading', id: `${id}-reading`, hidden: true }),
    h('p', { class: 'help', id: `${id}-help` }, help),
    h('p', { class: 'error-text', id: `${id}-error`, hidden: true }),
  );
}

interface State {
  readonly rows: HTMLElement;
  readonly addSelect: HTMLSelectElement;
  readonly trials: HTMLInputElement;
  readonly seed: HTMLInputElement;
  shown: readonly RangeRow[];
  readonly edited: Set<string>;
  inputs: BusinessCaseInputs | null;
  locale: string;
}

function box(key: string, part: RangePart): HTMLInputElement | null {
  return document.getElementById(rangeControlId(key, part)) as HTMLInputElement | null;
}

function typedRanges(state: State): Record<string, RangeText> {
  const edited: Record<string, RangeText> = {};
  for (const key of state.edited) {
    const [low, mostLikely, high] = RANGE_PARTS.map((part) => box(key, part)?.value ?? '');
    edited[key] = { low, mostLikely, high };
  }
  return edited;
}

function readSection(state: State): UncertaintyText {
  return { trials: state.trials.value, seed: state.seed.value, edited: typedRanges(state) };
}

/** Rebuilds the rows when the drivers change; otherwise rewrites the boxes in place, so focus stays where it is. */
function render(state: State, text: UncertaintyText): void {
  if (!state.inputs) return;
  const rows = uncertaintyRows(state.inputs, text, state.locale);
  const sameDrivers = rows.length === state.shown.length && rows.every((row, index) => row.key === state.shown[index].key);
  if (!sameDrivers) state.rows.replaceChildren(...rows.map(rowBlock));
  for (const row of rows) {
    for (const part of RANGE_PARTS) {
      const input = box(row.key, part);
      if (input && input.value !== row.text[part]) input.value = row.text[part];
    }
    state.rows.querySelector(`[data-risk-input="${row.key}"]`)?.classList.toggle('edited', row.edited);
  }
  state.shown = rows;
  fillAddSelect(state, text);
}

/** The inputs not in the section, by label; the list is rewritten only when it changes, so a choice stays. */
function fillAddSelect(state: State, text: UncertaintyText): void {
  const addable = addableInputs(state.inputs!, text, state.locale);
  const current = [...state.addSelect.options].map((option) => option.value);
  if (current.length === addable.length && addable.every((input, index) => input.key === current[index])) return;
  const chosen = state.addSelect.value;
  state.addSelect.replaceChildren(...addable.map((input) => h('option', { value: input.key }, input.label)));
  if (addable.some((input) => input.key === chosen)) state.addSelect.value = chosen;
}

/** Adds the chosen input (fixed at its value), then tells the form, as an edit of its low box. */
function addChosen(state: State): void {
  const key = state.addSelect.value;
  if (!state.inputs || !key) return;
  const text = addUncertainInput(readSection(state), state.inputs, key, state.locale);
  if (!(key in text.edited)) return;
  state.edited.add(key);
  render(state, text);
  const low = box(key, 'low');
  low?.dispatchEvent(new Event('change', { bubbles: true }));
  low?.focus();
}

/** Removes an added input: it returns to the list, and the form hears of the change from the list. */
function removeAdded(state: State, key: string): void {
  state.edited.delete(key);
  render(state, removeUncertainInput(readSection(state), key));
  state.addSelect.dispatchEvent(new Event('change', { bubbles: true }));
  state.addSelect.focus();
}

export function createUncertaintyView(): UncertaintyView {
  const rows = h('div', { class: 'risk-rows' });
  const add = addBlock();
  const trials = settingBlock(TRIALS_CONTROL_ID, 'Trials', 'How many cases the simulation draws: 100 to 1,000,000.');
  const seed = settingBlock(SEED_CONTROL_ID, 'Seed', 'The same seed gives the same results, here and on the command line.');
  const element = h(
    'details',
    { class: 'group', 'data-group': 'uncertainty' },
    h('summary', {}, h('span', { class: 'group-title' }, 'Uncertainty')),
    h('div', { class: 'group-body' }, h('p', { class: 'group-help' }, 'How far each driver may fall or rise (a PERT from low to high, most likely the most often). Simulate draws the business case this many times.'), rows, add, trials, seed),
  );
  const state: State = { rows, addSelect: add.querySelector('select')!, trials: trials.querySelector('input')!, seed: seed.querySelector('input')!, shown: [], edited: new Set(), inputs: null, locale: 'en-US' };
  // Registered on the section, so it runs before the form hears of the edit and reads the section.
  element.addEventListener('change', (event) => {
    const key = (event.target as HTMLElement).closest('[data-risk-input]')?.getAttribute('data-risk-input');
    if (key) state.edited.add(key);
    if (key) state.rows.querySelector(`[data-risk-input="${key}"]`)?.classList.add('edited');
  });
  add.querySelector('button')!.addEventListener('click', () => addChosen(state));
  rows.addEventListener('click', (event) => {
    const key = (event.target as HTMLElement).closest('[data-risk-remove]')?.getAttribute('data-risk-remove');
    if (key) removeAdded(state, key);
  });
  return {
    element,
    read: () => readSection(state),
    fill(text, inputs, locale) {
      state.locale = locale;
      if (inputs) state.inputs = inputs;
      state.edited.clear();
      Object.keys(text.edited).forEach((key) => state.edited.add(key));
      state.trials.value = text.trials;
      state.seed.value = text.seed;
      render(state, text);
    },
    follow(inputs, locale) {
      state.inputs = inputs;
      state.locale = locale;
      render(state, readSection(state));
    },
  };
}
