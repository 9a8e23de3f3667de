/**
 * axe-core over a page or part of it, with parts excluded by selector. Every
 * exclusion is named where it is used and says why (Strapi core's own
 * markup, which the plugin does not shape).
 */
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

export interface AxeScope {
  include?: string[];
  exclude?: string[];
}

/**
 * Strapi's blocks editor (the meeting's body): core markup, out of the
 * plugin's scope (issue 15). Excluded by its field, found by the slate
 * editable inside it.
 */
export const BLOCKS_EDITOR = '[data-newsroom-axe-exclude="blocks-editor"]';

const markBlocksEditor = (page: Page) =>
  page.evaluate(() => {
    for (const editor of Array.from(document.querySelectorAll('[data-slate-editor="true"]'))) {
      // The field around the editable: its toolbar, its label row and its wrapper.
      let field: Element | null = editor;
      for (let depth = 0; field && depth < 8 && !field.querySelector('label'); depth += 1) field = field.parentElement;
      (field ?? editor).setAttribute('data-newsroom-axe-exclude', 'blocks-editor');
    }
  });

/** Every violation in scope, as `impact id: help — targets`. */
export const axeViolations = async (page: Page, scope: AxeScope = {}): Promise<Array<{ impact: string; line: string }>> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core') });
  await markBlocksEditor(page);
  // Colours as they settle: a button just enabled is still fading in, and axe would measure it mid-way.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  const violations = (await page.evaluate(async ({ include, exclude }) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const context = { include: include && include.length > 0 ? include.map((s) => [s]) : [['html']], exclude: (exclude ?? []).map((s) => [s]) };
    return (await axe.run(context, { resultTypes: ['violations'] })).violations;
  }, scope)) as AxeViolation[];
  return violations.map((v) => ({ impact: v.impact ?? 'unknown', line: `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}` }));
};

/** Serious and critical violations only: what issue 15 forbids on the admin's screens. */
export const seriousOrCritical = async (page: Page, scope: AxeScope = {}): Promise<string[]> =>
  (await axeViolations(page, scope)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.line);
