/**
 * The size of a `blocks` field, bounded at the entrance: a write whose blocks
 * (a meeting's `body`) hold more nodes or more characters than the
 * `blocksLimits` setting allows is refused (`blocks.too-large`) before
 * Strapi's own validation sees it.
 *
 * Why: Strapi's Document Service validates a blocks field with one lazy yup
 * schema per node — a chain of promises each, all microtasks — so the event
 * loop does not turn until the whole field is validated. Its cost grows with
 * the number of nodes (about 0.1 ms per paragraph measured, plus garbage
 * collection; a body of 12,000 paragraphs held the loop for 4 s) and, much
 * less, with the characters (about 0.05 ms per 1,000). Every entrance (REST,
 * GraphQL, the content manager, the importer) goes through the Document
 * Service, so the bound is set here, where the write starts (BENCHMARKS.md,
 * "Hostile bodies").
 *
 * A node is what Strapi validates one by one: each top-level block and each
 * entry of a `children` list below it (list items, inline text, links).
 * Characters are those of the `text` of every node. The walk uses its own
 * stack: a hostile body may nest deeper than the call stack allows.
 */
import { ATTRIBUTES, isRecord, type ShapeName } from './fields';
import { componentName, type SchemaAttribute } from '../kinds/plain';
import { messageFor } from './messages';
import type { FieldPath, MessageLanguage, Problem } from './types';

/** The largest blocks field a write may carry (plugin setting `blocksLimits`). */
export interface BlocksLimits {
  /** Blocks and the nodes below them (list items, pieces of text, links). */
  nodes: number;
  /** Characters of text in all of them. */
  characters: number;
}

/**
 * Chosen by measurement (BENCHMARKS.md, "Hostile bodies"; `npm run bench:blocks`):
 * a meeting body of 750 paragraphs of 133 characters (1,500 nodes, 100,000
 * characters) costs a write 70–120 ms of Strapi's validation, the loop held
 * all along; 2,000 nodes 115–165 ms. It admits the longest annual work report (30–60 K
 * Chinese characters in 300–600 paragraphs) and ten to twenty real reports
 * (5–20 KB; the seed's body: 15 blocks).
 */
export const DEFAULT_BLOCKS_LIMITS: BlocksLimits = { nodes: 1_500, characters: 100_000 };

export interface BlocksSize {
  nodes: number;
  characters: number;
}

/** How many nodes and characters a blocks value holds (a value that is not a list holds none). */
export function blocksSizeOf(value: unknown): BlocksSize {
  const size = { nodes: 0, characters: 0 };
  if (!Array.isArray(value)) return size;
  const pending: unknown[][] = [value];
  for (let list = pending.pop(); list !== undefined; list = pending.pop()) {
    size.nodes += list.length;
    for (const node of list) {
      if (!isRecord(node)) continue;
      if (typeof node.text === 'string') size.characters += node.text.length;
      if (Array.isArray(node.children)) pending.push(node.children);
    }
  }
  return size;
}

/** Whether a blocks value of this size is within the limits. */
export const withinBlocksLimits = (size: BlocksSize, limits: BlocksLimits): boolean => size.nodes <= limits.nodes && size.characters <= limits.characters;

/** 12,001: a figure as both languages' messages print it. */
const figure = (count: number): string => count.toLocaleString('en-US');

/**
 * The `blocks.too-large` problems of `data` written to `shape` (a kind or a
 * component): every blocks field of it, components walked, each at its full
 * path. Fields of the wrong type are left to the entrance type check.
 * `attributes` is the schemas' table (fields.ts); a test may pass its own.
 */
export function checkBlocksSize(
  shape: ShapeName,
  data: unknown,
  limits: BlocksLimits,
  language: MessageLanguage,
  basePath: FieldPath = [],
  attributes: Readonly<Record<ShapeName, Readonly<Record<string, SchemaAttribute>>>> = ATTRIBUTES,
): Problem[] {
  if (!isRecord(data)) return [];
  const problems: Problem[] = [];
  for (const [field, attribute] of Object.entries(attributes[shape] ?? {})) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    const path = [...basePath, field];
    if (attribute.type === 'blocks') {
      const size = blocksSizeOf(value);
      if (!withinBlocksLimits(size, limits)) {
        const params = { nodes: figure(size.nodes), characters: figure(size.characters), maxNodes: figure(limits.nodes), maxCharacters: figure(limits.characters) };
        problems.push({ path, code: 'blocks.too-large', message: messageFor('blocks.too-large', language, params) });
      }
      continue;
    }
    if (attribute.type !== 'component' || !attribute.component) continue;
    const component = componentName(attribute.component);
    if (Array.isArray(value)) value.forEach((item: unknown, index) => problems.push(...checkBlocksSize(component, item, limits, language, [...path, index], attributes)));
    else problems.push(...checkBlocksSize(component, value, limits, language, path, attributes));
  }
  return problems;
}
