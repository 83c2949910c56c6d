/**
 * Builds elements from data. Text always goes in as textContent, never as HTML, so nothing a
 * user types (an organisation name, a line label) can become markup.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The task pane page has no element #${id}.`);
  return element as T;
}

/** Moves focus to a control, opening the collapsed section that holds it and scrolling it into view. */
export function revealAndFocus(element: HTMLElement): void {
  for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  element.focus();
  element.scrollIntoView({ block: 'center' });
}
