/**
 * The text as the parser reads it: one spelling (normalizeInput), simplified
 * characters (traditional.ts), and without page chrome (page-chrome.ts).
 * Every change is a warning: the conversion once, each dropped line with its
 * number and text, each line a widget was cut out of.
 */
import { isChromeLine, stripInlineChrome } from './page-chrome';
import type { ParseWarning } from '../../../shared/parsed-report';
import { simplify } from './traditional';
import { characterCount, normalizeInput, splitLines, type Line } from './text';

/** Dropped lines are quoted in warnings up to this length. */
const QUOTE_LENGTH = 60;

export function quote(text: string): string {
  return characterCount(text) <= QUOTE_LENGTH ? text : `${[...text].slice(0, QUOTE_LENGTH).join('')}…`;
}

export function chromeWarning(line: Line): ParseWarning {
  return { code: 'page.chrome-dropped', message: `已略去网页元素：“${quote(line.text)}”`, line: line.line };
}

export function prepareLines(text: string, warnings: ParseWarning[]): Line[] {
  const simplified = simplify(normalizeInput(text));
  if (simplified.converted) {
    warnings.push({ code: 'text.traditional-converted', message: '原文为繁体字，已转换为简体后解析和保存（OpenCC）' });
  }
  const lines: Line[] = [];
  for (const line of splitLines(simplified.text)) {
    if (isChromeLine(line.text)) {
      warnings.push(chromeWarning(line));
      continue;
    }
    const stripped = stripInlineChrome(line.text);
    if (stripped !== line.text) {
      warnings.push({ code: 'page.chrome-dropped', message: `已从此行略去网页元素：“${quote(line.text)}”`, line: line.line });
      if (stripped === '') continue;
    }
    lines.push({ text: stripped, line: line.line });
  }
  return lines;
}
