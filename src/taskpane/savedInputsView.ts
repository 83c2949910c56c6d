import { byId } from './dom';
import { forgetLastInputs } from './lastInputs';
import { OpenedStore } from './officeHelpers';

export const FORGOTTEN_NOTE =
  "Saved inputs forgotten: nothing from this pane is in this browser's storage now, and nothing more is saved until the pane is opened again. The form keeps what you typed.";
export const FORGET_REFUSED = "The saved inputs could not be removed: this browser's storage refused. Clearing this site's data in the browser removes them.";

/**
 * Tells the user that the inputs are saved in this browser and offers to forget them. With
 * storage blocked nothing is saved, the host note says so, and this stays hidden.
 */
export function setUpSavedInputs(store: OpenedStore): void {
  if (!store.persistent) return;
  const note = byId('saved-inputs-note');
  const forget = byId<HTMLButtonElement>('forget-inputs');
  byId('saved-inputs').hidden = false;
  forget.addEventListener('click', () => {
    let forgotten = true;
    try {
      forgetLastInputs(store);
    } catch {
      forgotten = false;
    }
    note.textContent = forgotten ? FORGOTTEN_NOTE : FORGET_REFUSED;
    // focus moves to the sentence that says what happened (read out), not to the page's start
    note.tabIndex = -1;
    note.setAttribute('role', 'status');
    forget.hidden = forgotten;
    note.focus();
  });
}
