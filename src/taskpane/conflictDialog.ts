import { h } from './dom';
import { ConflictChoice } from './integrations';

/**
 * Asks what to do when the workbook already has sheets with the business case's names. Nothing
 * is written until the user answers; Escape or Cancel writes nothing.
 */
export function askAboutConflict(sheetNames: readonly string[], canUpdate: boolean): Promise<ConflictChoice | null> {
  return new Promise((resolve) => {
    const returnFocusTo = document.activeElement as HTMLElement | null;
    const choose = (choice: ConflictChoice | null) => {
      dialog.close();
      dialog.remove();
      returnFocusTo?.focus();
      resolve(choice);
    };
    const button = (label: string, choice: ConflictChoice | null, primary = false) => {
      const element = h('button', { type: 'button', class: primary ? 'button primary' : 'button' }, label);
      element.addEventListener('click', () => choose(choice));
      return element;
    };
    const shown = sheetNames.slice(0, 6).join(', ') + (sheetNames.length > 6 ? '…' : '');
    const dialog = h(
      'dialog',
      { class: 'conflict-dialog', 'aria-labelledby': 'conflict-title', 'aria-describedby': 'conflict-text' },
      h('h2', { id: 'conflict-title' }, 'These sheets already exist'),
      h(
        'p',
        { id: 'conflict-text' },
        canUpdate
          ? `The workbook already has ${shown} from an earlier business case. Nothing else of yours is touched either way.`
          : `The workbook already has ${shown}, not made by this add-in: they stay as they are.`,
      ),
      h(
        'div',
        { class: 'dialog-actions' },
        canUpdate ? button('Update the earlier business case (keeps your edited inputs)', 'update', true) : null,
        button('Write a new copy beside it', 'suffix', !canUpdate),
        button('Cancel', null),
      ),
    );
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      choose(null);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
