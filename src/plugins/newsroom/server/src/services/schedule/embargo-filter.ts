/**
 * Embargo, as a query: what a public reader may see of a kind at this
 * moment. A document whose `embargoUntil` is in the future is on no public
 * path whatever its status; the filter compares with the time of the read,
 * so an embargo ends on time even if no job rebuilt anything.
 */
type Filters = Record<string, unknown>;

/** Documents without an embargo, or whose embargo has ended by `now`. */
export const notEmbargoed = (now: Date = new Date()) => ({
  $or: [{ embargoUntil: { $null: true } }, { embargoUntil: { $lte: now.toISOString() } }],
});

/** `filters` narrowed to what is not under embargo at `now` (the caller's own filters kept). */
export const withoutEmbargoed = (filters: unknown, now: Date = new Date()): Filters => {
  const own = filters && typeof filters === 'object' && Object.keys(filters).length > 0 ? [filters] : [];
  return { $and: [...own, notEmbargoed(now)] };
};

/** Whether a value of `embargoUntil` (ISO string, Date, epoch ms or null) is still in the future at `now`. */
export const isEmbargoed = (embargoUntil: unknown, now: number = Date.now()): boolean => {
  const time = embargoEndOf(embargoUntil);
  return time !== null && time > now;
};

/** `embargoUntil` as epoch milliseconds, or null when unset or unreadable. */
export const embargoEndOf = (embargoUntil: unknown): number | null => {
  if (embargoUntil === null || embargoUntil === undefined || embargoUntil === '') return null;
  const time = embargoUntil instanceof Date ? embargoUntil.getTime() : typeof embargoUntil === 'number' ? embargoUntil : Date.parse(String(embargoUntil));
  return Number.isFinite(time) ? time : null;
};
