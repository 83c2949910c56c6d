import { INPUT_FIELDS, INPUT_GROUPS, InputField, InputGroup } from '../core/inputs/fields';
import { h } from './dom';
import { helpWithDefault, unitText } from './fieldText';
import { CustomLinesView, createCustomLinesView } from './customLinesView';
import { FormError, FormValues, fieldControlId } from './formModel';
import { formatForField, parseTyped } from './numberText';

/** Sections open on first use: the drivers every case needs. The rest are refinements. */
const OPEN_GROUPS = new Set(['organisation', 'volume', 'automation']);

export interface FormView {
  read(): FormValues;
  fill(values: FormValues): void;
  /** Shows each error beside its control; controls not in the list are cleared. */
  showErrors(errors: readonly FormError[]): void;
  /** ids of the controls the user has changed since the last fill */
  touched(): ReadonlySet<string>;
  /** called after every edit, with the id of the edited control */
  onEdit(listener: (controlId: string) => void): void;
}

function errorId(controlId: string): string {
  return `${controlId}-error`;
}

function helpId(controlId: string): string {
  return `${controlId}-help`;
}

function unitId(controlId: string): string {
  return `${controlId}-unit`;
}

function control(field: InputField): HTMLInputElement | HTMLSelectElement {
  const id = fieldControlId(field.key);
  const describedBy = field.type === 'number' ? `${unitId(id)} ${helpId(id)}` : helpId(id);
  const common = { id, name: field.key, 'aria-describedby': describedBy };
  if (field.type === 'choice') {
    return h('select', common, ...field.choices.map((choice) => h('option', { value: choice.value }, choice.label)));
  }
  if (field.type === 'text') {
    return h('input', { ...common, type: 'text', maxlength: String(field.maxLength), autocomplete: 'off', spellcheck: 'false' });
  }
  return h('input', { ...common, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false' });
}

function fieldBlock(field: InputField): HTMLElement {
  const input = control(field);
  const unit = unitText(field);
  return h(
    'div',
    { class: 'field', 'data-field': field.key },
    h('label', { for: input.id }, field.label),
    h('div', { class: 'input-row' }, input, unit ? h('span', { class: 'unit', id: unitId(input.id) }, unit) : null),
    h('p', { class: 'help', id: helpId(input.id) }, helpWithDefault(field)),
    h('p', { class: 'error-text', id: errorId(input.id), hidden: true }),
  );
}

function groupSection(group: InputGroup, extra?: HTMLElement): HTMLDetailsElement {
  const fields = INPUT_FIELDS.filter((field) => field.group === group.id);
  return h(
    'details',
    { class: 'group', 'data-group': group.id, open: OPEN_GROUPS.has(group.id) },
    h('summary', {}, h('span', { class: 'group-title' }, group.title)),
    h('div', { class: 'group-body' }, h('p', { class: 'group-help' }, group.help), ...fields.map(fieldBlock), extra),
  );
}

/** Puts a typed number back in its usual form once the user leaves the box: "0.4" becomes "40" (%). */
function tidyNumber(input: HTMLInputElement, field: InputField): void {
  if (field.type !== 'number') return;
  const typed = parseTyped(input.value, field.unit);
  if (typeof typed === 'number') input.value = formatForField(typed, field.unit);
}

export function createFormView(form: HTMLFormElement): FormView {
  const customLines: CustomLinesView = createCustomLinesView();
  const customSection = h(
    'details',
    { class: 'group', 'data-group': 'custom_lines' },
    h('summary', {}, h('span', { class: 'group-title' }, 'Other benefits and costs')),
    h('div', { class: 'group-body' }, h('p', { class: 'group-help' }, 'Lines of your own, per month, each with its own risk.'), customLines.element),
  );
  form.replaceChildren(...INPUT_GROUPS.map((group) => groupSection(group)), customSection);

  const touched = new Set<string>();
  const listeners: ((controlId: string) => void)[] = [];
  const controlOf = (key: string) => form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement;

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    const field = INPUT_FIELDS.find((candidate) => fieldControlId(candidate.key) === target.id);
    if (field && target instanceof HTMLInputElement) tidyNumber(target, field);
    touched.add(target.id);
    listeners.forEach((listener) => listener(target.id));
  });
  customLines.onStructureChange(() => listeners.forEach((listener) => listener('')));

  const setError = (element: HTMLElement, message: string | undefined) => {
    const errorText = document.getElementById(errorId(element.id));
    if (!errorText) return;
    errorText.textContent = message ?? '';
    errorText.hidden = message === undefined;
    element.closest('.field, .line-part')?.classList.toggle('has-error', message !== undefined);
    if (message === undefined) element.removeAttribute('aria-invalid');
    else element.setAttribute('aria-invalid', 'true');
    const described = [message === undefined ? '' : errorId(element.id), unitId(element.id), helpId(element.id)].filter((id) => document.getElementById(id));
    element.setAttribute('aria-describedby', described.join(' '));
  };

  return {
    read() {
      const fields: Record<string, string> = {};
      for (const field of INPUT_FIELDS) fields[field.key] = controlOf(field.key).value;
      return { fields, ...customLines.read() };
    },
    fill(values) {
      for (const field of INPUT_FIELDS) controlOf(field.key).value = values.fields[field.key] ?? '';
      customLines.fill(values);
      touched.clear();
    },
    showErrors(errors) {
      const messages = new Map(errors.filter((error) => error.controlId).map((error) => [error.controlId as string, error.message]));
      form.querySelectorAll<HTMLElement>('input, select').forEach((element) => setError(element, messages.get(element.id)));
      form.querySelectorAll<HTMLDetailsElement>('details.group').forEach((section) => {
        const count = section.querySelectorAll('[aria-invalid="true"]').length;
        section.classList.toggle('has-error', count > 0);
        if (count > 0) section.open = true;
      });
    },
    touched: () => touched,
    onEdit(listener) {
      listeners.push(listener);
    },
  };
}
