import { CUSTOM_LABEL_MAX_LENGTH, CUSTOM_LINE_LIMIT } from '../core/inputs/fields';
import { h } from './dom';
import { CUSTOM_LINE_KINDS, CustomLineKind, CustomLinePart, CustomLineText, customLineControlId, customLineTitle } from './formModel';

/** The user's own benefit and cost lines: a short list of each, added and removed by buttons. */
export interface CustomLinesView {
  readonly element: HTMLElement;
  read(): Record<CustomLineKind, CustomLineText[]>;
  fill(values: Record<CustomLineKind, readonly CustomLineText[]>): void;
  onStructureChange(listener: () => void): void;
}

const PARTS: readonly { part: CustomLinePart; label: string; unit: string; help: string }[] = [
  { part: 'label', label: 'Label', unit: '', help: `Up to ${CUSTOM_LABEL_MAX_LENGTH} characters, kept as text.` },
  { part: 'amount', label: 'Amount', unit: 'per month', help: 'In the case currency, from month 1 (benefits follow adoption).' },
  { part: 'risk', label: 'Risk', unit: '%', help: 'Blank uses the default risk.' },
];

const KIND_TEXT: Record<CustomLineKind, { title: string; add: string; empty: string }> = {
  custom_benefits: { title: 'Other benefits', add: 'Add a benefit line', empty: 'No other benefit lines.' },
  custom_costs: { title: 'Other costs', add: 'Add a cost line', empty: 'No other cost lines.' },
};

const EMPTY_LINE: CustomLineText = { label: '', amount: '', risk: '' };

function lineRow(kind: CustomLineKind, index: number, line: CustomLineText, remove: () => void): HTMLElement {
  const title = customLineTitle(kind, index);
  const parts = PARTS.map(({ part, label, unit, help }) => {
    const id = customLineControlId(kind, index, part);
    const input = h('input', {
      id,
      type: 'text',
      autocomplete: 'off',
      inputmode: part === 'label' ? undefined : 'decimal',
      maxlength: part === 'label' ? String(CUSTOM_LABEL_MAX_LENGTH) : undefined,
      'aria-describedby': unit ? `${id}-unit ${id}-help` : `${id}-help`,
      'data-part': part,
      // The form reads and tidies every box with a unit the same way (see formView).
      'data-unit': part === 'label' ? undefined : part === 'risk' ? 'rate' : 'money',
    });
    input.value = line[part];
    return h(
      'div',
      { class: `line-part line-${part}` },
      h('label', { for: id }, label, h('span', { class: 'visually-hidden' }, `, ${title.toLowerCase()}`)),
      h('div', { class: 'input-row' }, input, unit ? h('span', { class: 'unit', id: `${id}-unit` }, unit) : null),
      part === 'label' ? null : h('p', { class: 'reading', id: `${id}-reading`, hidden: true }),
      h('p', { class: 'help', id: `${id}-help` }, help),
      h('p', { class: 'error-text', id: `${id}-error`, hidden: true }),
    );
  });
  const removeButton = h('button', { type: 'button', class: 'button subtle' }, `Remove ${title.toLowerCase()}`);
  removeButton.addEventListener('click', remove);
  const fieldset = h('fieldset', { class: 'custom-line', 'data-kind': kind }, h('legend', {}, title), ...parts, perYearNote(line), removeButton);
  if (line.perYear) fieldset.dataset.perYear = line.perYear;
  if (line.initial) fieldset.dataset.initial = line.initial;
  return fieldset;
}

/** A line given per year by an inputs file: what the pane passes on, and how to replace it. */
function perYearNote(line: CustomLineText): HTMLElement | null {
  if (!line.perYear && !line.initial) return null;
  const years = line.perYear ? line.perYear.split(';').map((amount, i) => `year ${i + 1}: ${Number(amount).toLocaleString('en-US')}`).join(', ') : '';
  const initial = line.initial ? `initial: ${Number(line.initial).toLocaleString('en-US')}` : '';
  return h('p', { class: 'help' }, `From the inputs file, taken as given — ${[initial, years].filter(Boolean).join('; ')}.${line.perYear ? ' Type an amount per month to replace the yearly amounts.' : ''}`);
}

/** A kind's part of the view: its rows, its add button, and the note on the limit beside it. */
interface KindSection {
  readonly rows: HTMLElement;
  readonly add: HTMLButtonElement;
  readonly note: HTMLElement;
}

/** What the view keeps: each kind's lines as last rendered, each kind's section, and who hears of lines added or removed. */
interface LinesState {
  readonly lists: Map<CustomLineKind, CustomLineText[]>;
  readonly sections: Map<CustomLineKind, KindSection>;
  readonly listeners: (() => void)[];
}

/** A line as its row shows it now, with what an inputs file gave per year carried along. */
function readRow(row: HTMLElement): CustomLineText {
  const value = (part: CustomLinePart) => row.querySelector<HTMLInputElement>(`[data-part="${part}"]`)!.value;
  const { perYear, initial } = row.dataset;
  return { label: value('label'), amount: value('amount'), risk: value('risk'), ...(perYear ? { perYear } : {}), ...(initial ? { initial } : {}) };
}

function readKind(state: LinesState, kind: CustomLineKind): CustomLineText[] {
  return Array.from(state.sections.get(kind)!.rows.querySelectorAll('fieldset'), readRow);
}

/** Draws a kind's rows from its list (or says there are none), and disables adding at the limit. */
function render(state: LinesState, kind: CustomLineKind): void {
  const { rows, add, note } = state.sections.get(kind)!;
  const lines = state.lists.get(kind)!;
  rows.replaceChildren(
    ...(lines.length === 0
      ? [h('p', { class: 'help' }, KIND_TEXT[kind].empty)]
      : lines.map((line, index) => lineRow(kind, index, line, () => removeLine(state, kind, index)))),
  );
  const full = lines.length >= CUSTOM_LINE_LIMIT;
  add.disabled = full;
  note.textContent = full ? `The limit is ${CUSTOM_LINE_LIMIT} lines.` : `Up to ${CUSTOM_LINE_LIMIT} lines.`;
}

function setLines(state: LinesState, kind: CustomLineKind, lines: CustomLineText[]): void {
  state.lists.set(kind, lines);
  render(state, kind);
}

function announceStructureChange(state: LinesState): void {
  state.listeners.forEach((listener) => listener());
}

/** Focus moves to the line that took the removed one's place, else the one before it, else the add button. */
function removeLine(state: LinesState, kind: CustomLineKind, index: number): void {
  const lines = readKind(state, kind);
  lines.splice(index, 1);
  setLines(state, kind, lines);
  const next = document.getElementById(customLineControlId(kind, Math.min(index, lines.length - 1), 'label'));
  (next ?? state.sections.get(kind)!.add).focus();
  announceStructureChange(state);
}

/** An empty line at the end, its label focused for typing. */
function addLine(state: LinesState, kind: CustomLineKind): void {
  const lines = [...readKind(state, kind), EMPTY_LINE];
  setLines(state, kind, lines);
  document.getElementById(customLineControlId(kind, lines.length - 1, 'label'))?.focus();
  announceStructureChange(state);
}

/** A kind's section (heading, rows, add button and limit note), registered in the state. */
function kindSection(state: LinesState, kind: CustomLineKind): HTMLElement {
  const rows = h('div', { class: 'custom-line-list' });
  const note = h('p', { class: 'help', id: `${kind}-limit` });
  const add = h('button', { type: 'button', class: 'button', 'aria-describedby': note.id }, KIND_TEXT[kind].add);
  add.addEventListener('click', () => addLine(state, kind));
  state.sections.set(kind, { rows, add, note });
  return h('section', { class: 'custom-kind', 'aria-label': KIND_TEXT[kind].title }, h('h3', {}, KIND_TEXT[kind].title), rows, h('div', { class: 'add-row' }, add, note));
}

export function createCustomLinesView(): CustomLinesView {
  const state: LinesState = { lists: new Map(CUSTOM_LINE_KINDS.map((kind) => [kind, []])), sections: new Map(), listeners: [] };
  const element = h('div', { class: 'custom-lines' });
  for (const kind of CUSTOM_LINE_KINDS) {
    element.append(kindSection(state, kind));
    render(state, kind);
  }
  return {
    element,
    read: () => ({ custom_benefits: readKind(state, 'custom_benefits'), custom_costs: readKind(state, 'custom_costs') }),
    fill(values) {
      for (const kind of CUSTOM_LINE_KINDS) setLines(state, kind, values[kind].slice(0, CUSTOM_LINE_LIMIT));
    },
    onStructureChange(listener) {
      state.listeners.push(listener);
    },
  };
}
