/**
 * The edit form's values as the editorial check takes them: the content
 * manager's bookkeeping keys (`__temp_key__` of repeatable items) removed,
 * dates as ISO strings. Relations keep the admin's `{ connect, disconnect }`
 * shape, which the server reads like a save does.
 */
const BOOKKEEPING = new Set(['__temp_key__']);

const clean = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(clean);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (BOOKKEEPING.has(key)) continue;
      out[key] = clean(inner);
    }
    return out;
  }
  return value;
};

export const checkData = (values: unknown): Record<string, unknown> => {
  const cleaned = clean(values);
  return cleaned && typeof cleaned === 'object' && !Array.isArray(cleaned) ? (cleaned as Record<string, unknown>) : {};
};
