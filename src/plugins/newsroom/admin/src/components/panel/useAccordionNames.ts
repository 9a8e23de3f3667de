import * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

const MARK = 'data-newsroom-named';
const TRIGGERS = 'main h3 > button[aria-expanded][aria-controls]';
const ITEM = '[data-state][data-orientation]';

const labelText = (label: Element): string => (label.textContent ?? '').replace(/\*\s*$/, '').replace(/(?<!\s)\s*\(\d+\)\s*$/, '').trim();

/** The repeatable field's label and the item's position, for an accordion trigger of the edit view. */
const placeOf = (trigger: HTMLElement): { field: string; number: number } | null => {
  const item = trigger.closest('h3')?.parentElement?.closest<HTMLElement>(ITEM);
  const list = item?.parentElement;
  if (!item || !list) return null;
  const items = Array.from(list.children).filter((child) => child.matches(ITEM));
  let ancestor: HTMLElement | null = list.parentElement;
  for (let depth = 0; ancestor && depth < 5; depth += 1, ancestor = ancestor.parentElement) {
    const label = Array.from(ancestor.querySelectorAll('label')).find((candidate) => !list.contains(candidate));
    if (label) return { field: labelText(label), number: items.indexOf(item) + 1 };
  }
  return null;
};

/**
 * The content manager labels a repeatable component's item with the value
 * of the component's main field, and with nothing when that value is empty
 * or the component has none (a new credit, every speech): its accordion
 * button then has no accessible name. Such buttons get one here — "会议发言
 * 第 2 项" / "Speeches, item 2" — and lose it again once the main field
 * gives them visible text. Runs while a newsroom edit view is open.
 */
export const useAccordionNames = (): void => {
  const { formatMessage } = useIntl();
  React.useEffect(() => {
    const name = () => {
      for (const trigger of Array.from(document.querySelectorAll<HTMLElement>(TRIGGERS))) {
        const visible = (trigger.textContent ?? '').trim();
        const ours = trigger.hasAttribute(MARK);
        if (visible !== '' && ours) {
          trigger.removeAttribute('aria-label');
          trigger.removeAttribute(MARK);
        } else if (visible === '' && (ours || !trigger.hasAttribute('aria-label'))) {
          const place = placeOf(trigger);
          if (!place) continue;
          const label = formatMessage({ id: getTranslation('panel.accordion.item'), defaultMessage: '{field}, item {number}' }, place);
          if (trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
          trigger.setAttribute(MARK, '');
        }
      }
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [formatMessage]);
};
