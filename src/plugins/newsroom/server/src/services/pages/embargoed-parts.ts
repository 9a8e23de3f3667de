import { isEmbargoed } from '../schedule/embargo-filter';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Another document shown on a page (it has a documentId of its own) whose embargo has not ended. */
const hidden = (value: unknown, own: string, now: number): boolean =>
  isPlain(value) && typeof value.documentId === 'string' && value.documentId !== own && isEmbargoed(value.embargoUntil, now);

/**
 * A page's data without the other documents under embargo it would show
 * (a meeting's achievement, an achievement's meeting, a speech's speaker):
 * dropped from lists, null in place of a single relation. The page is
 * rebuilt when their embargo ends (services/schedule/embargo-job.ts).
 */
export const withoutEmbargoedParts = <T>(value: T, own: string, now: number = Date.now()): T => {
  if (Array.isArray(value)) {
    return value.filter((item) => !hidden(item, own, now)).map((item: unknown) => withoutEmbargoedParts(item, own, now)) as T;
  }
  if (!isPlain(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, hidden(inner, own, now) ? null : withoutEmbargoedParts(inner, own, now)])
  ) as T;
};
