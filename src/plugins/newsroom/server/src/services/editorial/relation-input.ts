/**
 * Reads what a to-one relation value in write data means. Clients write
 * relations in several shapes: a documentId, a numeric id, `{ documentId }`,
 * an array, `{ set: [...] }`, or the admin's `{ connect: [...], disconnect: [...] }`.
 */
export interface RelationTarget {
  id?: number;
  documentId?: string;
}

const toTarget = (value: unknown): RelationTarget | undefined => {
  if (typeof value === 'string' && value.trim() !== '') {
    return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  }
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (value && typeof value === 'object') {
    const { id, documentId } = value as { id?: unknown; documentId?: unknown };
    const target: RelationTarget = {};
    if (typeof id === 'number') target.id = id;
    if (typeof documentId === 'string') target.documentId = documentId;
    if (target.id !== undefined || target.documentId !== undefined) return target;
  }
  return undefined;
};

const toTargets = (value: unknown): RelationTarget[] =>
  (Array.isArray(value) ? value : [value]).map(toTarget).filter((t): t is RelationTarget => t !== undefined);

const sameTarget = (a: RelationTarget, b: RelationTarget): boolean =>
  (a.id !== undefined && a.id === b.id) || (a.documentId !== undefined && a.documentId === b.documentId);

/**
 * The target a to-one relation has after the write, given what is stored.
 * `undefined` input (the key absent) keeps what is stored.
 */
export const resolveToOne = (
  input: unknown,
  stored: RelationTarget | null | undefined
): RelationTarget | null => {
  if (input === undefined) return stored ?? null;
  if (input === null) return null;
  if (typeof input === 'object' && !Array.isArray(input) && ('connect' in input || 'disconnect' in input || 'set' in input)) {
    const { connect, disconnect, set } = input as { connect?: unknown; disconnect?: unknown; set?: unknown };
    if (set !== undefined) return toTargets(set).at(-1) ?? null;
    const connected = toTargets(connect ?? []);
    if (connected.length > 0) return connected.at(-1) ?? null;
    const disconnected = toTargets(disconnect ?? []);
    if (stored && disconnected.some((target) => sameTarget(target, stored))) return null;
    return stored ?? null;
  }
  return toTargets(input).at(-1) ?? null;
};
