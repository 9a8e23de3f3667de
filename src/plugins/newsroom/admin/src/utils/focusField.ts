import type { FieldPath } from '../api';

/**
 * Moves the keyboard focus to the edit-view input a problem's path names
 * (`editorial.credits.1.name`), opening the repeatable-component items on
 * the way. Strapi's own `?field=` focusing cannot be used: changing the URL
 * with unsaved edits brings up the "leave without saving?" dialog.
 *
 * Inputs carry their path as `name`. Composite fields (a component, a
 * repeatable list, media, blocks) have no such input; they are found by
 * their label, and their first control is focused.
 */

const FOCUSABLE = [
  'input:not([type="hidden"]):not([disabled])',
  'textarea:not([disabled])',
  'select:not([disabled])',
  'button:not([disabled])',
  '[role="combobox"]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
  'a[href]',
].join(',');

const isIndex = (segment: string | number): boolean => typeof segment === 'number' || /^\d+$/.test(segment);

const isVisible = (element: HTMLElement): boolean =>
  element.getAttribute('aria-hidden') !== 'true' && element.getClientRects().length > 0;

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/** Polls for something the next renders may bring (an accordion item's inputs). */
const waitFor = async <T>(find: () => T | null, timeout = 1000): Promise<T | null> => {
  const started = Date.now();
  for (;;) {
    const found = find();
    if (found || Date.now() - started > timeout) return found;
    await sleep(50);
  }
};

const formRoot = (): ParentNode => document.querySelector('main') ?? document;

/** The visible control named `name`; for a select whose named element is hidden, its combobox. */
const controlNamed = (name: string, scope: ParentNode = formRoot()): HTMLElement | null => {
  const named = Array.from(scope.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`));
  const visible = named.find(isVisible);
  if (visible) return visible;
  for (const element of named) {
    let parent = element.parentElement;
    for (let depth = 0; parent && depth < 3; depth += 1, parent = parent.parentElement) {
      const combobox = parent.querySelector<HTMLElement>('[role="combobox"]');
      if (combobox && isVisible(combobox)) return combobox;
    }
  }
  return null;
};

const labelText = (label: Element): string => (label.textContent ?? '').replace(/\*\s*$/, '').trim();

/** "署名" matches the label "署名 (3)" of a repeatable field and "署名*" of a required one. */
const labelMatches = (label: Element, text: string): boolean => {
  const content = labelText(label);
  if (content === text) return true;
  if (!content.startsWith(text)) return false;
  return /^\s*\(\d+\)\s*\*?$/.test(content.slice(text.length));
};

export interface FieldRoot {
  root: HTMLElement;
  /** The field's controls in tab order, without those beside its label (e.g. "reset"). */
  controls: HTMLElement[];
}

/** The field a label belongs to: its nearest ancestor holding controls outside the label's row. */
const fieldRootOf = (label: HTMLElement): FieldRoot | null => {
  let child: HTMLElement = label;
  let parent = label.parentElement;
  for (let depth = 0; parent && depth < 4; depth += 1, child = parent, parent = parent.parentElement) {
    const row = child;
    const controls = Array.from(parent.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (element) => !row.contains(element) && isVisible(element)
    );
    if (controls.length > 0) return { root: parent, controls };
  }
  return null;
};

const findFieldRoot = (text: string | undefined, scope: ParentNode): FieldRoot | null => {
  if (!text) return null;
  const labels = Array.from(scope.querySelectorAll<HTMLElement>('label')).filter((label) => labelMatches(label, text));
  for (const label of labels) {
    const root = fieldRootOf(label);
    if (root) return root;
  }
  return null;
};

/** Item `index` of the repeatable list inside `root` (the list's own items, not nested ones). */
const accordionItem = (root: HTMLElement, index: number): HTMLElement | null => {
  const triggers = Array.from(root.querySelectorAll<HTMLElement>('button[aria-expanded][aria-controls]'));
  const first = triggers[0];
  if (!first) return null;
  // The list's items are the siblings of the first item; nested lists live inside an item's content.
  const firstItem = first.parentElement?.closest<HTMLElement>('div[data-state][data-orientation]');
  const list = firstItem?.parentElement;
  if (!firstItem || !list) return null;
  const items = Array.from(list.children).filter(
    (element): element is HTMLElement => element instanceof HTMLElement && element.matches('div[data-state][data-orientation]')
  );
  return items[index] ?? null;
};

const focusElement = (element: HTMLElement): boolean => {
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return document.activeElement === element || element.contains(document.activeElement);
};

/**
 * @param labelFor the field label the edit view shows for a path prefix
 *                 (`['editorial', 'credits']` → "署名"), as translated in the admin.
 */
export const focusField = async (path: FieldPath, labelFor: (prefix: FieldPath) => string | undefined): Promise<boolean> => {
  const segments = path.map(String);
  let scope: ParentNode = formRoot();

  // Open the repeatable items on the way down.
  for (let i = 1; i < segments.length; i += 1) {
    if (!isIndex(segments[i])) continue;
    const listPath = segments.slice(0, i);
    const list = findFieldRoot(labelFor(listPath), scope);
    if (!list) break;
    const item = accordionItem(list.root, Number(segments[i]));
    if (!item) break;
    const trigger = item.querySelector<HTMLButtonElement>('button[aria-expanded]');
    if (trigger && trigger.getAttribute('aria-expanded') !== 'true') {
      trigger.click();
      await waitFor(() => (trigger.getAttribute('aria-expanded') === 'true' ? trigger : null), 500);
    }
    scope = item;
  }

  const input = await waitFor(() => controlNamed(segments.join('.')), segments.some(isIndex) ? 1000 : 200);
  if (input) return focusElement(input);

  // A composite field, or an input not rendered under its name: the nearest field we can find.
  for (let end = segments.length; end > 0; end -= 1) {
    if (isIndex(segments[end - 1])) continue;
    const prefix = segments.slice(0, end);
    const named = controlNamed(prefix.join('.'));
    if (named) return focusElement(named);
    const field = findFieldRoot(labelFor(prefix), scope) ?? findFieldRoot(labelFor(prefix), formRoot());
    const first = field?.controls[0];
    if (first) return focusElement(first);
  }
  return false;
};
