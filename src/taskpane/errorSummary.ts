import { h, revealAndFocus } from './dom';
import { FormError } from './formModel';

/**
 * The list of problems at the top of the form after a Generate that could not start: one link
 * per problem, each taking the user to the box to fix (the GOV.UK error-summary pattern).
 */
export function showErrorSummary(container: HTMLElement, errors: readonly FormError[], moveFocus: boolean): void {
  if (errors.length === 0) {
    container.hidden = true;
    container.replaceChildren();
    return;
  }
  const heading = h('h2', { id: 'error-summary-title' }, errors.length === 1 ? 'Fix 1 problem to generate' : `Fix ${errors.length} problems to generate`);
  const items = errors.map((error) => {
    if (!error.controlId) return h('li', {}, error.message);
    const link = h('a', { href: `#${error.controlId}` }, error.message);
    link.addEventListener('click', (event) => {
      const target = document.getElementById(error.controlId as string);
      if (!target) return;
      event.preventDefault();
      revealAndFocus(target);
    });
    return h('li', {}, link);
  });
  container.setAttribute('aria-labelledby', heading.id);
  container.replaceChildren(heading, h('ul', {}, ...items));
  container.hidden = false;
  if (moveFocus) {
    container.focus();
    container.scrollIntoView({ block: 'start' });
  }
}
