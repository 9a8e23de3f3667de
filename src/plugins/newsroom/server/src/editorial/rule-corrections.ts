/**
 * Corrections, updates and clarifications (`corrections`, every kind) and
 * the embargo time (`embargoUntil`).
 *
 * A correction tells readers what changed in a published report, so it must
 * say when (`date`, a real calendar date, not after today in Asia/Shanghai
 * and not before 1949), what it is (`kind`: correction, update or
 * clarification) and what it says (`text`, 1–500 characters of plain text;
 * R11 checks tags, control characters and the upper bound like any text
 * field). An `embargoUntil` that is set must be a real instant: a typo there
 * would publish a report early or hold it forever.
 */
import { compareDates, parseDateOnly, parseDateTime, beijingDateOf } from './dates';
import { isBlank, problem, type KindedDocument } from './rule';
import { EARLIEST_YEAR } from './rule-dates';
import type { CheckContext, Correction, FieldPath, Problem } from './types';
import { CORRECTION_KINDS } from './types';

const KINDS: ReadonlySet<string> = new Set(CORRECTION_KINDS);

function checkDate(raw: unknown, path: FieldPath, ctx: CheckContext): Problem[] {
  if (isBlank(raw)) return [problem(ctx, path, 'field.required')];
  const date = typeof raw === 'string' ? parseDateOnly(raw) : undefined;
  if (!date) return [problem(ctx, path, 'dates.invalid')];
  if (date.year < EARLIEST_YEAR) return [problem(ctx, path, 'dates.before-1949')];
  if (compareDates(date, beijingDateOf(ctx.now)) > 0) return [problem(ctx, path, 'correction.date.future')];
  return [];
}

function checkOne(correction: Correction | null | undefined, index: number, ctx: CheckContext): Problem[] {
  const base: FieldPath = ['corrections', index];
  if (!correction) return [];
  const problems = checkDate(correction.date, [...base, 'date'], ctx);
  if (isBlank(correction.kind)) problems.push(problem(ctx, [...base, 'kind'], 'field.required'));
  else if (!KINDS.has(String(correction.kind))) problems.push(problem(ctx, [...base, 'kind'], 'correction.kind.invalid', { kind: String(correction.kind) }));
  if (isBlank(correction.text)) problems.push(problem(ctx, [...base, 'text'], 'field.required'));
  return problems;
}

export function checkCorrections(document: KindedDocument, ctx: CheckContext): Problem[] {
  const corrections = document.data.corrections;
  if (!Array.isArray(corrections)) return []; // a wrong type is the entrance check's (field.type)
  return corrections.flatMap((correction, index) => checkOne(correction, index, ctx));
}

export function checkEmbargo(document: KindedDocument, ctx: CheckContext): Problem[] {
  const raw = document.data.embargoUntil;
  if (isBlank(raw)) return [];
  return typeof raw === 'string' && parseDateTime(raw) ? [] : [problem(ctx, ['embargoUntil'], 'dates.invalid')];
}
